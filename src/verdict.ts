/**
 * The verdict: whether the results trip the `fail-on` gate, and a one-line
 * headline for humans. Pure.
 */
import { CHECKS } from './checks/catalog.js'
import type { Category, Check, CheckResult, Outcome, Severity } from './checks/types.js'

/** Parsed `fail-on` input (parsing lives with the inputs). */
export type FailOn =
  { mode: 'none' } | { mode: 'any' } | { mode: 'categories'; categories: Category[] }

export type OutcomeCounts = Record<Outcome, number>

export interface Verdict {
  /** The gate tripped: the action should fail the job. */
  failed: boolean
  /** The results that tripped the gate (empty when it did not). */
  gatingResults: CheckResult[]
  /** Results (not checks) per outcome. */
  counts: OutcomeCounts
  /** Unique IDs of checks with a fail or unknown result, in catalog order. */
  failedCheckIds: string[]
  /** One line a reviewer reads in a second. */
  headline: string
}

const GATING_SEVERITIES: ReadonlySet<Severity> = new Set(['error', 'warning'])

/** Severity of a result: its own, else its check's (fail closed to error for an unknown check). */
export function resultSeverity(result: CheckResult, check: Check | undefined): Severity {
  return result.severity ?? check?.severity ?? 'error'
}

function trips(result: CheckResult, check: Check | undefined, failOn: FailOn): boolean {
  if (failOn.mode === 'none') return false
  // A result of a check missing from the catalog cannot be placed in a category: fail closed.
  if (failOn.mode === 'categories' && check && !failOn.categories.includes(check.category)) {
    return false
  }
  if (result.outcome === 'unknown') return true
  return result.outcome === 'fail' && GATING_SEVERITIES.has(resultSeverity(result, check))
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`
}

/** The worst outcome of each check: fail > unknown > pass > skipped. */
function checkOutcomes(results: CheckResult[]): Map<string, Outcome> {
  const rank: Record<Outcome, number> = { skipped: 0, pass: 1, unknown: 2, fail: 3 }
  const worst = new Map<string, Outcome>()
  for (const r of results) {
    const current = worst.get(r.checkId)
    if (current === undefined || rank[r.outcome] > rank[current]) worst.set(r.checkId, r.outcome)
  }
  return worst
}

function headline(results: CheckResult[], failed: boolean): string {
  const perCheck: OutcomeCounts = { pass: 0, fail: 0, unknown: 0, skipped: 0 }
  for (const outcome of checkOutcomes(results).values()) perCheck[outcome] += 1
  const { pass, fail, unknown, skipped } = perCheck
  const skippedNote = skipped > 0 ? `, ${skipped} skipped` : ''
  if (fail === 0 && unknown === 0) {
    if (pass === 0) return skipped > 0 ? `No checks applied (${skipped} skipped)` : 'No checks ran'
    return `${pass === 1 ? '1 check passes' : `All ${pass} checks pass`}${skippedNote}`
  }
  const parts: string[] = []
  if (fail > 0) parts.push(plural(fail, 'check fails', 'checks fail'))
  if (unknown > 0) parts.push(`${unknown} unknown`)
  const consequence = !failed
    ? 'below the fail-on threshold'
    : fail > 0
      ? 'inference environment not isolated'
      : 'isolation could not be confirmed'
  return `${parts.join(', ')} — ${consequence}`
}

export function computeVerdict(
  results: CheckResult[],
  failOn: FailOn,
  checks: Check[] = CHECKS
): Verdict {
  const byId = new Map(checks.map(c => [c.id, c]))
  const gatingResults = results.filter(r => trips(r, byId.get(r.checkId), failOn))
  const counts: OutcomeCounts = { pass: 0, fail: 0, unknown: 0, skipped: 0 }
  for (const r of results) counts[r.outcome] += 1

  const flagged = new Set(
    results.filter(r => r.outcome === 'fail' || r.outcome === 'unknown').map(r => r.checkId)
  )
  const catalogOrder = checks.map(c => c.id).filter(id => flagged.has(id))
  const notInCatalog = [...flagged].filter(id => !byId.has(id))
  const failed = gatingResults.length > 0

  return {
    failed,
    gatingResults,
    counts,
    failedCheckIds: [...catalogOrder, ...notInCatalog],
    headline: headline(results, failed)
  }
}
