/**
 * How every ARM request retries and gives up, in one place. Retries are the
 * SDK pipeline's own retry policy (exponential back-off for 408/5xx and
 * connection errors, `Retry-After` for 429/503), configured with a bound so a
 * permanently failing ARM ends as an `unknown` with its reason. Two small
 * policies add what the SDK leaves to the caller: a per-try timeout, and the
 * run's deadline (`timeout-seconds`).
 */
import { RestError, type PipelinePolicy, type PipelineRequest } from '@azure/core-rest-pipeline'
import { DEADLINE_CODE } from '../model/snapshot.js'

/** The SDK's retry options: at most 3 retries, 0.5 s doubling up to 8 s (jittered); `Retry-After` wins when ARM sends it. */
export const ARM_RETRY_OPTIONS = { maxRetries: 3, retryDelayInMs: 500, maxRetryDelayInMs: 8000 }

/** Longest a single try may take; a tenth of the deadline when that is shorter, so retries fit in it. */
export const MAX_TRY_TIMEOUT_MS = 30_000

/** The whole-run deadline: `timeout-seconds` after the run started. */
export class RunDeadline {
  readonly signal: AbortSignal
  private readonly reached: Promise<never>

  constructor(
    readonly seconds: number,
    startedAt: number = performance.now()
  ) {
    const remaining = Math.max(0, Math.ceil(seconds * 1000 - (performance.now() - startedAt)))
    // AbortSignal.timeout does not keep the process alive.
    this.signal = AbortSignal.timeout(remaining)
    this.reached = new Promise<never>((_, reject) => {
      this.signal.addEventListener('abort', () => reject(this.error()), { once: true })
    })
    this.reached.catch(() => undefined)
  }

  get expired(): boolean {
    return this.signal.aborted
  }

  /** Per-try timeout: at most 30 s, and a tenth of the deadline. */
  get tryTimeoutMs(): number {
    return Math.min(MAX_TRY_TIMEOUT_MS, Math.max(1000, (this.seconds * 1000) / 10))
  }

  error(): RestError {
    return new RestError(
      `the run reached its deadline (\`timeout-seconds\`: ${this.seconds}) before Azure answered this read`,
      { code: DEADLINE_CODE }
    )
  }

  /** Settles like `work`, or rejects with the deadline error when the deadline comes first. */
  race<T>(work: Promise<T>): Promise<T> {
    return Promise.race([work, this.reached])
  }
}

/**
 * Per call (outside the retry policy): no request starts after the deadline,
 * and one still in flight or waiting to retry is aborted when it passes.
 */
export function deadlinePolicy(deadline: RunDeadline): PipelinePolicy {
  return {
    name: 'amlInferenceGuardDeadline',
    sendRequest: async (request, next) => {
      if (deadline.expired) throw deadline.error()
      // A signal per request: AbortSignal.any adds no listener to the shared deadline signal.
      request.abortSignal = AbortSignal.any([deadline.signal, ...toSignals(request.abortSignal)])
      try {
        return await deadline.race(next(request))
      } catch (error) {
        if (deadline.expired) throw deadline.error()
        throw error
      }
    }
  }
}

function toSignals(signal: PipelineRequest['abortSignal']): AbortSignal[] {
  if (!signal) return []
  if (signal instanceof AbortSignal) return [signal]
  const controller = new AbortController()
  if (signal.aborted) controller.abort()
  else signal.addEventListener('abort', () => controller.abort(), { once: true })
  return [controller.signal]
}

/**
 * Per try (inside the retry policy): a try that takes longer than `timeoutMs`
 * is aborted and reported as ETIMEDOUT, a system error the SDK's exponential
 * retry strategy retries (its own abort error is never retried). An unref'd
 * `AbortSignal.timeout` is used rather than `request.timeout`, whose timer the
 * HTTP client leaves running after a failed try, holding the process open.
 */
