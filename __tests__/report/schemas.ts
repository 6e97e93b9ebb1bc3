/** Ajv validators for the SARIF 2.1.0 schema and the JSON report schema, shared by unit and e2e tests. */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Ajv, type ValidateFunction } from 'ajv'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'

const require = createRequire(import.meta.url)

/**
 * The official SARIF 2.1.0 schema, as @microsoft/jest-sarif ships it. It is a
 * draft-04 schema; Ajv 8 reads it once its draft-04 `id` is spelled `$id`, and
 * without the `u` flag on patterns: the schema's `language` pattern
 * (`^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$`) has a stray `]` that only
 * non-unicode regular expressions accept.
 */
export function sarifValidator(): ValidateFunction {
  const file = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json')
  const schema = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>
  const { id, ...rest } = schema
  // Ajv 8 has no draft-04 meta-schema: validate with its default draft instead.
  delete rest['$schema']
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false })
  addFormats.default(ajv)
  return ajv.compile({ ...rest, $id: id as string })
}

const here = path.dirname(fileURLToPath(import.meta.url))
export const REPORT_SCHEMA_FILE = path.join(here, '..', '..', 'schemas', 'report.schema.json')

/** The repository's JSON report schema (draft 2020-12), strict: every keyword must be known. */
export function reportValidator(): ValidateFunction {
  const schema = JSON.parse(readFileSync(REPORT_SCHEMA_FILE, 'utf8')) as Record<string, unknown>
  const ajv = new Ajv2020({ strict: true, allErrors: true })
  addFormats.default(ajv)
  return ajv.compile(schema)
}

export const SNAPSHOT_SCHEMA_FILE = path.join(here, '..', '..', 'schemas', 'snapshot.schema.json')

/** schemas/snapshot.schema.json (draft-07, generated from src/model/snapshot.ts). */
export function snapshotValidator(): ValidateFunction {
  const schema = JSON.parse(readFileSync(SNAPSHOT_SCHEMA_FILE, 'utf8')) as Record<string, unknown>
  const ajv = new Ajv({ strict: true, allErrors: true })
  return ajv.compile(schema)
}
