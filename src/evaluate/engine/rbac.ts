/**
 * Azure RBAC evaluation, pure. Semantics (Azure RBAC):
 * - Matching is case-insensitive; `*` matches any sequence, `/` included.
 * - A permission block grants its `actions` minus its own `notActions`;
 *   `notActions` are not denies and do not reach into other blocks. The
 *   effective grant is the union of the blocks.
 * - A required literal action is granted by a block with an action matching it
 *   and no notAction matching it. A required wildcard (`Microsoft.Network/*\/read`)
 *   is granted only by a block with one action pattern containing the whole
 *   pattern and no notAction overlapping it.
 * - Deny assignments deny their actions minus their notActions to their
 *   principals (everyone when SystemDefined) minus excluded principals, at
 *   their scope and, unless `doNotApplyToChildScopes`, below it. They win over
 *   any grant.
 */
import type { DenyAssignment, PermissionBlock } from '../../model/snapshot.js'
import { isLiteral, patternContains, patternsOverlap } from './wildcard.js'

export { patternContains, patternsOverlap, wildcardMatches } from './wildcard.js'

/** The "everyone" principal of system deny assignments. */
export const EVERYONE_PRINCIPAL_ID = '00000000-0000-0000-0000-000000000000'

/** What one block does with a required action (or action pattern). */
export type BlockVerdict =
  | { kind: 'granted'; action: string }
  /** An action covers it but a notAction of the same block removes (part of) it. */
  | { kind: 'removed'; action: string; notAction: string }
  /** An action covers part of it only (e.g. `Microsoft.Network/virtualNetworks/read` for `Microsoft.Network/*\/read`). */
  | { kind: 'partial'; action: string }
  | { kind: 'none' }

export function evaluateBlock(block: PermissionBlock, required: string): BlockVerdict {
  const covering = block.actions.find(a => patternContains(a, required))
  if (!covering) {
    const partial = block.actions.find(a => patternsOverlap(a, required))
    return partial ? { kind: 'partial', action: partial } : { kind: 'none' }
  }
  const notAction = block.notActions.find(n => patternsOverlap(n, required))
  return notAction
    ? { kind: 'removed', action: covering, notAction }
    : { kind: 'granted', action: covering }
}

/** A permission block and who holds it (a role, or the permissions API). */
export interface GrantSource {
  /** e.g. `Network Contributor (assigned at /subscriptions/...)`, or `permissions API`. */
  label: string
  /** Role name when the block comes from a role definition. */
  roleName?: string
  block: PermissionBlock
  /** Condition of the assignment or block; not evaluated. */
  condition?: string
}

export interface GrantEvaluation {
  required: string
  /** Sources whose block grants the action, unconditional ones first. */
  grantedBy: Array<{ source: GrantSource; action: string }>
  /** True when at least one granting source has no condition. */
  grantedUnconditionally: boolean
  /** The nearest miss when nothing grants it: a notAction that removes it, else a partial grant. */
  closestMiss?: {
    source: GrantSource
    verdict: Exclude<BlockVerdict, { kind: 'granted' | 'none' }>
  }
}

/** Union over blocks: granted when any one block grants it. */
export function evaluateGrant(required: string, sources: GrantSource[]): GrantEvaluation {
  const grantedBy: GrantEvaluation['grantedBy'] = []
  let removed: GrantEvaluation['closestMiss']
  let partial: GrantEvaluation['closestMiss']
  for (const source of sources) {
    const verdict = evaluateBlock(source.block, required)
    if (verdict.kind === 'granted') grantedBy.push({ source, action: verdict.action })
    else if (verdict.kind === 'removed') removed ??= { source, verdict }
    else if (verdict.kind === 'partial') partial ??= { source, verdict }
  }
  grantedBy.sort(
    (a, b) => Number(Boolean(a.source.condition)) - Number(Boolean(b.source.condition))
  )
  return {
    required,
    grantedBy,
    grantedUnconditionally: grantedBy.some(g => !g.source.condition),
    ...(grantedBy.length === 0 && (removed ?? partial) ? { closestMiss: removed ?? partial } : {})
  }
}

