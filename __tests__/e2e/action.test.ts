/**
 * End-to-end: the bundled dist/index.js runs as a runner would run it, against
 * the local emulator (GitHub OIDC, Entra ID, ARM, GitHub REST over HTTPS with a
 * test CA). Assertions are what a user sees: exit code, log, annotations,
 * outputs, job summary, the PR comment.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { runAction, type ActionRun } from '../../emulator/run-action.js'
import { getScenario } from '../../emulator/scenarios/index.js'
import { startEmulator, type Emulator } from '../../emulator/server.js'
import { recordFault } from '../reliability/record.js'

/** No token, assertion or request token may appear anywhere a user can read. */
function expectNoSecrets(run: ActionRun): void {
  const report = run.report ?? ''
  const visible = [
    run.stdout.replace(/^::add-mask::.*$/gm, ''),
    run.stderr,
    run.summary,
    report,
    ...run.comments.map(c => c.body)
  ].join('\n')
  expect(run.secrets.length).toBeGreaterThan(0)
  for (const secret of run.secrets) expect(visible.includes(secret)).toBe(false)
}

describe('a fully secured workspace', () => {
  let emulator: Emulator
  let first: ActionRun
  let second: ActionRun

  beforeAll(async () => {
    emulator = await startEmulator(getScenario('secured'))
    first = await runAction({ emulator, inputs: { 'fail-on': 'any' } })
    second = await runAction({ emulator, inputs: { 'fail-on': 'any' } })
  })
  afterAll(() => emulator.close())

  it('passes the gate and says so', () => {
    expect(first.exitCode).toBe(0)
    expect(first.outputs['result']).toBe('pass')
    expect(first.outputs['failed-checks']).toBe('')
    expect(first.annotations.filter(a => a.level === 'error')).toEqual([])
    expect(first.summary).toMatch(/All \d+ checks pass/)
    expect(first.summary).toContain('NET-01')
    expect(first.summary).toContain('NET-02')
    expect(first.summary).toContain('MOE-03')
  })

  it('writes a JSON report with every result', () => {
    const report = JSON.parse(first.report!) as {
      results: Array<{ checkId: string; outcome: string }>
      target: { workspaceName: string }
    }
    expect(report.target.workspaceName).toBe('ml-ws')
    const ids = new Set(report.results.map(r => r.checkId))
    for (const id of ['NET-01', 'NET-02', 'NET-03', 'MOE-01', 'MOE-03', 'MOE-05', 'OUT-03']) {
      expect(ids).toContain(id)
    }
    expect(report.results.filter(r => r.outcome === 'fail' || r.outcome === 'unknown')).toEqual([])
    // The managed route is the one in use: the Kubernetes checks are skipped.
    const k8s = report.results.filter(r => r.checkId.startsWith('K8S-'))
    expect(k8s.map(r => r.outcome)).toEqual(Array(9).fill('skipped'))
  })

  it('keeps one PR comment and edits it in place on the next run', () => {
    const ours = second.comments.filter(c => c.body.includes('<!-- aml-inference-guard:'))
    expect(ours).toHaveLength(1)
    const writes = emulator.githubWrites.map(w => w.method)
    expect(writes.filter(m => m === 'POST')).toHaveLength(1)
    expect(writes.filter(m => m === 'DELETE')).toHaveLength(0)
    expect(ours[0]!.body).toContain(
      '/subscriptions/11111111-2222-3333-4444-555555555555/resourcegroups/ml-rg/providers/microsoft.machinelearningservices/workspaces/ml-ws'
    )
    expect(second.stdout).toMatch(/Pull request comment (updated|unchanged)/)
  })

  it('logs the OIDC claims and never a token', () => {
    expect(first.stdout).toContain('subject (sub): repo:octo-org/octo-repo:pull_request')
    expectNoSecrets(first)
    expectNoSecrets(second)
  })
})

