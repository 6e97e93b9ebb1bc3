/**
 * End-to-end: faults from Azure Resource Manager (emulator/faults.ts) through
 * the bundled action. Transient faults are retried by the SDK pipeline's own
 * policy and end in a full report; permanent ones end in a report whose
 * affected checks are `unknown` with the reason, within a bounded time; the
 * run's deadline (`timeout-seconds`) cuts outstanding reads short and the
 * report, comment and outputs are still written.
 */
import { describe, expect, it } from '@jest/globals'
import type { Fault } from '../../emulator/faults.js'
import { runAction, type ActionRun } from '../../emulator/run-action.js'
import {
  ML_RG,
  NET_RG,
  SUBSCRIPTION_ID,
  getScenario,
  resourceGroupId,
  resourceId,
  workspaceId
} from '../../emulator/scenarios/index.js'
import { recordFault } from '../reliability/record.js'

interface ReportResult {
  checkId: string
  outcome: string
  detail: string
  remedy?: { commands: string[] }
  cause?: { key: string; raw?: string }
}

const WORKSPACE = workspaceId()
const ENDPOINTS = `${WORKSPACE}/onlineEndpoints`
const OUTBOUND_RULES = `${WORKSPACE}/outboundRules`
const PRIVATE_ENDPOINT = resourceId(
  SUBSCRIPTION_ID,
  NET_RG,
  'Microsoft.Network/privateEndpoints',
  'pe-ml-ws'
)
const NETWORK_RG = resourceGroupId(SUBSCRIPTION_ID, NET_RG)

function resultsOf(run: ActionRun): ReportResult[] {
  return (JSON.parse(run.report ?? '{"results":[]}') as { results: ReportResult[] }).results
}

function unknowns(run: ActionRun): ReportResult[] {
  return resultsOf(run).filter(r => r.outcome === 'unknown')
}

/** The secured workspace (every check passes or is skipped) with these faults injected. */
async function runWith(faults: Fault[], inputs: Record<string, string> = {}): Promise<ActionRun> {
  const scenario = getScenario('secured')
  scenario.injectedFaults = faults
  return runAction({ scenario, inputs: { 'fail-on': 'any', ...inputs } })
}

/** ARM requests for `path` (any query), in arrival order. */
function armRequests(run: ActionRun, path: string): ActionRun['emulator']['requests'] {
  return run.emulator.requests.filter(
    r => r.service === 'arm' && r.path.toLowerCase() === path.toLowerCase()
  )
}

function gapMs(run: ActionRun, path: string): number {
  const [first, second] = armRequests(run, path)
  return Date.parse(second!.time) - Date.parse(first!.time)
}

/** Passes the gate with nothing unknown: the fault was absorbed by retries. */
function expectFullPass(run: ActionRun): void {
  expect(run.exitCode).toBe(0)
  expect(run.outputs['result']).toBe('pass')
  expect(unknowns(run)).toEqual([])
}

