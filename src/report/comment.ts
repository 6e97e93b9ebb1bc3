/**
 * The sticky pull request comment: a condensed report, found again on the next
 * run by its hidden marker. Kept under GitHub's comment size limit.
 */
import { SECTIONS } from '../model/check.js'
import {
  bySection,
  causeGroups,
  causeSection,
  checkCell,
  detailCell,
  fixSection,
  footer,
  isProblem,
  outcomeLabel,
  problemsFirst,
  targetLine,
  verdictIcon
} from './format.js'
import {
  escapeMarkdown,
  escapeTableCell,
  inlineCode,
  joinMarkdown,
  link,
  markup,
  table,
  type Markdown
} from './markdown.js'
import { RESULT_STATUSES, resultStatus, type Report, type ReportResult } from './model.js'
import { routeLine } from './summary.js'
import { reportAtDetail, type DetailLevel } from './redact-identifiers.js'
import { plannedLines } from './planned.js'

/** GitHub rejects issue comments longer than this many characters. */
export const COMMENT_MAX_LENGTH = 65_536

/**
 * Hidden marker identifying this workspace's comment, and this `comment-header`'s
 * when set (a matrix over workspaces, or two jobs on one workspace, each keep
 * their own comment). Both parts are lower-cased (ARM ids compare
 * case-insensitively) and reduced to characters that cannot end the HTML
 * comment; `:` separates them because neither part can contain it. Without a
 * header the marker is the one earlier versions wrote, so their comments are
 * still found.
 */
export function commentMarker(workspaceId: string, header = ''): string {
  const safe = (text: string): string =>
    text
      .toLowerCase()
      .replace(/[^a-z0-9/._-]/g, '_')
      .replace(/-{2,}/g, '-')
  const suffix = header.trim() ? `:${safe(header.trim())}` : ''
  return `<!-- aml-inference-guard:${safe(workspaceId)}${suffix} -->`
}

export interface CommentOptions {
  marker: string
  runUrl?: string
  /** `comment-header`: shown in the title so two comments on one workspace can be told apart. */
  header?: string
  /** For tests; defaults to GitHub's limit. */
  maxLength?: number
  /** Shown under the title (from-report: where the verdict comes from). */
  provenance?: Markdown
  /** `detail` input: `redacted` leaves out ids and IP ranges. Default `full`. */
  detail?: DetailLevel
}

/** How much detail a rendering keeps; each level drops more to fit the size limit. */
type Detail = 'full' | 'no-details' | 'checks-only'

function passingDetails(results: ReportResult[]): Markdown[] {
  const ok = results.filter(r => !isProblem(r))
  if (ok.length === 0) return []
  const pass = ok.filter(r => r.outcome === 'pass').length
  const skipped = ok.length - pass
  const summary = markup`✅ ${pass} passing${skipped > 0 ? markup`, ${skipped} skipped` : markup``}`
  return [
    markup`<details><summary>${summary}</summary>`,
    markup``,
    ...ok.map(
      r =>
        markup`- ${outcomeLabel(r)} ${link(r.checkId, r.docUrl)} ${escapeMarkdown(r.title)}: ${inlineCode(r.resource.name)}`
    ),
    markup``,
    markup`</details>`
  ]
}

/** One row per failing or unknown check (not per resource), naming a few resources. */
function checksOnlyTable(problems: ReportResult[]): Markdown {
  const groups = new Map<string, ReportResult[]>()
  for (const r of problems) groups.set(r.checkId, [...(groups.get(r.checkId) ?? []), r])
  const rows = [...groups.values()].map(rs => {
    const first = rs[0] as ReportResult
    const counts = RESULT_STATUSES.map(status => {
      const n = rs.filter(r => resultStatus(r) === status).length
      return n > 0 ? `${n} ${status}` : ''
    })
      .filter(Boolean)
      .join(', ')
    const names = rs.slice(0, 3).map(r => escapeTableCell(r.resource.name.slice(0, 80)))
    const more = rs.length > 3 ? markup` and ${rs.length - 3} more` : markup``
    return [checkCell(first), escapeMarkdown(counts), markup`${joinMarkdown(names, ', ')}${more}`]
  })
  return table([markup`Check`, markup`Results`, markup`Resources`], rows)
}

function whereFullReport(runUrl: string | undefined): Markdown {
  return runUrl
    ? markup`the ${link('job summary of this run', runUrl)}`
    : markup`the job summary of this workflow run`
}