describe('a public workspace', () => {
  it('fails with fail-on: isolation and names NET-01 in the annotation, outputs and comment', async () => {
    const run = await runAction({ scenario: 'public', inputs: { 'fail-on': 'isolation' } })
    expect(run.exitCode).toBe(1)
    expect(run.outputs['result']).toBe('fail')
    expect(run.outputs['failed-checks']?.split(',')).toContain('NET-01')
    expect(run.annotations).toContainEqual(
      expect.objectContaining({
        level: 'error',
        title: 'NET-01: Workspace inbound access is private'
      })
    )
    const failure = run.annotations.find(
      a => a.level === 'error' && a.message.startsWith('Inference environment check failed')
    )
    expect(failure?.message).toContain('NET-01')
    expect(run.comments).toHaveLength(1)
    expect(run.comments[0]!.body).toContain('NET-01')
    expectNoSecrets(run)
  })

  it('passes with fail-on: none and still reports every failure', async () => {
    const run = await runAction({ scenario: 'public', inputs: { 'fail-on': 'none' } })
    expect(run.exitCode).toBe(0)
    expect(run.outputs['result']).toBe('pass')
    expect(run.outputs['failed-checks']?.split(',')).toEqual(
      expect.arrayContaining(['NET-01', 'NET-02', 'MOE-03'])
    )
    expect(run.summary).toContain('❌ fail')
    expect(run.comments[0]!.body).toContain('NET-01')
  })
})

describe('a read Azure refuses', () => {
  it('reports NET-02 unknown with the role to grant, and fails closed', async () => {
    const run = await runAction({
      scenario: 'forbidden-network',
      inputs: { 'fail-on': 'isolation' }
    })
    expect(run.exitCode).toBe(1)
    recordFault('Azure', '403 on the network resource group', 'partial report with unknowns', run)
    expect(run.outputs['failed-checks']?.split(',')).toContain('NET-02')
    const unknown = run.annotations.find(a => a.title?.startsWith('NET-02'))
    expect(unknown?.level).toBe('warning')
    expect(unknown?.message).toMatch(/403|AuthorizationFailed/)
    expect(unknown?.message).toContain('Reader')
    expect(run.summary).toContain('unknown')
  })
})

describe('a private endpoint that was deleted', () => {
  it('fails NET-02 and says the private endpoint no longer exists', async () => {
    const run = await runAction({ scenario: 'pe-deleted', inputs: { 'fail-on': 'isolation' } })
    expect(run.exitCode).toBe(1)
    recordFault('Azure', '404 for a deleted private endpoint', 'partial report with unknowns', run)
    const net02 = run.annotations.find(a => a.title?.startsWith('NET-02'))
    expect(net02?.level).toBe('error')
    expect(net02?.message).toMatch(/no longer exists|not found/i)
  })
})

describe('paging', () => {
  it('reads every managed online endpoint across nextLink pages', async () => {
    const run = await runAction({ scenario: 'many-endpoints' })
    expect(run.exitCode).toBe(0)
    const report = JSON.parse(run.report!) as {
      results: Array<{ checkId: string }>
    }
    const scenarioEndpoints = getScenario('many-endpoints').resources.filter(r =>
      /\/onlineEndpoints\/[^/]+$/i.test(r.id)
    )
    expect(report.results.filter(r => r.checkId === 'MOE-03')).toHaveLength(
      scenarioEndpoints.length
    )
    expect(scenarioEndpoints.length).toBeGreaterThan(2)
  })
})

