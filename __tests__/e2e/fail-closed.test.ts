/**
 * End-to-end: with `fail-on` set, a run that cannot confirm isolation fails and
 * says why: unknown checks in a listed category (unless `allow-unknown`), and a
 * run that evaluated nothing (even with `allow-unknown`).
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runAction, type ActionRun } from '../../emulator/run-action.js'
import { SUBSCRIPTION_ID, getScenario } from '../../emulator/scenarios/index.js'
import { recordFault } from '../reliability/record.js'

function failure(run: ActionRun): string {
  return run.annotations.find(a => a.level === 'error' && a.title === undefined)?.message ?? ''
}

describe('unknown checks in a fail-on category', () => {
  it('fail the step by default, naming each unknown check', async () => {
    const run = await runAction({
      scenario: 'forbidden-network',
      inputs: { 'fail-on': 'isolation' }
    })
    expect(run.exitCode).toBe(1)
    expect(run.outputs['result']).toBe('fail')
    expect(failure(run)).toMatch(
      /^Inference environment check failed \(fail-on: isolation\):\n- NET-02 unknown: /
    )
    expect(run.annotations.some(a => a.message.startsWith('allow-unknown'))).toBe(false)
  })

  it('pass with allow-unknown: true, with a warning that names them', async () => {
    const run = await runAction({
      scenario: 'forbidden-network',
      inputs: { 'fail-on': 'isolation', 'allow-unknown': 'true' }
    })
    recordFault(
      'Azure',
      '403 on the network resource group, allow-unknown: true',
      'partial report with unknowns',
      run
    )
    expect(run.exitCode).toBe(0)
    expect(run.outputs['result']).toBe('pass')
    expect(run.annotations).toContainEqual({
      level: 'warning',
      message:
        'allow-unknown: NET-02, NET-03 could not be evaluated and did not fail the step (fail-on: isolation); the report says why for each.'
    })
    const report = JSON.parse(run.report ?? '{}') as { verdict: Record<string, unknown> }
    expect(report.verdict['allowedUnknownCheckIds']).toEqual(['NET-02', 'NET-03'])
    // Still reported as unknown everywhere.
    expect(run.outputs['failed-checks']?.split(',')).toEqual(
      expect.arrayContaining(['NET-02', 'NET-03'])
    )
  })
})

describe('a run that evaluated nothing', () => {
  it('fails even with allow-unknown, and says why', async () => {
    const scenario = getScenario('secured')
    scenario.faults.push({ pathPrefix: `/subscriptions/${SUBSCRIPTION_ID}`, status: 403 })
    const run = await runAction({ scenario, inputs: { 'fail-on': 'any', 'allow-unknown': 'true' } })
    recordFault(
      'Azure',
      '403 on every read (nothing evaluated), allow-unknown: true',
      'partial report with unknowns',
      run
    )
    expect(run.exitCode).toBe(1)
    expect(run.outputs['result']).toBe('fail')
    expect(failure(run)).toMatch(
      /^Inference environment check failed \(fail-on: any\): nothing was evaluated \(\d+ results, all skipped or unknown\), so the gate cannot pass\./
    )
    const report = JSON.parse(run.report ?? '{}') as { verdict: Record<string, unknown> }
    expect(report.verdict['reason']).toMatch(/^nothing was evaluated/)
    expect(run.summary).toContain('isolation could not be confirmed')
    // The allow-unknown warning would contradict the failure.
    expect(run.annotations.some(a => a.message.startsWith('allow-unknown'))).toBe(false)
  })

  it('is reported, not failed, with fail-on: none', async () => {
    const scenario = getScenario('secured')
    scenario.faults.push({ pathPrefix: `/subscriptions/${SUBSCRIPTION_ID}`, status: 403 })
    const run = await runAction({ scenario, inputs: { 'fail-on': 'none' } })
    expect(run.exitCode).toBe(0)
    expect(run.outputs['result']).toBe('pass')
  })
})

describe('the top-level handler', () => {
  const dir = mkdtempSync(join(tmpdir(), 'aig-stray-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  /** Runs the bundle with a preloaded module that throws `code` once the action is under way. */
  function runWithStray(name: string, code: string): Promise<ActionRun> {
    const file = join(dir, `${name}.mjs`)
    // Later than the bundle's first statements (its handlers), earlier than the end of the run.
    writeFileSync(file, `setTimeout(() => { ${code} }, 150)\n`)
    return runAction({ scenario: 'secured', env: { NODE_OPTIONS: `--import=${file}` } })
  }

  it.each([
    [
      'unhandled promise rejection',
      'rejection',
      "Promise.reject(new Error('socket closed by peer'))"
    ],
    ['uncaught exception', 'exception', "throw new TypeError('socket closed by peer')"]
  ])(
    'an %s ends as a short message with the debug hint, exit code 1',
    async (scenario, name, code) => {
      const run = await runWithStray(name, code)
      recordFault('runtime', `stray ${scenario} during the run`, 'full report', run)
      expect(run.exitCode).toBe(1)
      expect(failure(run)).toBe(
        'aml-inference-guard stopped on an unexpected error: socket closed by peer\nThis is a bug: please report it with the log of a re-run with debug logging enabled.'
      )
      // The stack is only in the debug log.
      expect(run.stdout).toMatch(/^::debug::\w*Error: socket closed by peer%0A\s+at /m)
    }
  )
})
