/**
 * Pieces shared by the job summary and the PR comment: labels, ordering,
 * grouping by checklist section, the target line and the footer.
 */
import { SECTIONS } from '../model/check.js'
import type { SectionId } from '../model/check.js'
import { escapeMarkdown, escapeTableCell, inlineCode, link } from './markdown.js'
import {
  countStatuses,
  resultStatus,
  type Report,
  type ReportResult,
  type ResultStatus
} from './model.js'
import { resourceName } from '../model/snapshot.js'

const STATUS_ORDER: Record<ResultStatus, number> = {
  fail: 0,
  unknown: 1,
  advice: 2,
  pass: 3,
  skipped: 4
}

/**
 * One icon per status, each distinct and drawn in colour so it reads on GitHub's
 * light and dark themes (❔ is a pale outline that nearly vanishes on white).
 * The word always stands beside it: the meaning never rests on the icon.
 */
export const STATUS_ICONS: Record<ResultStatus, string> = {
  fail: '❌',
  unknown: '⚠️',
  advice: '💡',
  pass: '✅',
  skipped: '⏭️'
}

/**
 * The Result cell of the summary and the comment: the outcome, and a config-file
 * suppression when one applies or has expired. The reason comes from the repo's
 * config file, so it is escaped like any other untrusted text.
 */
export function outcomeLabel(result: ReportResult): string {
  const label = statusLabel(result)
  if (result.suppression) {
    const { reason, expires } = result.suppression
    return `🔕 suppressed: ${escapeMarkdown(reason)} (${label}${expires ? `, until ${escapeMarkdown(expires)}` : ''})`
  }
  if (result.suppressionExpired) {
    const { reason, expires } = result.suppressionExpired
    return `${label} (suppression expired on ${escapeMarkdown(expires)}: ${escapeMarkdown(reason)})`
  }
  return label
}

/** `❌ fail`, `❌ fail (warning)`, `💡 advice`, `⚠️ unknown`, `✅ pass`, `⏭️ skipped`. */
export function statusLabel(result: Pick<ReportResult, 'outcome' | 'severity'>): string {
  const status = resultStatus(result)
  const severity = status === 'fail' && result.severity === 'warning' ? ' (warning)' : ''
  return `${STATUS_ICONS[status]} ${status}${severity}`
}

/** ✅ nothing fails or is unknown (advice may remain), ❌ the gate tripped, ⚠️ fails or unknowns that do not gate. */
export function verdictIcon(report: Report): string {
  if (report.verdict.failed) return '❌'
  const counts = countStatuses(report.results)
  return counts.fail + counts.unknown > 0 ? '⚠️' : '✅'
}

/** A result a reviewer should act on: a fail, an unknown, or advice. */
export function isProblem(result: ReportResult): boolean {
  return result.outcome === 'fail' || result.outcome === 'unknown'
}

/** Failed first, then unknown, advice, pass, skipped; catalog order within each (stable sort). */
export function problemsFirst(results: ReportResult[]): ReportResult[] {
  return [...results].sort((a, b) => STATUS_ORDER[resultStatus(a)] - STATUS_ORDER[resultStatus(b)])
}

/** Non-empty groups in checklist order. */
export function bySection(results: ReportResult[]): Array<[SectionId, ReportResult[]]> {
  return (Object.keys(SECTIONS) as SectionId[])
    .map((id): [SectionId, ReportResult[]] => [id, results.filter(r => r.section === id)])
    .filter(([, rs]) => rs.length > 0)
}

/** `3 pass · 1 fail · 1 advice · 0 unknown · 2 skipped`, counted from the results (a saved report may predate `statusCounts`). */
export function statusCountsText(report: Report): string {
  const { pass, fail, advice, unknown, skipped, suppressed } = countStatuses(report.results)
  const suppressedNote = suppressed > 0 ? ` · ${suppressed} suppressed` : ''
  return `${pass} pass · ${fail} fail · ${advice} advice · ${unknown} unknown · ${skipped} skipped${suppressedNote}`
}

export function countsLine(report: Report): string {
  return `**Results:** ${statusCountsText(report)} · **fail-on:** ${inlineCode(report.failOn)}`
}

export function targetLine(report: Report): string {
  const { workspaceName, resourceGroup, subscriptionId } = report.target
  const cloud =
    report.cloud && report.cloud !== 'AzureCloud' ? ` (${escapeMarkdown(report.cloud)})` : ''
  return `**Target:** workspace ${inlineCode(workspaceName)} in resource group ${inlineCode(resourceGroup)}, subscription ${inlineCode(subscriptionId)}${cloud}${networkPart(report)}`
}

const NETWORK_SOURCES: Record<NonNullable<Report['network']>['source'], string> = {
  input: 'named by the inputs',
  'private-endpoint': "found through the workspace's private endpoint",
  'node-pool': "found through the clusters' node pools",
  none: 'none found (see NET-03)'
}

/** The VNet and subnet RBAC and outbound checks were judged against, so a reviewer can tell. */
function networkPart(report: Report): string {
  const network = report.network
  if (!network) return ''
  if (network.source === 'none') return ` · **Network:** ${NETWORK_SOURCES.none}`
  const vnet = network.vnetId ? ` VNet ${inlineCode(resourceName(network.vnetId))}` : ''
  const subnet = network.subnetId ? `, subnet ${inlineCode(resourceName(network.subnetId))}` : ''
  return ` · **Network:**${vnet}${subnet} (${NETWORK_SOURCES[network.source]})`
}

export function checkCell(result: ReportResult): string {
  return `${link(result.checkId, result.docUrl)} ${escapeTableCell(result.title)}`
}

export function footer(report: Report): string {
  const apis = Object.entries(report.apiVersions)
    .map(([provider, version]) => `${provider} ${version}`)
    .join(', ')
  const parts = [
    `${report.tool.name} ${report.tool.version}`,
    `Azure read at ${report.collectedAt}`,
    apis ? `api-versions: ${apis}` : 'api-versions: none recorded'
  ]
  return `<sub>${escapeMarkdown(parts.join(' · '))}</sub>`
}