describe('transient ARM faults are retried by the SDK pipeline', () => {
  const retryAfterForms: Array<[string, { seconds: number } | { httpDateInSeconds: number }]> = [
    ['in seconds', { seconds: 1 }],
    // An HTTP date has whole seconds: 2 s ahead is at least 1 s ahead.
    ['as an HTTP date', { httpDateInSeconds: 2 }]
  ]
  it.each(retryAfterForms)(
    '429 with Retry-After %s: waits that long, then reads',
    async (form, retryAfter) => {
      const run = await runWith([
        {
          service: 'arm',
          pathPrefix: WORKSPACE,
          exact: true,
          kind: 'status',
          status: 429,
          retryAfter,
          times: 1
        }
      ])
      recordFault('Azure', `429 with Retry-After ${form}, then success`, 'full report', run)
      expectFullPass(run)
      expect(gapMs(run, WORKSPACE)).toBeGreaterThanOrEqual(950)
      expect(run.stdout).toMatch(
        /ARM reads: \d+ requests \(1 throttled, retried after Retry-After\)/
      )
    }
  )

  it.each([500, 502, 503, 504])('%i twice, then success: a full report', async status => {
    const run = await runWith([
      { service: 'arm', pathPrefix: PRIVATE_ENDPOINT, kind: 'status', status, times: 2 }
    ])
    recordFault('Azure', `${status} on two tries, then success`, 'full report', run)
    expectFullPass(run)
    expect(armRequests(run, PRIVATE_ENDPOINT).map(r => r.status)).toEqual([status, status, 200])
  })

  it('connection resets on two tries, then success: a full report', async () => {
    const run = await runWith([
      { service: 'arm', pathPrefix: PRIVATE_ENDPOINT, kind: 'reset', times: 2 }
    ])
    recordFault('Azure', 'connection reset on two tries, then success', 'full report', run)
    expectFullPass(run)
    expect(armRequests(run, PRIVATE_ENDPOINT).map(r => r.status)).toEqual([0, 0, 200])
  })

  it('a response slower than the per-try timeout is abandoned and retried', async () => {
    // timeout-seconds 20: each try gets a tenth of it, 2 s.
    const run = await runWith(
      [
        {
          service: 'arm',
          pathPrefix: WORKSPACE,
          exact: true,
          kind: 'slow',
          delayMs: 4000,
          times: 1
        }
      ],
      { 'timeout-seconds': '20' }
    )
    recordFault(
      'Azure',
      'response slower than the per-try timeout, then success',
      'full report',
      run
    )
    expectFullPass(run)
    const gap = gapMs(run, WORKSPACE)
    expect(gap).toBeGreaterThanOrEqual(1900)
    expect(gap).toBeLessThan(4000)
  })
})

