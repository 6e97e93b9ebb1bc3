/**
 * Helpers shared by the check modules: result construction, the resource a
 * result names, and the wording of "could not read" details. Pure.
 */
import type { ReadError, Snapshot } from '../../model/snapshot.js'
import {
  DEADLINE_CODE,
  KNOWN_AFTER_APPLY_CODE,
  UNUSABLE_ANSWER_CODES,
  resourceName
} from '../../model/snapshot.js'
import type {
  Check,
  CheckDefinition,
  CheckResult,
  Outcome,
  ResultCause,
  ResultFix,
  ResultResource,
  Severity
} from '../../model/check.js'
import { joinText, ours, plainText, text, value, type Text } from '../../model/text.js'

export const RESOURCE_TYPES = {
  workspace: 'Microsoft.MachineLearningServices/workspaces',
  onlineEndpoint: 'Microsoft.MachineLearningServices/workspaces/onlineEndpoints',
  privateEndpoint: 'Microsoft.Network/privateEndpoints',
  subnet: 'Microsoft.Network/virtualNetworks/subnets',
  virtualNetwork: 'Microsoft.Network/virtualNetworks'
} as const

/** What a result carries besides its message: the fix to copy and a shared cause. */
export interface ResultExtras {
  remedy?: ResultFix
  cause?: ResultCause
}

/**
 * A result of `def`; a `fail` carries the definition's severity. The message is a `Text`
 * (our words and Azure's values kept apart); the plain `detail` is its text, ending with
 * the cause's action when there is a cause, for readers that do not group causes.
 */
