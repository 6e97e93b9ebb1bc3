import { describe, expect, it } from '@jest/globals'
import {
  createHttpHeaders,
  createPipelineRequest,
  type PipelineResponse,
  type SendRequest
} from '@azure/core-rest-pipeline'
import {
  RunDeadline,
  deadlinePolicy,
  pause,
  retryAfterMs,
  tryTimeoutPolicy
} from '../../src/collect/pipeline.js'
import { PageLinks, toReadError } from '../../src/collect/read.js'

const request = () => createPipelineRequest({ url: 'https://management.azure.com/x' })
const ok = (req: ReturnType<typeof request>): PipelineResponse => ({
  status: 200,
  headers: createHttpHeaders(),
  request: req
})

describe('retryAfterMs', () => {
  const now = Date.parse('2026-05-18T16:40:00Z')
  it('reads seconds and HTTP dates', () => {
    expect(retryAfterMs('3', now)).toBe(3000)
    expect(retryAfterMs('0', now)).toBe(0)
    expect(retryAfterMs('Mon, 18 May 2026 16:40:05 GMT', now)).toBe(5000)
    // A date in the past: retry now.
    expect(retryAfterMs('Mon, 18 May 2026 16:39:00 GMT', now)).toBe(0)
  })
  it('ignores what is neither', () => {
    for (const value of [undefined, null, '', '-1', 'soon'])
      expect(retryAfterMs(value, now)).toBe(undefined)
  })
})

describe('RunDeadline', () => {
  it('gives each try 30 s, or a tenth of a shorter deadline (at least 1 s)', () => {
    expect(new RunDeadline(600).tryTimeoutMs).toBe(30_000)
    expect(new RunDeadline(20).tryTimeoutMs).toBe(2000)
    expect(new RunDeadline(3).tryTimeoutMs).toBe(1000)
  })

  it('fails a request started after it, naming the input', async () => {
    const deadline = new RunDeadline(0)
    await new Promise(resolve => setTimeout(resolve, 5))
    const policy = deadlinePolicy(deadline)
    const error = await policy.sendRequest(request(), async r => ok(r)).catch((e: unknown) => e)
    expect(toReadError(error)).toEqual({
      status: null,
      code: 'RunDeadlineExceeded',
      message: 'the run reached its deadline (`timeout-seconds`: 0) before Azure answered this read'
    })
  })

  it('cuts a request in flight short and aborts it', async () => {
    const deadline = new RunDeadline(0.05)
    let aborted = false
    const never: SendRequest = r =>
      new Promise(() => {
        r.abortSignal?.addEventListener('abort', () => (aborted = true))
      })
    const error = await deadlinePolicy(deadline)
      .sendRequest(request(), never)
      .catch((e: unknown) => e)
    expect(toReadError(error).code).toBe('RunDeadlineExceeded')
    expect(aborted).toBe(true)
  })
})

describe('pause', () => {
  it('ends early when the request is aborted (a Retry-After beyond the deadline)', async () => {
    const controller = new AbortController()
    const started = performance.now()
    setTimeout(() => controller.abort(), 20)
    await pause(60_000, controller.signal)
    expect(performance.now() - started).toBeLessThan(5000)
  })
})

describe('tryTimeoutPolicy', () => {
  const hang: SendRequest = r =>
    new Promise((_, reject) => {
      r.abortSignal?.addEventListener('abort', () =>
        reject(Object.assign(new Error('The operation was aborted.'), { name: 'AbortError' }))
      )
    })

  it('aborts a slow try and reports it as ETIMEDOUT, which the SDK retries', async () => {
    const req = request()
    const error = await tryTimeoutPolicy(50)
      .sendRequest(req, hang)
      .catch((e: unknown) => e)
    expect(error).toMatchObject({
      code: 'ETIMEDOUT',
      message: 'no answer within 0.05 s (per-try timeout)'
    })
    // The retry policy sees the caller's signal again, not aborted.
    expect(req.abortSignal).toBeUndefined()
  })

  it('leaves a caller abort (the deadline) as it is', async () => {
    const req = request()
    const controller = new AbortController()
    req.abortSignal = controller.signal
    setTimeout(() => controller.abort(), 10)
    const error = await tryTimeoutPolicy(60_000)
      .sendRequest(req, hang)
      .catch((e: unknown) => e)
    expect(error).toMatchObject({ name: 'AbortError' })
    expect(req.abortSignal).toBe(controller.signal)
  })

  it('passes answers through', async () => {
    const response = await tryTimeoutPolicy(1000).sendRequest(request(), async r => ok(r))
    expect(response.status).toBe(200)
  })
})

describe('PageLinks', () => {
  it('accepts new links and fails on the first repeated one, naming it', () => {
    const links = new PageLinks()
    links.add('https://arm/x?$skipToken=1')
    links.add('https://arm/x?$skipToken=2')
    links.add(undefined)
    expect(() => links.check()).not.toThrow()
    links.add('https://arm/x?$skipToken=1')
    expect(() => links.check()).toThrow(
      'ARM returned the nextLink https://arm/x?$skipToken=1 twice; the list would never end, so paging stopped'
    )
  })
})
