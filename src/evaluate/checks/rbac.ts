/**
 * Checklist section "Prerequisites", RBAC part (RBAC-*): the identity that
 * deploys into the network holds the three Microsoft.Network permissions the
 * article lists, on the virtual network and subnet that NET-03 resolved.
 *
 * Whose permissions: the identity the action signed in as (its effective
 * permissions from the Authorization permissions API), or `principal-id` (its
 * role assignments at the scope, group memberships included, and their role
 * definitions). Deny assignments at the scope are applied to either.
 * Semantics are in src/evaluate/engine/rbac.ts; the words of each check (title,
 * rationale, fix) and the three actions are in rules/rbac.ts.
 */
import {
  assignmentApplies,
  evaluateDenies,
  evaluateGrant,
  type DenyFinding,
  type GrantEvaluation,
  type GrantSource
} from '../engine/rbac.js'
import { resolveNetworkTarget } from '../network-target.js'
import type { ReadError, Snapshot } from '../../model/snapshot.js'
import { resourceKey, resourceName } from '../../model/snapshot.js'
import {
  RESOURCE_TYPES,
  defineCheck,
  describeReadError,
  makeResult,
  resourceOf,
  workspaceResource
} from './common.js'
import type { Check, CheckDefinition, CheckResult } from '../../model/check.js'
import {
  ALL_ACTIONS,
  CUSTOM_ROLE_DESCRIPTION,
  CUSTOM_ROLE_NAME,
  NETWORK_READ,
  RBAC_01_RULE,
  RBAC_02_RULE,
  RBAC_03_RULE,
  SUBNET_JOIN,
  VNET_JOIN
} from './rules/rbac.js'

interface Requirement {
  action: string
  /** Which scope the article asks for. */
  on: 'vnet' | 'subnet'
}

function customRoleCommand(vnetId: string): string {
  const role = {
    Name: CUSTOM_ROLE_NAME,
    Description: CUSTOM_ROLE_DESCRIPTION,
    Actions: ALL_ACTIONS,
    AssignableScopes: [vnetId]
  }
  return `az role definition create --role-definition '${JSON.stringify(role)}'`
}

function assignCommand(role: string, scope: string, assignee: string): string {
  return `az role assignment create --role "${role}" --scope ${scope} --assignee ${assignee}`
}

/** Assigns by object id, so the CLI needs no Microsoft Graph lookup of the assignee. */
function assignToObjectCommand(
  role: string,
  scope: string,
  objectId: string,
  principalType?: 'ServicePrincipal'
): string {
  const type = principalType ? ` --assignee-principal-type ${principalType}` : ''
  return `az role assignment create --role "${role}" --scope ${scope} --assignee-object-id ${objectId}${type}`
}

/**
 * How to grant the missing action, to the identity that needs it: `principal-id`
 * when set; the action's own identity only if it is also the one that deploys.
 * Least privilege first, the broader built-in role second.
 */
function grantFix(snapshot: Snapshot, vnetId: string): string {
  const { objectId, source } = snapshot.rbacPrincipal
  const id = objectId ?? '<object-id>'
  const principalType = source === 'input' ? undefined : 'ServicePrincipal'
  const commands =
    `least privilege, a custom role with just ${ALL_ACTIONS.join(', ')} on the virtual network: ${customRoleCommand(vnetId)} then ${assignToObjectCommand(CUSTOM_ROLE_NAME, vnetId, id, principalType)} ; ` +
    `or the broader built-in role: ${assignToObjectCommand('Network Contributor', vnetId, id, principalType)}`
  if (source === 'input') {
    return `Fix, for the deploying identity named by principal-id (${id}): ${commands}.`
  }
  return (
    `The identity checked is the one the action signs in as: it needs this permission only if it is also the identity that deploys. ` +
    `If another identity deploys, set the input \`principal-id\` to that identity's object id so it is the one checked, and grant it the role instead. ` +
    `If this identity deploys, fix: ${commands}.`
  )
}

function whoText(snapshot: Snapshot): string {
  const { objectId, source } = snapshot.rbacPrincipal
  if (source === 'input') return `principal ${objectId ?? '(unknown)'} (input principal-id)`
  return objectId
    ? `the identity the action signed in as (object id ${objectId})`
    : 'the identity the action signed in as'
}

function scopeText(on: Requirement['on'], id: string): string {
  return on === 'vnet' ? `virtual network ${resourceName(id)}` : `subnet ${resourceName(id)}`
}

/** Where a deny assignment came from and how to lift it. */
function denyText(finding: DenyFinding): string {
  const d = finding.deny
  return `deny assignment '${d.name}' (${d.id})`
}

function readFailure(what: string, error: ReadError, fix: string): string {
  return `Could not read ${what} (${describeReadError(error)}), so this check cannot tell whether the permission is held. ${fix}`
}

/** The sources to judge and, for the permissions API, the roles that explain them. */
type Sources =
  | { kind: 'ok'; decisive: GrantSource[]; naming: GrantSource[]; unreadableRoles: string[] }
  | { kind: 'unknown'; detail: string }

