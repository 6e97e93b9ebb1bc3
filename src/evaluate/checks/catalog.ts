/**
 * The check catalog: every check in checklist order, and the runner.
 *
 * Each checklist section has its own module exporting `<SECTION>_CHECKS`
 * (prerequisites.ts, rbac.ts, managed-endpoints.ts, kubernetes.ts, outbound.ts);
 * add new checks there and list the module's array here in article order.
 */
import type { Snapshot } from '../../model/snapshot.js'
import { oneResultPerResource, workspaceResource } from './common.js'
import { KUBERNETES_CHECKS } from './kubernetes.js'
import { MANAGED_ENDPOINT_CHECKS } from './managed-endpoints.js'
import { OUTBOUND_CHECKS } from './outbound.js'
import { PREREQUISITE_CHECKS } from './prerequisites.js'
import { RBAC_CHECKS } from './rbac.js'
import type { Check, CheckResult } from '../../model/check.js'

export const CHECKS: Check[] = [
  ...PREREQUISITE_CHECKS,
  ...RBAC_CHECKS,
  ...MANAGED_ENDPOINT_CHECKS,
  ...KUBERNETES_CHECKS,
  ...OUTBOUND_CHECKS
]

const BY_ID = new Map(CHECKS.map(check => [check.id, check]))

export function getCheck(id: string): Check | undefined {
  return BY_ID.get(id)
}

function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`
  return String(error)
}

/**
 * Runs every check. A check that throws or returns nothing is a bug in this
 * tool: it yields one `unknown` result naming the error instead of ending the run.
 * Each check gives one result per resource (merged if a check returns more).
 */
export function evaluateAll(snapshot: Snapshot, checks: Check[] = CHECKS): CheckResult[] {
  return checks.flatMap(check => {
    const bug = (what: string): CheckResult[] => [
      {
        checkId: check.id,
        outcome: 'unknown',
        resource: workspaceResource(snapshot),
        detail: `Check ${check.id} ${what}; this is a bug in aml-inference-guard, so the result is unknown. Please report it with the JSON report attached.`
      }
    ]
    try {
      const results = check.evaluate(snapshot)
      return results.length > 0 ? oneResultPerResource(results) : bug('produced no result')
    } catch (error) {
      return bug(`failed with an internal error (${describeError(error)})`)
    }
  })
}
