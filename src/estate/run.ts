/**
 * The estate scan (`scope`): find every Machine Learning workspace in scope
 * through Azure Resource Graph, read what Resource Graph holds for the checks
 * in a few paged queries, evaluate each workspace with the usual collect →
 * checks path (ARM reads only for what Resource Graph lacks), and write one
 * estate report. No pull-request comment in this mode.
 */
import * as core from '@actions/core'
import { mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import type { AzureClients } from '../azure/clients.js'
import { connectAzure } from '../azure/connect.js'
import { collectSnapshot } from '../azure/collect.js'
import { listRaw, read, Semaphore } from '../azure/read.js'
import { workspaceResourceId } from '../azure/resource-id.js'
import { evaluateAll } from '../checks/catalog.js'
import { ConfigurationError } from '../errors.js'
import { readPullRequestContext } from '../github/context.js'
import type { Settings } from '../inputs.js'
import { buildReport, type Report } from '../report/model.js'
import { workflowFileFromRef } from '../report/sarif.js'
import type { Read } from '../snapshot.js'
import { applySuppressions, suppressionNotes } from '../suppressions.js'
import { loadSuppressions } from '../suppressions-file.js'
import { computeVerdict } from '../verdict.js'
import { VERSION } from '../version.js'
import {
  buildEstateReport,
  buildEstateSarif,
  renderEstateJson,
  renderEstateSummary,
  type EstateReport,
  type EstateSources,
  type EstateWorkspaceError
} from './report.js'
import {
  GraphResources,
  QUERY_LABELS,
  foundWorkspaces,
  queryAll,
  type FoundWorkspace,
  type GraphResult,
  type GraphRow
} from './resource-graph.js'
import { scopeText, type EstateScope } from './scope.js'
import type { GraphQueryName } from './queries.js'

export type EstateSettings = Settings & { scope: EstateScope }

/** One line without control or bidi characters: names from Azure must not start a workflow command. */
function plain(text: string): string {
  return text.replace(/[\p{C}\p{Zl}\p{Zp}]+/gu, ' ')
}

function reason(result: Read<unknown>): string {
  return result.ok
    ? ''
    : `${result.error.status ?? 'no response'} ${result.error.code}: ${result.error.message}`
}

export async function runEstate(settings: EstateSettings): Promise<void> {
  const scope = settings.scope
  const scopeLabel = scopeText(scope)
  const suppressions = loadSuppressions({
    file: settings.configFile,
    explicit: settings.configFileExplicit,
    workspace: process.env['GITHUB_WORKSPACE'],
    info: core.info
  })
  const { clients, identity } = await connectAzure(settings)
  core.info(
    `Estate scan of ${scopeLabel} through Azure Resource Graph (${settings.cloud.armEndpoint}); no pull-request comment is written in this mode.`
  )

  const graph = await clients.resourceGraph()
  const sources: EstateSources = {
    queries: 0,
    pages: 0,
    rows: 0,
    readsServed: 0,
    readsShared: 0,
    fallbacks: []
  }
  const run = async (name: GraphQueryName): Promise<Read<GraphResult>> => {
    const result = await queryAll(graph, scope, name)
    sources.queries++
    if (result.ok) {
      sources.pages += result.value.pages
      sources.rows += result.value.rows.length
    }
    return result
  }
  // The three queries at once: the network and extension rows do not depend on the workspaces.
  const [workspaceRows, networkRows, extensionRows] = await Promise.all([
    run('workspaces'),
    run('network'),
    run('clusterExtensions')
  ])

  let workspaces: FoundWorkspace[]
  if (workspaceRows.ok) {
    workspaces = foundWorkspaces(workspaceRows.value.rows)
  } else {
    workspaces = await listWithArm(clients, scope, reason(workspaceRows))
    sources.fallbacks.push(
      `Resource Graph could not list the workspaces (${reason(workspaceRows)}); they were listed and read through ARM instead. Grant Reader on the scope (Resource Graph returns only what the identity may read).`
    )
  }
  const rows = (name: GraphQueryName, result: Read<GraphResult>): GraphRow[] | undefined => {
    if (result.ok) return result.value.rows
    // After a refused workspace query, the fallback line above already says it all.
    if (workspaceRows.ok) {
      sources.fallbacks.push(
        `Resource Graph refused the query for ${QUERY_LABELS[name]} (${reason(result)}); those resources were read from ARM one by one.`
      )
    }
    return undefined
  }
  const network = rows('network', networkRows)
  const clusterExtensions = rows('clusterExtensions', extensionRows)
  const known = new GraphResources({
    ...(workspaceRows.ok ? { workspaces: workspaceRows.value.rows } : {}),
    ...(network ? { network } : {}),
    ...(clusterExtensions ? { clusterExtensions } : {})
  })
  for (const fallback of sources.fallbacks) core.warning(fallback)
  core.info(
    `Found ${workspaces.length} Machine Learning workspace(s) in ${scopeLabel}; Resource Graph: ${sources.queries} queries, ${sources.pages} pages, ${sources.rows} rows.`
  )

  const pullRequest = readPullRequestContext()
  const reports: Report[] = []
  const errors: EstateWorkspaceError[] = []
  const warnings = new Set<string>()
  const limit = new Semaphore(Math.max(1, settings.maxConcurrency))
  const collectStarted = performance.now()
  await Promise.all(
    workspaces.map(ws =>
      limit.run(async () => {
        const target = {
          subscriptionId: ws.subscriptionId,
          resourceGroup: ws.resourceGroup,
          workspaceName: ws.name,
          workspaceId: workspaceResourceId(ws.subscriptionId, ws.resourceGroup, ws.name)
        }
        try {
          const snapshot = await collectSnapshot({
            clients,
            target,
            request: {
              route: settings.route,
              deploymentMethod: settings.deploymentMethod,
              ...(settings.principalId ? { principalId: settings.principalId } : {})
            },
            cloud: settings.cloud.name,
            known,
            ...(identity.objectId ? { loginObjectId: identity.objectId } : {})
          })
          const suppressed = applySuppressions(evaluateAll(snapshot), suppressions, new Date())
          for (const w of suppressionNotes(suppressed, settings.configFile).warnings)
            warnings.add(w)
          const verdict = computeVerdict(suppressed.results, settings.failOn)
          reports.push(
            buildReport(snapshot, suppressed.results, verdict, {
              version: VERSION,
              failOn: settings.failOnText,
              runUrl: pullRequest.runUrl
            })
          )
        } catch (error) {
          errors.push({
            workspaceId: target.workspaceId,
            subscriptionId: target.subscriptionId,
            resourceGroup: target.resourceGroup,
            workspaceName: target.workspaceName,
            reason: error instanceof Error ? error.message : String(error),
            failsGate: settings.failOn.mode !== 'none'
          })
        }
      })
    )
  )
  const collectMs = performance.now() - collectStarted
  for (const w of warnings) core.warning(w)
  sources.readsServed = known.served
  sources.readsShared = known.reused

  const report = buildEstateReport(reports, errors, {
    version: VERSION,
    scope: scopeLabel,
    failOn: settings.failOnText,
    sources,
    ...(pullRequest.runUrl ? { runUrl: pullRequest.runUrl } : {})
  })
  await writeEstateOutputs(report, settings)
  const arm = clients.stats
  core.info(
    `ARM reads: ${arm.requests} requests (Resource Graph queries included; ${known.served} reads answered from Resource Graph, ${known.reused} shared across workspaces)${arm.throttled ? ` (${arm.throttled} throttled, retried after Retry-After)` : ''}, ${arm.busyMs} ms in ARM, collection ${Math.round(collectMs)} ms, total ${Math.round(performance.now())} ms (max-concurrency ${settings.maxConcurrency})`
  )
  gate(report, settings.failOnText)
}

/** Subscription scopes only: Resource Graph is the only way to list a management group's workspaces. */
async function listWithArm(
  clients: AzureClients,
  scope: EstateScope,
  why: string
): Promise<FoundWorkspace[]> {
  if (scope.kind !== 'subscriptions') {
    throw new ConfigurationError(
      `Azure Resource Graph could not list the workspaces of management group '${scope.managementGroupId}' (${why}).\nFix: assign the Reader role to the identity on the management group (az role assignment create --assignee <client-id> --role Reader --scope /providers/Microsoft.Management/managementGroups/${scope.managementGroupId}), or use \`scope: subscription:<id>,...\`.`
    )
  }
  const lists = await Promise.all(
    scope.subscriptionIds.map(async id => {
      const ml = await clients.machineLearning(id)
      const items = await read(() => listRaw(o => ml.workspaces.listBySubscription(o).byPage()))
      if (!items.ok)
        core.warning(
          `Could not list the workspaces of subscription ${id} through ARM either (${reason(items)}).`
        )
      return items.ok ? (items.value as GraphRow[]) : []
    })
  )
  return foundWorkspaces(lists.flat())
}

/** Job summary, JSON report, SARIF, annotations and outputs of an estate report (scan or merge). */
export async function writeEstateOutputs(
  report: EstateReport,
  settings: Pick<Settings, 'sarifFile'>
): Promise<void> {
  const dir = join(process.env['RUNNER_TEMP'] || tmpdir(), 'aml-inference-guard')
  mkdirSync(dir, { recursive: true })
  const reportFile = join(dir, 'estate-report.json')
  writeFileSync(reportFile, renderEstateJson(report) + '\n')
  if (process.env['GITHUB_STEP_SUMMARY']) {
    await core.summary.addRaw(renderEstateSummary(report), true).write()
  } else {
    core.info('No job summary file (GITHUB_STEP_SUMMARY is not set); the report is in report-file.')
  }
  if (settings.sarifFile) {
    const target = resolve(process.env['GITHUB_WORKSPACE'] || process.cwd(), settings.sarifFile)
    mkdirSync(dirname(target), { recursive: true })
    const fallbackFile = workflowFileFromRef(process.env['GITHUB_WORKFLOW_REF'])
    const actionRepo = process.env['GITHUB_ACTION_REPOSITORY']
    const sarif = buildEstateSarif(report, {
      ...(fallbackFile ? { fallbackFile } : {}),
      ...(actionRepo ? { informationUri: `https://github.com/${actionRepo}` } : {})
    })
    writeFileSync(target, JSON.stringify(sarif, null, 2) + '\n')
    core.info(`SARIF written to ${target}`)
  }
  for (const line of annotations(report)) core[line.level](line.message, { title: line.title })
  for (const r of report.workspaces) {
    core.info(`${plain(r.target.workspaceId)}: ${plain(r.verdict.headline)}`)
  }
  for (const e of report.errors)
    core.info(`${plain(e.workspaceId)}: not evaluated (${plain(e.reason)})`)
  core.setOutput('result', report.verdict.failed ? 'fail' : 'pass')
  core.setOutput(
    'failed-checks',
    report.verdict.failedCheckIds.filter(id => /^[A-Za-z0-9_-]+$/.test(id)).join(',')
  )
  core.setOutput('report-file', reportFile)
  core.info(plain(report.verdict.headline))
}

/** GitHub shows 10 per level: one per workspace with findings, the gate's own error kept free. */
function annotations(
  report: EstateReport
): Array<{ level: 'error' | 'warning' | 'notice'; title: string; message: string }> {
  const out: Array<{ level: 'error' | 'warning' | 'notice'; title: string; message: string }> = []
  const problems = [
    ...report.workspaces
      .filter(r => r.verdict.failedCheckIds.length > 0)
      .map(r => ({
        level: r.verdict.failed ? ('error' as const) : ('warning' as const),
        title: plain(`${r.target.workspaceName}: ${r.verdict.failedCheckIds.join(', ')}`),
        message: plain(`${r.target.workspaceId}: ${r.verdict.headline}. See the job summary.`)
      })),
    ...report.errors.map(e => ({
      level: e.failsGate ? ('error' as const) : ('warning' as const),
      title: plain(`${e.workspaceName}: not evaluated`),
      message: plain(`${e.workspaceId}: ${e.reason}`)
    }))
  ].sort((a, b) => (a.level === b.level ? 0 : a.level === 'error' ? -1 : 1))
  const slots = { error: report.verdict.failed ? 9 : 10, warning: 10 }
  let left = 0
  for (const p of problems) {
    if (slots[p.level] > 0) {
      slots[p.level]--
      out.push(p)
    } else left++
  }
  if (left > 0) {
    out.push({
      level: 'notice',
      title: `${left} more workspace(s) with findings`,
      message: `${left} more workspace(s) with findings are not annotated (GitHub shows 10 annotations per level); the job summary and the JSON report list them all.`
    })
  }
  return out
}

/** The fail gate across workspaces, naming the failing ones. */
function gate(report: EstateReport, failOnText: string): void {
  if (!report.verdict.failed) return
  const byId = new Map(report.workspaces.map(r => [r.target.workspaceId, r]))
  const lines = report.verdict.failingWorkspaceIds.map(id => {
    const r = byId.get(id)
    return r
      ? `- ${plain(r.target.workspaceName)} (${plain(r.target.resourceGroup)}, ${r.target.subscriptionId}): ${r.verdict.gatingResults
          .map(g => g.checkId)
          .filter((v, i, a) => a.indexOf(v) === i)
          .join(', ')}`
      : `- ${plain(id.split('/').pop() ?? id)}: not evaluated`
  })
  core.setFailed(
    `Inference environment check failed for ${lines.length} workspace(s) (fail-on: ${failOnText}):\n${lines.join('\n')}`
  )
}
