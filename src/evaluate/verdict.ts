/**
 * The verdict: whether the results trip the `fail-on` gate, and a one-line
 * headline for humans. Pure.
 */
import { CHECKS } from './checks/catalog.js'
import type { Category, Check, CheckResult, Outcome, Severity } from '../model/check.js'
import { inReportOrder } from './result-order.js'

/** Parsed `fail-on` input (parsing lives with the inputs). */
export type FailOn =
  { mode: 'none' } | { mode: 'any' } | { mode: 'categories'; categories: Category[] }

export type OutcomeCounts = Record<Outcome, number>

/** Per outcome, results not suppressed; `suppressed` counts the suppressed (fail/unknown) results. */
export type VerdictCounts = OutcomeCounts & { suppressed: number }

export interface Verdict {
  /** The gate tripped: the action should fail the job. */
  failed: boolean
  /** The results that tripped the gate (empty when it did not). */
  gatingResults: CheckResult[]
  /** Results (not checks) per outcome; suppressed results only under `suppressed`. */
  counts: VerdictCounts
  /** Unique IDs of checks with an unsuppressed fail or unknown result, in catalog order. */
  failedCheckIds: string[]
  /** One line a reviewer reads in a second. */
  headline: string
  /** Why the gate tripped when no single result did: nothing was evaluated (fail closed). */
  reason?: string
  /** Checks whose unknown results in a `fail-on` category passed only because of `allow-unknown`. */
  allowedUnknownCheckIds?: string[]
}

export interface VerdictOptions {
  /** `allow-unknown`: unknown results do not trip the gate (the caller warns about them). */
  allowUnknown?: boolean
}

const GATING_SEVERITIES: ReadonlySet<Severity> = new Set(['error', 'warning'])

/** Severity of a result: its own, else its check's (fail closed to error for an unknown check). */
export function resultSeverity(result: CheckResult, check: Check | undefined): Severity {
  return result.severity ?? check?.severity ?? 'error'
}

/** Whether the result is one `fail-on` looks at: not suppressed, and in a listed category. */
function gated(result: CheckResult, check: Check | undefined, failOn: FailOn): boolean {
  if (failOn.mode === 'none') return false
  // An accepted risk (config-file suppression) never gates; an expired one has no `suppression`.
  if (result.suppression) return false
  // A result of a check missing from the catalog cannot be placed in a category: fail closed.
  return !(failOn.mode === 'categories' && check && !failOn.categories.includes(check.category))
}

