/**
 * The report: snapshot facts, results joined with their catalog entries, and
 * the verdict, as one plain object. Every renderer (summary, comment,
 * annotations, JSON) reads only this.
 */
import { ARTICLE_URL } from '../evaluate/checks/rules/links.js'
import { CHECKS } from '../evaluate/checks/catalog.js'
import type { Category, Check, CheckResult, FileEdit, SectionId } from '../model/check.js'
import { decideRoutes, type RouteDecision } from '../evaluate/route.js'
import { resolveNetworkTarget, type NetworkTarget } from '../evaluate/network-target.js'
import type { Snapshot, SnapshotTarget } from '../model/snapshot.js'
import { inReportOrder } from '../evaluate/result-order.js'
import type { Verdict } from '../evaluate/verdict.js'
import { TOOL_NAME } from '../model/version.js'
import { isText, plainText } from '../model/text.js'

export const REPORT_SCHEMA_VERSION = 1

/**
 * The one word every renderer shows for a result: `fail` only for a fail that
 * gates (error or warning severity); a notice-severity fail is `advice`.
 */
export type ResultStatus = 'pass' | 'fail' | 'advice' | 'unknown' | 'skipped'

export const RESULT_STATUSES: readonly ResultStatus[] = [
  'fail',
  'unknown',
  'advice',
  'pass',
  'skipped'
]

/** Derived from outcome and severity, so a saved report without `status` reads the same. */
export function resultStatus(result: Pick<CheckResult, 'outcome' | 'severity'>): ResultStatus {
  if (result.outcome === 'fail' && result.severity === 'notice') return 'advice'
  return result.outcome
}

/** The commands that fix a result: its own, else its cause's; none for a report written before them. */
export function fixCommands(result: Pick<CheckResult, 'remedy' | 'cause'>): string[] {
  return result.remedy?.commands ?? result.cause?.fix?.commands ?? []
}

/** A deployment file's line to change, in words (plain text: the caller escapes it). */
export function editText(edit: FileEdit): string {
  return edit.current === undefined
    ? `Add \`${edit.key}: ${edit.value}\` to ${edit.file} (the resource named on line ${edit.line}), then deploy the file.`
    : `Set \`${edit.key}: ${edit.value}\` in ${edit.file} line ${edit.line} (now \`${edit.key}: ${edit.current}\`), then deploy the file.`
}

/** What fixes a result, one step a line: the file line to change, else the commands. */
export function fixSteps(result: Pick<CheckResult, 'remedy' | 'cause'>): string[] {
  if (result.remedy?.edit) return [editText(result.remedy.edit)]
  const note = result.remedy?.note
  // Where the change belongs comes first: the commands alone would be undone by the deployment.
  return note && isText(note) ? [plainText(note), ...fixCommands(result)] : fixCommands(result)
}

export type StatusCounts = Record<ResultStatus, number> & { suppressed: number }

/** Results per status; suppressed results only under `suppressed` (as in the verdict's counts). */
export function countStatuses(results: readonly ReportResult[]): StatusCounts {
  const counts: StatusCounts = {
    pass: 0,
    fail: 0,
    advice: 0,
    unknown: 0,
    skipped: 0,
    suppressed: 0
  }
  for (const r of results) {
    if (r.suppression) counts.suppressed += 1
    else counts[resultStatus(r)] += 1
  }
  return counts
}

export type ReportResult = CheckResult & {
  title: string
  section: SectionId
  category: Category
  docUrl: string
  fix: string
  remediation: string
  /**
   * resultStatus() of this result, written for readers of the JSON. Absent in
   * reports written before it; renderers derive it instead of reading it.
   */
  status?: ResultStatus
}

export interface Report {
  schemaVersion: typeof REPORT_SCHEMA_VERSION
  tool: { name: string; version: string }
  /** ISO 8601 time the report was built. */
  generatedAt: string
  /** ISO 8601 time Azure was read (the snapshot's collectedAt). */
  collectedAt: string
  target: SnapshotTarget
  cloud: string
  apiVersions: Record<string, string>
  /** The inference route(s) evaluated and why (checks of another route are skipped). */
  routes: RouteDecision
  /** The virtual network and subnet the RBAC and outbound checks were evaluated against. */
  network?: ReportNetwork
  /** In catalog order, then in the order each check produced them. */
  results: ReportResult[]
  verdict: Verdict
  /** Results per status (pass/fail/advice/unknown/skipped); absent in reports written before it. */
  statusCounts?: StatusCounts
  /** The `fail-on` input as the user wrote it. */
  failOn: string
  /** Link to the workflow run (its job summary holds the full report). */
  runUrl?: string
  /**
   * The pull request the run was about, when it knew one: a later `from-report`
   * run (the fork pattern) comments there.
   */
  pullRequest?: ReportPullRequest
  /**
   * With `deployment-files`: each check now and after the planned change (docs/planned.md);
   * `results` and `verdict` are then of the state `gate-on` names (planned for `both`).
   */
  planned?: ReportPlanned
}