export function tryTimeoutPolicy(timeoutMs: number): PipelinePolicy {
  return {
    name: 'amlInferenceGuardTryTimeout',
    sendRequest: async (request, next) => {
      const caller = request.abortSignal
      const timeout = AbortSignal.timeout(timeoutMs)
      request.abortSignal = AbortSignal.any([timeout, ...toSignals(caller)])
      try {
        return await next(request)
      } catch (error) {
        if (!timeout.aborted || caller?.aborted) throw error
        throw new RestError(`no answer within ${timeoutMs / 1000} s (per-try timeout)`, {
          code: 'ETIMEDOUT',
          request
        })
      } finally {
        // The retry policy looks at the caller's signal to decide whether to retry.
        request.abortSignal = caller
      }
    }
  }
}

/** Waits `ms`, or less when `signal` aborts first (the deadline must not wait out a long Retry-After). */
export function pause(ms: number, signal: PipelineRequest['abortSignal']): Promise<void> {
  return new Promise(resolve => {
    if (signal?.aborted) return resolve()
    const done = (): void => {
      clearTimeout(timer)
      signal?.removeEventListener('abort', done)
      resolve()
    }
    const timer = setTimeout(done, ms)
    signal?.addEventListener('abort', done)
  })
}

/** `Retry-After` in seconds or as an HTTP date, in ms from now (undefined when absent or invalid). */
export function retryAfterMs(
  header: string | null | undefined,
  now = Date.now()
): number | undefined {
  if (!header) return undefined
  const seconds = Number(header)
  if (Number.isFinite(seconds)) return seconds >= 0 ? seconds * 1000 : undefined
  const date = Date.parse(header)
  return Number.isFinite(date) ? Math.max(0, date - now) : undefined
}

/** Code of a read stopped because ARM named a link on another host. */
export const FOREIGN_LINK_CODE = 'UnexpectedNextLink'

/**
 * Throws unless `url` is on `origin` (scheme, host and port). A `nextLink` is followed with the
 * ARM bearer token: one naming another host would hand that host the token.
 */
export function refuseForeignLink(url: string, origin: string): void {
  let target: URL
  try {
    target = new URL(url)
  } catch {
    throw Object.assign(new Error(`ARM named a link that is not a URL; it was not followed`), {
      statusCode: 200,
      code: FOREIGN_LINK_CODE
    })
  }
  if (target.origin === origin) return
  throw Object.assign(
    new Error(
      `ARM named a link on another host (${target.host}); the ARM token is sent only to ${new URL(origin).host}, so the link was not followed`
    ),
    { statusCode: 200, code: FOREIGN_LINK_CODE }
  )
}

/**
 * Per call, ahead of the bearer-token policy: a request to any other origin than the ARM
 * endpoint is never sent. The SDK pagers follow a page's `nextLink` as given; this is the one
 * place every client's requests pass, so no pager can carry the token elsewhere.
 */
export function sameHostPolicy(armEndpoint: string): PipelinePolicy {
  const origin = new URL(armEndpoint).origin
  return {
    name: 'amlInferenceGuardSameHost',
    sendRequest: (request, next) => {
      refuseForeignLink(request.url, origin)
      return next(request)
    }
  }
}

export interface ArmPipelineOptions {
  retryOptions: typeof ARM_RETRY_OPTIONS
  additionalPolicies: Array<{ policy: PipelinePolicy; position: 'perCall' | 'perRetry' }>
}

/**
 * Options every ARM client is built with. `limiter` (concurrency, Retry-After
 * pauses, accounting) runs per try before the timeout starts, so waiting for
 * a slot never counts against a try.
 */
export function armPipelineOptions(
  limiter: PipelinePolicy,
  deadline: RunDeadline | undefined,
  armEndpoint?: string
): ArmPipelineOptions {
  return {
    retryOptions: ARM_RETRY_OPTIONS,
    additionalPolicies: [
      ...(armEndpoint
        ? [{ policy: sameHostPolicy(armEndpoint), position: 'perCall' as const }]
        : []),
      ...(deadline ? [{ policy: deadlinePolicy(deadline), position: 'perCall' as const }] : []),
      { policy: limiter, position: 'perRetry' },
      {
        policy: tryTimeoutPolicy(deadline?.tryTimeoutMs ?? MAX_TRY_TIMEOUT_MS),
        position: 'perRetry'
      }
    ]
  }
}
