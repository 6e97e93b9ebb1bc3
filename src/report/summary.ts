/** The job summary: the full report as markdown. */
import { plannedLines } from './planned.js'
import { SECTIONS } from '../model/check.js'
import {
  bySection,
  causeGroups,
  causeSection,
  checkCell,
  countsLine,
  detailCell,
  fixSection,
  footer,
  isProblem,
  outcomeLabel,
  problemsFirst,
  targetLine,
  verdictIcon,
  type CauseGroup
} from './format.js'
import { describeRoutes } from '../evaluate/route.js'
import {
  escapeMarkdown,
  inlineCode,
  joinMarkdown,
  link,
  markup,
  table,
  withCodeSpans,
  type Markdown
} from './markdown.js'
import type { Report, ReportResult } from './model.js'
import { reportAtDetail, type DetailLevel } from './redact-identifiers.js'

/** `**Route:** managed online endpoints · why`, shown under the target in the summary and the comment. */
export function routeLine(report: Report): Markdown {
  const { routes, reason } = report.routes
  // The reason is our words with code spans (`route: auto`); an Azure error code in it can only show as text.
  return markup`**Route:** ${escapeMarkdown(describeRoutes(routes))} · ${withCodeSpans(reason)}`
}

/** GitHub rejects a step summary over 1 MiB (and then shows none at all). */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024

export interface SummaryOptions {
  /** Byte budget (UTF-8); default SUMMARY_LIMIT_BYTES. */
  maxBytes?: number
  /** Shown under the title (from-report: where the verdict comes from). */
  provenance?: Markdown
  /** `detail` input: `redacted` leaves out ids and IP ranges. Default `full`. */
  detail?: DetailLevel
}

/** How much a too-large summary gives up, tried in order until it fits. */
type Shrink = 'none' | 'short-details' | 'problems-only' | 'cut'

const SHORT_DETAIL = 300

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`
}

function detailOf(r: ReportResult, shrink: Shrink, groups: readonly CauseGroup[]): Markdown {
  if (shrink === 'none' || isProblem(r)) return detailCell(r, groups)
  return escapeMarkdown(shorten(r.detail, SHORT_DETAIL))
}

function renderWith(
  report: Report,
  shrink: Shrink,
  note: Markdown,
  provenance?: Markdown
): Markdown {
  const lines: Markdown[] = [
    markup`## ${verdictIcon(report)} ${escapeMarkdown(report.tool.name)}: ${escapeMarkdown(report.verdict.headline)}`,
    markup``,
    ...(provenance ? [provenance, markup``] : []),
    countsLine(report),
    markup``,
    targetLine(report),
    markup``,
    routeLine(report),
    // deployment-files: the checks this pull request changes (docs/planned.md).
    ...plannedLines(report.planned)
  ]
  if (report.runUrl) lines.push(markup``, link('Workflow run', report.runUrl))
  if (note) lines.push(markup``, markup`> [!NOTE]\n> ${note}`)

  const groups = causeGroups(report.results)
  lines.push(
    ...causeSection(groups, markup`###`, {
      limit: shrink === 'none' ? 100 : 20,
      raw: shrink === 'none',
      elsewhere: markup`the JSON report (the \`report-file\` output)`
    })
  )

  const shown =
    shrink === 'problems-only' || shrink === 'cut'
      ? report.results.filter(isProblem)
      : report.results
  for (const [section, results] of bySection(shown)) {
    const ordered = problemsFirst(results)
    lines.push(
      markup``,
      markup`### ${escapeMarkdown(SECTIONS[section])}`,
      markup``,
      table(
        [markup`Check`, markup`Resource`, markup`Result`, markup`Detail`],
        ordered.map(r => [
          checkCell(r),
          inlineCode(r.resource.name),
          outcomeLabel(r),
          detailOf(r, shrink, groups)
        ])
      )
    )
    const fixes = fixSection(ordered)
    if (fixes.length > 0) lines.push(markup``, ...fixes)
  }
  if (report.results.length === 0) lines.push(markup``, markup`No check produced a result.`)
  lines.push(markup``, markup`***`, markup``, footer(report), markup``)
  return joinMarkdown(lines)
}

const bytes = (text: string): number => Buffer.byteLength(text, 'utf8')

/**
 * The whole report: every check and result, untruncated. Only a report larger
 * than GitHub's 1 MiB summary limit is shrunk, and then it says so: first the
 * details of passing and skipped results are shortened, then only failed and
 * unknown results are listed, and as a last resort the text is cut.
 */
export function renderSummary(fullReport: Report, options: SummaryOptions = {}): string {
  const report = reportAtDetail(fullReport, options.detail)
  const max = options.maxBytes ?? SUMMARY_LIMIT_BYTES
  const p = options.provenance
  const full = renderWith(report, 'none', markup``, p)
  if (bytes(full) <= max) return full
  const where = markup`The full report, with every result, is in the JSON report (the \`report-file\` output; upload it as an artifact to keep it).`
  const short = renderWith(
    report,
    'short-details',
    markup`This summary exceeded GitHub's 1 MiB limit, so details of passing and skipped results are shortened to ${SHORT_DETAIL} characters. ${where}`,
    p
  )
  if (bytes(short) <= max) return short
  const problems = renderWith(
    report,
    'problems-only',
    markup`This summary exceeded GitHub's 1 MiB limit, so only failed and unknown results are listed (${report.verdict.counts.pass} passing and ${report.verdict.counts.skipped} skipped results are left out). ${where}`,
    p
  )
  if (bytes(problems) <= max) return problems
  const tail = `\n\n… cut here: this summary exceeded GitHub's 1 MiB limit even with only failed and unknown results. ${where}\n`
  const cut = renderWith(report, 'cut', markup`Cut at GitHub's 1 MiB limit. ${where}`, p)
  // Cut on a line boundary (never inside a multi-byte character or a table row's escape).
  const budget = max - bytes(tail)
  let out = ''
  for (const line of cut.split('\n')) {
    const next = out === '' ? line : `${out}\n${line}`
    if (bytes(next) > budget) break
    out = next
  }
  return out + tail
}