describe('login failures', () => {
  it('explains the missing id-token permission', async () => {
    const run = await runAction({ scenario: 'secured', omitIdToken: true })
    expect(run.exitCode).toBe(1)
    recordFault('GitHub', 'no OIDC request variables (id-token: write missing)', 'clear error', run)
    const error = run.annotations.find(a => a.level === 'error')
    expect(error?.message).toContain('id-token: write')
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/)
  })

  it('prints the subject to register when no federated credential matches', async () => {
    const scenario = getScenario('secured')
    scenario.entra.federatedSubject = 'repo:octo-org/octo-repo:ref:refs/heads/main'
    const run = await runAction({ scenario })
    expect(run.exitCode).toBe(1)
    const error = run.annotations.find(a => a.level === 'error')
    expect(error?.message).toContain('AADSTS700213')
    expect(error?.message).toContain('Subject identifier: repo:octo-org/octo-repo:pull_request')
    expectNoSecrets(run)
  })

  it('names the client and tenant inputs for an unknown application', async () => {
    const scenario = getScenario('secured')
    scenario.entra.failWith = 700016
    const run = await runAction({ scenario })
    expect(run.exitCode).toBe(1)
    expect(run.annotations.find(a => a.level === 'error')?.message).toContain('`client-id`')
  })
})

describe('an unknown tenant', () => {
  it('points at tenant-id', async () => {
    const run = await runAction({
      scenario: 'secured',
      inputs: { 'tenant-id': '99999999-9999-4999-8999-999999999999' }
    })
    expect(run.exitCode).toBe(1)
    recordFault('Entra ID', 'unknown tenant', 'clear error', run)
    const error = run.annotations.find(a => a.level === 'error')
    expect(error?.message).toContain("tenant '99999999-9999-4999-8999-999999999999'")
    expect(error?.message).toContain('`tenant-id`')
  })
})

describe('a workspace that does not exist', () => {
  it('stops with an error naming the inputs to check', async () => {
    const run = await runAction({ scenario: 'secured', inputs: { 'workspace-name': 'no-such-ws' } })
    expect(run.exitCode).toBe(1)
    recordFault('Azure', '404 for the target workspace', 'clear error', run)
    const error = run.annotations.find(a => a.level === 'error')
    expect(error?.message).toContain(
      "Workspace 'no-such-ws' was not found in resource group 'ml-rg'"
    )
    expect(error?.message).toContain('`workspace-name`')
    expect(run.comments).toHaveLength(0)
  })
})

describe('bad input', () => {
  it.each([
    [{ 'client-id': 'not-a-guid' }, '`client-id`'],
    [{ environment: 'Mars' }, '`environment`'],
    [{ 'fail-on': 'isolation,everything' }, '`fail-on`'],
    [{ 'workspace-name': '' }, 'workspace-name'],
    [{ environment: 'custom', 'arm-endpoint': '' }, 'arm-endpoint']
  ])('%j fails before any network call, naming the input', async (inputs, name) => {
    const emulator = await startEmulator(getScenario('secured'))
    try {
      const run = await runAction({ emulator, inputs })
      expect(run.exitCode).toBe(1)
      recordFault('input', `bad value ${JSON.stringify(inputs)}`, 'clear error', run)
      const error = run.annotations.find(a => a.level === 'error')
      expect(error?.message).toContain(name)
      expect(emulator.requests).toEqual([])
      expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/)
    } finally {
      await emulator.close()
    }
  })
})

describe('events without a pull request', () => {
  it('writes no comment on push and says so', async () => {
    const run = await runAction({ scenario: 'secured', event: 'push' })
    expect(run.exitCode).toBe(0)
    recordFault('GitHub', 'push event (no pull request to comment on)', 'full report', run)
    expect(run.comments).toHaveLength(0)
    expect(run.stdout).toMatch(/not a pull request/i)
    expect(run.summary).toContain('NET-01')
  })
})

describe('a read-only token (fork pull request)', () => {
  it('warns why the comment was not written and does not fail the step', async () => {
    const scenario = getScenario('secured')
    scenario.github.readOnly = true
    const run = await runAction({ scenario, inputs: { 'fail-on': 'any' } })
    expect(run.exitCode).toBe(0)
    expect(run.comments).toHaveLength(0)
    recordFault('GitHub', 'read-only token (fork pull request)', 'full report', run)
    const warning = run.annotations.find(
      a => a.level === 'warning' && a.message.includes('comment was not written')
    )
    expect(warning?.message).toMatch(/pull-requests: write|fork/)
  })
})
