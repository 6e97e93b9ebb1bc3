/**
 * `npm run bench:estate`: the estate scan of the `estate` scenario (100
 * workspaces in 2 subscriptions) through the bundled action against the
 * emulator with an injected latency, twice: through Azure Resource Graph (the
 * normal path), and with Resource Graph refusing every query (403), so that
 * the workspaces are listed per subscription and every resource is read from
 * ARM one by one. Prints requests and wall time of both; asserts nothing.
 *
 *   npm run bench:estate -- [--latency 40] [--page-size 100] [--max-concurrency N]
 */
import fs from 'node:fs'
import path from 'node:path'
import { repoRoot } from '../emulator/certs.js'
import type { Scenario } from '../emulator/scenario.js'
import { getScenario } from '../emulator/scenarios/index.js'
import { ESTATE_SUBSCRIPTIONS } from '../emulator/scenarios/estate.js'
import { arg, measure, os, type Measured } from './bench.js'

const latencyMs = Number(arg('latency', '40'))
const pageSize = Number(arg('page-size', '100'))
const GRAPH_PATH = '/providers/Microsoft.ResourceGraph/resources'
const INPUTS = {
  scope: `subscription:${ESTATE_SUBSCRIPTIONS.join(',')}`,
  'subscription-id': '',
  'resource-group': '',
  'workspace-name': '',
  'fail-on': 'isolation'
}

function line(name: string, m: Measured): string[] {
  const arm = m.run.emulator.requests.filter(r => r.service === 'arm')
  const graph = arm.filter(r => r.path === GRAPH_PATH)
  const report = JSON.parse(m.run.report ?? '{}') as {
    workspaces?: unknown[]
    verdict?: { headline?: string }
    sources?: { readsServed?: number }
  }
  return [
    `== ${name}`,
    `  exit code             ${m.run.exitCode}`,
    `  workspaces evaluated  ${report.workspaces?.length ?? 0} (${report.verdict?.headline ?? 'no report'})`,
    `  wall                  ${m.wallMs} ms`,
    `  requests              ${arm.length} (${graph.length} Resource Graph, ${arm.length - graph.length} ARM; ${graph.filter(r => r.status !== 200).length} refused)`,
    `  reads from the graph  ${report.sources?.readsServed ?? 0}`,
    `  peak concurrent       ${m.peakConcurrent}`,
    `  peak RSS              ${m.peakRssMb.toFixed(1)} MB`,
    `  action log            ${m.summaryLine}`
  ]
}

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(repoRoot, 'dist', 'index.js'))) {
    throw new Error('dist/index.js is missing: run `npm run bundle` first')
  }
  const scenario = getScenario('estate')
  const refused: Scenario = {
    ...getScenario('estate'),
    faults: [{ pathPrefix: GRAPH_PATH, status: 403 }]
  }
  console.log(
    `Node ${process.version}, ${os().cpus} cores, latency ${latencyMs} ms per request, ARM page size ${pageSize}, Resource Graph page size 1000`
  )
  console.log(`Scenario: ${scenario.description}\n`)
  const options = { latencyMs, pageSize }
  const graph = await measure(scenario, options, INPUTS)
  console.log(
    line('Resource Graph path (scope, 3 paged queries + ARM for the rest)', graph).join('\n')
  )
  const perResource = await measure(refused, options, INPUTS)
  console.log(
    '\n' +
      line(
        'Per-resource reads (Resource Graph refused: ARM list per subscription + GETs)',
        perResource
      ).join('\n')
  )
  const count = (m: Measured): number =>
    m.run.emulator.requests.filter(r => r.service === 'arm').length
  console.log(
    `\nResource Graph path: ${count(graph)} vs ${count(perResource)} requests (${(count(perResource) / count(graph)).toFixed(2)} ×), ${graph.wallMs} vs ${perResource.wallMs} ms wall (${(perResource.wallMs / graph.wallMs).toFixed(2)} ×)`
  )
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
