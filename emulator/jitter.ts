/**
 * Seeded per-response delays, so that one scenario can be answered in different
 * orders that are still reproducible from the seed (mulberry32).
 */
export interface JitterOptions {
  /** Same seed, same sequence of delays. */
  seed: number
  /** Each ARM response waits a whole number of ms in [0, maxMs). */
  maxMs: number
}

/** The next delay in ms on each call. */
export function jitterDelays(options: JitterOptions): () => number {
  let state = options.seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    const unit = ((t ^ (t >>> 14)) >>> 0) / 4294967296
    return Math.floor(unit * Math.max(0, options.maxMs))
  }
}
