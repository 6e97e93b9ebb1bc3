/** Shape checks for JSON files users hand back to the tool (saved reports and snapshots). */

export type JsonObject = Record<string, unknown>

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** `name.key is not a string` for the first listed key that is not a string, `name is missing` when obj is no object. */
export function stringFieldProblem(obj: unknown, name: string, keys: string[]): string | undefined {
  if (!isObject(obj)) return `${name} is missing`
  const bad = keys.find(k => typeof obj[k] !== 'string')
  return bad ? `${name ? `${name}.` : ''}${bad} is not a string` : undefined
}
