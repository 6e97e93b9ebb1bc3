/**
 * Pieces shared by the job summary and the PR comment: labels, ordering,
 * grouping by checklist section, the target line and the footer.
 */
import { SECTIONS } from '../model/check.js'
import type { FileEdit, ResultCause, ResultFix, SectionId } from '../model/check.js'
import { isText } from '../model/text.js'
import {
  codeBlock,
  escapeMarkdown,
  escapeTableCell,
  inlineCode,
  joinMarkdown,
  link,
  markup,
  textToMarkdown,
  type Markdown
} from './markdown.js'
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
export function outcomeLabel(result: ReportResult): Markdown {
  const label = statusLabel(result)
  if (result.suppression) {
    const { reason, expires } = result.suppression
    const until = expires ? markup`, until ${escapeMarkdown(expires)}` : markup``
    return markup`🔕 suppressed: ${escapeMarkdown(reason)} (${label}${until})`
  }
  if (result.suppressionExpired) {
    const { reason, expires } = result.suppressionExpired
    return markup`${label} (suppression expired on ${escapeMarkdown(expires)}: ${escapeMarkdown(reason)})`
  }
  return label
}

/** `❌ fail`, `❌ fail (warning)`, `💡 advice`, `⚠️ unknown`, `✅ pass`, `⏭️ skipped`. */
export function statusLabel(result: Pick<ReportResult, 'outcome' | 'severity'>): Markdown {
  const status = resultStatus(result)
  const severity = status === 'fail' && result.severity === 'warning' ? ' (warning)' : ''
  return `${STATUS_ICONS[status]} ${status}${severity}` as Markdown
}

