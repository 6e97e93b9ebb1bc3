/**
 * Helpers shared by the check modules: result construction, the resource a
 * result names, and the wording of "could not read" details. Pure.
 */
import type { ReadError, Snapshot } from '../../model/snapshot.js'
import { DEADLINE_CODE, UNUSABLE_ANSWER_CODES, resourceName } from '../../model/snapshot.js'
import type {
  Check,
  CheckDefinition,
  CheckResult,
  Outcome,
  ResultResource,
  Severity
} from '../../model/check.js'

export const RESOURCE_TYPES = {
  workspace: 'Microsoft.MachineLearningServices/workspaces',
  onlineEndpoint: 'Microsoft.MachineLearningServices/workspaces/onlineEndpoints',
  privateEndpoint: 'Microsoft.Network/privateEndpoints',
  subnet: 'Microsoft.Network/virtualNetworks/subnets',
  virtualNetwork: 'Microsoft.Network/virtualNetworks'
} as const

/** A result of `def`; a `fail` carries the definition's severity. */
export function makeResult(
  def: CheckDefinition,
  outcome: Outcome,
  resource: ResultResource,
  detail: string
): CheckResult {
  return outcome === 'fail'
    ? { checkId: def.id, outcome, severity: def.severity, resource, detail }
    : { checkId: def.id, outcome, resource, detail }
}

export function resourceOf(id: string, type: string, name = resourceName(id)): ResultResource {
  return { id, name, type }
}

/** The workspace as a result resource; falls back to the target when the read failed. */
export function workspaceResource(snapshot: Snapshot): ResultResource {
  const ws = snapshot.workspace
  return ws.ok
    ? resourceOf(ws.value.id, RESOURCE_TYPES.workspace, ws.value.name)
    : resourceOf(
        snapshot.target.workspaceId,
        RESOURCE_TYPES.workspace,
        snapshot.target.workspaceName
      )
}

export function equalsIgnoreCase(value: string | undefined, expected: string): boolean {
  return value !== undefined && value.toLowerCase() === expected.toLowerCase()
}

/** `publicNetworkAccess` as ARM reports it; absent means the service default, Enabled. */
export function isPublicNetworkAccessDisabled(value: string | undefined): boolean {
  return equalsIgnoreCase(value, 'Disabled')
}

/** The resource group segment of an ARM id. */
export function resourceGroupOf(id: string): string | undefined {
  return /\/resourceGroups\/([^/]+)/i.exec(id)?.[1]
}

/** `HTTP 403 AuthorizationFailed: <message>` */
export function describeReadError(error: ReadError): string {
  const status = error.status === null ? 'no response' : `HTTP ${error.status}`
  return `${status} ${error.code}: ${error.message}`
}

/**
 * Why a read failed and what to do about it, for an `unknown` detail.
 * `what` names the resource ("workspace ws", "private endpoint pe").
 */
export function unreadableDetail(
  what: string,
  resourceGroup: string | undefined,
  error: ReadError
): string {
  const reason = `Could not read ${what} (${describeReadError(error)}), so this check cannot tell whether it passes.`
  const scope = resourceGroup ? `resource group ${resourceGroup}` : 'its resource group'
  if (error.code === DEADLINE_CODE) {
    return `${reason} Raise the \`timeout-seconds\` input, or re-run when Azure answers faster.`
  }
  if (UNUSABLE_ANSWER_CODES.includes(error.code)) {
    return `${reason} Azure's answer could not be used: re-run the workflow; if it keeps happening, report it to Azure support with the JSON report attached.`
  }
  if (error.status === 401 || error.status === 403) {
    return `${reason} Grant the identity the action signs in with the Reader role on ${scope}, then re-run.`
  }
  if (error.status === 404) {
    return `${reason} It was not found: check the subscription, resource group and name, and that the identity can see ${scope}.`
  }
  if (error.status === null || error.status === 429 || error.status >= 500) {
    return `${reason} Azure did not answer in time or was unavailable: re-run the workflow; if it keeps happening, check that the runner can reach Azure Resource Manager.`
  }
  return `${reason} Check that the identity has the Reader role on ${scope}, then re-run; if it keeps happening, report it with the JSON report attached.`
}

/** Unknown result for a check that needs the workspace when the workspace read failed. */
export function workspaceUnreadable(
  def: CheckDefinition,
  snapshot: Snapshot,
  error: ReadError
): CheckResult {
  const { workspaceName, resourceGroup } = snapshot.target
  return makeResult(
    def,
    'unknown',
    workspaceResource(snapshot),
    unreadableDetail(`workspace ${workspaceName}`, resourceGroup, error)
  )
}

/** A check from its catalog entry and an evaluation that receives that entry. */
export function defineCheck(
  def: CheckDefinition,
  evaluate: (snapshot: Snapshot, def: CheckDefinition) => CheckResult[]
): Check {
  return { ...def, evaluate: snapshot => evaluate(snapshot, def) }
}

/** Unknown result for a check whose workspace-level list (endpoints, computes, outbound rules) could not be read. */
export function workspaceListUnreadable(
  def: CheckDefinition,
  snapshot: Snapshot,
  list: string,
  error: ReadError
): CheckResult {
  const { workspaceName, resourceGroup } = snapshot.target
  return makeResult(
    def,
    'unknown',
    workspaceResource(snapshot),
    unreadableDetail(`the ${list} of workspace ${workspaceName}`, resourceGroup, error)
  )
}

/** Worse first: a merged result takes the worst outcome, and the worst severity among its fails. */
const OUTCOME_RANK: Record<Outcome, number> = { fail: 3, unknown: 2, pass: 1, skipped: 0 }
const SEVERITY_RANK: Record<Severity, number> = { error: 2, warning: 1, notice: 0 }

/**
 * One result per check and resource (ids compare case-insensitively): results that name
 * the same resource merge into the worst outcome with every distinct reason, in order.
 * Two results for one resource (a pass and a fail) would contradict each other.
 */
export function oneResultPerResource(results: CheckResult[]): CheckResult[] {
  const groups = new Map<string, CheckResult[]>()
  for (const result of results) {
    const key = `${result.checkId}\u0000${result.resource.id.toLowerCase()}`
    groups.set(key, [...(groups.get(key) ?? []), result])
  }
  return [...groups.values()].map(group => {
    if (group.length === 1) return group[0] as CheckResult
    const worst = group.reduce((a, b) =>
      OUTCOME_RANK[b.outcome] > OUTCOME_RANK[a.outcome] ? b : a
    )
    const details = [...new Set(group.map(r => r.detail).filter(d => d !== ''))]
    const merged: CheckResult = { ...worst, detail: details.join(' ') }
    if (worst.outcome === 'fail') {
      merged.severity = group
        .filter(r => r.outcome === 'fail')
        .map(r => r.severity ?? 'error')
        .reduce((a, b) => (SEVERITY_RANK[b] > SEVERITY_RANK[a] ? b : a))
    }
    return merged
  })
}
