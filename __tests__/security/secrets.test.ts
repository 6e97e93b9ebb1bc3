/**
 * Security, kind "secrets echoed by a service" (issue 16): an ARM error whose
 * message echoes the request's `Authorization` header (emulator fault
 * `echo-authorization`) must not carry the access token, or any other secret
 * the run holds, into anything the user sees or keeps: the log, the job
 * summary, the report file, the comment, the SARIF file, the snapshot file.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { runAction, type ActionRun } from '../../emulator/run-action.js'
import { getScenario, workspaceId } from '../../emulator/scenarios/index.js'

const ENDPOINTS = `${workspaceId()}/onlineEndpoints`

let run: ActionRun
/** Every output of the run, by name. */
let outputs: Record<string, string>

beforeAll(async () => {
  const scenario = getScenario('secured')
  scenario.injectedFaults = [
    { service: 'arm', pathPrefix: ENDPOINTS, kind: 'echo-authorization', status: 403 }
  ]
  run = await runAction({
    scenario,
    keepRunDir: true,
    inputs: {
      'fail-on': 'any',
      'snapshot-file': 'out/snapshot.json',
      'sarif-file': 'out/results.sarif'
    }
  })
  const workspace = path.join(run.runDir, 'workspace')
  outputs = {
    // `::add-mask::` lines are instructions to the runner, which never shows them.
    stdout: run.stdout
      .split('\n')
      .filter(line => !line.startsWith('::add-mask::'))
      .join('\n'),
    stderr: run.stderr,
    summary: run.summary,
    report: run.report ?? '',
    comment: run.comments.map(c => c.body).join('\n'),
    sarif: fs.readFileSync(path.join(workspace, 'out/results.sarif'), 'utf8'),
    snapshot: fs.readFileSync(path.join(workspace, 'out/snapshot.json'), 'utf8')
  }
}, 120_000)

afterAll(() => {
  if (run) fs.rmSync(run.runDir, { recursive: true, force: true })
})

describe('a token ARM echoes in an error message', () => {
  it('was sent and echoed: the read is unknown with the error, the header value redacted', () => {
    // The run held an access token and ARM answered with it in the message.
    expect(run.secrets.length).toBeGreaterThanOrEqual(3)
    const echoed = run.emulator.requests.filter(
      r => r.service === 'arm' && r.path.toLowerCase() === ENDPOINTS.toLowerCase()
    )
    expect(echoed.map(r => r.status)).toContain(403)
    const report = JSON.parse(outputs['report'] as string) as {
      results: Array<{ outcome: string; detail: string; cause?: { raw?: string } }>
    }
    const unknown = report.results.filter(r => r.outcome === 'unknown')
    expect(unknown.length).toBeGreaterThan(0)
    // Azure's own words are kept with the cause (folded in the comment), redacted.
    expect(unknown.map(r => r.cause?.raw ?? '').join('\n')).toContain(
      "with header 'Authorization: Bearer [redacted]' was refused"
    )
    expect(run.exitCode).toBe(1)
  })

  it.each(['stdout', 'stderr', 'summary', 'report', 'comment', 'sarif', 'snapshot'])(
    'appears in no output: %s',
    name => {
      const text = outputs[name] as string
      expect(text).not.toBe(undefined)
      for (const secret of run.secrets) {
        expect(text).not.toContain(secret)
        // Nor cut short (a truncated message would leave its start).
        expect(text).not.toContain(secret.slice(0, 24))
      }
      expect(text).not.toMatch(/eyJ[A-Za-z0-9_-]{8,}\.eyJ/)
      expect(text).not.toMatch(/Bearer\s+(?!\[redacted\])[A-Za-z0-9._~+/=-]{16,}/)
    }
  )

  it('the outputs checked are the real ones (the report, comment, SARIF and snapshot are not empty)', () => {
    for (const name of ['summary', 'report', 'comment', 'sarif', 'snapshot']) {
      expect((outputs[name] as string).length).toBeGreaterThan(200)
    }
    expect(outputs['comment']).toContain('<!-- aml-inference-guard:')
  })
})