export function makeResult(
  def: CheckDefinition,
  outcome: Outcome,
  resource: ResultResource,
  message: Text,
  extras: ResultExtras = {}
): CheckResult {
  const plain = plainText(message)
  const withAction = extras.cause
    ? `${plain}${plain ? ' ' : ''}${plainText(extras.cause.action)}`
    : plain
  const result: CheckResult = { checkId: def.id, outcome, resource, detail: withAction, message }
  if (outcome === 'fail') result.severity = def.severity
  if (extras.remedy) result.remedy = extras.remedy
  if (extras.cause) result.cause = extras.cause
  return result
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

/**
 * A value from Azure as one shell word: as it is when it holds only characters a shell
 * passes through, else single-quoted, so a copied command cannot run anything else.
 */
export function shellArg(v: string): string {
  return /^[A-Za-z0-9._/:=,@+-]+$/.test(v) ? v : `'${v.replace(/'/g, `'\\''`)}'`
}

/** `/subscriptions/S/resourceGroups/RG` of an ARM id, or `/subscriptions/S`, or undefined. */
export function scopeOf(id: string | undefined): string | undefined {
  if (!id) return undefined
  return (
    /^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+/i.exec(id)?.[0] ??
    /^\/subscriptions\/[^/]+/i.exec(id)?.[0]
  )
}

function scopeWords(scope: string | undefined): Text {
  if (!scope) return text`its resource group`
  const group = resourceGroupOf(scope)
  const subscription = /^\/subscriptions\/([^/]+)/i.exec(scope)?.[1] ?? ''
  return group
    ? text`resource group \`${group}\` (subscription \`${subscription}\`)`
    : text`subscription \`${subscription}\``
}

/** `HTTP 403 AuthorizationFailed`, without Azure's message (that goes to the cause's folded raw text). */
function statusText(error: ReadError): Text {
  return error.status === null
    ? text`no response ${error.code}`
    : text`HTTP ${error.status} ${error.code}`
}

/** Where the assignee of a role command comes from, said once per fix. */
export const CLIENT_ID_PLACEHOLDER = text`\`<client-id>\` is the \`client-id\` input of this step (not printed here: it is often kept as a secret).`

/**
 * A read Azure refused or could not answer: the sentence for the result, and the
 * cause shared with every other result the same failure blocks (by scope for a
 * refused read: one role assignment fixes them all). `what` names the resource
 * ("private endpoint `pe`"); `resourceId` is the id that was read, for the scope.
 */
export function readProblem(
  what: Text,
  resourceId: string | undefined,
  error: ReadError
): { detail: Text; cause: ResultCause } {
  const detail = text`Could not read ${what} (${statusText(error)}), so this check cannot tell whether it passes.`
  const scope = scopeOf(resourceId)
  const raw = error.message ? { raw: error.message } : {}
  if (error.code === DEADLINE_CODE) {
    return {
      detail,
      cause: {
        key: 'deadline',
        summary: text`Azure did not answer every read before the run's deadline.`,
        action: text`Raise the \`timeout-seconds\` input, or re-run when Azure answers faster.`,
        ...raw
      }
    }
  }
  if (error.code === KNOWN_AFTER_APPLY_CODE) {
    // Only in the planned state (docs/planned.md): the plan cannot say what this will be.
    return {
      detail: text`The planned state of ${what} is not known before the change is applied, so this check cannot tell whether it will pass.`,
      cause: {
        key: `planned-unknown:${(resourceId ?? plainText(what)).toLowerCase()}`,
        summary: text`The planned change does not say what ${what} will be: ${value(error.message)}.`,
        action: text`Set the value in the template or configuration (not computed at apply time), or judge the resource on the live workspace after it is deployed (\`gate-on: live\`).`
      }
    }
  }
  if (UNUSABLE_ANSWER_CODES.includes(error.code)) {
    return {
      detail,
      cause: {
        key: `unusable:${error.code}`,
        summary: text`Azure answered with a body or page link that cannot be used (${value(error.code)}).`,
        action: text`Re-run the workflow; if it keeps happening, report it to Azure support with the JSON report attached.`,
        ...raw
      }
    }
  }
  if (error.status === 401 || error.status === 403) {
    const fix: ResultFix | undefined = scope
      ? {
          commands: [
            `az role assignment create --assignee <client-id> --role Reader --scope ${scope}`
          ],
          placeholders: CLIENT_ID_PLACEHOLDER
        }
      : undefined
    return {
      detail,
      cause: {
        key: `reader:${(scope ?? error.code).toLowerCase()}`,
        summary: text`Azure refused to let the identity read ${scopeWords(scope)} (${statusText(error)}).`,
        action: text`Grant the identity the action signs in with the Reader role on ${scopeWords(scope)}, then re-run.`,
        ...(fix ? { fix } : {}),
        ...raw
      }
    }
  }
  if (error.status === 404) {
    return {
      detail,
      cause: {
        key: `missing:${(resourceId ?? plainText(what)).toLowerCase()}`,
        summary: text`Not found: ${what} (${statusText(error)}).`,
        action: text`Check its subscription, resource group and name, and that the identity can see ${scopeWords(scope)}.`,
        ...(resourceId
          ? { fix: { commands: [`az resource show --ids ${shellArg(resourceId)}`] } }
          : {}),
        ...raw
      }
    }
  }
  if (error.status === null || error.status === 429 || error.status >= 500) {
    return {
      detail,
      cause: {
        key: 'unavailable',
        summary: text`Azure did not answer in time or was unavailable (${statusText(error)}).`,
        action: text`Re-run the workflow; if it keeps happening, check that the runner can reach Azure Resource Manager.`,
        ...raw
      }
    }
  }
  return {
    detail,
    cause: {
      key: `read:${error.status}:${error.code}:${(scope ?? '').toLowerCase()}`,
      summary: text`Azure refused a read in ${scopeWords(scope)} (${statusText(error)}).`,
      action: text`Check that the identity has the Reader role on ${scopeWords(scope)}, then re-run; if it keeps happening, report it with the JSON report attached.`,
      ...raw
    }
  }
}

/** An `unknown` result for a read Azure refused, with its shared cause; `lead` says first what it leaves open. */
export function unreadableResult(
  def: CheckDefinition,
  resource: ResultResource,
  what: Text,
  resourceId: string | undefined,
  error: ReadError,
  lead?: Text
): CheckResult {
  const { detail, cause } = readProblem(what, resourceId, error)
  return makeResult(def, 'unknown', resource, lead ? text`${lead} ${detail}` : detail, { cause })
}

/** Unknown result for a check that needs the workspace when the workspace read failed. */
export function workspaceUnreadable(
  def: CheckDefinition,
  snapshot: Snapshot,
  error: ReadError
): CheckResult {
  const { workspaceName, workspaceId } = snapshot.target
  return unreadableResult(
    def,
    workspaceResource(snapshot),
    text`workspace \`${workspaceName}\``,
    workspaceId,
    error
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
  const { workspaceName, workspaceId } = snapshot.target
  return unreadableResult(
    def,
    workspaceResource(snapshot),
    text`the ${ours(list)} of workspace \`${workspaceName}\``,
    workspaceId,
    error
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
    const seen = new Set<string>()
    const messages = group
      .map(r => r.message ?? value(r.detail))
      .filter(m => m.length > 0 && !seen.has(JSON.stringify(m)) && seen.add(JSON.stringify(m)))
    const merged: CheckResult = {
      ...worst,
      detail: details.join(' '),
      message: joinText(messages, ' ')
    }
    if (worst.outcome === 'fail') {
      merged.severity = group
        .filter(r => r.outcome === 'fail')
        .map(r => r.severity ?? 'error')
        .reduce((a, b) => (SEVERITY_RANK[b] > SEVERITY_RANK[a] ? b : a))
    }
    return merged
  })
}
