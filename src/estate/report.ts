/**
 * The estate report: every workspace's report, the workspaces that could not
 * be evaluated, and one verdict across them. Pure; rendered as JSON (the
 * `report-file`), markdown (the job summary) and SARIF.
 */
import { CHECKS } from '../evaluate/checks/catalog.js'
import { SECTIONS, type SectionId } from '../model/check.js'
import {
  escapeMarkdown,
  escapeTableCell,
  inlineCode,
  markup,
  table,
  type Markdown
} from '../report/markdown.js'
import { resultStatus, type Report, type ResultStatus } from '../report/model.js'
import { TOOL_NAME } from '../model/version.js'
import { sarifLog, type SarifLog, type SarifOptions } from '../report/sarif.js'
import { SUMMARY_LIMIT_BYTES, renderSummary } from '../report/summary.js'

export const ESTATE_REPORT_SCHEMA_VERSION = 1

/** A workspace found in scope whose collection stopped (e.g. its resource group was deleted meanwhile). */
export interface EstateWorkspaceError {
  workspaceId: string
  subscriptionId: string
  resourceGroup: string
  workspaceName: string
  /** Why, as the service or the action said it (untrusted text). */
  reason: string
  /** Fails the gate: every `fail-on` but `none` (fail closed). */
  failsGate: boolean
}

/** Where the scan's data came from, for the summary and for support cases. */
export interface EstateSources {
  /** Resource Graph queries sent and pages read. */
  queries: number
  pages: number
  /** Rows Resource Graph returned. */
  rows: number
  /** Reads answered from those rows instead of a GET to ARM. */
  readsServed: number
  /** ARM reads shared by several workspaces (a hub network, its firewall and RBAC), made once. */
  readsShared: number
  /** Why some or all of the data was read from ARM instead, when it was. */
  fallbacks: string[]
}

export interface EstateVerdict {
  failed: boolean
  /** Ids of the workspaces that trip the gate (their own verdict, or an error under fail-on). */
  failingWorkspaceIds: string[]
  /** Check IDs with an unsuppressed fail or unknown result in any workspace, catalog order. */
  failedCheckIds: string[]
  counts: { workspaces: number; failing: number; withFindings: number; errors: number }
  headline: string
}

export interface EstateReport {
  schemaVersion: typeof ESTATE_REPORT_SCHEMA_VERSION
  kind: 'estate'
  tool: { name: string; version: string }
  generatedAt: string
  /** `subscription:<id>,...`, `management-group:<id>`, or the scopes of merged reports. */
  scope: string
  failOn: string
  runUrl?: string
  sources?: EstateSources
  /** One report per workspace evaluated, ordered by workspace id. */
  workspaces: Report[]
  errors: EstateWorkspaceError[]
  verdict: EstateVerdict
}

export interface EstateMeta {
  version: string
  scope: string
  failOn: string
  runUrl?: string
  sources?: EstateSources
  generatedAt?: string
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
}

export function computeEstateVerdict(
  workspaces: readonly Report[],
  errors: readonly EstateWorkspaceError[]
): EstateVerdict {
  const failing = [
    ...workspaces.filter(r => r.verdict.failed).map(r => r.target.workspaceId),
    ...errors.filter(e => e.failsGate).map(e => e.workspaceId)
  ]
  const flagged = new Set(workspaces.flatMap(r => r.verdict.failedCheckIds))
  const withFindings = workspaces.filter(r => r.verdict.failedCheckIds.length > 0).length
  const total = workspaces.length + errors.length
  const names = failing.map(id => id.split('/').pop() ?? id)
  let headline: string
  if (total === 0) headline = 'No Machine Learning workspace found in scope'
  else if (failing.length > 0) {
    headline = `${failing.length} of ${plural(total, 'workspace')} ${failing.length === 1 ? 'fails' : 'fail'} the gate: ${names.join(', ')}`
  } else if (withFindings + errors.length > 0) {
    headline = `${withFindings + errors.length} of ${plural(total, 'workspace')} with findings below the fail-on threshold`
  } else headline = `All ${plural(total, 'workspace')} pass`
  return {
    failed: failing.length > 0,
    failingWorkspaceIds: failing,
    failedCheckIds: [
      ...CHECKS.map(c => c.id).filter(id => flagged.has(id)),
      ...[...flagged].filter(id => !CHECKS.some(c => c.id === id))
    ],
    counts: { workspaces: total, failing: failing.length, withFindings, errors: errors.length },
    headline
  }
}