export type Tri = 'yes' | 'maybe' | 'no'

/**
 * Whether a deny block denies (some of) `required`: its actions minus its
 * notActions. Exact for literal actions; for a pattern it answers `maybe` when
 * only a combination of notActions could carve the pattern out.
 */
export function denyBlockEffect(block: PermissionBlock, required: string): Tri {
  let maybe = false
  for (const action of block.actions) {
    if (!patternsOverlap(action, required)) continue
    // A notAction covering the whole required pattern, or this whole action, leaves nothing denied here.
    if (block.notActions.some(n => patternContains(n, required) || patternContains(n, action))) {
      continue
    }
    const touching = block.notActions.filter(
      n => patternsOverlap(n, required) && patternsOverlap(n, action)
    )
    if (touching.length === 0 || isLiteral(required)) return 'yes'
    maybe = true
  }
  return maybe ? 'maybe' : 'no'
}

/** `scope` is `ancestor` or below it (segment boundary, case-insensitive). */
export function isAtOrBelow(scope: string, ancestor: string): boolean {
  const s = scope.toLowerCase().replace(/\/+$/, '')
  const a = ancestor.toLowerCase().replace(/\/+$/, '')
  return a === '' || s === a || s.startsWith(`${a}/`)
}

/**
 * Whether an assignment listed for `scope` applies there. ARM lists
 * assignments at, above (including management groups, whose ids are not
 * prefixes) and below the scope; only those strictly below do not apply.
 */
export function assignmentApplies(assignmentScope: string, scope: string): boolean {
  return (
    !isAtOrBelow(assignmentScope, scope) ||
    assignmentScope.toLowerCase().replace(/\/+$/, '') === scope.toLowerCase().replace(/\/+$/, '')
  )
}

/** Whether a deny assignment listed for `scope` covers `principalId` there. */
export function denyAppliesTo(
  deny: DenyAssignment,
  principalId: string | undefined,
  scope: string
): Tri {
  if (!assignmentApplies(deny.scope, scope)) return 'no'
  const same = deny.scope.toLowerCase().replace(/\/+$/, '') === scope.toLowerCase()
  if (!same && deny.doNotApplyToChildScopes) return 'no'
  const id = principalId?.toLowerCase()
  if (id && deny.excludePrincipals.some(p => p.id.toLowerCase() === id)) return 'no'
  // Membership of groups is not known without Microsoft Graph.
  const excludedGroup = deny.excludePrincipals.some(p => /^group$/i.test(p.type ?? ''))
  const everyone = deny.principals.some(
    p => p.id === EVERYONE_PRINCIPAL_ID || /^systemdefined$/i.test(p.type ?? '')
  )
  const direct = id !== undefined && deny.principals.some(p => p.id.toLowerCase() === id)
  if (everyone || direct) return excludedGroup ? 'maybe' : 'yes'
  const group = deny.principals.some(p => /^group$/i.test(p.type ?? ''))
  if (group || id === undefined) return 'maybe'
  return 'no'
}

export interface DenyFinding {
  deny: DenyAssignment
  effect: Exclude<Tri, 'no'>
}

/** Deny assignments that deny (or may deny) `required` to the principal at `scope`, certain ones first. */
export function evaluateDenies(
  required: string,
  denies: DenyAssignment[],
  principalId: string | undefined,
  scope: string
): DenyFinding[] {
  const findings: DenyFinding[] = []
  for (const deny of denies) {
    const applies = denyAppliesTo(deny, principalId, scope)
    if (applies === 'no') continue
    const effects = deny.permissions.map(b => denyBlockEffect(b, required))
    const effect: Tri = effects.includes('yes') ? 'yes' : effects.includes('maybe') ? 'maybe' : 'no'
    if (effect === 'no') continue
    findings.push({ deny, effect: applies === 'yes' && effect === 'yes' ? 'yes' : 'maybe' })
  }
  return findings.sort((a, b) => Number(a.effect === 'maybe') - Number(b.effect === 'maybe'))
}
