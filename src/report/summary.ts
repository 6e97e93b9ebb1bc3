/** The job summary: the full report as markdown. */
import { SECTIONS } from '../checks/types.js'
import {
  bySection,
  checkCell,
  countsLine,
  footer,
  outcomeLabel,
  problemsFirst,
  targetLine,
  verdictIcon
} from './format.js'
import { describeRoutes } from '../route.js'
import { escapeMarkdown, escapeTableCell, link, table } from './markdown.js'
import type { Report, ReportResult } from './model.js'

/** What to do, in words; the detail carries the exact command for the resource. */
function fixCell(result: ReportResult): string {
  if (result.outcome === 'fail') {
    return `${escapeTableCell(result.remediation)} ${link('Docs', result.docUrl)}`
  }
  if (result.outcome === 'unknown') return 'See Detail'
  return ''
}

/** `**Route:** managed online endpoints — why`, shown under the target in the summary and the comment. */
export function routeLine(report: Report): string {
  const { routes, reason } = report.routes
  return `**Route:** ${escapeMarkdown(describeRoutes(routes))} · ${escapeMarkdown(reason)}`
}

export function renderSummary(report: Report): string {
  const lines: string[] = [
    `## ${verdictIcon(report)} ${escapeMarkdown(report.tool.name)}: ${escapeMarkdown(report.verdict.headline)}`,
    '',
    countsLine(report),
    '',
    targetLine(report),
    '',
    routeLine(report)
  ]
  if (report.runUrl) lines.push('', link('Workflow run', report.runUrl))

  for (const [section, results] of bySection(report.results)) {
    lines.push(
      '',
      `### ${SECTIONS[section]}`,
      '',
      table(
        ['Check', 'Resource', 'Result', 'Detail', 'Fix'],
        problemsFirst(results).map(r => [
          checkCell(r),
          escapeTableCell(r.resource.name),
          outcomeLabel(r),
          escapeTableCell(r.detail),
          fixCell(r)
        ])
      )
    )
  }
  if (report.results.length === 0) lines.push('', 'No check produced a result.')
  lines.push('', '---', '', footer(report), '')
  return lines.join('\n')
}