export function buildEstateReport(
  workspaces: readonly Report[],
  errors: readonly EstateWorkspaceError[],
  meta: EstateMeta
): EstateReport {
  const byId = (a: { id: string }, b: { id: string }): number =>
    a.id.toLowerCase().localeCompare(b.id.toLowerCase())
  const sortedReports = [...workspaces].sort((a, b) =>
    byId({ id: a.target.workspaceId }, { id: b.target.workspaceId })
  )
  const sortedErrors = [...errors].sort((a, b) =>
    byId({ id: a.workspaceId }, { id: b.workspaceId })
  )
  return {
    schemaVersion: ESTATE_REPORT_SCHEMA_VERSION,
    kind: 'estate',
    tool: { name: TOOL_NAME, version: meta.version },
    generatedAt: meta.generatedAt ?? new Date().toISOString(),
    scope: meta.scope,
    failOn: meta.failOn,
    ...(meta.runUrl ? { runUrl: meta.runUrl } : {}),
    ...(meta.sources ? { sources: meta.sources } : {}),
    workspaces: sortedReports,
    errors: sortedErrors,
    verdict: computeEstateVerdict(sortedReports, sortedErrors)
  }
}

export function renderEstateJson(report: EstateReport): string {
  return JSON.stringify(report, null, 2)
}

// ------------------------------------------------------------ markdown

const RANK: Record<ResultStatus, number> = { skipped: 0, pass: 1, advice: 2, unknown: 3, fail: 4 }

/** One cell of the workspaces × sections table: the worst outcome of the section, with counts. */
export function sectionCell(report: Report, section: SectionId): Markdown {
  const results = report.results.filter(r => r.section === section && !r.suppression)
  const suppressed = report.results.filter(r => r.section === section && r.suppression).length
  const note = suppressed > 0 ? markup` · 🔕 ${suppressed}` : markup``
  if (results.length === 0) return suppressed > 0 ? markup`🔕 ${suppressed} suppressed` : markup`—`
  const worst = results.reduce<ResultStatus>(
    (w, r) => (RANK[resultStatus(r)] > RANK[w] ? resultStatus(r) : w),
    'skipped'
  )
  const count = (s: ResultStatus): number => results.filter(r => resultStatus(r) === s).length
  switch (worst) {
    case 'fail': {
      const unknown = count('unknown')
      return markup`❌ ${count('fail')} fail${unknown ? markup` · ⚠️ ${unknown} unknown` : markup``}${note}`
    }
    case 'unknown':
      return markup`⚠️ ${count('unknown')} unknown${note}`
    case 'advice':
      return markup`💡 ${count('advice')} advice${note}`
    case 'pass':
      return markup`✅ pass${note}`
    case 'skipped':
      return markup`⏭️ skipped${note}`
  }
}

function verdictCell(report: Report): Markdown {
  if (report.verdict.failed) return markup`❌ fails the gate`
  return report.verdict.failedCheckIds.length > 0 ? markup`⚠️ findings` : markup`✅ pass`
}

function estateIcon(report: EstateReport): string {
  if (report.verdict.failed) return '❌'
  return report.verdict.counts.withFindings + report.verdict.counts.errors > 0 ? '⚠️' : '✅'
}

function sourcesLine(sources: EstateSources | undefined): string | undefined {
  if (!sources) return undefined
  const parts = [
    `**Azure Resource Graph:** ${plural(sources.queries, 'query', 'queries')}, ${plural(sources.pages, 'page')}, ${plural(sources.rows, 'row')}; ${plural(sources.readsServed, 'read')} answered from it instead of ARM; ${plural(sources.readsShared ?? 0, 'read')} of shared resources (hub network, firewall, RBAC) reused across workspaces`
  ]
  for (const fallback of sources.fallbacks) parts.push(`> ${escapeMarkdown(fallback)}`)
  return parts.join('\n>\n')
}