function roleSources(snapshot: Snapshot, scopeId: string): Sources {
  const key = resourceKey(scopeId)
  const assignments = snapshot.roleAssignments[key]
  const who = whoText(snapshot)
  if (!assignments) {
    return {
      kind: 'unknown',
      detail: `The role assignments of ${who} at ${scopeId} were not read (a bug in aml-inference-guard: please report it with the JSON report attached).`
    }
  }
  if (!assignments.ok) {
    return {
      kind: 'unknown',
      detail: readFailure(
        `the role assignments of ${who} at ${scopeId}`,
        assignments.error,
        `Listing role assignments needs Microsoft.Authorization/roleAssignments/read: grant the identity the action signs in with the Reader role on the virtual network (${assignCommand('Reader', parentOrSelf(scopeId), '<client-id>')}), then re-run.`
      )
    }
  }
  const sources: GrantSource[] = []
  const unreadableRoles: string[] = []
  for (const assignment of assignments.value.filter(a => assignmentApplies(a.scope, scopeId))) {
    const definition = snapshot.roleDefinitions[resourceKey(assignment.roleDefinitionId)]
    if (!definition?.ok) {
      unreadableRoles.push(
        `${resourceName(assignment.roleDefinitionId)}${definition ? ` (${describeReadError(definition.error)})` : ''}`
      )
      continue
    }
    for (const block of definition.value.permissions) {
      sources.push({
        label: `${definition.value.roleName} (assigned at ${assignment.scope})`,
        roleName: definition.value.roleName,
        block,
        ...(assignment.condition ? { condition: assignment.condition } : {})
      })
    }
  }
  return { kind: 'ok', decisive: sources, naming: sources, unreadableRoles }
}

function parentOrSelf(scopeId: string): string {
  return scopeId.replace(/\/subnets\/[^/]+$/i, '')
}

function sourcesFor(snapshot: Snapshot, scopeId: string): Sources {
  if (snapshot.rbacPrincipal.source === 'input') return roleSources(snapshot, scopeId)
  const permissions = snapshot.permissions[resourceKey(scopeId)]
  const who = whoText(snapshot)
  if (!permissions) {
    return {
      kind: 'unknown',
      detail: `The effective permissions of ${who} at ${scopeId} were not read (a bug in aml-inference-guard: please report it with the JSON report attached).`
    }
  }
  if (!permissions.ok) {
    const assignee = snapshot.rbacPrincipal.objectId ?? '<client-id>'
    return {
      kind: 'unknown',
      detail: readFailure(
        `the effective permissions of ${who} at ${scopeId}`,
        permissions.error,
        `Reading them needs read access to the virtual network: grant the identity the Reader role on it (${assignCommand('Reader', parentOrSelf(scopeId), assignee)}), then re-run.`
      )
    }
  }
  const decisive = permissions.value.map(block => ({
    label: 'its effective permissions',
    block,
    ...(block.condition ? { condition: block.condition } : {})
  }))
  // Role assignments, when readable, only name the roles behind the effective permissions.
  const roles = roleSources(snapshot, scopeId)
  return {
    kind: 'ok',
    decisive,
    naming: roles.kind === 'ok' ? roles.naming : [],
    unreadableRoles: []
  }
}

function roleNames(evaluation: GrantEvaluation): string[] {
  return [
    ...new Set(
      evaluation.grantedBy.map(g => g.source.roleName).filter((n): n is string => Boolean(n))
    )
  ]
}

/** The nearest miss, named by role when the roles are known; and which roles are held. */
function missText(evaluation: GrantEvaluation, naming: GrantSource[]): string {
  const named = naming.length > 0 ? evaluateGrant(evaluation.required, naming) : undefined
  const miss = named?.closestMiss ?? evaluation.closestMiss
  const held = [...new Set(naming.map(s => s.roleName).filter((n): n is string => Boolean(n)))]
  const heldText = held.length > 0 ? ` Roles held at this scope: ${held.join(', ')}.` : ''
  if (!miss) return `No role held at this scope includes it.${heldText}`
  const by = miss.source.roleName ? `role ${miss.source.roleName}` : 'the effective permissions'
  if (miss.verdict.kind === 'removed') {
    return `Closest: ${by} includes ${miss.verdict.action}, but the notAction ${miss.verdict.notAction} in the same role removes ${evaluation.required === miss.verdict.notAction ? 'it' : 'part of it'} (notActions subtract within their own role; they are not denies).${heldText}`
  }
  return `Closest: ${by} includes ${miss.verdict.action}, which covers only part of ${evaluation.required}.${heldText}`
}

