/**
 * Suppressions: accepted risks, committed to the repository in the config file
 * (`config-file`, default `.github/aml-inference-guard.yml`):
 *
 *   suppressions:
 *     - check: MOE-06
 *       reason: Internet outbound is accepted for the dev workspace (ticket SEC-123)
 *       resources: [ml-ws]     # optional: resource names or ids, case-insensitive
 *       expires: 2027-03-31    # optional: the last day the suppression applies
 *
 * Pure: `parseSuppressions` turns the file's text into suppressions (or one
 * `ConfigurationError` listing every problem with its line), and
 * `applySuppressions` marks the results they cover. Reading the file is main's job.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair } from 'yaml'
import type { CheckDefinition, CheckResult } from '../model/check.js'
import { ConfigurationError } from '../model/errors.js'
import { quote } from '../model/quote.js'

export interface Suppression {
  /** The catalog's spelling of the check ID. */
  checkId: string
  reason: string
  /** Resource names or ids, lower-cased; absent = every resource of the check. */
  resources?: string[]
  /** `YYYY-MM-DD`: the last day (UTC) the suppression applies. */
  expires?: string
  /** 1-based line of the entry in the file, for messages. */
  line: number
}

export interface SuppressionOutcome {
  /** The results, with `suppression` or `suppressionExpired` set where an entry matched. */
  results: CheckResult[]
  /** Entries whose `expires` date has passed: they no longer apply (main warns about each). */
  expired: Suppression[]
  /** Active entries that matched no failed or unknown result (stale, or the problem was fixed). */
  unused: Suppression[]
}

const ENTRY_KEYS = ['check', 'reason', 'resources', 'expires'] as const
const EXAMPLE_ENTRY =
  '`- check: MOE-06` followed by `reason: <why the risk is accepted>` and, optionally, `resources: [<name>]` and `expires: YYYY-MM-DD`'

/**
 * Parses the config file's text. `file` is the path as the user wrote it (for
 * messages); `checks` is the catalog whose IDs are accepted. An empty file, or
 * one without a `suppressions` key, suppresses nothing.
 */
export function parseSuppressions(
  text: string,
  file: string,
  checks: readonly Pick<CheckDefinition, 'id'>[]
): Suppression[] {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, prettyErrors: false })
  const errors: string[] = []
  const at = (line: number, message: string): void => {
    errors.push(`${file} line ${line}: ${message}`)
  }
  const lineOf = (node: Node | Pair | null | undefined): number => {
    const range = node && 'range' in node ? node.range : undefined
    const key = node && 'key' in node ? (node.key as Node | null) : undefined
    const offset = range?.[0] ?? key?.range?.[0] ?? 0
    return lineCounter.linePos(offset).line
  }

  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const line = lineCounter.linePos(error.pos[0]).line
      at(line, `the file is not valid YAML (${firstLine(error.message)}).`)
    }
    throw new ConfigurationError(formatErrors(file, errors))
  }

  const root = doc.contents
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return []
  if (!isMap(root)) {
    at(lineOf(root), `expected a mapping with a \`suppressions\` list, like ${EXAMPLE_ENTRY}.`)
    throw new ConfigurationError(formatErrors(file, errors))
  }

  let list: Node | null = null
  for (const pair of root.items) {
    const key = scalarText(pair.key)
    if (key === 'suppressions') list = pair.value as Node | null
    else
      at(
        lineOf(pair),
        `unknown key ${quote(key ?? String(pair.key))}. The file holds only \`suppressions:\`, a list of entries.`
      )
  }

  const byId = new Map(checks.map(c => [c.id.toLowerCase(), c.id]))
  const suppressions: Suppression[] = []
  if (list !== null && !(isScalar(list) && list.value === null)) {
    if (!isSeq(list)) {
      at(lineOf(list), `\`suppressions\` must be a list of entries, like ${EXAMPLE_ENTRY}.`)
    } else {
      for (const item of list.items as Array<Node | null>) {
        const parsed = parseEntry(item, { at, lineOf, byId, checks })
        if (parsed) suppressions.push(parsed)
      }
    }
  }

  if (errors.length > 0) throw new ConfigurationError(formatErrors(file, errors))
  return suppressions
}

interface EntryContext {
  at: (line: number, message: string) => void
  lineOf: (node: Node | Pair | null | undefined) => number
  byId: Map<string, string>
  checks: readonly Pick<CheckDefinition, 'id'>[]
}

