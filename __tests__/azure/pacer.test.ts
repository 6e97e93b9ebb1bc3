/**
 * The read pacer: given the budget ARM announces and a clock, how long a read waits.
 * Figures from Microsoft Learn, "Understand how Azure Resource Manager throttles requests"
 * (learn.microsoft.com/azure/azure-resource-manager/management/request-limits-and-throttling):
 * a principal's subscription read bucket holds 250 tokens refilled at 25 per second, the
 * global one 15 times that; ARM announces the reads left in
 * `x-ms-ratelimit-remaining-subscription-reads` and `x-ms-ratelimit-remaining-subscription-global-reads`
 * (a real answer carries 249 and 3749 after the first read).
 */
import { describe, expect, it } from '@jest/globals'
import { ReadPacer, announcedReads, bucketOf } from '../../src/collect/pacer.js'

const SUB = 'https://management.azure.com/subscriptions/00000000-0000-0000-0000-000000000001'
const OTHER = 'https://management.azure.com/subscriptions/00000000-0000-0000-0000-000000000002'
const url = (base: string, path = '/resourceGroups/rg?api-version=2025-12-01'): string =>
  `${base}${path}`

function headers(values: Record<string, string>): { get(name: string): string | undefined } {
  return { get: name => values[name.toLowerCase()] }
}
const announce = (reads: number, global = reads * 15) =>
  headers({
    'x-ms-ratelimit-remaining-subscription-reads': String(reads),
    'x-ms-ratelimit-remaining-subscription-global-reads': String(global)
  })

/** Sends one read at `now` and answers it at once with `remaining`. */
function readOnce(pacer: ReadPacer, now: number, remaining: number, base = SUB): void {
  pacer.sent(url(base))
  pacer.answered(url(base), now, announce(remaining))
}

describe('ReadPacer', () => {
  it('never waits while ARM announces no budget (429 and Retry-After stay the guard)', () => {
    const pacer = new ReadPacer(25)
    for (let i = 0; i < 300; i++) {
      expect(pacer.delayMs(url(SUB), 0)).toBe(0)
      pacer.sent(url(SUB))
      pacer.answered(url(SUB), 0, headers({}))
    }
    expect(pacer.delayMs(url(SUB), 0)).toBe(0)
  })

  it('does not wait while the announced budget covers the reserve and the reads in flight', () => {
    const pacer = new ReadPacer(25)
    readOnce(pacer, 0, 249)
    for (let i = 0; i < 16; i++) {
      expect(pacer.delayMs(url(SUB), 0)).toBe(0)
      pacer.sent(url(SUB))
    }
  })

  it('waits just long enough for the refill when the budget would dip into the reserve', () => {
    const pacer = new ReadPacer(25)
    readOnce(pacer, 1000, 26)
    // 26 left: one more read leaves 25, the reserve.
    expect(pacer.delayMs(url(SUB), 1000)).toBe(0)
    pacer.sent(url(SUB))
    // In flight and not yet announced: counted as spent. The next needs one token: 1/25 s.
    expect(pacer.delayMs(url(SUB), 1000)).toBe(40)
    // The refill since the last answer counts: 40 ms later one token came back.
    expect(pacer.delayMs(url(SUB), 1040)).toBe(0)
  })

  it('with no reserve spends the whole announced budget, then paces at the refill rate', () => {
    const pacer = new ReadPacer(0)
    readOnce(pacer, 0, 0)
    // Empty bucket: one token takes 1/25 s.
    expect(pacer.delayMs(url(SUB), 0)).toBe(40)
    expect(pacer.delayMs(url(SUB), 20)).toBe(20)
    expect(pacer.delayMs(url(SUB), 40)).toBe(0)
    // 10 waiting reads need 10 tokens: 400 ms.
    readOnce(pacer, 1000, 0)
    for (let i = 0; i < 9; i++) pacer.sent(url(SUB))
    expect(pacer.delayMs(url(SUB), 1000)).toBe(400)
  })

  it('uses the lower of the principal and the global budget', () => {
    const pacer = new ReadPacer(25)
    pacer.sent(url(SUB))
    // Other principals have spent the subscription's global bucket.
    pacer.answered(url(SUB), 0, announce(249, 10))
    expect(pacer.delayMs(url(SUB), 0)).toBe(Math.ceil(((25 + 1 - 10) / 25) * 1000))
    expect(
      announcedReads(headers({ 'x-ms-ratelimit-remaining-subscription-global-reads': '7' }))
    ).toBe(7)
    expect(
      announcedReads(headers({ 'x-ms-ratelimit-remaining-subscription-reads': 'lots' }))
    ).toBeUndefined()
  })

  it('keeps one budget per subscription (ARM throttles per subscription)', () => {
    const pacer = new ReadPacer(25)
    readOnce(pacer, 0, 0, SUB)
    expect(pacer.delayMs(url(SUB), 0)).toBeGreaterThan(0)
    expect(pacer.delayMs(url(OTHER), 0)).toBe(0)
    expect(bucketOf(url(SUB, '/providers/Microsoft.Network/virtualNetworks/v'))).toBe(
      '00000000-0000-0000-0000-000000000001'
    )
    expect(bucketOf('https://management.azure.com/providers/Microsoft.Authorization/x')).toBe(
      'tenant'
    )
  })

  it('counts reads sent before the first announcement as in flight', () => {
    const pacer = new ReadPacer(0)
    for (let i = 0; i < 5; i++) pacer.sent(url(SUB))
    // The first answer says 3 are left; 4 others are still out and will take 4 of them.
    pacer.answered(url(SUB), 0, announce(3))
    expect(pacer.delayMs(url(SUB), 0)).toBe(Math.ceil(((0 + 1 - (3 - 4)) / 25) * 1000))
  })

  it('with a reserve above the bucket still reads, one token at a time at the refill rate', () => {
    const pacer = new ReadPacer(25)
    readOnce(pacer, 0, 19)
    // 7 tokens short of reserve + 1: 280 ms, then the read goes.
    expect(pacer.delayMs(url(SUB), 0)).toBe(280)
    expect(pacer.delayMs(url(SUB), 280)).toBe(0)
  })
})
