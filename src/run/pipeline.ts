/**
 * The pipeline the action and the CLI share: collect (or read a saved
 * snapshot) → evaluate → suppress → verdict → report. Plain settings and
 * adapters in, plain objects out: no `@actions/core`, no GitHub. Each edge
 * (main.ts, the CLI) only reads its own inputs, logs in its own way and
 * writes its own outputs.
 */
import type { TokenCredential } from '@azure/identity'
import type { ArmStats, AzureClients } from '../collect/clients.js'
import type { RunDeadline } from '../collect/pipeline.js'
import { workspaceResourceId } from '../model/resource-id.js'
import { CHECKS, evaluateAll } from '../evaluate/checks/catalog.js'
import type { CloudSettings } from '../settings/clouds.js'
import type { DeploymentMethod, Route } from '../model/request.js'
import { quote } from '../model/quote.js'
import { buildReport, type Report, type ReportPullRequest } from '../report/model.js'
import type { Snapshot } from '../model/snapshot.js'
import type { WhatIfRequest } from '../collect/read-what-if.js'
import { mergePlanned } from '../planned/merge.js'
import { readSnapshotFile, writeSnapshotFile } from '../collect/snapshot-file.js'
import { redactDeep } from '../model/redact.js'
import { applySuppressions, suppressionNotes, type Suppression } from '../evaluate/suppressions.js'
import { computeVerdict, type FailOn, type Verdict } from '../evaluate/verdict.js'
import { VERSION } from '../model/version.js'
import { overlayArm } from '../planned/arm.js'
import { overlayPlanned, unattachedDeployments } from '../planned/overlay.js'
import { withPlannedUnreadable } from '../planned/unreadable.js'
import { buildPlanned, withFileFixes } from '../report/planned.js'

/** Where the edge's messages go (the action log, or the CLI's stderr). */
export interface PipelineLog {
  info: (message: string) => void
  warning: (message: string) => void
  debug: (message: string) => void
  /** Called as ARM requests complete, with the counts so far (the CLI's progress line). */
  progress?: (stats: ArmStats) => void
}

/** What to read, and how. */
export interface CollectSettings {
  subscriptionId: string
  resourceGroup: string
  workspaceName: string
  route: Route
  deploymentMethod: DeploymentMethod
  vnetId?: string
  subnetId?: string
  principalId?: string
  cloud: CloudSettings
  maxConcurrency: number
  /** `arm-read-reserve` (default 25). */
  armReadReserve?: number
  /** `arm-template` (read from the checkout): Azure's what-if of it runs beside the reads. */
  whatIf?: WhatIfRequest
}

/** A credential that works, and who it is (for RBAC-* by default). */
export interface Login {
  credential: TokenCredential
  identity: { objectId?: string }
}

export interface Collected {
  snapshot: Snapshot
  stats: ArmStats
  collectMs: number
}

/**
 * Reads the workspace and its network from ARM into a snapshot. `login` may still be in
 * flight: the SDK and collection code (lazy chunks) load meanwhile, not at start-up.
 */
export async function collect(
  settings: CollectSettings,
  loggingIn: Login | Promise<Login>,
  log: PipelineLog,
  /** `timeout-seconds`: reads still outstanding then become `unknown`. */
  deadline?: RunDeadline
): Promise<Collected> {
  const modules = Promise.all([import('../collect/clients.js'), import('../collect/collect.js')])
  modules.catch(() => undefined)
  const login = await loggingIn
  const [{ AzureClients }, { collectSnapshot }] = await modules
  const target = {
    subscriptionId: settings.subscriptionId,
    resourceGroup: settings.resourceGroup,
    workspaceName: settings.workspaceName,
    workspaceId: workspaceResourceId(
      settings.subscriptionId,
      settings.resourceGroup,
      settings.workspaceName
    )
  }
  log.info(`Reading workspace ${target.workspaceId} from ${settings.cloud.armEndpoint}`)
  const clients = armClients(AzureClients, login.credential, settings, log, deadline)
  const started = performance.now()
  // Loaded only with `arm-template`: runs without it keep their start-up (issue 22).
  const whatIf = settings.whatIf
    ? import('../collect/read-what-if.js').then(m =>
        m.readWhatIf(clients, target, settings.whatIf!)
      )
    : undefined
  whatIf?.catch(() => undefined)
  const live = await collectSnapshot({
    clients,
    target,
    request: {
      route: settings.route,
      deploymentMethod: settings.deploymentMethod,
      ...(settings.vnetId ? { vnetId: settings.vnetId } : {}),
      ...(settings.subnetId ? { subnetId: settings.subnetId } : {}),
      ...(settings.principalId ? { principalId: settings.principalId } : {})
    },
    cloud: settings.cloud.name,
    ...(login.identity.objectId ? { loginObjectId: login.identity.objectId } : {})
  })
  const predicted = whatIf ? await whatIf : undefined
  for (const note of predicted?.notes ?? []) log.info(note)
  const planned = mergePlanned(live.planned, predicted?.planned)
  const snapshot = planned ? { ...live, planned } : live
  // Azure's error messages may echo a token: the one redaction step, before anything uses them.
  return {
    snapshot: redactDeep(snapshot),
    stats: clients.stats,
    collectMs: performance.now() - started
  }
}

