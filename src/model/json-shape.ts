/** Shape checks for JSON files users hand back to the tool (saved reports and snapshots). */
import { ConfigurationError } from './errors.js'

export type JsonObject = Record<string, unknown>

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The value if it is a JSON object, else an empty one: a body's missing part reads as empty. */
export function asObject(value: unknown): JsonObject {
  return isObject(value) ? value : {}
}

/** `name.key is not a string` for the first listed key that is not a string, `name is missing` when obj is no object. */
export function stringFieldProblem(obj: unknown, name: string, keys: string[]): string | undefined {
  if (!isObject(obj)) return `${name} is missing`
  const bad = keys.find(k => typeof obj[k] !== 'string')
  return bad ? `${name ? `${name}.` : ''}${bad} is not a string` : undefined
}

/** A saved report's text as JSON; `where` names the input and file in the error. */
export function parseSavedReport(text: string, where: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new ConfigurationError(
      `${where} is not JSON (${(error as Error).message}). Upload the file the \`report-file\` output names, unchanged.`
    )
  }
}