function parseEntry(item: Node | null, ctx: EntryContext): Suppression | undefined {
  const { at, lineOf, byId } = ctx
  const line = lineOf(item)
  if (!isMap(item)) {
    at(line, `a suppression must be a mapping: ${EXAMPLE_ENTRY}.`)
    return undefined
  }
  const fields = new Map<string, Pair>()
  let ok = true
  for (const pair of item.items) {
    const key = scalarText(pair.key)
    if (key !== undefined && (ENTRY_KEYS as readonly string[]).includes(key)) {
      fields.set(key, pair as Pair)
    } else {
      at(
        lineOf(pair),
        `unknown key ${quote(key ?? String(pair.key))} in a suppression. Allowed keys: ${ENTRY_KEYS.join(', ')}.`
      )
      ok = false
    }
  }

  const checkPair = fields.get('check')
  const checkRaw = checkPair ? scalarText(checkPair.value) : undefined
  let checkId: string | undefined
  if (!checkPair || !checkRaw) {
    at(line, 'a suppression has no `check`. Add `check: <ID>` with a check ID such as MOE-06.')
  } else {
    checkId = byId.get(checkRaw.trim().toLowerCase())
    if (!checkId) {
      at(
        lineOf(checkPair),
        `unknown check ID ${quote(checkRaw)}. Use one of: ${ctx.checks.map(c => c.id).join(', ')}.`
      )
    }
  }
  const name = checkId ?? checkRaw ?? 'this check'

  // A reason is what makes a suppression reviewable: without one it is just a hidden failure.
  const reasonPair = fields.get('reason')
  const reason = reasonPair ? scalarText(reasonPair.value)?.trim() : undefined
  if (!reason) {
    at(
      reasonPair ? lineOf(reasonPair) : line,
      `the suppression of ${name} has no \`reason\`. Add \`reason: <why the risk is accepted>\` (for example who accepted it and a ticket number).`
    )
  }

  let resources: string[] | undefined
  const resourcesPair = fields.get('resources')
  if (resourcesPair) {
    const value = resourcesPair.value as Node | null
    const names = isSeq(value)
      ? (value.items as Array<Node | null>).map(n => scalarText(n)?.trim())
      : [scalarText(value)?.trim()]
    if (names.length === 0 || names.some(n => !n)) {
      at(
        lineOf(resourcesPair),
        `\`resources\` of the suppression of ${name} must be a resource name or id, or a non-empty list of them (e.g. \`resources: [ml-ws]\`). Leave \`resources\` out to suppress ${name} for every resource.`
      )
    } else {
      resources = (names as string[]).map(n => n.toLowerCase())
    }
  }

  let expires: string | undefined
  const expiresPair = fields.get('expires')
  if (expiresPair) {
    const raw = scalarText(expiresPair.value)?.trim() ?? ''
    if (isCalendarDate(raw)) expires = raw
    else
      at(
        lineOf(expiresPair),
        `\`expires\` of the suppression of ${name} is ${quote(raw)}, not a date. Write it as YYYY-MM-DD (e.g. \`expires: 2027-03-31\`); the suppression applies through that day (UTC).`
      )
  }

  if (!ok || !checkId || !reason) return undefined
  return {
    checkId,
    reason,
    ...(resources ? { resources } : {}),
    ...(expires ? { expires } : {}),
    line
  }
}

/** A scalar's text (numbers and booleans as written), or undefined for anything else. */
function scalarText(node: unknown): string | undefined {
  if (!isScalar(node) || node.value === null || typeof node.value === 'object') return undefined
  return String(node.value)
}

/** `YYYY-MM-DD` naming a real day (no 2027-02-30). */
function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false
  const date = new Date(`${text}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text
}

function firstLine(message: string): string {
  return message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? message
}

function formatErrors(file: string, errors: readonly string[]): string {
  const count = errors.length === 1 ? '1 problem' : `${errors.length} problems`
  return (
    `The suppressions file ${file} (input \`config-file\`) has ${count}:\n` +
    errors.map(e => `- ${e}`).join('\n')
  )
}

/** An entry has expired once `now` (UTC) is past its `expires` day. */
export function isExpired(suppression: Suppression, now: Date): boolean {
  return suppression.expires !== undefined && now.toISOString().slice(0, 10) > suppression.expires
}

function covers(suppression: Suppression, result: CheckResult): boolean {
  if (suppression.checkId !== result.checkId) return false
  if (!suppression.resources) return true
  const { name, id } = result.resource
  return suppression.resources.some(r => r === name.toLowerCase() || r === id.toLowerCase())
}

/**
 * Marks each failed or unknown result covered by an active entry as suppressed
 * (the first matching entry's reason wins), and notes an expired entry on a
 * result it would have covered. Pass and skipped results are left as they are:
 * there is nothing to accept.
 */
export function applySuppressions(
  results: CheckResult[],
  suppressions: readonly Suppression[],
  now: Date
): SuppressionOutcome {
  const expired = suppressions.filter(s => isExpired(s, now))
  const active = suppressions.filter(s => !isExpired(s, now))
  const used = new Set<Suppression>()
  const marked = results.map(result => {
    if (result.outcome !== 'fail' && result.outcome !== 'unknown') return result
    const match = active.find(s => covers(s, result))
    if (match) {
      used.add(match)
      return { ...result, suppression: summary(match) }
    }
    const lapsed = expired.find(s => covers(s, result))
    if (lapsed) {
      return {
        ...result,
        suppressionExpired: { reason: lapsed.reason, expires: lapsed.expires as string }
      }
    }
    return result
  })
  return { results: marked, expired, unused: active.filter(s => !used.has(s)) }
}

function summary(s: Suppression): { reason: string; expires?: string } {
  return { reason: s.reason, ...(s.expires ? { expires: s.expires } : {}) }
}

/** Log lines about the entries: a warning per expired entry, a note per entry that matched nothing. */
export function suppressionNotes(
  outcome: Pick<SuppressionOutcome, 'expired' | 'unused'>,
  file: string
): { warnings: string[]; infos: string[] } {
  return {
    warnings: outcome.expired.map(
      s =>
        `The suppression of ${s.checkId} (${file} line ${s.line}) expired on ${s.expires} and no longer applies: its results count for fail-on again. Fix the finding, or renew \`expires\` if the risk is still accepted.`
    ),
    infos: outcome.unused.map(
      s =>
        `The suppression of ${s.checkId} (${file} line ${s.line}) matched no failed or unknown result; remove it if the risk is gone.`
    )
  }
}