// deployment-files (docs/planned.md): built by src/report/planned.ts.
export type GateOn = 'planned' | 'live' | 'both'

/**
 * Where a planned resource sets (or leaves out) the key a check judges: a YAML file's endpoint or
 * deployment (`kind` onlineEndpoint/onlineDeployment), or a resource of a what-if result or a
 * Terraform plan (`kind` armResource: `key` is its ARM type, `value` its change, no line).
 */
export interface PlannedSource {
  kind: 'onlineEndpoint' | 'onlineDeployment' | 'armResource'
  name: string
  file: string
  /** The key's line, or the resource's `name` line when the file leaves the key out; YAML only. */
  line?: number
  key: string
  /** As written; absent when the file leaves the key out (the service default applies). */
  value?: string
  /** armResource: how it was predicted. */
  route?: 'what-if' | 'terraform'
  /** armResource from Terraform: the resource address. */
  address?: string
}

export interface PlannedCheck {
  checkId: string
  /** The worst status of the check's results, now and after the planned change. */
  live: ResultStatus
  planned: ResultStatus
  /** Planned resources whose result differs between the two states. */
  sources: PlannedSource[]
}

export interface ReportPlanned {
  /** Which state `fail-on` judged (`gate-on`). */
  gateOn: GateOn
  files: string[]
  /** Every check with results in either state, in report order. */
  checks: PlannedCheck[]
}

export interface ReportPullRequest {
  number: number
  owner: string
  repo: string
  /** The pull request's head commit, from the pull_request event: `from-report` checks it against its own event. */
  headSha?: string
}

export interface ReportMeta {
  version: string
  /** The `fail-on` input as written. */
  failOn: string
  runUrl?: string
  pullRequest?: ReportPullRequest
  /** Defaults to the current time. */
  generatedAt?: string
  /** Defaults to `aml-inference-guard`. */
  toolName?: string
  /** Defaults to the catalog. */
  checks?: Check[]
  planned?: ReportPlanned
}

function joinCatalog(result: CheckResult, check: Check | undefined): ReportResult {
  if (check) {
    const { title, section, category, docUrl, fix, remediation } = check
    // A fail always states its severity in the report: the check's unless the result set one.
    const severity =
      result.outcome === 'fail' ? (result.severity ?? check.severity) : result.severity
    return {
      ...result,
      ...(severity ? { severity } : {}),
      title,
      section,
      category,
      docUrl,
      fix,
      remediation,
      status: resultStatus({ outcome: result.outcome, severity })
    }
  }
  // Not in the catalog: a bug, but the result must still be shown.
  const severity = result.outcome === 'fail' ? (result.severity ?? 'error') : result.severity
  return {
    ...result,
    ...(severity ? { severity } : {}),
    title: result.checkId,
    section: 'prerequisites',
    category: 'isolation',
    docUrl: ARTICLE_URL,
    fix: '',
    remediation: '',
    status: resultStatus({ outcome: result.outcome, severity })
  }
}

export function buildReport(
  snapshot: Snapshot,
  results: CheckResult[],
  verdict: Verdict,
  meta: ReportMeta
): Report {
  const checks = meta.checks ?? CHECKS
  const byId = new Map(checks.map(c => [c.id, c]))
  const sorted = inReportOrder(results, checks).map(r => joinCatalog(r, byId.get(r.checkId)))

  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: meta.toolName ?? TOOL_NAME, version: meta.version },
    generatedAt: meta.generatedAt ?? new Date().toISOString(),
    collectedAt: snapshot.collectedAt,
    target: snapshot.target,
    cloud: snapshot.cloud,
    apiVersions: snapshot.apiVersions,
    routes: decideRoutes(snapshot),
    network: reportNetwork(snapshot),
    results: sorted,
    verdict,
    statusCounts: countStatuses(sorted),
    failOn: meta.failOn,
    ...(meta.runUrl ? { runUrl: meta.runUrl } : {}),
    ...(meta.pullRequest ? { pullRequest: meta.pullRequest } : {}),
    ...(meta.planned ? { planned: meta.planned } : {})
  }
}

export function renderJsonReport(report: Report): string {
  return JSON.stringify(report, null, 2)
}

export interface ReportNetwork {
  source: NetworkTarget['source']
  vnetId?: string
  subnetId?: string
}

function reportNetwork(snapshot: Snapshot): ReportNetwork {
  const { source, vnetId, subnetId } = resolveNetworkTarget(snapshot)
  return { source, ...(vnetId ? { vnetId } : {}), ...(subnetId ? { subnetId } : {}) }
}
