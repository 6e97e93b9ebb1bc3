/**
 * Offline snapshots end to end: `snapshot-file` saves what a live run read,
 * `from-snapshot` evaluates it with no login and no ARM request, and the two
 * runs report the same.
 */
import { VERSION } from '../../src/model/version.js'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { NO_AZURE_INPUTS, runAction, type ActionRun } from '../../emulator/run-action.js'
import { getScenario } from '../../emulator/scenarios/index.js'
import { startEmulator, type Emulator } from '../../emulator/server.js'
import { recordFault } from '../reliability/record.js'
import { snapshotValidator } from '../report/schemas.js'
import { reportWithoutTime } from './report-compare.js'

describe('a live run saves its snapshot, and evaluating it offline reports the same', () => {
  let live: ActionRun
  let offline: ActionRun
  let snapshotText: string
  let offlineEmulator: Emulator

  beforeAll(async () => {
    live = await runAction({
      scenario: 'forbidden-network',
      inputs: { 'fail-on': 'any', 'snapshot-file': 'out/snapshot.json' },
      keepRunDir: true
    })
    snapshotText = fs.readFileSync(
      path.join(live.runDir, 'workspace', 'out', 'snapshot.json'),
      'utf8'
    )
    fs.rmSync(live.runDir, { recursive: true, force: true })
    offlineEmulator = await startEmulator(getScenario('forbidden-network'))
    offline = await runAction({
      emulator: offlineEmulator,
      inputs: { 'fail-on': 'any', 'from-snapshot': 'saved/snapshot.json', ...NO_AZURE_INPUTS },

      omitIdToken: true,
      workspaceFiles: { 'saved/snapshot.json': snapshotText }
    })
  })
  afterAll(() => offlineEmulator.close())

  it('writes a snapshot valid against schemas/snapshot.schema.json, naming the tool that read it', () => {
    expect(live.stdout).toContain('Snapshot written to ')
    const snapshot = JSON.parse(snapshotText) as Record<string, unknown>
    const validate = snapshotValidator()
    expect([validate(snapshot), validate.errors]).toEqual([true, null])
    expect(snapshot['collectedBy']).toEqual({ name: 'aml-inference-guard', version: VERSION })
  })

  it('holds no token or secret of the run', () => {
    expect(live.secrets.length).toBeGreaterThan(0)
    for (const secret of live.secrets) expect(snapshotText.includes(secret)).toBe(false)
    expect(snapshotText).not.toMatch(/eyJ[A-Za-z0-9_-]{8,}\./)
  })

  it('the offline run contacts neither Entra ID nor ARM nor GitHub OIDC', () => {
    expect(offline.stdout).toContain('Azure is not contacted')
    const services = new Set(offlineEmulator.requests.map(r => r.service))
    expect(services.has('arm')).toBe(false)
    expect(services.has('entra')).toBe(false)
    expect(services.has('oidc')).toBe(false)
  })

  it('gives the same report, verdict, outputs and annotations as the live run', () => {
    expect(live.report).toBeDefined()
    expect(reportWithoutTime(offline.report)).toEqual(reportWithoutTime(live.report))
    expect(offline.exitCode).toBe(live.exitCode)
    expect(offline.exitCode).toBe(1)
    expect(offline.outputs['result']).toBe(live.outputs['result'])
    expect(offline.outputs['failed-checks']).toBe(live.outputs['failed-checks'])
    expect(offline.annotations).toEqual(live.annotations)
    expect(offline.comments.at(-1)?.body).toBe(live.comments.at(-1)?.body)
  })
})

describe('a snapshot the action cannot read', () => {
  it('of a newer schema version is refused with a clear error, before any request', async () => {
    const newer = JSON.stringify({
      schemaVersion: 99,
      collectedBy: { name: 'aml-inference-guard', version: '7.0.0' }
    })
    const emulator = await startEmulator(getScenario('secured'))
    try {
      const run = await runAction({
        emulator,
        inputs: { 'from-snapshot': 'snapshot.json', ...NO_AZURE_INPUTS },

        omitIdToken: true,
        workspaceFiles: { 'snapshot.json': newer }
      })
      recordFault('input', 'from-snapshot of a newer schema version', 'clear error', run)
      expect(run.annotations.filter(a => a.level === 'error').map(a => a.message)).toEqual([
        '`from-snapshot`: "snapshot.json" has snapshot schema version 99 (it was saved by version "7.0.0"); this version of aml-inference-guard reads versions up to 2. Evaluate it with the version that saved it or a newer one, or save the snapshot again with this version.'
      ])
      expect(emulator.requests).toEqual([])
    } finally {
      await emulator.close()
    }
  })

  it('that is not JSON is refused naming the input', async () => {
    const run = await runAction({
      scenario: 'secured',
      inputs: { 'from-snapshot': 'snapshot.json', ...NO_AZURE_INPUTS },

      omitIdToken: true,
      workspaceFiles: { 'snapshot.json': '{"schemaVersion": 2,' }
    })
    recordFault('input', 'from-snapshot file is not JSON', 'clear error', run)
    expect(run.stdout).toMatch(/::error::`from-snapshot`: "snapshot.json" is not JSON/)
  })
})