/** The ARM clients of one run: concurrency bound, deadline, debug log and progress. */
export function armClients(
  Clients: typeof AzureClients,
  credential: TokenCredential,
  settings: Pick<CollectSettings, 'cloud' | 'maxConcurrency' | 'armReadReserve'>,
  log: PipelineLog,
  deadline?: RunDeadline
): AzureClients {
  const clients: AzureClients = new Clients(credential, {
    ...settings.cloud,
    maxConcurrency: settings.maxConcurrency,
    ...(settings.armReadReserve !== undefined ? { armReadReserve: settings.armReadReserve } : {}),
    ...(deadline ? { deadline } : {}),
    // Each ARM request with its correlation id, for support cases (URLs and ids only, never
    // headers); shown when debug logging is on.
    debug: message => {
      log.debug(message)
      log.progress?.(clients.stats)
    }
  })
  return clients
}

/** A snapshot saved earlier (`from-snapshot`): no login, no ARM request. */
export function readSnapshot(
  path: string,
  label: string,
  shown: string,
  log: Pick<PipelineLog, 'info'>
): Snapshot {
  const snapshot = readSnapshotFile(path, label, shown)
  // Texts from the file are quoted: a forged snapshot must not inject workflow commands into the log.
  log.info(
    `Evaluating the saved snapshot ${quote(shown)} of workspace ${quote(snapshot.target.workspaceId)}, read from Azure at ${quote(snapshot.collectedAt)} by ${quote(`${snapshot.collectedBy.name} ${snapshot.collectedBy.version}`)}; Azure is not contacted.`
  )
  return snapshot
}

/** `snapshot-file` / `--save-snapshot`: the snapshot about to be evaluated. */
export function saveSnapshot(
  file: string,
  snapshot: Snapshot,
  log: Pick<PipelineLog, 'info'>
): void {
  writeSnapshotFile(file, snapshot)
  log.info(`Snapshot written to ${file}`)
}

export interface EvaluateSettings {
  failOn: FailOn
  /** `fail-on` as shown in the report. */
  failOnText: string
  /** `allow-unknown`: unknown checks pass the gate, with a warning naming them. */
  allowUnknown?: boolean
  suppressions: readonly Suppression[]
  /** The suppressions file's name, for the notes about its entries. */
  configFile: string
  runUrl?: string
  pullRequest?: ReportPullRequest
  now?: Date
  /** `gate-on`: with planned resources in the snapshot, which state the gate judges (default planned). */
  gateOn?: 'planned' | 'live' | 'both'
}

export interface Evaluated {
  report: Report
  verdict: Verdict
}

/** What `evaluate` needs from a run's settings (action inputs or CLI options). */
export function evaluateSettingsOf(
  settings: {
    failOn: FailOn
    failOnText: string
    allowUnknown: boolean
    configFile: string
    gateOn?: 'planned' | 'live' | 'both'
  },
  suppressions: readonly Suppression[],
  report: Pick<EvaluateSettings, 'runUrl' | 'pullRequest'> = {}
): EvaluateSettings {
  return {
    failOn: settings.failOn,
    failOnText: settings.failOnText,
    allowUnknown: settings.allowUnknown,
    suppressions,
    configFile: settings.configFile,
    ...(settings.gateOn ? { gateOn: settings.gateOn } : {}),
    ...(report.runUrl ? { runUrl: report.runUrl } : {}),
    ...(report.pullRequest ? { pullRequest: report.pullRequest } : {})
  }
}

/**
 * Checks → suppressions → verdict → report: pure but for the notes it logs. With planned
 * resources in the snapshot (deployment-files), the checks run twice: on the live workspace
 * and on the workspace as it will be; `gate-on` says which state the verdict judges.
 */
