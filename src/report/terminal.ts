/**
 * The CLI's terminal report: the same Report as every other renderer, grouped
 * by checklist section, problems first within a section. Colour only when
 * asked for (a TTY without NO_COLOR). Every text is stripped of control
 * characters: Azure's names and messages must not move the cursor, clear the
 * screen or change the terminal's title.
 */
import { SECTIONS } from '../model/check.js'
import { describeRoutes } from '../evaluate/route.js'
import { resourceName } from '../model/snapshot.js'
import { bySection, causeGroups, problemsFirst, statusCountsText } from './format.js'
import { isText, plainText as textPlain } from '../model/text.js'
import { fixSteps, resultStatus, type Report, type ResultStatus } from './model.js'
import { plannedTextLines } from './planned.js'

export interface TerminalOptions {
  color: boolean
}

type Style = 'red' | 'yellow' | 'cyan' | 'green' | 'dim' | 'bold'

const CODES: Record<Style, [number, number]> = {
  red: [31, 39],
  yellow: [33, 39],
  cyan: [36, 39],
  green: [32, 39],
  dim: [2, 22],
  bold: [1, 22]
}

/** One line of untrusted text: control, format and line-separator characters become spaces. */
export function plainText(text: string): string {
  return text.replace(/[\p{C}\p{Zl}\p{Zp}]+/gu, ' ')
}

/** Colour is for people at a terminal: never in a pipe or file, never with NO_COLOR set. */
export function useColor(
  stream: { isTTY?: boolean },
  env: Readonly<Record<string, string | undefined>>
): boolean {
  return stream.isTTY === true && !env['NO_COLOR']
}

const MARKS: Record<ResultStatus, { mark: string; label: string; style: Style }> = {
  fail: { mark: '✗', label: 'fail', style: 'red' },
  advice: { mark: 'i', label: 'advice', style: 'cyan' },
  unknown: { mark: '?', label: 'unknown', style: 'yellow' },
  pass: { mark: '✓', label: 'pass', style: 'green' },
  skipped: { mark: '-', label: 'skipped', style: 'dim' }
}

export function renderTerminal(report: Report, options: TerminalOptions): string {
  const paint = (style: Style, text: string): string =>
    options.color ? `\u001b[${CODES[style][0]}m${text}\u001b[${CODES[style][1]}m` : text
  const t = plainText
  const { workspaceName, resourceGroup, subscriptionId } = report.target
  const lines: string[] = [
    paint('bold', `${t(report.tool.name)} ${t(report.tool.version)}`),
    `Workspace ${t(workspaceName)} in resource group ${t(resourceGroup)}, subscription ${t(subscriptionId)} (${t(report.cloud)})`,
    `Route: ${t(describeRoutes(report.routes.routes))} · ${t(report.routes.reason)}`
  ]
  const network = report.network
  if (network?.vnetId || network?.subnetId) {
    const parts = [
      network.vnetId ? `VNet ${t(resourceName(network.vnetId))}` : '',
      network.subnetId ? `subnet ${t(resourceName(network.subnetId))}` : ''
    ].filter(Boolean)
    lines.push(`Network: ${parts.join(', ')} (${t(network.source)})`)
  }
  lines.push(`Azure read at ${t(report.collectedAt)}`)
  // --deployment-files: what the planned change does, before the results of the state judged.
  const planned = plannedTextLines(report.planned)
  if (planned.length > 0) {
    const [heading = '', ...changes] = planned
    lines.push('', paint('bold', t(heading)), ...changes.map(line => `  ${t(line.trimStart())}`))
  }

  // The causes first: one refused read is one thing to fix, however many results it blocks.
  const groups = causeGroups(report.results)
  for (const { number, cause, results } of groups) {
    const checks = [...new Set(results.map(r => r.checkId))]
    const summary = isText(cause.summary) ? textPlain(cause.summary) : ''
    const action = isText(cause.action) ? textPlain(cause.action) : ''
    lines.push(
      '',
      paint('yellow', `Cause ${number}: ${t(summary)}`),
      `  Blocks ${checks.length === 1 ? '1 check' : `${checks.length} checks`}: ${t(checks.join(', '))}`,
      `  Fix: ${t(action)}`
    )
    for (const command of cause.fix?.commands ?? []) lines.push(`    ${t(command)}`)
  }

  for (const [section, results] of bySection(report.results)) {
    lines.push('', paint('bold', SECTIONS[section]))
    for (const result of problemsFirst(results)) {
      const status = resultStatus(result)
      const { mark, label, style } = MARKS[status]
      // A fail is always error or warning here (a notice is advice): the terminal names which.
      const severity = status === 'fail' && result.severity ? ` (${result.severity})` : ''
      const suppressed = result.suppression ? ` · suppressed: ${t(result.suppression.reason)}` : ''
      lines.push(
        `  ${paint(style, `${mark} ${label}${severity}`.padEnd(18))} ${t(result.checkId).padEnd(7)} ${t(result.title)} · ${t(result.resource.name)}${suppressed}`
      )
      if (result.outcome === 'fail' || result.outcome === 'unknown') {
        lines.push(`      ${paint('dim', t(result.detail))}`)
        const commands = fixSteps(result)
        if (commands.length > 0) {
          for (const command of commands) lines.push(`      Fix: ${t(command)}`)
        } else if (result.outcome === 'fail' && result.remediation) {
          lines.push(`      Fix: ${t(result.remediation)}`)
        }
        lines.push(`      ${paint('dim', t(result.docUrl))}`)
      }
    }
  }
  const flagged = report.results.some(
    r => !r.suppression && ['fail', 'unknown'].includes(resultStatus(r))
  )
  lines.push(
    '',
    `Results: ${statusCountsText(report)} · fail-on: ${t(report.failOn)}`,
    paint(report.verdict.failed ? 'red' : flagged ? 'yellow' : 'green', t(report.verdict.headline)),
    ''
  )
  return lines.join('\n')
}
