/**
 * The estate scan (`scope`) for the action and the CLI alike: Resource Graph
 * queries, then each workspace collected and evaluated through the shared
 * pipeline, into one estate report. Logs through the caller's log; no
 * @actions/core (the action's edge is run.ts, the CLI's is src/cli/main.ts).
 */
import type { ArmStats, AzureClients } from '../collect/clients.js'
import { collectSnapshot } from '../collect/collect.js'
import { listRaw, read, Semaphore } from '../collect/read.js'
import { workspaceResourceId } from '../model/resource-id.js'
import { ConfigurationError } from '../model/errors.js'
import type { Settings } from '../settings/inputs.js'
import { evaluate, evaluateSettingsOf, type PipelineLog } from '../run/pipeline.js'
import type { Report } from '../report/model.js'
import type { Read } from '../model/snapshot.js'
import type { Suppression } from '../evaluate/suppressions.js'
import { VERSION } from '../model/version.js'
import {
  buildEstateReport,
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
import { scopeText, type EstateScope } from '../settings/scope.js'
import type { GraphQueryName } from './queries.js'

export type EstateSettings = Settings & { scope: EstateScope }

/** One line without control or bidi characters: names from Azure must not start a workflow command. */
export function plain(text: string): string {
  return text.replace(/[\p{C}\p{Zl}\p{Zp}]+/gu, ' ')
}

function reason(result: Read<unknown>): string {
  return result.ok
    ? ''
    : `${result.error.status ?? 'no response'} ${result.error.code}: ${result.error.message}`
}

export interface EstateScan {
  report: EstateReport
  collectMs: number
  /** Reads answered from Resource Graph rows, and reads shared across workspaces. */
  served: number
  reused: number
}

/**
 * The estate scan itself, for the action and the CLI alike: Resource Graph
 * queries, then each workspace collected and evaluated (src/run/pipeline.ts's
 * `evaluate`), into one estate report. Logs through `log`; no @actions/core.
 */
export async function scanEstate(
  settings: EstateSettings,
  azure: {
    clients: AzureClients
    identity: { objectId?: string | undefined }
    suppressions: readonly Suppression[]
  },
  log: Pick<PipelineLog, 'info' | 'warning'>,
  runUrl?: string
): Promise<EstateScan> {
  const { clients, identity, suppressions } = azure
  const scope = settings.scope
  const scopeLabel = scopeText(scope)
  log.info(
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
    workspaces = await listWithArm(clients, scope, reason(workspaceRows), log)
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
  for (const fallback of sources.fallbacks) log.warning(fallback)
  log.info(
    `Found ${workspaces.length} Machine Learning workspace(s) in ${scopeLabel}; Resource Graph: ${sources.queries} queries, ${sources.pages} pages, ${sources.rows} rows.`
  )

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
          const { report } = evaluate(
            snapshot,
            evaluateSettingsOf(settings, suppressions, runUrl ? { runUrl } : {}),
            // The same notes for every workspace: each warning once for the scan.
            { info: () => undefined, warning: w => warnings.add(w) }
          )
          reports.push(report)
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
  for (const w of warnings) log.warning(w)
  sources.readsServed = known.served
  sources.readsShared = known.reused

  const report = buildEstateReport(reports, errors, {
    version: VERSION,
    scope: scopeLabel,
    failOn: settings.failOnText,
    sources,
    ...(runUrl ? { runUrl } : {})
  })
  return { report, collectMs, served: known.served, reused: known.reused }
}

/** The estate's timing line: what the Resource Graph and ARM reads cost. */
export function estateTimingLine(scan: EstateScan, arm: ArmStats, maxConcurrency: number): string {
  return `ARM reads: ${arm.requests} requests (Resource Graph queries included; ${scan.served} reads answered from Resource Graph, ${scan.reused} shared across workspaces)${arm.throttled ? ` (${arm.throttled} throttled, retried after Retry-After)` : ''}, ${arm.busyMs} ms in ARM, collection ${Math.round(scan.collectMs)} ms, total ${Math.round(performance.now())} ms (max-concurrency ${maxConcurrency})`
}

/** Subscription scopes only: Resource Graph is the only way to list a management group's workspaces. */
async function listWithArm(
  clients: AzureClients,
  scope: EstateScope,
  why: string,
  log: Pick<PipelineLog, 'warning'>
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
        log.warning(
          `Could not list the workspaces of subscription ${id} through ARM either (${reason(items)}).`
        )
      return items.ok ? (items.value as GraphRow[]) : []
    })
  )
  return foundWorkspaces(lists.flat())
}

/** Why the gate failed across workspaces, naming the failing ones; undefined when it passed. */
export function estateGateMessage(report: EstateReport, failOnText: string): string | undefined {
  if (!report.verdict.failed) return undefined
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
  return `Inference environment check failed for ${lines.length} workspace(s) (fail-on: ${failOnText}):\n${lines.join('\n')}`
}
