/**
 * Turning SDK calls into `Read<T>` values: every failure is kept with its
 * reason (status, ARM error code, message) instead of thrown, and Machine
 * Learning bodies are taken raw because the SDK models drop newer fields.
 */
import type { Read, ReadError } from '../snapshot.js'

/**
 * What the SDK's `onResponse` hands us. Only the body text is used: the SDK's
 * `parsedBody` is already deserialized into its (older) models, which flatten
 * `properties` and drop fields they do not know.
 */
export interface RawResponse {
  status: number
  bodyAsText?: string | null
}
export type RawOptions = {
  onResponse: (response: RawResponse) => void
  requestOptions: { shouldDeserialize: (response: { status: number }) => boolean }
}

/**
 * A 200 body is only read raw, so the SDK's mapping of it into its models is skipped: that
 * walk over every property was a large share of the action's CPU and garbage. The SDK still
 * parses the JSON (a page's `nextLink` is read from it) and still turns an error into its
 * RestError, as every other status is deserialized as before.
 */
const rawRequestOptions: RawOptions['requestOptions'] = {
  shouldDeserialize: response => response.status !== 200
}

/** Runs an SDK call and returns the raw JSON body of its response. */
export async function getRaw(call: (options: RawOptions) => Promise<unknown>): Promise<unknown> {
  let body: unknown
  await call({
    onResponse: response => {
      body = parseBody(response)
    },
    requestOptions: rawRequestOptions
  })
  return body
}

/** Collects every item of every page from the raw bodies, so fields the SDK models drop survive. */
export async function listRaw(
  pages: (options: RawOptions) => AsyncIterableIterator<unknown>
): Promise<unknown[]> {
  const items: unknown[] = []
  const iterator = pages({
    onResponse: response => {
      const value = (parseBody(response) as { value?: unknown } | undefined)?.value
      if (response.status === 200 && Array.isArray(value)) items.push(...value)
    },
    requestOptions: rawRequestOptions
  })
  // Pages are consumed for their raw bodies, collected above.
  for (let page = await iterator.next(); !page.done; page = await iterator.next()) continue
  return items
}

function parseBody(response: RawResponse): unknown {
  if (!response.bodyAsText) return undefined
  try {
    return JSON.parse(response.bodyAsText)
  } catch {
    // The SDK has already rejected a malformed success body; an error body may be anything.
    return undefined
  }
}

export async function read<T>(call: () => Promise<T>): Promise<Read<T>> {
  try {
    return { ok: true, value: await call() }
  } catch (error) {
    return { ok: false, error: toReadError(error) }
  }
}

export function mapRead<T, U>(result: Read<T>, map: (value: T) => U): Read<U> {
  return result.ok ? { ok: true, value: map(result.value) } : result
}

export function toReadError(error: unknown): ReadError {
  const e = (error ?? {}) as { statusCode?: unknown; code?: unknown; message?: unknown }
  return {
    status: typeof e.statusCode === 'number' ? e.statusCode : null,
    code: typeof e.code === 'string' && e.code ? e.code : 'RequestFailed',
    message: typeof e.message === 'string' ? e.message : String(error)
  }
}

/** A failed read for an id that does not name the expected resource type. */
export function invalidResourceId(id: string, expected: string): Read<never> {
  return {
    ok: false,
    error: {
      status: null,
      code: 'InvalidResourceId',
      message: `'${id}' is not a ${expected} resource id`
    }
  }
}

/** Starts a read once per lower-cased ARM id, however many paths lead to it. */
export class ReadCache<T> {
  private readonly pending = new Map<string, Promise<Read<T>>>()

  get(id: string, start: () => Promise<Read<T>>): Promise<Read<T>> {
    const key = id.toLowerCase()
    let value = this.pending.get(key)
    if (!value) {
      value = start()
      this.pending.set(key, value)
    }
    return value
  }

  /** Every read started so far, settled, keyed by lower-cased id (the snapshot's form). */
  async settled(): Promise<Record<string, Read<T>>> {
    const entries = await Promise.all(
      [...this.pending].map(async ([key, value]) => [key, await value] as const)
    )
    return Object.fromEntries(entries)
  }
}

/** At most `limit` holders at once; the others wait in arrival order. */
export class Semaphore {
  private active = 0
  private readonly waiting: Array<() => void> = []

  constructor(private readonly limit: number) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active >= this.limit) {
      await new Promise<void>(resolve => this.waiting.push(resolve))
    } else {
      this.active++
    }
    try {
      return await task()
    } finally {
      // The slot passes to the next waiter directly, or is freed.
      const next = this.waiting.shift()
      if (next) next()
      else this.active--
    }
  }
}
