/**
 * End-to-end: failures of the Entra ID token endpoint through the bundled
 * action. Each ends in one clear error that names the fix (no stack trace, no
 * secret), or, when Entra recovers within the identity pipeline's retries, in
 * a full report. Every AADSTS code `src/auth/diagnose.ts` maps is run here.
 */
import { describe, expect, it } from '@jest/globals'
import type { Fault } from '../../emulator/faults.js'
import { runAction, type ActionRun } from '../../emulator/run-action.js'
import type { EntraErrorCode } from '../../emulator/scenario.js'
import { getScenario } from '../../emulator/scenarios/index.js'
import { recordFault } from '../reliability/record.js'

function runWith(
  change: (scenario: ReturnType<typeof getScenario>) => void,
  inputs: Record<string, string> = {}
): Promise<ActionRun> {
  const scenario = getScenario('secured')
  change(scenario)
  return runAction({ scenario, inputs: { 'fail-on': 'any', ...inputs } })
}

const withFaults = (faults: Fault[], inputs: Record<string, string> = {}) =>
  runWith(scenario => {
    scenario.injectedFaults = faults
  }, inputs)

/** The one error annotation of a failed login; no Azure resource was read. */
function loginError(run: ActionRun): string {
  expect(run.exitCode).toBe(1)
  const errors = run.annotations.filter(a => a.level === 'error')
  expect(errors).toHaveLength(1)
  expect(run.emulator.requests.filter(r => r.service === 'arm')).toEqual([])
  return errors[0]!.message
}

function tokenRequests(run: ActionRun): number[] {
  return run.emulator.requests
    .filter(r => r.service === 'entra' && r.path.endsWith('/oauth2/v2.0/token'))
    .map(r => r.status)
}

const SUBJECT_HELP = [
  'Federated credentials',
  'Subject identifier: repo:octo-org/octo-repo:pull_request',
  'Audience: api://AzureADTokenExchange'
]

/** Every AADSTS code diagnose.ts maps to a fix, with what its message must say. */
const MAPPED: Array<[EntraErrorCode, string, string[]]> = [
  [70021, 'no matching federated credential', SUBJECT_HELP],
  [700211, 'federated credential issuer mismatch', SUBJECT_HELP],
  [700212, 'federated credential audience mismatch', SUBJECT_HELP],
  [700213, 'federated credential subject mismatch', SUBJECT_HELP],
  [
    7002138,
    'subject matches only when case is ignored',
    ["change the federated credential's subject to exactly: repo:octo-org/octo-repo:pull_request"]
  ],
  [700024, 'assertion outside its valid time range', ['expired', 'Fix: re-run the job']],
  [700016, 'application not in the directory', ['`client-id`', '`tenant-id`']],
  [90002, 'tenant not found', ['`tenant-id`', '`environment`']]
]

describe('every mapped AADSTS code gives one error naming the fix', () => {
  it.each(MAPPED)('AADSTS%i (%s)', async (code, label, expected) => {
    const run = await runWith(scenario => {
      scenario.entra.failWith = code
    })
    recordFault('Entra ID', `AADSTS${code} from the token endpoint: ${label}`, 'clear error', run)
    const message = loginError(run)
    expect(message).toContain(`AADSTS${code}`)
    for (const text of expected) expect(message).toContain(text)
    // A refusal is final: the identity pipeline does not retry it.
    expect(tokenRequests(run)).toHaveLength(1)
  })
})

describe('token endpoint faults', () => {
  it('503 on two tries, then a token: the identity pipeline retries and the run completes', async () => {
    const run = await withFaults([{ service: 'entra', kind: 'status', status: 503, times: 2 }])
    recordFault('Entra ID', 'token endpoint 503 on two tries, then success', 'full report', run)
    expect(run.exitCode).toBe(0)
    // Then the first token; the ARM clients may ask for one more later.
    expect(tokenRequests(run).slice(0, 3)).toEqual([503, 503, 200])
  })

  // timeout-seconds 20: each try gets a tenth of it, 2 s, less than the 4 s delay.
  const onceThenToken: Array<[string, Fault, Record<string, string>]> = [
    ['a connection reset', { service: 'entra', kind: 'reset', times: 1 }, {}],
    [
      'an answer slower than the per-try timeout',
      { service: 'entra', kind: 'slow', delayMs: 4000, times: 1 },
      { 'timeout-seconds': '20' }
    ]
  ]
  it.each(onceThenToken)(
    '%s once, then a token: the run completes',
    async (label, fault, inputs) => {
      const run = await withFaults([fault], inputs)
      recordFault('Entra ID', `token endpoint: ${label} once, then success`, 'full report', run)
      expect(run.exitCode).toBe(0)
      expect(tokenRequests(run).slice(0, 2)).toEqual([0, 200])
    }
  )

  it.each([500, 503])(
    '%i on every try: says Entra ID is unavailable and to re-run',
    async status => {
      const run = await withFaults([{ service: 'entra', kind: 'status', status }])
      recordFault('Entra ID', `token endpoint ${status} on every try`, 'clear error', run)
      const message = loginError(run)
      expect(message).toMatch(
        new RegExp(
          `^Entra ID at https://127\\.0\\.0\\.1:\\d+ was unavailable \\(HTTP ${status}\\) on 4 tries\\.`
        )
      )
      expect(message).toContain('Fix: re-run the job')
      expect(tokenRequests(run)).toEqual([status, status, status, status])
      expect(run.durationMs).toBeLessThan(30_000)
    }
  )

  it('connection resets on every try: says the endpoint could not be reached and what to check', async () => {
    const run = await withFaults([{ service: 'entra', kind: 'reset' }])
    recordFault('Entra ID', 'token endpoint connection reset on every try', 'clear error', run)
    const message = loginError(run)
    expect(message).toContain('the connection failed (ECONNRESET) on 4 tries')
    expect(message).toContain('HTTPS_PROXY')
    expect(message).toContain('`authority-host`')
  })

  it('a token endpoint that never answers in time: login stops at the run deadline', async () => {
    const run = await withFaults([{ service: 'entra', kind: 'slow', delayMs: 30_000 }], {
      'timeout-seconds': '4'
    })
    recordFault('Entra ID', 'token endpoint slower than the run deadline', 'clear error', run)
    const message = loginError(run)
    expect(message).toContain("did not finish before the run's deadline (`timeout-seconds`: 4)")
    expect(message).toContain('raise the `timeout-seconds` input')
    expect(run.durationMs).toBeLessThan(10_000)
  })

  it.each([
    [
      'an HTML page',
      'text/html; charset=utf-8',
      '<html><body>Sign in to the guest Wi-Fi</body></html>'
    ],
    ['JSON without access_token', 'application/json', '{"token_type":"Bearer","expires_in":3599}']
  ])(
    '200 with %s: says it is not a token and points at a proxy',
    async (label, contentType, text) => {
      const run = await withFaults([
        { service: 'entra', kind: 'body', status: 200, contentType, text }
      ])
      recordFault('Entra ID', `token endpoint 200 with ${label}`, 'clear error', run)
      const message = loginError(run)
      expect(message).toContain(
        `answered HTTP 200 with something that is not a token (${contentType})`
      )
      expect(message).toContain('proxy')
    }
  )
})
