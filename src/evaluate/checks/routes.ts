/**
 * Helpers shared by the route checks (managed-endpoints.ts, kubernetes.ts,
 * outbound.ts): skipping a route that is not evaluated, the managed network's
 * mode and its outbound rules. Pure.
 */
import { toOutboundRules } from '../../model/normalize.js'
import { ROUTE_LABELS, decideRoutes, describeRoutes, type InferenceRoute } from '../route.js'
import type { OutboundRule, ReadError, Snapshot, Workspace } from '../../model/snapshot.js'
import { equalsIgnoreCase, makeResult, workspaceResource } from './common.js'
import type { CheckDefinition, CheckResult } from '../../model/check.js'
import { ours, text } from '../../model/text.js'

/** A `skipped` result when `route` is not evaluated, else undefined. */
export function skipUnlessRoute(
  def: CheckDefinition,
  snapshot: Snapshot,
  route: InferenceRoute
): CheckResult[] | undefined {
  const decision = decideRoutes(snapshot)
  if (decision.routes.includes(route)) return undefined
  return [
    makeResult(
      def,
      'skipped',
      workspaceResource(snapshot),
      // The reason may quote Azure's error codes: interpolated, it stays an untrusted value.
      text`Not evaluated: this check is for ${ours(ROUTE_LABELS[route])}, and the route checked is ${ours(describeRoutes(decision.routes))}. ${decision.reason}`
    )
  ]
}

export const MANAGED_NETWORK_MODES = ['AllowInternetOutbound', 'AllowOnlyApprovedOutbound'] as const

/** The workspace uses a managed virtual network (either outbound mode). */
export function hasManagedNetwork(ws: Workspace): boolean {
  return MANAGED_NETWORK_MODES.some(mode =>
    equalsIgnoreCase(ws.managedNetwork?.isolationMode, mode)
  )
}

export function isApprovedOutboundOnly(ws: Workspace): boolean {
  return equalsIgnoreCase(ws.managedNetwork?.isolationMode, 'AllowOnlyApprovedOutbound')
}

export type OutboundRulesView =
  { ok: true; rules: OutboundRule[]; source: string } | { ok: false; error: ReadError }

/**
 * The managed network's outbound rules: the `outboundRules` list merged with the
 * rules embedded in the workspace body (api-versions differ in which they fill).
 * On a name clash the list wins: it is the rule resource itself.
 */
export function outboundRulesOf(snapshot: Snapshot, ws: Workspace): OutboundRulesView {
  // Rules are a set keyed by name: in name order, details do not depend on the order ARM listed them.
  const embedded = byName(toOutboundRules(ws.managedNetwork?.outboundRules))
  const listed = snapshot.outboundRules
  if (!listed.ok) {
    if (embedded.length > 0) {
      return {
        ok: true,
        rules: embedded,
        source: 'the workspace body (the rule list could not be read)'
      }
    }
    return { ok: false, error: listed.error }
  }
  const names = new Set(listed.value.map(r => r.name.toLowerCase()))
  return {
    ok: true,
    rules: byName([...listed.value, ...embedded.filter(r => !names.has(r.name.toLowerCase()))]),
    source: 'the outbound rule list'
  }
}

function byName(rules: OutboundRule[]): OutboundRule[] {
  const key = (rule: OutboundRule): string => rule.name.toLowerCase()
  return [...rules].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))
}

export function isActive(rule: OutboundRule): boolean {
  return equalsIgnoreCase(rule.status, 'Active')
}
