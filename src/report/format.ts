/**
 * Pieces shared by the job summary and the PR comment: labels, ordering,
 * grouping by checklist section, the target line and the footer.
 */
import { SECTIONS } from '../model/check.js'
import type { Outcome, SectionId } from '../model/check.js'
import { escapeMarkdown, escapeTableCell, inlineCode, link } from './markdown.js'
import type { Report, ReportResult } from './model.js'
import { resourceName } from '../model/snapshot.js'

const OUTCOME_ORDER: Record<Outcome, number> = { fail: 0, unknown: 1, pass: 2, skipped: 3 }

/**
 * The Result cell of the summary and the comment: the outcome, and a config-file
 * suppression when one applies or has expired. The reason comes from the repo's
 * config file, so it is escaped like any other untrusted text.
 */
export function outcomeLabel(result: ReportResult): string {
  const label = plainOutcomeLabel(result)
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

function plainOutcomeLabel(result: ReportResult): string {
  switch (result.outcome) {
    case 'fail':
      return result.severity && result.severity !== 'error'
        ? `❌ fail (${result.severity})`
        : '❌ fail'
    case 'unknown':
      return '❔ unknown'
    case 'pass':
      return '✅ pass'
    case 'skipped':
      return '⏭️ skipped'
  }
}

/** ✅ all clear, ❌ the gate tripped, ⚠️ problems below the fail-on threshold. */
export function verdictIcon(report: Report): string {
  if (report.verdict.failed) return '❌'
  return report.verdict.counts.fail + report.verdict.counts.unknown > 0 ? '⚠️' : '✅'
}

export function isProblem(result: ReportResult): boolean {
  return result.outcome === 'fail' || result.outcome === 'unknown'
}

/** Failed first, then unknown, pass, skipped; catalog order within each (stable sort). */
export function problemsFirst(results: ReportResult[]): ReportResult[] {
  return [...results].sort((a, b) => OUTCOME_ORDER[a.outcome] - OUTCOME_ORDER[b.outcome])
}

/** Non-empty groups in checklist order. */
export function bySection(results: ReportResult[]): Array<[SectionId, ReportResult[]]> {
  return (Object.keys(SECTIONS) as SectionId[])
    .map((id): [SectionId, ReportResult[]] => [id, results.filter(r => r.section === id)])
    .filter(([, rs]) => rs.length > 0)
}

export function countsLine(report: Report): string {
  const { pass, fail, unknown, skipped } = report.verdict.counts
  // `?? 0`: a saved report (from-report) of an older version has no `suppressed` count.
  const suppressed = report.verdict.counts.suppressed ?? 0
  const suppressedNote = suppressed > 0 ? ` · ${suppressed} suppressed` : ''
  return `**Results:** ${pass} pass · ${fail} fail · ${unknown} unknown · ${skipped} skipped${suppressedNote} · **fail-on:** ${inlineCode(report.failOn)}`
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