describe('permanent ARM faults end as unknown results with the reason, in bounded time', () => {
  it('503 on every try: the checks that need the read are unknown, the rest evaluated', async () => {
    const run = await runWith([
      { service: 'arm', pathPrefix: PRIVATE_ENDPOINT, kind: 'status', status: 503 }
    ])
    recordFault('Azure', '503 on every try of one read', 'partial report with unknowns', run)
    expect(run.exitCode).toBe(1)
    // The SDK's retry policy, bounded: the first try and 3 retries.
    expect(armRequests(run, PRIVATE_ENDPOINT)).toHaveLength(4)
    const net02 = resultsOf(run).find(r => r.checkId === 'NET-02')
    expect(net02?.outcome).toBe('unknown')
    expect(net02?.detail).toContain('HTTP 503 ServiceUnavailable')
    expect(net02?.detail).toContain('Re-run the workflow')
    expect(net02?.cause?.key).toBe('unavailable')
    expect(resultsOf(run).find(r => r.checkId === 'MOE-03')?.outcome).toBe('pass')
    expect(run.durationMs).toBeLessThan(30_000)
  })

  it('ARM down for every request: a report of unknowns, not a hang or a crash', async () => {
    const run = await runWith([{ service: 'arm', kind: 'status', status: 500 }])
    recordFault('Azure', '500 from every ARM request', 'partial report with unknowns', run)
    expect(run.exitCode).toBe(1)
    expect(run.outputs['result']).toBe('fail')
    const net01 = resultsOf(run).find(r => r.checkId === 'NET-01')
    expect(net01?.outcome).toBe('unknown')
    expect(net01?.detail).toContain('HTTP 500 InternalServerError')
    expect(run.comments).toHaveLength(1)
    expect(run.durationMs).toBeLessThan(30_000)
  })

  it('connection resets on every try: unknown, saying Azure did not answer', async () => {
    const run = await runWith([{ service: 'arm', pathPrefix: PRIVATE_ENDPOINT, kind: 'reset' }])
    recordFault(
      'Azure',
      'connection reset on every try of one read',
      'partial report with unknowns',
      run
    )
    const net02 = resultsOf(run).find(r => r.checkId === 'NET-02')
    expect(net02?.outcome).toBe('unknown')
    expect(net02?.detail).toMatch(/no response ECONNRESET/)
    // The cause says Azure did not answer; the detail ends with what to do about it.
    expect(net02?.cause?.key).toBe('unavailable')
    expect(net02?.detail).toContain('check that the runner can reach Azure Resource Manager')
  })

  it('a truncated JSON body: unknown, saying the body is not valid JSON', async () => {
    const run = await runWith([{ service: 'arm', pathPrefix: PRIVATE_ENDPOINT, kind: 'truncated' }])
    recordFault('Azure', 'truncated JSON body', 'partial report with unknowns', run)
    const net02 = resultsOf(run).find(r => r.checkId === 'NET-02')
    expect(net02?.outcome).toBe('unknown')
    expect(net02?.detail).toContain('HTTP 200 PARSE_ERROR')
    // What was wrong with the body is the cause's folded raw text.
    expect(net02?.cause?.key).toBe('unusable:PARSE_ERROR')
    expect(net02?.cause?.raw).toMatch(/^the response body is not valid JSON \(\d+ characters\)/)
    expect(net02?.detail).toContain('report it to Azure support with the JSON report attached')
  })

  it('an HTML page instead of a JSON list: unknown, never an empty list that passes', async () => {
    const scenario = getScenario('secured')
    // Only the outbound rule list names the rules (the workspace body does not embed them).
    const ws = scenario.resources.find(r => r.id === WORKSPACE)!.body as {
      properties: { managedNetwork: { outboundRules?: unknown } }
    }
    delete ws.properties.managedNetwork.outboundRules
    scenario.injectedFaults = [{ service: 'arm', pathPrefix: OUTBOUND_RULES, kind: 'malformed' }]
    const run = await runAction({ scenario, inputs: { 'fail-on': 'any' } })
    recordFault('Azure', 'malformed (HTML) body for a list', 'partial report with unknowns', run)
    const moe05 = resultsOf(run).find(r => r.checkId === 'MOE-05')
    expect(moe05?.outcome).toBe('unknown')
    expect(moe05?.detail).toContain('(HTTP 200 PARSE_ERROR)')
    // Azure's own words go to the shared cause, shown folded.
    expect(moe05?.cause?.raw).toContain('the response body is not valid JSON')
    expect(armRequests(run, OUTBOUND_RULES).map(r => r.status)).toEqual([200])
  })

  it('a nextLink that repeats: paging stops with an unknown naming the link', async () => {
    const run = await runWith([{ service: 'arm', pathPrefix: ENDPOINTS, kind: 'repeat-next-link' }])
    recordFault('Azure', 'nextLink that repeats', 'partial report with unknowns', run)
    const moe03 = resultsOf(run).filter(r => r.checkId === 'MOE-03')
    expect(moe03).toHaveLength(1)
    expect(moe03[0]!.outcome).toBe('unknown')
    expect(moe03[0]!.detail).toContain('(HTTP 200 RepeatedNextLink)')
    expect(moe03[0]!.cause?.raw).toMatch(
      /^ARM returned the nextLink https:\/\/127\.0\.0\.1:\d+\/subscriptions\/.+\/onlineEndpoints\?api-version=[\d-]+&\$skipToken=MA twice/
    )
    // Page 1 and the link once more, then it stopped.
    expect(armRequests(run, ENDPOINTS)).toHaveLength(2)
  })
})