function evaluateRequirement(
  snapshot: Snapshot,
  def: CheckDefinition,
  requirement: Requirement
): CheckResult[] {
  const { action, on } = requirement
  const target = resolveNetworkTarget(snapshot)
  const scopeId = on === 'vnet' ? target.vnetId : target.subnetId
  if (!scopeId) {
    const missing = on === 'vnet' ? 'virtual network' : 'subnet'
    const input = on === 'vnet' ? 'vnet-id' : 'subnet-id'
    return [
      makeResult(
        def,
        'unknown',
        workspaceResource(snapshot),
        `No ${missing} that secures the workspace was named or found (no input \`${input}\` and no approved private endpoint subnet was read), so ${action} could not be checked. Set the input \`${input}\` to the ${missing} the deployment uses.`
      )
    ]
  }
  const resource = resourceOf(
    scopeId,
    on === 'vnet' ? RESOURCE_TYPES.virtualNetwork : RESOURCE_TYPES.subnet
  )
  const where = scopeText(on, scopeId)
  const who = whoText(snapshot)
  const vnetId = target.vnetId ?? parentOrSelf(scopeId)
  const assignee = snapshot.rbacPrincipal.objectId ?? '<object-id>'
  const fix = grantFix(snapshot, vnetId)
  const result = (outcome: CheckResult['outcome'], detail: string): CheckResult[] => [
    makeResult(def, outcome, resource, detail)
  ]

  const sources = sourcesFor(snapshot, scopeId)
  if (sources.kind === 'unknown') return result('unknown', sources.detail)

  const denies = snapshot.denyAssignments[resourceKey(scopeId)]
  if (!denies || !denies.ok) {
    const why = denies
      ? `(${describeReadError(denies.error)})`
      : '(not read: a bug in aml-inference-guard, please report it)'
    return result(
      'unknown',
      `Could not read the deny assignments at ${where} ${why}; a deny assignment overrides any role, so ${action} cannot be confirmed. Grant the identity the action signs in with the Reader role on the virtual network (${assignCommand('Reader', vnetId, '<client-id>')}), then re-run.`
    )
  }
  const findings = evaluateDenies(action, denies.value, snapshot.rbacPrincipal.objectId, scopeId)
  const certain = findings.filter(f => f.effect === 'yes')
  if (certain.length > 0) {
    return result(
      'fail',
      `${capitalize(who)} cannot use ${action} on ${where}: ${certain.map(denyText).join(' and ')} denies it, whatever roles are assigned. ` +
        `Fix: deny assignments come from deployment stacks, managed applications or blueprints; add the principal to the excluded principals of the stack's deny settings (az stack group create ... --deny-settings-excluded-principals ${assignee}) or ask its owner to lift the deny.`
    )
  }

  const grant = evaluateGrant(action, sources.decisive)
  const conditions = [
    ...new Set(grant.grantedBy.map(g => g.source.condition).filter((c): c is string => !!c))
  ]
  if (grant.grantedBy.length > 0) {
    const roles = roleNames(evaluateGrant(action, sources.naming))
    const through =
      roles.length > 0
        ? ` through ${roles.length === 1 ? 'role' : 'roles'} ${roles.join(', ')}`
        : ` (its effective permissions include ${grant.grantedBy[0]!.action})`
    if (!grant.grantedUnconditionally) {
      return result(
        'unknown',
        `${capitalize(who)} holds ${action} on ${where}${through} only under role assignment conditions, which aml-inference-guard does not evaluate (${conditions.join('; ')}). Check the conditions allow it, or ${fix}`
      )
    }
    const maybe = findings.filter(f => f.effect === 'maybe')
    if (maybe.length > 0) {
      return result(
        'unknown',
        `${capitalize(who)} holds ${action} on ${where}${through}, but ${maybe.map(denyText).join(' and ')} may deny it (it names a group whose membership is not read, or carves the action out only in part). Check the deny assignment in the Azure portal (Access control (IAM) > Deny assignments).`
      )
    }
    const note =
      conditions.length > 0
        ? ` Other assignments carry conditions that were not evaluated (${conditions.join('; ')}).`
        : ''
    return result('pass', `${capitalize(who)} holds ${action} on ${where}${through}.${note}`)
  }
  if (sources.unreadableRoles.length > 0) {
    return result(
      'unknown',
      `${capitalize(who)} has role assignments at ${where} whose role definitions could not be read (${sources.unreadableRoles.join(', ')}), and no readable role grants ${action}. Grant the identity the action signs in with the Reader role on the virtual network so role definitions can be read, then re-run.`
    )
  }
  return result(
    'fail',
    `${capitalize(who)} does not hold ${action} on ${where}. ${missText(grant, sources.naming)} ${fix}`
  )
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

function rbacCheck(rule: CheckDefinition, requirement: Requirement): Check {
  return defineCheck(rule, (snapshot, def) => {
    if (def.id === 'RBAC-01' && snapshot.request.deploymentMethod === 'arm-template') {
      return [
        makeResult(
          def,
          'skipped',
          workspaceResource(snapshot),
          `deployment-method is arm-template: ARM template deployments do not need ${NETWORK_READ} on the virtual network.`
        )
      ]
    }
    return evaluateRequirement(snapshot, def, requirement)
  })
}

export const RBAC_01 = rbacCheck(RBAC_01_RULE, { action: NETWORK_READ, on: 'vnet' })
export const RBAC_02 = rbacCheck(RBAC_02_RULE, { action: VNET_JOIN, on: 'vnet' })
export const RBAC_03 = rbacCheck(RBAC_03_RULE, { action: SUBNET_JOIN, on: 'subnet' })

export const RBAC_CHECKS: Check[] = [RBAC_01, RBAC_02, RBAC_03]