function render(report: Report, options: CommentOptions, detail: Detail): Markdown {
  const runUrl = options.runUrl ?? report.runUrl
  const problems = report.results.filter(isProblem)
  const groups = causeGroups(problems)
  const header = options.header?.trim()
    ? markup` (${escapeMarkdown(options.header.trim())})`
    : markup``
  const lines: Markdown[] = [
    escapeMarkerless(options.marker),
    markup`### ${verdictIcon(report)} ${escapeMarkdown(report.tool.name)}${header}: ${escapeMarkdown(report.verdict.headline)}`,
    markup``,
    ...(options.provenance ? [markup``, options.provenance] : []),
    markup``,
    markup`${targetLine(report)} · **fail-on:** ${inlineCode(report.failOn)}`,
    markup``,
    routeLine(report),
    // deployment-files: the checks this pull request changes (docs/planned.md).
    ...plannedLines(report.planned)
  ]

  // The root causes first: one refused read is one thing to fix, however many checks it blocks.
  const causeLimit = { full: 10, 'no-details': 5, 'checks-only': 3 }[detail]
  lines.push(
    ...causeSection(groups, markup`####`, {
      limit: causeLimit,
      raw: detail === 'full',
      elsewhere: whereFullReport(runUrl)
    })
  )

  if (detail === 'checks-only') {
    if (problems.length > 0) lines.push(markup``, checksOnlyTable(problems))
  } else {
    for (const [section, results] of bySection(problems)) {
      lines.push(
        markup``,
        markup`#### ${escapeMarkdown(SECTIONS[section])}`,
        markup``,
        table(
          [markup`Check`, markup`Resource`, markup`Result`, markup`Detail`],
          problemsFirst(results).map(r => [
            checkCell(r),
            inlineCode(r.resource.name),
            outcomeLabel(r),
            detailCell(r, groups)
          ])
        )
      )
      if (detail === 'full') {
        const fixes = fixSection(problemsFirst(results))
        if (fixes.length > 0) lines.push(markup``, ...fixes)
      }
    }
    if (detail === 'full') {
      const passing = passingDetails(report.results)
      if (passing.length > 0) lines.push(markup``, ...passing)
    }
  }

  if (detail === 'no-details') {
    lines.push(
      markup``,
      markup`> [!NOTE]\n> Fix instructions and the list of passing checks were left out to keep this comment within GitHub's size limit; the full report is in ${whereFullReport(runUrl)}.`
    )
  } else if (detail === 'checks-only') {
    lines.push(
      markup``,
      markup`> [!NOTE]\n> Only checks with a fail, unknown or advice result are listed, with a few resources each, to keep this comment within GitHub's size limit; per-resource details, fixes and passing checks are in ${whereFullReport(runUrl)}.`
    )
  } else if (runUrl) {
    lines.push(markup``, markup`Full report: ${whereFullReport(runUrl)}.`)
  }
  lines.push(markup``, footer(report), markup``)
  return joinMarkdown(lines)
}

/** The hidden marker is built by commentMarker() from characters that cannot end the HTML comment. */
function escapeMarkerless(marker: string): Markdown {
  return marker as Markdown
}

export function renderComment(fullReport: Report, options: CommentOptions): string {
  const report = reportAtDetail(fullReport, options.detail)
  const max = options.maxLength ?? COMMENT_MAX_LENGTH
  for (const detail of ['full', 'no-details', 'checks-only'] as const) {
    const body = render(report, options, detail)
    if (body.length <= max) return body
  }
  // Only reachable with an enormous catalog: cut at a line boundary and say so.
  const note = `\n\n> [!NOTE]\n> This comment was cut to fit GitHub's size limit; the full report is in ${whereFullReport(options.runUrl ?? report.runUrl)}.\n`
  const body = render(report, options, 'checks-only')
  const cut = body.slice(0, Math.max(0, max - note.length))
  return cut.slice(0, cut.lastIndexOf('\n')) + note
}

/**
 * The comment without what changes on every run (the read time, links to the run), so
 * that a re-run with the same findings leaves the comment as it is instead of editing it.
 */
export function comparableCommentBody(body: string): string {
  return body
    .replace(/Azure read at \d{4}-\d{2}-\d{2}T[\d:.]+Z/g, 'Azure read at …')
    .replace(/\/actions\/runs\/\d+(\/attempts\/\d+)?/g, '/actions/runs/…')
}
