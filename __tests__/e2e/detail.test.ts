/**
 * End-to-end: `detail: redacted`, for public repositories, where anyone can read
 * the pull request comment and the job summary. Neither shows a GUID (subscription,
 * tenant, principal ids), an ARM resource id or an IP range; resource names stay,
 * and the JSON report (an access-controlled artifact) keeps everything.
 */
import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { runAction, type ActionRun } from '../../emulator/run-action.js'
import { getScenario } from '../../emulator/scenarios/index.js'
import { startEmulator } from '../../emulator/server.js'

const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i
// Any IPv4 address or range except the whole address space (0.0.0.0/0), which is kept.
const IP = /(?<![\d.])(?!0\.0\.0\.0\/0\b)\d{1,3}(?:\.\d{1,3}){3}(?:\/\d{1,2})?(?![\d.])/
const SUBNET_ID =
  '/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/net-rg/providers/Microsoft.Network/virtualNetworks/vnet-ml/subnets/snet-ml'

interface Result {
  checkId: string
  resource: { id: string; name: string }
}

function commentBody(run: ActionRun): string {
  const ours = run.comments.filter(c => c.body.includes('<!-- aml-inference-guard:'))
  expect(ours).toHaveLength(1)
  return ours[0]!.body
}

describe('detail: redacted', () => {
  it.each([
    'secured',
    'access-missing-join',
    'access-notactions',
    'access-principal',
    'access-forbidden'
  ])(
    '%s: the comment and the job summary show names but no id or IP range; the JSON report keeps them',
    async scenario => {
      const run = await runAction({
        scenario,
        inputs: { detail: 'redacted', comment: 'always', 'subnet-id': SUBNET_ID }
      })
      expect(run.stderr).not.toMatch(/Error|at .+\.js:\d+/)
      const comment = commentBody(run)
      const report = run.report ?? ''
      // Annotations show on the pull request's checks page: redacted too.
      const annotations = run.annotations.map(a => `${a.title ?? ''} ${a.message}`).join('\n')
      for (const text of [comment, run.summary, annotations]) {
        expect(text).not.toMatch(GUID)
        expect(text).not.toMatch(/\/subscriptions\//i)
        expect(text).not.toMatch(IP)
      }
      for (const text of [comment, run.summary]) {
        // What a reviewer needs: the workspace and the resources by name.
        expect(text).toContain('ml-ws')
        expect(text).toContain('snet-ml')
      }
      // Every resource name the report gives (GUID-named ones aside) is still in the summary.
      const results = (JSON.parse(report) as { results: Result[] }).results
      for (const name of new Set(results.map(r => r.resource.name))) {
        if (!GUID.test(name)) expect(run.summary).toContain(name)
      }
      // The JSON report is full: the same run's ids are all there (so the checks above can fail).
      expect(report).toMatch(GUID)
      expect(report).toContain('/subscriptions/')
      expect(report).toContain(SUBNET_ID)
    }
  )

  it('full (the default) shows the ids, so redaction is what removes them', async () => {
    const run = await runAction({
      scenario: 'secured',
      inputs: { comment: 'always', 'subnet-id': SUBNET_ID }
    })
    expect(run.inputs['detail']).toBe('full')
    expect(commentBody(run)).toMatch(GUID)
    expect(run.summary).toMatch(GUID)
    expect(run.summary).toMatch(IP)
  })

  it('full: the annotations of a refused read carry the ids that redacted removes', async () => {
    const run = await runAction({
      scenario: 'access-forbidden',
      inputs: { comment: 'always', 'subnet-id': SUBNET_ID }
    })
    expect(run.annotations.map(a => a.message).join('\n')).toMatch(GUID)
  })

  it('a value other than full or redacted is a clear input error', async () => {
    const run = await runAction({ scenario: 'secured', inputs: { detail: 'public' } })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toContain(
      '`detail`: "public" is not an allowed value. Allowed values: full, redacted.'
    )
  })

  it('from-report (the fork pattern on a public repository) redacts the saved report it posts', async () => {
    const scenario = getScenario('access-forbidden')
    const headSha = '3f786850e387550fdab836ed7e6dc881de23001b'
    scenario.github.pullRequests = [{ number: 42, headSha, fromFork: true }]
    const emulator = await startEmulator(scenario)
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aml-guard-detail-'))
    try {
      const check = await runAction({
        emulator,
        inputs: { comment: 'never', 'subnet-id': SUBNET_ID }
      })
      const file = path.join(dir, 'report.json')
      fs.writeFileSync(file, check.report!)
      expect(check.report).toMatch(GUID)
      const run = await runAction({
        emulator,
        event: 'workflow_run',
        eventPayload: {
          action: 'completed',
          workflow_run: { event: 'pull_request', head_sha: headSha, pull_requests: [] }
        },
        omitIdToken: true,
        inputs: {
          'from-report': file,
          detail: 'redacted',
          'client-id': '',
          'tenant-id': '',
          'subscription-id': '',
          'resource-group': '',
          'workspace-name': '',
          environment: '',
          'authority-host': '',
          'arm-endpoint': '',
          'fail-on': ''
        }
      })
      expect(run.exitCode).toBe(0)
      for (const text of [commentBody(run), run.summary]) {
        expect(text).toContain('vnet-ml')
        expect(text).not.toMatch(GUID)
        expect(text).not.toMatch(/\/subscriptions\//i)
        expect(text).not.toMatch(IP)
      }
    } finally {
      await emulator.close()
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
