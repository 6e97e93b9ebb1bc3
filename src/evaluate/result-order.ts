// Report order lives with the catalog it follows, below both the verdict and the report model,
// so the verdict need not import report/.
import { CHECKS } from './checks/catalog.js'
import type { Check, CheckResult } from '../model/check.js'

/**
 * Results in catalog order, then by resource id within a check, so that neither the order
 * reads finished in nor the order ARM listed resources in shows in any output.
 */
export function inReportOrder<T extends CheckResult>(results: T[], checks: Check[] = CHECKS): T[] {
  const order = new Map(checks.map((c, i) => [c.id, i]))
  return results
    .map((r, i) => ({ r, i }))
    .sort(
      (a, b) =>
        (order.get(a.r.checkId) ?? checks.length) - (order.get(b.r.checkId) ?? checks.length) ||
        compareIds(a.r.resource.id, b.r.resource.id) ||
        a.i - b.i
    )
    .map(({ r }) => r)
}

function compareIds(a: string, b: string): number {
  const x = a.toLowerCase()
  const y = b.toLowerCase()
  return x < y ? -1 : x > y ? 1 : 0
}