describe('references to resources that are gone or refused', () => {
  it('an attached AKS cluster that was deleted (404): its checks say it no longer exists', async () => {
    const scenario = getScenario('aks-secured')
    const cluster = scenario.resources.find(r => /\/managedClusters\/[^/]+$/i.test(r.id))!
    scenario.resources = scenario.resources.filter(
      r => !r.id.toLowerCase().startsWith(cluster.id.toLowerCase())
    )
    const run = await runAction({ scenario, inputs: { 'fail-on': 'kubernetes' } })
    recordFault(
      'Azure',
      '404 for a deleted attached AKS cluster',
      'partial report with unknowns',
      run
    )
    expect(run.exitCode).toBe(1)
    const k8s01 = resultsOf(run).find(r => r.checkId === 'K8S-01')
    expect(k8s01?.outcome).not.toBe('pass')
    expect(k8s01?.detail).toMatch(/not found|no longer exists/i)
    expect(k8s01?.detail).toContain(cluster.id.split('/').pop())
    // One cause for K8S-01's fail and the checks that need the cluster's body: detach the compute.
    expect(k8s01?.remedy?.commands).toEqual([
      expect.stringMatching(
        /^az ml compute detach --name [^ ]+ --resource-group ml-rg --workspace-name ml-ws$/
      )
    ])
    const gone = resultsOf(run).filter(r => r.cause?.key === `gone:${cluster.id.toLowerCase()}`)
    expect(gone.map(r => r.checkId)).toEqual(expect.arrayContaining(['K8S-01', 'K8S-06', 'K8S-07']))
  })

  it('403 on the network resource group only: its checks name Reader on it, the rest are evaluated', async () => {
    const run = await runAction({ scenario: 'forbidden-network', inputs: { 'fail-on': 'any' } })
    recordFault(
      'Azure',
      '403 on one resource group only (the rest evaluated)',
      'partial report with unknowns',
      run
    )
    const results = resultsOf(run)
    const net02 = results.find(r => r.checkId === 'NET-02')
    expect(net02?.outcome).toBe('unknown')
    expect(net02?.detail).toContain(`Reader role on resource group ${NET_RG}`)
    // Reads in the workspace's resource group are unaffected.
    for (const id of ['NET-01', 'MOE-01', 'MOE-03', 'MOE-05'])
      expect(results.filter(r => r.checkId === id).map(r => r.outcome)).toContain('pass')
    expect(
      run.emulator.requests.some(
        r => r.service === 'arm' && r.path.includes(`/resourceGroups/${ML_RG}/`) && r.status === 403
      )
    ).toBe(false)
  })
})

describe('the whole-run deadline (timeout-seconds)', () => {
  it('turns reads still outstanding into unknowns naming the input, and still reports', async () => {
    // The network resource group throttles for a minute: far beyond a 6-second deadline.
    const run = await runWith(
      [
        {
          service: 'arm',
          pathPrefix: NETWORK_RG,
          kind: 'status',
          status: 429,
          retryAfter: { seconds: 60 }
        }
      ],
      { 'timeout-seconds': '6' }
    )
    recordFault(
      'Azure',
      'reads outstanding at the run deadline',
      'partial report with unknowns',
      run
    )
    expect(run.durationMs).toBeLessThan(20_000)
    expect(run.exitCode).toBe(1)
    const net02 = resultsOf(run).find(r => r.checkId === 'NET-02')
    expect(net02?.outcome).toBe('unknown')
    expect(net02?.detail).toContain('no response RunDeadlineExceeded')
    expect(net02?.cause).toMatchObject({
      key: 'deadline',
      raw: expect.stringContaining(
        'the run reached its deadline (`timeout-seconds`: 6) before Azure answered this read'
      )
    })
    expect(net02?.detail).toContain('Raise the `timeout-seconds` input')
    // Everything after collection still happened.
    expect(resultsOf(run).find(r => r.checkId === 'NET-01')?.outcome).toBe('pass')
    expect(run.outputs['result']).toBe('fail')
    expect(run.outputs['report-file']).toBeTruthy()
    expect(run.summary).toContain('NET-02')
    expect(run.comments).toHaveLength(1)
  })

  it('rejects a value that is not a whole number of seconds, before any request', async () => {
    const run = await runAction({ scenario: 'secured', inputs: { 'timeout-seconds': '10m' } })
    recordFault('input', 'timeout-seconds: 10m', 'clear error', run)
    const errors = run.annotations.filter(a => a.level === 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0]!.message).toContain('`timeout-seconds`: "10m" is not a whole number')
    expect(run.emulator.requests).toEqual([])
  })
})
