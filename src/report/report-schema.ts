/**
 * The published report schema (schemas/report.schema.json), compiled into the
 * bundle: a saved report (`from-report`) may be attacker-controlled, so it is
 * checked against the schema before any renderer reads it. Loaded only in that
 * mode, so that Ajv stays out of a normal run's start-up.
 */
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import schema from '../../schemas/report.schema.json' with { type: 'json' }

let compiled: ValidateFunction | undefined

function validator(): ValidateFunction {
  if (!compiled) {
    // First error only: on a hostile file, collecting every error costs time and says no more.
    const ajv = new Ajv2020({ strict: true, allErrors: false })
    addFormats.default(ajv)
    compiled = ajv.compile(schema)
  }
  return compiled
}

/** `at /results/0/detail: must NOT have more than 20000 characters`, or undefined when `data` is a valid report. */
export function reportSchemaProblem(data: unknown): string | undefined {
  const validate = validator()
  if (validate(data)) return undefined
  const [error] = validate.errors ?? []
  return error ? describe(error) : 'it does not match the report schema'
}

function describe(error: ErrorObject): string {
  // Pointers and property names come from the file: shown quoted, shortened, on one line.
  const where = error.instancePath ? quoted(error.instancePath) : 'the top level'
  const params = error.params as Record<string, unknown>
  const name = params['additionalProperty'] ?? params['unevaluatedProperty']
  const extra = typeof name === 'string' ? ` (${quoted(name)})` : ''
  return `at ${where}: ${error.message ?? 'invalid'}${extra}`
}

function quoted(text: string): string {
  const flat = text.replace(/[\p{C}\p{Zl}\p{Zp}]+/gu, ' ')
  return JSON.stringify(flat.length > 120 ? `${flat.slice(0, 119)}…` : flat)
}
