import { describe, expect, it } from '@jest/globals'
import { ConfigurationError } from '../src/model/errors.js'
import { evaluateAll } from '../src/evaluate/checks/catalog.js'
import {
  MIGRATIONS,
  parseSnapshot,
  readSnapshotFile,
  renderSnapshot
} from '../src/collect/snapshot-file.js'
import { SNAPSHOT_SCHEMA_VERSION, type Snapshot } from '../src/model/snapshot.js'
import { generateSnapshotSchema } from '../scripts/gen-snapshot-schema.js'
import { failed, secureSnapshot } from './checks/fixtures.js'
import { SNAPSHOT_SCHEMA_FILE, snapshotValidator } from './report/schemas.js'
import { readFileSync } from 'node:fs'

const WHERE = '`from-snapshot`: "saved.json"'

function roundTrip(snapshot: Snapshot): Snapshot {
  return parseSnapshot(JSON.parse(renderSnapshot(snapshot)), WHERE)
}

function refusal(data: unknown): string {
  try {
    parseSnapshot(data, WHERE)
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError)
    return (error as Error).message
  }
  throw new Error('the snapshot was accepted')
}

describe('saved snapshots', () => {
  it('read back as they were written, and evaluate the same', () => {
    const snapshot = secureSnapshot()
    const back = roundTrip(snapshot)
    expect(back).toEqual(snapshot)
    expect(evaluateAll(back)).toEqual(evaluateAll(snapshot))
  })

  it('never hold a token, even inside an error message Azure sent', () => {
    const jwt = `eyJhbGciOiJSUzI1NiJ9.eyJvaWQiOiIxMjM0NTY3OCJ9.${'s'.repeat(40)}`
    const snapshot = secureSnapshot({
      computes: failed(401, 'InvalidAuthenticationToken', `The token ${jwt} is expired`)
    })
    const text = renderSnapshot(snapshot)
    expect(text).not.toContain(jwt)
    expect(text).toContain('The token [redacted token] is expired')
  })

  it('migrate a version 1 snapshot through the migration table', () => {
    const v1: Record<string, unknown> = { ...secureSnapshot(), schemaVersion: 1 }
    delete v1['collectedBy']
    expect(Object.keys(MIGRATIONS).map(Number)).toEqual([1])
    const migrated = parseSnapshot(JSON.parse(JSON.stringify(v1)), WHERE)
    expect(migrated.schemaVersion).toBe(SNAPSHOT_SCHEMA_VERSION)
    expect(migrated.collectedBy).toEqual({
      name: 'aml-inference-guard',
      version: 'unknown (snapshot schema version 1)'
    })
    expect(evaluateAll(migrated)).toEqual(evaluateAll(secureSnapshot()))
  })

  it('refuse a newer schema version, naming the versions and what to do', () => {
    const newer = {
      ...secureSnapshot(),
      schemaVersion: SNAPSHOT_SCHEMA_VERSION + 1,
      collectedBy: { name: 'aml-inference-guard', version: '9.0.0' }
    }
    expect(refusal(newer)).toBe(
      `${WHERE} has snapshot schema version ${SNAPSHOT_SCHEMA_VERSION + 1} (it was saved by version "9.0.0"); this version of aml-inference-guard reads versions up to ${SNAPSHOT_SCHEMA_VERSION}. Evaluate it with the version that saved it or a newer one, or save the snapshot again with this version.`
    )
  })

  it('refuse files that are not snapshots, saying which field is wrong', () => {
    expect(refusal([])).toContain('does not hold a JSON object')
    expect(refusal({ schemaVersion: 'two' })).toContain('schemaVersion is "two"')
    expect(refusal({ ...secureSnapshot(), target: { workspaceName: 'ws' } })).toContain(
      'target.subscriptionId is not a string'
    )
    expect(refusal({ ...secureSnapshot(), workspace: { value: {} } })).toContain(
      'workspace is not a read result'
    )
    expect(
      refusal({ ...secureSnapshot(), subnets: { '/subscriptions/x': { ok: 'yes' } } })
    ).toContain('subnets["/subscriptions/x"] is not a read result')
    expect(
      refusal({ ...secureSnapshot(), request: { route: 'teleport', deploymentMethod: 'cli' } })
    ).toContain('request.route is not one of auto, managed, kubernetes, both')
  })

  it('a missing or broken file is a configuration error naming the setting', () => {
    const missing = (): Snapshot =>
      readSnapshotFile('/nonexistent/saved.json', '`from-snapshot`', 'saved.json', () => {
        throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' })
      })
    expect(missing).toThrow(
      new ConfigurationError(
        `${WHERE} could not be read (no such file). Point it at a file written by \`snapshot-file\` or \`--save-snapshot\`.`
      )
    )
    expect(() =>
      readSnapshotFile('saved.json', '`from-snapshot`', 'saved.json', () => '{"schemaVersion": 2')
    ).toThrow(/^`from-snapshot`: "saved.json" is not JSON \(/)
  })
})

describe('schemas/snapshot.schema.json', () => {
  it('is the schema of the Snapshot type as it is now (regenerate: npx tsx scripts/gen-snapshot-schema.ts)', () => {
    const committed: unknown = JSON.parse(readFileSync(SNAPSHOT_SCHEMA_FILE, 'utf8'))
    expect(committed).toEqual(JSON.parse(generateSnapshotSchema()))
  }, 60_000)

  it('accepts a saved snapshot and rejects one with a field of the wrong type', () => {
    const validate = snapshotValidator()
    expect([validate(JSON.parse(renderSnapshot(secureSnapshot()))), validate.errors]).toEqual([
      true,
      null
    ])
    expect(validate({ ...secureSnapshot(), collectedAt: 5 })).toBe(false)
    expect(validate({ ...secureSnapshot(), surprise: true })).toBe(false)
  })
})
