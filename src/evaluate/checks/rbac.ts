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
import type { Snapshot } from '../../model/snapshot.js'
import { resourceKey, resourceName } from '../../model/snapshot.js'
import {
  RESOURCE_TYPES,
  defineCheck,
  makeResult,
  readProblem,
  resourceGroupOf,
  resourceOf,
  shellArg,
  workspaceResource,
  type ResultExtras
} from './common.js'
import type {
  Check,
  CheckDefinition,
  CheckResult,
  ResultCause,
  ResultFix
} from '../../model/check.js'
import { EMPTY_TEXT, code, concatText, joinText, ours, text, type Text } from '../../model/text.js'
import { missingNetworkCause, subnetListCommand } from './prerequisites.js'
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
  // The role as a file written by a quoted here-document (nothing in it is expanded; a JSON
  // string cannot be a line of its own), so the command fits the page and pastes as written.
  return [
    `cat > ${CUSTOM_ROLE_FILE} <<'JSON'`,
    JSON.stringify(role, null, 2),
    'JSON',
    `az role definition create --role-definition @${CUSTOM_ROLE_FILE}`
  ].join('\n')
}

const CUSTOM_ROLE_FILE = 'aml-inference-network-role.json'

/** Assigns by object id, so the CLI needs no Microsoft Graph lookup of the assignee. `role` is ours; `objectId` may be the `<object-id>` placeholder. */
function assignToObjectCommand(
  role: string,
  scope: string,
  objectId: string,
  principalType?: 'ServicePrincipal'
): string {
  const type = principalType ? ` --assignee-principal-type ${principalType}` : ''
  return `az role assignment create --role "${role}" --scope ${shellArg(scope)} --assignee-object-id ${objectId === '<object-id>' ? objectId : shellArg(objectId)}${type}`
}

const OBJECT_ID_PLACEHOLDER = text`\`<object-id>\` is the object id of the identity that deploys (for a service principal, \`az ad sp show --id <client-id> --query id -o tsv\` prints it).`

/**
 * How to grant the missing action, to the identity that needs it: `principal-id`
 * when set; the action's own identity only if it is also the one that deploys.
 * Least privilege first, the broader built-in role second (a commented alternative).
 */
function grantFix(snapshot: Snapshot, vnetId: string): { words: Text; remedy: ResultFix } {
  const { objectId, source } = snapshot.rbacPrincipal
  const id = objectId ?? '<object-id>'
  const principalType = source === 'input' ? undefined : 'ServicePrincipal'
  const remedy: ResultFix = {
    commands: [
      customRoleCommand(vnetId),
      assignToObjectCommand(CUSTOM_ROLE_NAME, vnetId, id, principalType),
      '# Or, instead of the two commands above, the broader built-in role:',
      assignToObjectCommand('Network Contributor', vnetId, id, principalType)
    ],
    ...(objectId ? {} : { placeholders: OBJECT_ID_PLACEHOLDER })
  }
  const actions = joinText(
    ALL_ACTIONS.map(a => code(a)),
    ', '
  )
  const grant = text`a custom role with just ${actions} on the virtual network (least privilege), or the broader built-in role Network Contributor`
  if (source === 'input') {
    return {
      words: text`Grant the deploying identity named by \`principal-id\` (\`${id}\`) ${grant}.`,
      remedy
    }
  }
  return {
    words: text`The identity checked is the one the action signs in as: it needs this permission only if it is also the identity that deploys. If another identity deploys, set the input \`principal-id\` to that identity's object id so it is the one checked, and grant it the role instead. If this identity deploys, grant it ${grant}.`,
    remedy
  }
}

function whoText(snapshot: Snapshot, capital = false): Text {
  const { objectId, source } = snapshot.rbacPrincipal
  if (source === 'input') {
    const principal = ours(capital ? 'Principal' : 'principal')
    return objectId
      ? text`${principal} \`${objectId}\` (input \`principal-id\`)`
      : text`${principal} (input \`principal-id\`, object id unknown)`
  }
  const the = ours(capital ? 'The' : 'the')
  return objectId
    ? text`${the} identity the action signed in as (object id \`${objectId}\`)`
    : text`${the} identity the action signed in as`
}

function scopeText(on: Requirement['on'], id: string): Text {
  return on === 'vnet'
    ? text`virtual network \`${resourceName(id)}\``
    : text`subnet \`${resourceName(id)}\``
}

/** A deny assignment by name and id. */
function denyText(finding: DenyFinding): Text {
  const d = finding.deny
  return text`deny assignment \`${d.name}\` (\`${d.id}\`)`
}

