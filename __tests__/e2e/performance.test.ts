/**
 * End-to-end: concurrent collection does not trade correctness for speed.
 * A small `large`-shaped workspace (both routes, paging, principal-id) gives
 * the same report with `max-concurrency: 1`, with the default, under an ARM
 * read budget that answers 429 without announcing itself, and under one that
 * announces what is left (paced: no 429 at all); no request is made twice. No
 * timing is asserted here: `npm run bench` measures.
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
    // after Retry-After always get through: the scenario's ~60 reads need it above 10. It sends
    // no remaining-reads header, so Retry-After is all the action has to go by.
    const throttled = await run(
      {},
      { armReadBudget: { capacity: 20, refillPerSecond: 25, announce: false } }
    )
    // The same kind of budget announced on every answer, as ARM does
    // (x-ms-ratelimit-remaining-subscription-reads and -global-reads; Microsoft Learn,
    // "Understand how Azure Resource Manager throttles requests": a token bucket refilled at
    // 25 reads a second). The action paces from it and never collides.
    const paced = await run(
      { 'arm-read-reserve': '5' },
      { armReadBudget: { capacity: 30, refillPerSecond: 25 } }
    )

    for (const r of [serial, parallel, throttled, paced]) {
      expect(r.exitCode).toBe(0)
      expect(duplicates(r)).toEqual([])
    }
    const report = stable(parallel) as { results: Array<{ checkId: string; outcome: string }> }
    expect(report.results.length).toBeGreaterThan(10)
    expect(stable(serial)).toEqual(report)
    expect(stable(throttled)).toEqual(report)
    expect(stable(paced)).toEqual(report)

    // The throttled run was throttled, and waited out every Retry-After.
    expect(throttled.emulator.requests.some(r => r.status === 429)).toBe(true)
    expect(throttled.stdout).toMatch(/^ARM reads: \d+ requests \(\d+ throttled/m)
    // Paced: more reads than the bucket held, none answered 429.
    const pacedArm = paced.emulator.requests.filter(r => r.service === 'arm')
    expect(pacedArm.length).toBeGreaterThan(30)
    expect(pacedArm.filter(r => r.status === 429)).toEqual([])
    expect(paced.emulator.armStats().throttled).toBe(0)
    // With max-concurrency 1, ARM never saw two requests at once, all on one connection:
    // every SDK client (both generator styles) shares one keep-alive pool.
    expect(serial.emulator.armStats().peakConcurrent).toBe(1)
    expect(serial.emulator.armStats().connections).toBe(1)
    // Reads no more than the checks use. The node pools' subnets come from their VNets' GETs
    // (read for their peerings anyway, and ARM embeds every subnet's body in them), so no
    // subnet is read on its own; NSGs and route tables are read only for the subnets traffic
    // leaves from (the 4 node pools'), not for the private endpoint's, which only receives.
    const reads = parallel.emulator.requests
      .filter(r => r.service === 'arm' && r.status === 200)
      .map(r => r.path)
    expect(reads.filter(p => /\/subnets\/[^/]+$/i.test(p))).toEqual([])
    const names = (type: string): string[] =>
      reads
        .filter(p => new RegExp(`/${type}/[^/]+$`, 'i').test(p))
        .map(p => p.split('/').pop()!)
        .sort()
    expect(names('networkSecurityGroups')).toEqual(['nsg-0-0', 'nsg-0-1', 'nsg-1-0', 'nsg-1-1'])
    expect(names('routeTables')).toEqual(['rt-0-0', 'rt-0-1', 'rt-1-0', 'rt-1-1'])

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