/** ✅ nothing fails or is unknown (advice may remain), ❌ the gate tripped, ⚠️ fails or unknowns that do not gate. */
export function verdictIcon(report: Report): Markdown {
  if (report.verdict.failed) return markup`❌`
  const counts = countStatuses(report.results)
  return counts.fail + counts.unknown > 0 ? markup`⚠️` : markup`✅`
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

export function countsLine(report: Report): Markdown {
  return markup`**Results:** ${escapeMarkdown(statusCountsText(report))} · **fail-on:** ${inlineCode(report.failOn)}`
}

export function targetLine(report: Report): Markdown {
  const { workspaceName, resourceGroup, subscriptionId } = report.target
  const cloud =
    report.cloud && report.cloud !== 'AzureCloud'
      ? markup` (${escapeMarkdown(report.cloud)})`
      : markup``
  return markup`**Target:** workspace ${inlineCode(workspaceName)} in resource group ${inlineCode(resourceGroup)}, subscription ${inlineCode(subscriptionId)}${cloud}${networkPart(report)}`
}

const NETWORK_SOURCES: Record<NonNullable<Report['network']>['source'], string> = {
  input: 'named by the inputs',
  'private-endpoint': "found through the workspace's private endpoint",
  'node-pool': "found through the clusters' node pools",
  none: 'none found (see NET-03)'
}

/** The VNet and subnet RBAC and outbound checks were judged against, so a reviewer can tell. */
function networkPart(report: Report): Markdown {
  const network = report.network
  if (!network) return markup``
  if (network.source === 'none')
    return markup` · **Network:** ${escapeMarkdown(NETWORK_SOURCES.none)}`
  const vnet = network.vnetId ? markup` VNet ${inlineCode(resourceName(network.vnetId))}` : markup``
  const subnet = network.subnetId
    ? markup`, subnet ${inlineCode(resourceName(network.subnetId))}`
    : markup``
  return markup` · **Network:**${vnet}${subnet} (${escapeMarkdown(NETWORK_SOURCES[network.source])})`
}

export function checkCell(result: ReportResult): Markdown {
  return markup`${link(result.checkId, result.docUrl)} ${escapeTableCell(result.title)}`
}

/** The tool, its version and when Azure was read; the api-versions are in the JSON report. */
export function footer(report: Report): Markdown {
  return markup`<sub>${escapeMarkdown(`${report.tool.name} ${report.tool.version} · Azure read at ${report.collectedAt} · api-versions in the JSON report`)}</sub>`
}

/** A result's message as markdown; a report written before `message` existed has only the plain detail. */
export function messageOf(result: ReportResult): Markdown {
  return isText(result.message) ? textToMarkdown(result.message) : escapeTableCell(result.detail)
}

/** One cause and the results it blocks, numbered in report order. */
export interface CauseGroup {
  number: number
  cause: ResultCause
  results: ReportResult[]
}

/** Failed and unknown results that share a cause, grouped once per cause key. */
export function causeGroups(results: readonly ReportResult[]): CauseGroup[] {
  const groups = new Map<string, CauseGroup>()
  for (const r of results) {
    if (!r.cause || !isProblem(r)) continue
    const group = groups.get(r.cause.key)
    if (group) group.results.push(r)
    else groups.set(r.cause.key, { number: groups.size + 1, cause: r.cause, results: [r] })
  }
  return [...groups.values()]
}

/** The Detail cell: the message, and which cause above blocks it. */
export function detailCell(result: ReportResult, groups: readonly CauseGroup[]): Markdown {
  const group = result.cause ? groups.find(g => g.cause.key === result.cause?.key) : undefined
  if (!group) return messageOf(result)
  return groups.length === 1
    ? markup`${messageOf(result)} **See the cause above.**`
    : markup`${messageOf(result)} **See cause ${group.number} above.**`
}

/** `editText` in markdown: the file, key and values are untrusted (from the pull request). */
function editMarkdown(edit: FileEdit): Markdown {
  const set = inlineCode(`${edit.key}: ${edit.value}`)
  return edit.current === undefined
    ? markup`Add ${set} to ${inlineCode(edit.file)} (the resource named on line ${edit.line}), then deploy the file.`
    : markup`Set ${set} in ${inlineCode(edit.file)} line ${edit.line} (now ${inlineCode(`${edit.key}: ${edit.current}`)}), then deploy the file.`
}

function fixMarkdown(fix: ResultFix): Markdown[] {
  const lines: Markdown[] = []
  // Where the change belongs comes before the commands it would otherwise tempt a reviewer to run.
  if (fix.note && isText(fix.note)) lines.push(markup``, textToMarkdown(fix.note))
  if (fix.commands.length > 0) lines.push(markup``, codeBlock(fix.commands))
  if (fix.placeholders && isText(fix.placeholders))
    lines.push(markup``, textToMarkdown(fix.placeholders))
  return lines
}

function plural(n: number, one: string, many: string): Markdown {
  return `${n} ${n === 1 ? one : many}` as Markdown
}

/**
 * Each cause once, first: what happened, the one action that fixes it (with the command
 * to copy), the checks it blocks, and Azure's own answer folded away.
 */
export function causeSection(
  groups: readonly CauseGroup[],
  heading: Markdown,
  options: { limit: number; raw: boolean; elsewhere: Markdown }
): Markdown[] {
  const lines: Markdown[] = []
  for (const { number, cause, results } of groups.slice(0, options.limit)) {
    const checks = [...new Set(results.map(r => r.checkId))]
    const resources = [...new Set(results.map(r => r.resource.name))]
    const label = groups.length > 1 ? markup`Cause ${number}` : markup`Cause`
    const summary = isText(cause.summary) ? textToMarkdown(cause.summary) : markup``
    const action = isText(cause.action) ? textToMarkdown(cause.action) : markup``
    const shownChecks = joinMarkdown(
      checks.slice(0, 12).map(id => escapeMarkdown(id)),
      ', '
    )
    const moreChecks = checks.length > 12 ? markup` and ${checks.length - 12} more` : markup``
    const shownResources = joinMarkdown(
      resources.slice(0, 5).map(name => inlineCode(name)),
      ', '
    )
    const moreResources =
      resources.length > 5 ? markup` and ${resources.length - 5} more` : markup``
    lines.push(
      markup``,
      // The heading holds only our words: the cause's text (Azure's, or a saved report's) goes below it.
      markup`${heading} ⚠️ ${label}: blocks ${plural(checks.length, 'check', 'checks')}`,
      markup``,
      summary,
      markup``,
      markup`**Blocked:** ${shownChecks}${moreChecks} (${plural(results.length, 'result', 'results')}) · on ${shownResources}${moreResources}`,
      markup``,
      markup`**Fix:** ${action}`,
      ...(cause.fix ? fixMarkdown(cause.fix) : [])
    )
    if (cause.raw && options.raw) {
      lines.push(
        markup``,
        markup`<details><summary>What Azure answered</summary>`,
        markup``,
        escapeMarkdown(cause.raw),
        markup``,
        markup`</details>`
      )
    }
  }
  const rest = groups.slice(options.limit)
  if (rest.length > 0) {
    const blocked = rest.reduce((n, g) => n + g.results.length, 0)
    lines.push(
      markup``,
      markup`${heading} ⚠️ ${plural(rest.length, 'more cause', 'more causes')} (${plural(blocked, 'result', 'results')}): listed in ${options.elsewhere}.`
    )
  }
  return lines
}

/**
 * "How to fix" under a section's table: each failed or unknown result's own commands,
 * with the real names. A result blocked by a cause is fixed by the cause's action above.
 * A result without commands (a report from an earlier version) falls back to the
 * catalog's remediation and its command with placeholders, said as such.
 */
export function fixSection(results: readonly ReportResult[]): Markdown[] {
  const blocks: Markdown[] = []
  const catalogShown = new Set<string>()
  let entries = 0
  for (const r of results) {
    // A result blocked by a cause is fixed by the cause's action above, unless it has commands of its own.
    if (!isProblem(r) || (r.cause && !r.remedy?.commands.length && !r.remedy?.edit)) continue
    const title = markup`**${escapeMarkdown(r.checkId)} · ${inlineCode(r.resource.name)}**`
    const edit = r.remedy?.edit
    if (edit) {
      // A resource of a deployment file: the line to change, not a command against Azure.
      entries += 1
      blocks.push(markup``, markup`${title}: ${editMarkdown(edit)} ${link('Docs', r.docUrl)}`)
    } else if (r.remedy && r.remedy.commands.length > 0) {
      entries += 1
      blocks.push(
        markup``,
        markup`${title}: ${escapeMarkdown(r.remediation)} ${link('Docs', r.docUrl)}`,
        ...fixMarkdown(r.remedy)
      )
    } else if (!catalogShown.has(r.checkId)) {
      catalogShown.add(r.checkId)
      entries += 1
      blocks.push(
        markup``,
        markup`**${escapeMarkdown(r.checkId)} ${escapeMarkdown(r.title)}**: ${escapeMarkdown(r.remediation)} ${link('Docs', r.docUrl)}`
      )
      if (r.fix) {
        blocks.push(
          markup``,
          codeBlock([r.fix]),
          markup``,
          markup`Replace the values in &lt;angle brackets&gt; with your own names.`
        )
      }
    }
  }
  if (entries === 0) return []
  // Open when short, so the commands are in view; folded when long, so the table stays readable.
  const open = entries <= 5 ? markup` open` : markup``
  return [
    markup`<details${open}><summary>How to fix</summary>`,
    ...blocks,
    markup``,
    markup`</details>`
  ]
}
