/**
 * Security, kind "hosts that never answer" (issue 16): the run's deadline (`timeout-seconds`,
 * counted from the start of the process) covers every request the action makes — GitHub's OIDC
 * token service, Entra ID, ARM, GitHub's REST API. A service that accepts the connection and
 * never sends a byte (emulator fault `hang`) is cut off at the deadline; what was cut off is
 * reported, and whatever can still be written is written. The bound asserted (30 s against a
 * 5 s deadline) is functional, not a performance claim: without the deadline these runs would
 * wait for as long as the service holds the connection.
 */
import { describe, expect, it } from '@jest/globals'
import { runAction } from '../../emulator/run-action.js'
import { getScenario, workspaceId } from '../../emulator/scenarios/index.js'
import { recordFault } from '../reliability/record.js'

interface ReportResult {
  checkId: string
  outcome: string
  detail: string
  cause?: { raw?: string }
}

const BOUND_MS = 30_000
const COMMENTS = '/repos/octo-org/octo-repo/issues/42/comments'
const ENDPOINTS = `${workspaceId()}/onlineEndpoints`

const errors = (run: Awaited<ReturnType<typeof runAction>>): string[] =>
  run.annotations.filter(a => a.level === 'error').map(a => a.message)

describe('a service that never answers, with `timeout-seconds: 5`', () => {
  it("GitHub's OIDC token service: one clear error at the deadline", async () => {
    const scenario = getScenario('secured')
    scenario.injectedFaults = [{ service: 'oidc', kind: 'hang' }]
    const run = await runAction({ scenario, inputs: { 'timeout-seconds': '5' } })
    recordFault('GitHub', 'OIDC token service never answers', 'clear error', run)
    expect(run.timedOut).toBe(false)
    expect(run.durationMs).toBeLessThan(BOUND_MS)
    expect(run.exitCode).toBe(1)
    expect(errors(run)).toEqual([
      "Could not get a GitHub OIDC token: GitHub's OIDC token service did not answer before the run's deadline (`timeout-seconds`: 5); raise `timeout-seconds` if it is only slow\nFix: re-run the job; if it persists, check GitHub's status page."
    ])
    // The request was made (and held): no Entra or ARM request followed.
    expect(run.emulator.requests.filter(r => r.service === 'oidc')).toHaveLength(1)
    expect(run.emulator.requests.filter(r => r.service === 'entra' || r.service === 'arm')).toEqual(
      []
    )
  })

  it('Entra ID: one clear error at the deadline', async () => {
    const scenario = getScenario('secured')
    scenario.injectedFaults = [{ service: 'entra', kind: 'hang' }]
    const run = await runAction({ scenario, inputs: { 'timeout-seconds': '5' } })
    recordFault('Entra ID', 'token endpoint never answers', 'clear error', run)
    expect(run.timedOut).toBe(false)
    expect(run.durationMs).toBeLessThan(BOUND_MS)
    expect(run.exitCode).toBe(1)
    expect(errors(run).join('\n')).toContain(
      "did not finish before the run's deadline (`timeout-seconds`: 5)"
    )
  })

  it('ARM: the read is unknown naming the input; report, summary, outputs and comment are written', async () => {
    const scenario = getScenario('secured')
    scenario.injectedFaults = [{ service: 'arm', pathPrefix: ENDPOINTS, exact: true, kind: 'hang' }]
    const run = await runAction({ scenario, inputs: { 'timeout-seconds': '5', 'fail-on': 'any' } })
    recordFault(
      'Azure',
      'a read never answers (timeout-seconds: 5)',
      'partial report with unknowns',
      run
    )
    expect(run.timedOut).toBe(false)
    expect(run.durationMs).toBeLessThan(BOUND_MS)
    expect(run.exitCode).toBe(1)
    const results = (JSON.parse(run.report ?? '{"results":[]}') as { results: ReportResult[] })
      .results
    const moe03 = results.filter(r => r.checkId === 'MOE-03')
    expect(moe03.map(r => r.outcome)).toEqual(['unknown'])
    // Each try is cut at a tenth of the deadline and retried, until the deadline or the retries end.
    // The detail names the deadline and the input to raise; the read's own words are the cause's raw text.
    expect(moe03[0]!.detail).toContain('RunDeadlineExceeded')
    expect(moe03[0]!.detail).toContain('Raise the `timeout-seconds` input')
    expect(moe03[0]!.cause?.raw).toMatch(
      /the run reached its deadline \(`timeout-seconds`: 5\)|no answer within 1 s \(per-try timeout\)/
    )
    expect(run.outputs['result']).toBe('fail')
    expect(run.summary).toContain('MOE-03')
    expect(run.comments).toHaveLength(1)
  })

  it('the GitHub comments list: the report, summary and outputs are written, the comment is reported as not written', async () => {
    const scenario = getScenario('secured')
    scenario.github.faults = [{ method: 'GET', path: COMMENTS, statuses: [], hang: true }]
    const run = await runAction({ scenario, inputs: { 'timeout-seconds': '5', 'fail-on': 'any' } })
    recordFault('GitHub', 'comments list never answers', 'full report', run)
    expect(run.timedOut).toBe(false)
    expect(run.durationMs).toBeLessThan(BOUND_MS)
    // The gate is decided by Azure, which answered: the comment is optional.
    expect(run.exitCode).toBe(0)
    expect(run.outputs['result']).toBe('pass')
    expect(run.outputs['report-file']).toMatch(/report-ml-ws\.json$/)
    const warnings = run.annotations.filter(a => a.level === 'warning').map(a => a.message)
    expect(warnings).toEqual([
      "The pull request comment was not written; the job summary and report-file still hold the report. Could not read the pull request comments on octo-org/octo-repo#42: GitHub did not answer before the run's deadline (`timeout-seconds`: 5); the request was stopped. Re-run the job; if GitHub is slow to answer, raise the `timeout-seconds` input."
    ])
    expect(run.summary).toContain('GitHub did not answer before the run')
    expect(run.emulator.githubWrites).toEqual([])
  })
})