function trips(
  result: CheckResult,
  check: Check | undefined,
  failOn: FailOn,
  allowUnknown: boolean
): boolean {
  if (!gated(result, check, failOn)) return false
  if (result.outcome === 'unknown') return !allowUnknown
  return result.outcome === 'fail' && GATING_SEVERITIES.has(resultSeverity(result, check))
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`
}

/** `advice`: a fail at notice severity, which never gates, so the headline never counts it as failed. */
type CheckStatus = Outcome | 'advice' | 'suppressed'

/** The worst status of each check: fail > unknown > suppressed > advice > pass > skipped. */
function checkOutcomes(
  results: CheckResult[],
  byId: ReadonlyMap<string, Check>
): Map<string, CheckStatus> {
  const rank: Record<CheckStatus, number> = {
    skipped: 0,
    pass: 1,
    advice: 2,
    suppressed: 3,
    unknown: 4,
    fail: 5
  }
  const worst = new Map<string, CheckStatus>()
  for (const r of results) {
    const advice =
      r.outcome === 'fail' && !GATING_SEVERITIES.has(resultSeverity(r, byId.get(r.checkId)))
    const status: CheckStatus = r.suppression ? 'suppressed' : advice ? 'advice' : r.outcome
    const current = worst.get(r.checkId)
    if (current === undefined || rank[status] > rank[current]) worst.set(r.checkId, status)
  }
  return worst
}

function headline(
  results: CheckResult[],
  byId: ReadonlyMap<string, Check>,
  failOn: FailOn,
  failed: boolean,
  evaluatedNothing: boolean
): string {
  const perCheck: Record<CheckStatus, number> = {
    pass: 0,
    fail: 0,
    advice: 0,
    unknown: 0,
    skipped: 0,
    suppressed: 0
  }
  for (const status of checkOutcomes(results, byId).values()) perCheck[status] += 1
  const { pass, fail, advice, unknown, skipped, suppressed } = perCheck
  const skippedNote = skipped > 0 ? `, ${skipped} skipped` : ''
  const suppressedNote = suppressed > 0 ? `, ${suppressed} suppressed` : ''
  const adviceNote = advice > 0 ? `, ${advice} advice` : ''
  if (fail === 0 && unknown === 0) {
    if (evaluatedNothing && failed) {
      return `${skipped > 0 ? `No checks applied (${skipped} skipped)` : 'No checks ran'} — nothing was evaluated`
    }
    if (suppressed > 0 || advice > 0) {
      // "All N checks pass" would hide the advice and accepted risks: name them next to the passes.
      return `${plural(pass, 'check passes', 'checks pass')}${adviceNote}${suppressedNote}${skippedNote}`
    }
    if (pass === 0) return skipped > 0 ? `No checks applied (${skipped} skipped)` : 'No checks ran'
    return `${pass === 1 ? '1 check passes' : `All ${pass} checks pass`}${skippedNote}`
  }
  const parts: string[] = []
  if (fail > 0) parts.push(plural(fail, 'check fails', 'checks fail'))
  if (unknown > 0) parts.push(`${unknown} unknown`)
  if (advice > 0) parts.push(`${advice} advice`)
  if (suppressed > 0) parts.push(`${suppressed} suppressed`)
  // With `fail-on: none` there is no threshold to be below: say that nothing gates.
  const consequence = !failed
    ? failOn.mode === 'none'
      ? 'not gating (fail-on: none)'
      : 'below the fail-on threshold'
    : fail > 0
      ? 'inference environment not isolated'
      : 'isolation could not be confirmed'
  return `${parts.join(', ')} — ${consequence}`
}

export function computeVerdict(
  results: CheckResult[],
  failOn: FailOn,
  checks: Check[] = CHECKS,
  options: VerdictOptions = {}
): Verdict {
  const allowUnknown = options.allowUnknown ?? false
  const byId = new Map(checks.map(c => [c.id, c]))
  const gatingResults = inReportOrder(
    results.filter(r => trips(r, byId.get(r.checkId), failOn, allowUnknown)),
    checks
  )
  const counts: VerdictCounts = { pass: 0, fail: 0, unknown: 0, skipped: 0, suppressed: 0 }
  for (const r of results) {
    if (r.suppression) counts.suppressed += 1
    else counts[r.outcome] += 1
  }

  // Advice (a failed result of severity notice) is not a failure: it is not named as one.
  const flagged = new Set(
    results
      .filter(r => !r.suppression && (r.outcome === 'fail' || r.outcome === 'unknown'))
      .filter(
        r => !(r.outcome === 'fail' && (r.severity ?? byId.get(r.checkId)?.severity) === 'notice')
      )
      .map(r => r.checkId)
  )
  // A gate that passes a run which evaluated nothing would be a silent pass: fail closed.
  const evaluatedNothing = !results.some(r => r.outcome === 'pass' || r.outcome === 'fail')
  const reason =
    failOn.mode !== 'none' && evaluatedNothing
      ? `nothing was evaluated (${results.length === 0 ? 'no results' : `${plural(results.length, 'result', 'results')}, all skipped or unknown`}), so the gate cannot pass. Check the route and the read access the results name.`
      : undefined
  const failed = gatingResults.length > 0 || reason !== undefined
  // Named only when they made a difference: a run that evaluated nothing fails anyway.
  const allowed =
    allowUnknown && !reason
      ? new Set(
          results
            .filter(r => r.outcome === 'unknown' && gated(r, byId.get(r.checkId), failOn))
            .map(r => r.checkId)
        )
      : new Set<string>()

  return {
    failed,
    gatingResults,
    counts,
    failedCheckIds: inCatalogOrder(flagged, checks, byId),
    headline: headline(results, byId, failOn, failed, evaluatedNothing),
    ...(reason ? { reason } : {}),
    ...(allowed.size > 0 ? { allowedUnknownCheckIds: inCatalogOrder(allowed, checks, byId) } : {})
  }
}

/** Check IDs in catalog order, then the ones the catalog does not know, sorted. */
function inCatalogOrder(
  ids: ReadonlySet<string>,
  checks: Check[],
  byId: ReadonlyMap<string, Check>
): string[] {
  const known = checks.map(c => c.id).filter(id => ids.has(id))
  return [...known, ...[...ids].filter(id => !byId.has(id)).sort()]
}
