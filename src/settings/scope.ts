/**
 * The `scope` input of an estate scan: which subscriptions or management group
 * Azure Resource Graph searches for Machine Learning workspaces.
 */
export type EstateScope =
  | { kind: 'subscriptions'; subscriptionIds: string[] }
  | { kind: 'management-group'; managementGroupId: string }

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
/** Management group ids: letters, digits, `-`, `_`, `(`, `)`, `.`; at most 90 characters. */
const MANAGEMENT_GROUP = /^[A-Za-z0-9_().-]{1,90}$/
/** Resource Graph accepts up to 1,000 subscriptions per request. */
export const MAX_SCOPE_SUBSCRIPTIONS = 1000

export const SCOPE_FORMAT =
  '`subscription:<subscription-id>[,<subscription-id>...]` or `management-group:<management-group-id>`'

/** Parses `scope`; a string is what is wrong with it (the rest of a sentence). */
export function parseScope(raw: string): EstateScope | string {
  const match = /^\s*(subscriptions?|management-group)\s*:\s*(.*)$/i.exec(raw)
  if (!match)
    return `does not start with \`subscription:\` or \`management-group:\`. Use ${SCOPE_FORMAT}.`
  const kind = match[1]!.toLowerCase()
  const rest = match[2]!.trim()
  if (kind === 'management-group') {
    if (!MANAGEMENT_GROUP.test(rest)) {
      return `names the management group ${JSON.stringify(rest)}, which is not a management group id (letters, digits, -, _, (, ), ., at most 90 characters; the id, not the display name: az account management-group list --query "[].name" -o tsv).`
    }
    return { kind: 'management-group', managementGroupId: rest }
  }
  const ids = rest
    .split(',')
    .map(id => id.trim())
    .filter(id => id !== '')
  if (ids.length === 0) return `names no subscription. Use ${SCOPE_FORMAT}.`
  const bad = ids.filter(id => !GUID.test(id))
  if (bad.length > 0) {
    return `${bad.map(id => JSON.stringify(id.slice(0, 60))).join(', ')} ${bad.length === 1 ? 'is not a subscription id' : 'are not subscription ids'} (a GUID; az account list --query "[].id" -o tsv). Use ${SCOPE_FORMAT}.`
  }
  const unique = [...new Set(ids.map(id => id.toLowerCase()))]
  if (unique.length > MAX_SCOPE_SUBSCRIPTIONS) {
    return `names ${unique.length} subscriptions; Resource Graph takes at most ${MAX_SCOPE_SUBSCRIPTIONS} per query. Split the estate over several jobs (see docs/estate.md) or use \`management-group:<id>\`.`
  }
  return { kind: 'subscriptions', subscriptionIds: unique }
}

/** The scope as the user would write it, for reports and logs. */
export function scopeText(scope: EstateScope): string {
  return scope.kind === 'subscriptions'
    ? `subscription:${scope.subscriptionIds.join(',')}`
    : `management-group:${scope.managementGroupId}`
}