const bytes = (text: string): number => Buffer.byteLength(text, 'utf8')

/**
 * The estate job summary: the verdict, a table of workspaces × checklist
 * sections, then each workspace's own summary, folded. Within GitHub's 1 MiB:
 * each workspace's summary gets an equal share of what the table leaves (and
 * shrinks the way a single workspace's summary does).
 */
export function renderEstateSummary(
  report: EstateReport,
  options: { maxBytes?: number } = {}
): string {
  const max = options.maxBytes ?? SUMMARY_LIMIT_BYTES
  const sections = Object.keys(SECTIONS) as SectionId[]
  const head: string[] = [
    `## ${estateIcon(report)} ${escapeMarkdown(report.tool.name)} estate: ${escapeMarkdown(report.verdict.headline)}`,
    '',
    `**Scope:** ${inlineCode(report.scope)} · **Workspaces:** ${report.verdict.counts.workspaces} · **fail-on:** ${inlineCode(report.failOn)}`
  ]
  const sources = sourcesLine(report.sources)
  if (sources) head.push('', sources)
  if (report.runUrl && /^https:\/\//.test(report.runUrl))
    head.push('', `[Workflow run](${report.runUrl})`)
  const rows = report.workspaces.map(r => [
    inlineCode(r.target.workspaceName),
    escapeTableCell(r.target.resourceGroup),
    inlineCode(r.target.subscriptionId),
    ...sections.map(s => sectionCell(r, s)),
    verdictCell(r)
  ])
  for (const e of report.errors) {
    rows.push([
      inlineCode(e.workspaceName),
      escapeTableCell(e.resourceGroup),
      inlineCode(e.subscriptionId),
      ...sections.map(() => markup`⚠️`),
      e.failsGate ? markup`⚠️ not evaluated (fails the gate)` : markup`⚠️ not evaluated`
    ])
  }
  if (rows.length > 0) {
    head.push(
      '',
      '### Workspaces',
      '',
      table(
        [
          markup`Workspace`,
          markup`Resource group`,
          markup`Subscription`,
          ...sections.map(s => escapeMarkdown(SECTIONS[s])),
          markup`Verdict`
        ],
        rows
      )
    )
  }
  if (report.errors.length > 0) {
    head.push('', '### Not evaluated', '')
    for (const e of report.errors) {
      head.push(`- ${inlineCode(e.workspaceId)}: ${escapeMarkdown(e.reason)}`)
    }
  }
  const top = head.join('\n') + '\n'
  const tail =
    '\n---\n\n' +
    `<sub>${escapeMarkdown(`${report.tool.name} ${report.tool.version} · generated at ${report.generatedAt}`)}</sub>\n`
  if (report.workspaces.length === 0) return top + tail
  // Per workspace: its <details> wrapper plus its summary within an equal share.
  const share = Math.floor((max - bytes(top) - bytes(tail) - 200) / report.workspaces.length)
  const details = report.workspaces.map(r => {
    const summary = `<summary>${escapeMarkdown(r.target.workspaceName)} (${escapeMarkdown(r.target.resourceGroup)}): ${escapeMarkdown(r.verdict.headline)}</summary>`
    const wrapper = `\n<details>\n${summary}\n\n\n\n</details>\n`
    const body = renderSummary(r, { maxBytes: Math.max(1000, share - bytes(wrapper)) })
    return `\n<details>\n${summary}\n\n${body}\n\n</details>\n`
  })
  return `${top}\n### Details\n${details.join('')}${tail}`
}

// ------------------------------------------------------------ SARIF

/**
 * One SARIF run for the whole estate (code scanning refuses several runs of
 * one tool and category in a file): the catalog as rules, every workspace's
 * failed and unknown results. Fingerprints include the resource id, so alerts
 * of different workspaces stay apart.
 */
export function buildEstateSarif(report: EstateReport, options: SarifOptions = {}): SarifLog {
  return sarifLog(
    report,
    report.workspaces,
    {
      workspaceId: report.scope,
      verdict: report.verdict.headline,
      collectedAt: report.generatedAt
    },
    options
  )
}