/** A sentence about something that was never read: a bug in collection, not a refused read. */
function notCollected(what: Text): Text {
  return text`${what} were not read (a bug in aml-inference-guard: please report it with the JSON report attached).`
}

/** The role assignments a principal holds at a scope, inherited and through groups: what to attach to a bug report. */
function listAssignmentsCommand(snapshot: Snapshot, scopeId: string): string {
  const { objectId } = snapshot.rbacPrincipal
  return `az role assignment list --scope ${shellArg(scopeId)} --include-inherited${objectId ? ` --assignee ${shellArg(objectId)} --include-groups` : ''}`
}

/** An unknown's sentence and what resolves it. */
interface Unknown {
  detail: Text
  extras: ResultExtras
}

/** The sources to judge and, for the permissions API, the roles that explain them. */
type Sources =
  | {
      kind: 'ok'
      decisive: GrantSource[]
      naming: GrantSource[]
      unreadableRoles: Array<{ name: string; cause?: ResultCause }>
    }
  | ({ kind: 'unknown' } & Unknown)

function roleSources(snapshot: Snapshot, scopeId: string, where: Text): Sources {
  const key = resourceKey(scopeId)
  const assignments = snapshot.roleAssignments[key]
  const who = whoText(snapshot)
  if (!assignments) {
    return {
      kind: 'unknown',
      detail: notCollected(text`The role assignments of ${who} at ${where}`),
      extras: { remedy: { commands: [listAssignmentsCommand(snapshot, scopeId)] } }
    }
  }
  if (!assignments.ok) {
    const { detail, cause } = readProblem(
      text`the role assignments of ${who} at ${where}`,
      scopeId,
      assignments.error
    )
    return {
      kind: 'unknown',
      detail: text`${detail} Listing role assignments needs \`Microsoft.Authorization/roleAssignments/read\`, which the Reader role includes.`,
      extras: { cause }
    }
  }
  const sources: GrantSource[] = []
  const unreadableRoles: Array<{ name: string; cause?: ResultCause }> = []
  for (const assignment of assignments.value.filter(a => assignmentApplies(a.scope, scopeId))) {
    const definition = snapshot.roleDefinitions[resourceKey(assignment.roleDefinitionId)]
    if (!definition?.ok) {
      const name = resourceName(assignment.roleDefinitionId)
      unreadableRoles.push({
        name,
        ...(definition
          ? {
              cause: readProblem(
                text`role definition \`${name}\``,
                assignment.roleDefinitionId,
                definition.error
              ).cause
            }
          : {})
      })
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

function sourcesFor(snapshot: Snapshot, scopeId: string, where: Text): Sources {
  if (snapshot.rbacPrincipal.source === 'input') return roleSources(snapshot, scopeId, where)
  const permissions = snapshot.permissions[resourceKey(scopeId)]
  const who = whoText(snapshot)
  if (!permissions) {
    return {
      kind: 'unknown',
      detail: notCollected(text`The effective permissions of ${who} at ${where}`),
      extras: {
        remedy: {
          commands: [
            `az rest --method get --url ${shellArg(`${scopeId}/providers/Microsoft.Authorization/permissions?api-version=2022-04-01`)}`
          ]
        }
      }
    }
  }
  if (!permissions.ok) {
    const { detail, cause } = readProblem(
      text`the effective permissions of ${who} at ${where}`,
      scopeId,
      permissions.error
    )
    return { kind: 'unknown', detail, extras: { cause } }
  }
  const decisive = permissions.value.map(block => ({
    label: 'its effective permissions',
    block,
    ...(block.condition ? { condition: block.condition } : {})
  }))
  // Role assignments, when readable, only name the roles behind the effective permissions.
  const roles = roleSources(snapshot, scopeId, where)
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

function codeList(values: string[]): Text {
  return joinText(
    values.map(v => code(v)),
    ', '
  )
}

/** Enough to recognise the roles; the JSON report's role assignments read has them all. */
const HELD_ROLES_SHOWN = 5

/** The nearest miss, named by role when the roles are known; and which roles are held. */
function missText(evaluation: GrantEvaluation, naming: GrantSource[]): Text {
  const named = naming.length > 0 ? evaluateGrant(evaluation.required, naming) : undefined
  const miss = named?.closestMiss ?? evaluation.closestMiss
  const held = [...new Set(naming.map(s => s.roleName).filter((n): n is string => Boolean(n)))]
  const heldText =
    held.length > 0
      ? text` Roles held at this scope: ${codeList(held.slice(0, HELD_ROLES_SHOWN))}${held.length > HELD_ROLES_SHOWN ? text` and ${held.length - HELD_ROLES_SHOWN} more` : EMPTY_TEXT}.`
      : EMPTY_TEXT
  if (!miss) return text`No role held at this scope includes it.${heldText}`
  const by = miss.source.roleName
    ? text`role \`${miss.source.roleName}\``
    : text`the effective permissions`
  if (miss.verdict.kind === 'removed') {
    const what = evaluation.required === miss.verdict.notAction ? 'it' : 'part of it'
    return text`Closest: ${by} includes \`${miss.verdict.action}\`, but the notAction \`${miss.verdict.notAction}\` in the same role removes ${ours(what)} (notActions subtract within their own role; they are not denies).${heldText}`
  }
  return text`Closest: ${by} includes \`${miss.verdict.action}\`, which covers only part of \`${evaluation.required}\`.${heldText}`
}

/** How to lift a deny assignment: find the deployment stack behind it, then exclude the principal. */
function denyFix(deny: DenyFinding['deny'], assignee: string | undefined): ResultFix {
  const group = resourceGroupOf(deny.scope)
  const list = group
    ? `az stack group list --resource-group ${shellArg(group)} --query "[?denySettings.mode!='none'].id" -o tsv`
    : `az stack sub list --query "[?denySettings.mode!='none'].id" -o tsv`
  const principal = assignee ? shellArg(assignee) : '<object-id>'
  const update = group
    ? `az stack group create --name <stack> --resource-group ${shellArg(group)} --template-file <template> --action-on-unmanage detachAll --deny-settings-mode <mode> --deny-settings-excluded-principals ${principal}`
    : `az stack sub create --name <stack> --location <location> --template-file <template> --action-on-unmanage detachAll --deny-settings-mode <mode> --deny-settings-excluded-principals ${principal}`
  return {
    commands: [list, update],
    placeholders: concatText(
      text`\`<stack>\`, \`<template>\`${group ? EMPTY_TEXT : text`, \`<location>\``} and \`<mode>\` are the deployment stack the first command finds, the template it was deployed from, ${group ? EMPTY_TEXT : text`its location, `}and its current deny settings mode (keep it; add to, do not replace, any principals it already excludes).`,
      assignee ? EMPTY_TEXT : text` ${OBJECT_ID_PLACEHOLDER}`
    )
  }
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
    const missing = ours(on === 'vnet' ? 'virtual network' : 'subnet')
    const input = ours(on === 'vnet' ? 'vnet-id' : 'subnet-id')
    // Only a network nothing names shares NET's cause; an input without `subnet-id` is this result's own.
    const cause = target.source === 'none' ? missingNetworkCause(snapshot) : undefined
    return [
      makeResult(
        def,
        'unknown',
        workspaceResource(snapshot),
        text`No ${missing} that secures the workspace was named or found (no input \`${input}\` and no approved private endpoint subnet was read), so \`${action}\` could not be checked. Set the input \`${input}\` to the ${missing} the deployment uses; the command lists the ${ours(on === 'vnet' ? 'virtual networks' : 'subnets')} the identity can see.`,
        {
          remedy: {
            commands: [
              target.vnetId
                ? subnetListCommand(target.vnetId, 'id')
                : 'az network vnet list --query "[].id" -o tsv'
            ]
          },
          ...(cause ? { cause } : {})
        }
      )
    ]
  }
  const resource = resourceOf(
    scopeId,
    on === 'vnet' ? RESOURCE_TYPES.virtualNetwork : RESOURCE_TYPES.subnet
  )
  const where = scopeText(on, scopeId)
  const Who = whoText(snapshot, true)
  const vnetId = target.vnetId ?? parentOrSelf(scopeId)
  const grant = grantFix(snapshot, vnetId)
  const result = (
    outcome: CheckResult['outcome'],
    detail: Text,
    extras: ResultExtras = {}
  ): CheckResult[] => [makeResult(def, outcome, resource, detail, extras)]

  const sources = sourcesFor(snapshot, scopeId, where)
  if (sources.kind === 'unknown') return result('unknown', sources.detail, sources.extras)

  const denies = snapshot.denyAssignments[resourceKey(scopeId)]
  const overrides = text`a deny assignment overrides any role, so \`${action}\` cannot be confirmed.`
  if (!denies) {
    return result(
      'unknown',
      text`The deny assignments at ${where} were not read (a bug in aml-inference-guard: please report it with the JSON report attached); ${overrides}`,
      {
        remedy: {
          commands: [
            `az rest --method get --url ${shellArg(`${scopeId}/providers/Microsoft.Authorization/denyAssignments?api-version=2022-04-01`)}`
          ]
        }
      }
    )
  }
  if (!denies.ok) {
    const { detail, cause } = readProblem(
      text`the deny assignments at ${where}`,
      scopeId,
      denies.error
    )
    return result('unknown', text`${detail} Reading them matters: ${overrides}`, { cause })
  }
  const findings = evaluateDenies(action, denies.value, snapshot.rbacPrincipal.objectId, scopeId)
  const certain = findings.filter(f => f.effect === 'yes')
  if (certain.length > 0) {
    return result(
      'fail',
      text`${Who} cannot use \`${action}\` on ${where}: ${joinText(certain.map(denyText), ' and ')} denies it, whatever roles are assigned. Deny assignments come from deployment stacks, managed applications or blueprints: add the principal to the excluded principals of the stack's deny settings (the commands find the stack and redeploy it with the exclusion), or ask its owner to lift the deny.`,
      { remedy: denyFix(certain[0]!.deny, snapshot.rbacPrincipal.objectId) }
    )
  }

  const grantEval = evaluateGrant(action, sources.decisive)
  const conditions = [
    ...new Set(grantEval.grantedBy.map(g => g.source.condition).filter((c): c is string => !!c))
  ]
  if (grantEval.grantedBy.length > 0) {
    const roles = roleNames(evaluateGrant(action, sources.naming))
    const through =
      roles.length > 0
        ? text` through ${ours(roles.length === 1 ? 'role' : 'roles')} ${codeList(roles)}`
        : text` (its effective permissions include \`${grantEval.grantedBy[0]!.action}\`)`
    if (!grantEval.grantedUnconditionally) {
      return result(
        'unknown',
        text`${Who} holds \`${action}\` on ${where}${through} only under role assignment conditions, which aml-inference-guard does not evaluate (${codeList(conditions)}). Check that the conditions allow it, or grant it without a condition. ${grant.words}`,
        { remedy: grant.remedy }
      )
    }
    const maybe = findings.filter(f => f.effect === 'maybe')
    if (maybe.length > 0) {
      return result(
        'unknown',
        text`${Who} holds \`${action}\` on ${where}${through}, but ${joinText(maybe.map(denyText), ' and ')} may deny it (it names a group whose membership is not read, or carves the action out only in part). The commands show the deny assignment${maybeGroups(maybe).length > 0 ? text` and whether the identity is in the groups it names` : EMPTY_TEXT}.`,
        { remedy: { commands: maybeCommands(maybe, snapshot.rbacPrincipal.objectId) } }
      )
    }
    const note =
      conditions.length > 0
        ? text` Other assignments carry conditions that were not evaluated (${codeList(conditions)}).`
        : EMPTY_TEXT
    return result('pass', text`${Who} holds \`${action}\` on ${where}${through}.${note}`)
  }
  if (sources.unreadableRoles.length > 0) {
    const cause = sources.unreadableRoles.find(r => r.cause)?.cause
    return result(
      'unknown',
      text`${Who} has role assignments at ${where} whose role definitions could not be read (${codeList(sources.unreadableRoles.map(r => r.name))}), and no readable role grants \`${action}\`.`,
      cause ? { cause } : { remedy: { commands: [listAssignmentsCommand(snapshot, scopeId)] } }
    )
  }
  return result(
    'fail',
    text`${Who} does not hold \`${action}\` on ${where}. ${missText(grantEval, sources.naming)} ${grant.words}`,
    { remedy: grant.remedy }
  )
}

/** The groups a possibly-applying deny names (their membership is what is unknown). */
function maybeGroups(findings: DenyFinding[]): string[] {
  return [
    ...new Set(
      findings.flatMap(f =>
        f.deny.principals.filter(p => /^group$/i.test(p.type ?? '')).map(p => p.id)
      )
    )
  ]
}

/** Show each deny assignment; check membership in each group it names. */
function maybeCommands(findings: DenyFinding[], objectId: string | undefined): string[] {
  return [
    ...findings.map(
      f => `az rest --method get --url ${shellArg(`${f.deny.id}?api-version=2022-04-01`)}`
    ),
    ...maybeGroups(findings).map(
      g =>
        `az ad group member check --group ${shellArg(g)} --member-id ${objectId ? shellArg(objectId) : '<object-id>'}`
    )
  ]
}

function rbacCheck(rule: CheckDefinition, requirement: Requirement): Check {
  return defineCheck(rule, (snapshot, def) => {
    if (def.id === 'RBAC-01' && snapshot.request.deploymentMethod === 'arm-template') {
      return [
        makeResult(
          def,
          'skipped',
          workspaceResource(snapshot),
          text`\`deployment-method\` is \`arm-template\`: ARM template deployments do not need \`${NETWORK_READ}\` on the virtual network.`
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
