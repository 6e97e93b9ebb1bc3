/**
 * A planned source that could not be read (Azure refused the what-if, or it failed; a Terraform
 * resource whose id is known only after apply): what the change does is then unknown, so every
 * result of the planned state that is not skipped becomes `unknown` with that one cause. A gate that judged the live workspace in its place would pass a
 * change it never saw. Pure.
 */
import type { CheckResult, ResultCause } from '../model/check.js'
import {
  KNOWN_AFTER_APPLY_CODE,
  type PlannedChange,
  type PlannedUnreadable
} from '../model/snapshot.js'
import { plainText, text, type Text } from '../model/text.js'

const ROUTE_WORDS: Record<PlannedUnreadable['route'], string> = {
  'what-if': "Azure's what-if of",
  terraform: 'The Terraform plan'
}

function statusWords(unreadable: PlannedUnreadable): string {
  const { status, code } = unreadable.error
  return status === null ? code : `HTTP ${status} ${code}`
}

export function plannedUnreadableCause(unreadable: PlannedUnreadable): ResultCause {
  const key = `planned-unreadable:${unreadable.route}:${unreadable.file.toLowerCase()}`
  const raw = unreadable.error.message ? { raw: unreadable.error.message } : {}
  if (unreadable.error.code === KNOWN_AFTER_APPLY_CODE) {
    // The plan was read; a resource the checks read cannot be placed (its id is computed at apply).
    return {
      key,
      summary: text`${ROUTE_WORDS[unreadable.route]} \`${unreadable.file}\` changes a resource the checks read whose id is known only after apply, so what this change will do is unknown.`,
      action: text`Give that resource a name and resource group known when planning (literals or variables, not values computed at apply), or set \`gate-on: live\` to gate on the live workspace only.`,
      ...raw
    }
  }
  const refused = unreadable.error.status === 401 || unreadable.error.status === 403
  const action: Text = refused
    ? text`Let the identity the action signs in with deploy the template: what-if needs the permissions of the deployment itself (Microsoft Learn, "ARM template deployment what-if operation"), \`Microsoft.Resources/deployments/*\` (with \`Microsoft.Resources/deployments/whatIf/action\`) and write access on the resources the template deploys, as roles that deploy (Contributor) have; docs/planned.md has a narrower custom role. Then re-run; or set \`gate-on: live\` to gate on the live workspace only.`
    : text`Re-run the workflow; if it keeps failing, run the same what-if with \`az deployment group what-if\` to see Azure's answer, or set \`gate-on: live\` to gate on the live workspace only.`
  return {
    key,
    summary: text`${ROUTE_WORDS[unreadable.route]} \`${unreadable.file}\` could not be read (${statusWords(unreadable)}), so what this change will do is unknown.`,
    action,
    ...raw
  }
}

/** The planned results, each `unknown` with the first unreadable source's cause when there is one. */
export function withPlannedUnreadable(
  results: readonly CheckResult[],
  planned: PlannedChange | undefined
): CheckResult[] {
  const first = planned?.unreadable?.[0]
  if (!first) return [...results]
  const cause = plannedUnreadableCause(first)
  // The cause is named once above the tables; each row only says what it leaves open.
  const message = text`The planned state cannot be judged.`
  return results.map(result => {
    if (result.outcome === 'skipped') return result
    const unknown: CheckResult = { ...result, outcome: 'unknown', message, cause }
    unknown.detail = `${plainText(message)} ${plainText(cause.action)}`
    // A fail's severity and commands belong to the state that could not be judged.
    delete unknown.severity
    delete unknown.remedy
    return unknown
  })
}