export function evaluate(
  snapshot: Snapshot,
  settings: EvaluateSettings,
  log: Pick<PipelineLog, 'info' | 'warning'>
): Evaluated {
  const now = settings.now ?? new Date()
  const gateOn = settings.gateOn ?? 'planned'
  const judge = (state: Snapshot, isPlanned = false): ReturnType<typeof applySuppressions> =>
    applySuppressions(
      // A planned source that could not be read leaves the planned state unknown.
      isPlanned ? withPlannedUnreadable(evaluateAll(state), state.planned) : evaluateAll(state),
      settings.suppressions,
      now
    )
  const verdictOf = (results: ReturnType<typeof applySuppressions>['results']): Verdict =>
    computeVerdict(results, settings.failOn, CHECKS, {
      allowUnknown: settings.allowUnknown ?? false
    })
  const live = judge(snapshot)
  // Infrastructure first (what-if, Terraform), then the model's endpoint and deployment files.
  const overlaid = snapshot.planned ? overlayPlanned(overlayArm(snapshot)) : undefined
  const judgedPlanned = overlaid ? judge(overlaid, true) : undefined
  // A failure of a resource from a deployment file is fixed in that file (report/planned.ts).
  const planned = judgedPlanned && {
    ...judgedPlanned,
    results: withFileFixes(snapshot, judgedPlanned.results)
  }
  for (const d of overlaid ? unattachedDeployments(overlaid) : []) {
    log.warning(
      `deployment-files: ${quote(d.file)} line ${d.line} deploys ${quote(d.name)} to endpoint ${quote(d.endpointName ?? '')}, which is neither in the workspace nor in deployment-files; no check judged it. Add the endpoint's file to deployment-files, or fix endpoint_name.`
    )
  }
  // The report shows the state the gate judges; `both` shows the planned one and gates on either.
  const shown = planned && gateOn !== 'live' ? planned : live
  const notes = suppressionNotes(shown, settings.configFile)
  for (const warning of notes.warnings) log.warning(warning)
  for (const info of notes.infos) log.info(info)
  const results = shown.results
  let verdict = verdictOf(results)
  if (planned && gateOn === 'both') verdict = bothVerdict(verdict, verdictOf(live.results))
  if (verdict.allowedUnknownCheckIds) {
    log.warning(
      `allow-unknown: ${verdict.allowedUnknownCheckIds.join(', ')} could not be evaluated and did not fail the step (fail-on: ${settings.failOnText}); the report says why for each.`
    )
  }
  const judged = overlaid && gateOn !== 'live' ? overlaid : snapshot
  const plannedReport = planned
    ? buildPlanned(snapshot, live.results, planned.results, gateOn)
    : undefined
  const report = buildReport(judged, results, verdict, {
    version: VERSION,
    failOn: settings.failOnText,
    ...(settings.runUrl ? { runUrl: settings.runUrl } : {}),
    ...(settings.pullRequest ? { pullRequest: settings.pullRequest } : {}),
    ...(plannedReport ? { planned: plannedReport } : {})
  })
  // Every output (summary, comment, report file, SARIF, annotations) is rendered from this report.
  const redacted = redactDeep(report)
  return { report: redacted, verdict: redacted.verdict }
}

/** `gate-on: both`: the planned verdict, failed too when the live workspace fails the gate. */
function bothVerdict(planned: Verdict, live: Verdict): Verdict {
  if (!live.failed) return planned
  const seen = new Set(
    planned.gatingResults.map(r => `${r.checkId}|${r.resource.id.toLowerCase()}`)
  )
  const liveOnly = live.gatingResults.filter(
    r => !seen.has(`${r.checkId}|${r.resource.id.toLowerCase()}`)
  )
  return {
    ...planned,
    failed: true,
    gatingResults: [...planned.gatingResults, ...liveOnly],
    failedCheckIds: [...new Set([...planned.failedCheckIds, ...live.failedCheckIds])],
    ...(planned.failed
      ? {}
      : {
          headline: `${planned.headline}; the live workspace fails the gate (gate-on: both)`,
          ...(live.reason ? { reason: live.reason } : {})
        })
  }
}

/** Why the gate failed: one line per gating result. */
export function gateFailureMessage(verdict: Verdict, failOnText: string): string {
  const lines = verdict.gatingResults.map(
    r =>
      `- ${r.checkId} ${r.outcome === 'unknown' ? 'unknown' : `${r.outcome} (${r.severity ?? 'error'})`}: ${r.resource.name}`
  )
  return `Inference environment check failed (fail-on: ${failOnText}):${verdict.reason ? ` ${verdict.reason}` : ''}${lines.map(line => `\n${line}`).join('')}`
}

/** The timing line: what the ARM reads cost. */
export function timingLine(collected: Collected, maxConcurrency: number): string {
  const arm = collected.stats
  return `ARM reads: ${arm.requests} requests${arm.throttled ? ` (${arm.throttled} throttled, retried after Retry-After)` : ''}, ${arm.busyMs} ms in ARM, collection ${Math.round(collected.collectMs)} ms, total ${Math.round(performance.now())} ms (max-concurrency ${maxConcurrency})`
}
