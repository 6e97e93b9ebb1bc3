/**
 * End-to-end: concurrent collection does not trade correctness for speed.
 * A small `large`-shaped workspace (both routes, paging, principal-id) gives
 * the same report with `max-concurrency: 1`, with the default, and under an
 * ARM read budget that answers 429; no request is made twice. No timing is
 * asserted here: `npm run bench` measures.
 */
import { describe, expect, it } from '@jest/globals'
import { renderLog, runAction, type ActionRun } from '../../emulator/run-action.js'
import { withSecureAccess } from '../../emulator/scenarios/access.js'
import { getScenario } from '../../emulator/scenarios/index.js'
import { LARGE_INPUTS, large } from '../../emulator/scenarios/performance.js'
import type { EmulatorOptions } from '../../emulator/server.js'

function scenario() {
  const secured = withSecureAccess({ ...getScenario('secured'), name: 'scaled' })
  return large(secured, {
    endpoints: 5,
    deploymentsPerEndpoint: 3,
    computes: 4,
    clusters: 2,
    vnets: 2,
    subnetsPerVnet: 2,
    roleAssignments: 3
  })
}

async function run(
  inputs: Record<string, string> = {},
  emulatorOptions: EmulatorOptions = {}
): Promise<ActionRun> {
  return runAction({
    scenario: scenario(),
    inputs: { ...LARGE_INPUTS, ...inputs },
    emulatorOptions
  })
}

/** The report without the times that differ between runs. */
function stable(run: ActionRun): unknown {
  const report = JSON.parse(run.report ?? 'null') as Record<string, unknown>
  delete report['generatedAt']
  delete report['collectedAt']
  return report
}

/** ARM requests made more than once with the same method and URL (429 answers excluded). */
function duplicates(run: ActionRun): string[] {
  const seen = new Set<string>()
  const twice: string[] = []
  for (const r of run.emulator.requests) {
    if (r.service !== 'arm' || r.status === 429) continue
    const key = `${r.method} ${r.url}`
    if (seen.has(key)) twice.push(key)
    seen.add(key)
  }
  return twice
}

describe('concurrent collection', () => {
  it('gives the same report with max-concurrency 1, the default, and under throttling', async () => {
    const serial = await run({ 'max-concurrency': '1' })
    const parallel = await run()
    // A budget the default concurrency overruns (so reads are throttled) but that three retries
    // after Retry-After always get through: the scenario's ~60 reads need it above 10.
    const throttled = await run({}, { armReadBudget: { capacity: 20, refillPerSecond: 25 } })

    for (const r of [serial, parallel, throttled]) {
      expect(r.exitCode).toBe(0)
      expect(duplicates(r)).toEqual([])
    }
    const report = stable(parallel) as { results: Array<{ checkId: string; outcome: string }> }
    expect(report.results.length).toBeGreaterThan(10)
    expect(stable(serial)).toEqual(report)
    expect(stable(throttled)).toEqual(report)

    // The throttled run was throttled, and waited out every Retry-After.
    expect(throttled.emulator.requests.some(r => r.status === 429)).toBe(true)
    expect(throttled.stdout).toMatch(/^ARM reads: \d+ requests \(\d+ throttled/m)
    // With max-concurrency 1, ARM never saw two requests at once, all on one connection:
    // every SDK client (both generator styles) shares one keep-alive pool.
    expect(serial.emulator.armStats().peakConcurrent).toBe(1)
    expect(serial.emulator.armStats().connections).toBe(1)
    // One token exchange per run: login asks for the kind of token (CAE) the clients use.
    for (const r of [serial, parallel]) {
      expect(
        r.emulator.requests.filter(q => q.service === 'entra' && q.method === 'POST')
      ).toHaveLength(1)
    }
    expect(parallel.stdout).toMatch(/^ARM reads: \d+ requests, \d+ ms in ARM, collection \d+ ms/m)
  })

  it('logs each ARM request with its correlation id in debug mode, never a token', async () => {
    const r = await runAction({ scenario: 'secured' })
    const lines = r.stdout.split('\n').filter(l => l.startsWith('::debug::ARM GET '))
    expect(lines.length).toBe(r.emulator.requests.filter(q => q.service === 'arm').length)
    for (const line of lines) expect(line).toMatch(/x-ms-correlation-request-id: [0-9a-f-]{36}\)$/)
    const log = renderLog(r.stdout, { debug: true })
    for (const secret of r.secrets) expect(log).not.toContain(secret)
    expect(log).not.toMatch(/bearer|authorization:|eyJ/i)
  })
})
