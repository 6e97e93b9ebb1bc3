/**
 * End-to-end: suppressions from the committed config file. A workspace with one
 * public managed online endpoint (MOE-03 fails) under `fail-on: isolation`.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { runAction, type ActionRun } from '../../emulator/run-action.js'
import type { Scenario } from '../../emulator/scenario.js'
import { getScenario } from '../../emulator/scenarios/index.js'

const CONFIG = '.github/aml-inference-guard.yml'
// Hostile on purpose: a mention and a table pipe must not survive into the markdown.
const REASON = 'Partner demo endpoint, accepted by @octo-org/security | SEC-123'

/** `secured`, except that the credit-scoring endpoint accepts public traffic. */
function publicEndpointScenario(): Scenario {
  const scenario = getScenario('secured')
  const endpoint = scenario.resources.find(r =>
    r.id.toLowerCase().endsWith('/onlineendpoints/credit-scoring')
  )
  if (!endpoint) throw new Error('the secured scenario has no credit-scoring endpoint')
  ;(endpoint.body['properties'] as Record<string, unknown>)['publicNetworkAccess'] = 'Enabled'
  return scenario
}

function run(
  files: Record<string, string>,
  inputs: Record<string, string> = {}
): Promise<ActionRun> {
  return runAction({
    scenario: publicEndpointScenario(),
    inputs: { 'fail-on': 'isolation', ...inputs },
    workspaceFiles: files
  })
}

interface JsonResult {
  checkId: string
  outcome: string
  resource: { name: string }
  suppression?: { reason: string; expires?: string }
  suppressionExpired?: { reason: string; expires: string }
}
interface JsonReport {
  results: JsonResult[]
  verdict: { failed: boolean; headline: string; counts: Record<string, number> }
}

function moe03(run: ActionRun): JsonResult {
  const report = JSON.parse(run.report ?? '{}') as JsonReport
  const result = report.results.find(r => r.checkId === 'MOE-03' && r.outcome === 'fail')
  if (!result) throw new Error('no failed MOE-03 result in the report')
  return result
}

describe('an active suppression', () => {
  let active: ActionRun
  let unsuppressed: ActionRun

  beforeAll(async () => {
    ;[active, unsuppressed] = await Promise.all([
      run({
        [CONFIG]: [
          'suppressions:',
          '  - check: MOE-03',
          `    reason: "${REASON}"`,
          '    resources: [Credit-Scoring]',
          '    expires: 2099-12-31',
          ''
        ].join('\n')
      }),
      run({})
    ])
  })

  it('without it, the public endpoint fails the isolation gate', () => {
    expect(unsuppressed.exitCode).toBe(1)
    expect(unsuppressed.outputs['failed-checks']).toBe('MOE-03')
    expect(unsuppressed.stdout).toContain(`No suppressions: ${CONFIG} does not exist`)
  })

  it('lets the step pass, with the failure still reported as suppressed', () => {
    expect(active.exitCode).toBe(0)
    expect(active.outputs['result']).toBe('pass')
    expect(active.outputs['failed-checks']).toBe('')
    expect(active.stdout).toContain(`1 suppression read from ${CONFIG}`)
    expect(active.stdout).toMatch(/checks pass, 1 suppressed/)
  })

  it('marks the result in the JSON report with the reason and counts it apart', () => {
    expect(moe03(active).suppression).toEqual({ reason: REASON, expires: '2099-12-31' })
    const report = JSON.parse(active.report ?? '{}') as JsonReport
    expect(report.verdict.failed).toBe(false)
    expect(report.verdict.counts['suppressed']).toBe(1)
    expect(report.verdict.counts['fail']).toBe(0)
    expect(report.verdict.headline).toContain('1 suppressed')
  })

  it('shows "suppressed: <reason>" in the job summary and the PR comment, escaped', () => {
    const escaped =
      'suppressed: Partner demo endpoint, accepted by @&#8203;octo-org/security \\| SEC-123'
    expect(active.summary).toContain(escaped)
    expect(active.summary).toContain('1 suppressed')
    expect(active.comments).toHaveLength(1)
    const body = active.comments[0]?.body ?? ''
    expect(body).toContain(escaped)
    expect(body).not.toContain('@octo-org/security')
  })
})

describe('a suppression without expiry in a named config file', () => {
  it('applies to every resource of the check', async () => {
    const result = await run(
      { 'ci/guard.yml': `suppressions:\n  - check: moe-03\n    reason: accepted (SEC-9)\n` },
      { 'config-file': 'ci/guard.yml' }
    )
    expect(result.exitCode).toBe(0)
    expect(moe03(result).suppression).toEqual({ reason: 'accepted (SEC-9)' })
  })
})

describe('an expired suppression', () => {
  let expired: ActionRun
  beforeAll(async () => {
    expired = await run({
      [CONFIG]: `suppressions:\n  - check: MOE-03\n    reason: ${REASON.replace(/[@|]/g, '')}\n    expires: 2020-01-31\n`
    })
  })

  it('stops applying: the gate fails again', () => {
    expect(expired.exitCode).toBe(1)
    expect(expired.outputs['failed-checks']).toBe('MOE-03')
    expect(moe03(expired).suppression).toBeUndefined()
  })

  it('warns and says in every report that it expired', () => {
    const warning = expired.annotations.find(
      a => a.level === 'warning' && a.message.includes('expired on 2020-01-31')
    )
    expect(warning?.message).toContain(`The suppression of MOE-03 (${CONFIG} line 2)`)
    expect(moe03(expired).suppressionExpired).toEqual({
      reason: REASON.replace(/[@|]/g, ''),
      expires: '2020-01-31'
    })
    expect(expired.summary).toContain('suppression expired on 2020-01-31')
    expect(expired.comments[0]?.body).toContain('suppression expired on 2020-01-31')
  })
})

describe('a broken config file', () => {
  it('stops before any Azure request, naming the file, the line and the fix', async () => {
    const result = await run({
      [CONFIG]:
        '# accepted risks\nsuppressions:\n  - check: MOE-03\n    resources: [credit-scoring]\n'
    })
    expect(result.exitCode).toBe(1)
    const error = result.annotations.find(a => a.level === 'error')?.message ?? ''
    expect(error).toContain(`The suppressions file ${CONFIG}`)
    expect(error).toContain(`${CONFIG} line 3: the suppression of MOE-03 has no \`reason\``)
    expect(error).toContain('Add `reason:')
    expect(result.emulator.requests.filter(r => r.service !== 'github')).toEqual([])
    expect(result.report).toBeUndefined()
  })

  it('a named config file that does not exist is an error', async () => {
    const result = await run({}, { 'config-file': 'ci/missing.yml' })
    expect(result.exitCode).toBe(1)
    const error = result.annotations.find(a => a.level === 'error')?.message ?? ''
    expect(error).toContain('`config-file`: ci/missing.yml does not exist')
    expect(result.emulator.requests).toEqual([])
  })
})
