/**
 * Pacing ARM reads from the read budget ARM announces, so the action waits for the bucket
 * to refill instead of colliding with it (429) and leaves `arm-read-reserve` reads for the
 * deployment that follows it in the same job.
 *
 * ARM throttles with a token bucket per subscription and principal (reads: 250 tokens,
 * refilled at 25 per second) and a global one per subscription across principals (15 times
 * larger), and announces what is left on every answer:
 * `x-ms-ratelimit-remaining-subscription-reads` and
 * `x-ms-ratelimit-remaining-subscription-global-reads` ("Understand how Azure Resource Manager
 * throttles requests", learn.microsoft.com/azure/azure-resource-manager/management/request-limits-and-throttling).
 * Without either header the pacer never waits: the 429 and its `Retry-After` stay the guard.
 *
 * Pure: the caller passes the clock, the request URL and the answer's headers.
 */

/** What ARM refills a principal's read bucket with each second (the documented figure). */
export const ARM_READ_REFILL_PER_SECOND = 25

/** The headers that announce the reads left, per-principal first. */
export const REMAINING_READS_HEADERS = [
  'x-ms-ratelimit-remaining-subscription-reads',
  'x-ms-ratelimit-remaining-subscription-global-reads'
] as const

interface Bucket {
  /** Reads left as last announced (the lower of the two headers). */
  remaining: number
  /** When that answer arrived (ms, the caller's clock). */
  at: number
  /** Reads sent to this bucket and not answered yet: not counted in `remaining` for sure. */
  inFlight: number
}

export class ReadPacer {
  private readonly buckets = new Map<string, Bucket>()
  private readonly unannounced = new Map<string, number>()

  constructor(
    /** Reads of the announced budget never spent (`arm-read-reserve`). */
    private readonly reserve: number,
    private readonly refillPerSecond: number = ARM_READ_REFILL_PER_SECOND
  ) {}

  /**
   * How long to wait (ms) before sending one more read to `url`'s subscription, 0 when it
   * may go now. The estimate counts every read still in flight as spent (ARM may not have
   * counted it in its last answer yet) and adds the refill since that answer.
   */
  delayMs(url: string, now: number): number {
    const bucket = this.buckets.get(bucketOf(url))
    if (!bucket) return 0
    const refilled = ((now - bucket.at) / 1000) * this.refillPerSecond
    const available = bucket.remaining + refilled - bucket.inFlight
    // Sending spends one read; at least `reserve` must be left after it.
    const missing = this.reserve + 1 - available
    return missing > 0 ? Math.ceil((missing / this.refillPerSecond) * 1000) : 0
  }

  /** A read to `url` is sent now (call in the same tick as a 0 from `delayMs`). */
  sent(url: string): void {
    const key = bucketOf(url)
    const bucket = this.buckets.get(key)
    if (bucket) bucket.inFlight++
    else this.unannounced.set(key, (this.unannounced.get(key) ?? 0) + 1)
  }

  /** The answer to a read sent to `url` arrived at `now` with these headers (or none: a failed try). */
  answered(url: string, now: number, headers?: { get(name: string): string | undefined }): void {
    const key = bucketOf(url)
    let bucket = this.buckets.get(key)
    if (bucket) bucket.inFlight = Math.max(0, bucket.inFlight - 1)
    else this.unannounced.set(key, Math.max(0, (this.unannounced.get(key) ?? 0) - 1))
    const remaining = headers ? announcedReads(headers) : undefined
    if (remaining === undefined) return
    if (!bucket) {
      bucket = { remaining, at: now, inFlight: this.unannounced.get(key) ?? 0 }
      this.unannounced.delete(key)
      this.buckets.set(key, bucket)
    }
    bucket.remaining = remaining
    bucket.at = now
  }
}

/** The lower of the announced remaining reads, or undefined when ARM announced none. */
export function announcedReads(headers: {
  get(name: string): string | undefined
}): number | undefined {
  let lowest: number | undefined
  for (const name of REMAINING_READS_HEADERS) {
    const raw = headers.get(name)?.trim()
    if (!raw || !/^\d+$/.test(raw)) continue
    const value = Number(raw)
    lowest = lowest === undefined ? value : Math.min(lowest, value)
  }
  return lowest
}

/** ARM's buckets are per subscription; reads outside one (tenant level) share the tenant's. */
export function bucketOf(url: string): string {
  return /\/subscriptions\/([^/?#]+)/i.exec(url)?.[1]?.toLowerCase() ?? 'tenant'
}
