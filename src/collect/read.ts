/**
 * Turning SDK calls into `Read<T>` values: every failure is kept with its
 * reason (status, ARM error code, message) instead of thrown, and Machine
 * Learning bodies are taken raw because the SDK models drop newer fields.
 */
import { AsyncLocalStorage } from 'node:async_hooks'
import {
  createPipelineRequest,
  type PipelineRequest,
  type PipelineResponse
} from '@azure/core-rest-pipeline'
import type { Read, ReadError } from '../model/snapshot.js'
import { isObject } from '../model/json-shape.js'

/**
 * What the SDK's `onResponse` hands us. Only the body text is used: the SDK's
 * `parsedBody` is already deserialized into its (older) models, which flatten
 * `properties` and drop fields they do not know.
 */
export interface RawResponse {
  status: number
  bodyAsText?: string | null
  /**
   * The body as the SDK pipeline already parsed it (core-client's deserialization policy, or
   * the generated clients' `sendRequest`): with the model mapping skipped it is `JSON.parse`
   * of `bodyAsText`, so it is taken as is rather than parsed a second time.
   */
  parsedBody?: unknown
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

/** Runs an SDK call and returns the raw JSON body of its response, which must be a resource. */
export async function getRaw(call: (options: RawOptions) => Promise<unknown>): Promise<unknown> {
  let body: unknown
  let malformed: Error | undefined
  let answered = false
  try {
    await call({
      onResponse: response => {
        answered = true
        body = parseBody(response)
        malformed = response.status === 200 ? resourceShapeError(body, response) : undefined
      },
      requestOptions: rawRequestOptions
    })
  } catch (error) {
    // The SDK may stumble on the same body (e.g. not JSON): the shape's reason says more.
    throw malformed ?? error
  }
  if (malformed) throw malformed
  // A client that never handed over a response must not read as an empty resource.
  if (!answered) throw malformedResponse('ARM handed the action no response body to read')
  return body
}

/** Collects every item of every page from the raw bodies, so fields the SDK models drop survive. */
export async function listRaw(
  pages: (options: RawOptions) => AsyncIterableIterator<unknown>
): Promise<unknown[]> {
  const items: unknown[] = []
  const links = new PageLinks()
  let malformed: Error | undefined
  const iterator = pages({
    onResponse: response => {
      if (response.status !== 200 || malformed) return
      const body = parseBody(response)
      malformed = listShapeError(body, response)
      if (malformed) return
      const page = body as { value: unknown[]; nextLink?: unknown }
      items.push(...page.value)
      links.add(page.nextLink)
    },
    requestOptions: rawRequestOptions
  })
  // Pages are consumed for their raw bodies, collected above.
  try {
    for (let page = await iterator.next(); !page.done; page = await iterator.next()) {
      if (malformed) throw malformed
      links.check()
    }
  } catch (error) {
    throw malformed ?? error
  }
  if (malformed) throw malformed
  return items
}

/** Most pages one list is read to: a service that keeps answering with a nextLink beyond it is broken. */
export const MAX_PAGES = 200

/**
 * The shapes ARM's REST specs give every operation the action calls: a list is an object with
 * an array `value` of objects and an optional string `nextLink`; a resource is an object with a
 * string `id` and, when present, an object `properties`. A 200 of any other shape (an empty
 * body, `null`, `{}`, a proxy's HTML page) says nothing about Azure: the read fails with the
 * reason rather than reading as "nothing there".
 */
export function listShapeError(body: unknown, response: RawResponse): Error | undefined {
  const what = notAnObject(body, response, 'a list')
  if (what) return what
  const page = body as Record<string, unknown>
  const value = page['value']
  if (!Array.isArray(value)) {
    return malformedResponse(
      `ARM answered 200 with a list whose \`value\` is ${kindOf(value)}, not an array`
    )
  }
  const bad = value.findIndex(item => !isObject(item))
  if (bad >= 0) {
    return malformedResponse(
      `ARM answered 200 with a list whose item ${bad} is ${kindOf(value[bad])}, not an object`
    )
  }
  const next = page['nextLink']
  if (next !== undefined && next !== null && typeof next !== 'string') {
    return malformedResponse(
      `ARM answered 200 with a list whose \`nextLink\` is ${kindOf(next)}, not a string`
    )
  }
  return undefined
}

/** See listShapeError. */
export function resourceShapeError(body: unknown, response: RawResponse): Error | undefined {
  const what = notAnObject(body, response, 'a resource')
  if (what) return what
  const resource = body as Record<string, unknown>
  if (typeof resource['id'] !== 'string' || !resource['id']) {
    return malformedResponse(
      `ARM answered 200 with a resource whose \`id\` is ${kindOf(resource['id'])}, not a resource id`
    )
  }
  const properties = resource['properties']
  if (properties !== undefined && !isObject(properties)) {
    return malformedResponse(
      `ARM answered 200 with a resource whose \`properties\` is ${kindOf(properties)}, not an object`
    )
  }
  return undefined
}

/** Code of a read whose 200 answer does not have its operation's shape. */
export const MALFORMED_CODE = 'MalformedResponse'

export function malformedResponse(message: string): Error {
  return Object.assign(new Error(`${message}; the read is not trusted`), {
    statusCode: 200,
    code: MALFORMED_CODE
  })
}

/** The error for a body that is not a JSON object, or undefined for an object. */
function notAnObject(body: unknown, response: RawResponse, expected: string): Error | undefined {
  const text = response.bodyAsText ?? ''
  if (!text.trim()) return malformedResponse(`ARM answered 200 with an empty body, not ${expected}`)
  if (body === undefined) {
    // The SDK's own words for this case, so every path reports it alike.
    return Object.assign(
      new Error(`the response body is not valid JSON (${text.length} characters)`),
      { statusCode: 200, code: 'PARSE_ERROR' }
    )
  }
  if (isObject(body)) return undefined
  return malformedResponse(`ARM answered 200 with ${kindOf(body)} as its body, not ${expected}`)
}

function kindOf(value: unknown): string {
  if (value === undefined) return 'missing'
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'object') return 'an object'
  return `a ${typeof value}`
}

/**
 * The `nextLink`s of one list. A link ARM already returned would make the SDK
 * (or our own paging) fetch the same pages forever, and a list longer than
 * `MAX_PAGES` pages is not read to its end: either way the list fails, naming
 * why, rather than being judged on the items read so far.
 */
export class PageLinks {
  private readonly seen = new Set<string>()
  private repeated: string | undefined
  private pages = 0
  private last: string | undefined

  add(link: unknown): void {
    this.pages++
    if (typeof link !== 'string' || !link) {
      this.last = undefined
      return
    }
    this.last = link
    if (this.seen.has(link)) this.repeated ??= link
    this.seen.add(link)
  }

  /** Throws once a link was seen twice, or when a nextLink follows the last page allowed. */
  check(): void {
    if (this.repeated !== undefined) {
      throw Object.assign(
        new Error(
          `ARM returned the nextLink ${this.repeated} twice; the list would never end, so paging stopped`
        ),
        { statusCode: 200, code: 'RepeatedNextLink' }
      )
    }
    if (this.pages >= MAX_PAGES && this.last !== undefined) {
      throw Object.assign(
        new Error(
          `ARM still answered with a nextLink after ${MAX_PAGES} pages (the most one list is read to), so the list was not read to its end`
        ),
        { statusCode: 200, code: 'TooManyPages' }
      )
    }
  }
}

function parseBody(response: RawResponse): unknown {
  if (!response.bodyAsText) return undefined
  // Only a 200's body is left unmapped (see rawRequestOptions); other statuses may hold the SDK's
  // models. An object can only come from JSON.parse of the same text; anything else (a generated
  // client hands non-JSON text over as a string) is parsed here as before.
  const parsed = response.parsedBody
  if (response.status === 200 && typeof parsed === 'object' && parsed !== null) return parsed
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
  const status = typeof e.statusCode === 'number' ? e.statusCode : null
  const code = typeof e.code === 'string' && e.code ? e.code : 'RequestFailed'
  // The SDK's parse error quotes the whole body: the size says enough.
  const message =
    code === 'PARSE_ERROR'
      ? `the response body is not valid JSON (${bodyLength(error)} characters)`
      : typeof e.message === 'string'
        ? e.message
        : String(error)
  return { status, code, message }
}

function bodyLength(error: unknown): number {
  const text = (error as { response?: { bodyAsText?: unknown } }).response?.bodyAsText
  return typeof text === 'string' ? text.length : 0
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

/**
 * Reads nothing else waits for (deployment lists, NSGs, role definitions, ...): under the
 * concurrency bound they queue behind reads that start further reads, so a chain such as
 * workspace → private endpoint → subnet → route table → firewall is never stuck behind
 * 200 deployment lists and collection takes max(chain, reads ÷ concurrency), not their sum.
 */
const leafContext = new AsyncLocalStorage<true>()

/** Runs `call` with every ARM request it makes marked as a leaf read (see `isLeafRead`). */
export function leafRead<T>(call: () => Promise<T>): Promise<T> {
  return leafContext.run(true, call)
}

/** True inside `leafRead`: the concurrency bound's policy queues such requests last. */
export function isLeafRead(): boolean {
  return leafContext.getStore() === true
}

/**
 * At most `limit` holders at once; the others wait in arrival order, those
 * queued `last` after every `first` one.
 */
export class Semaphore {
  private active = 0
  private readonly waiting = { first: [] as Array<() => void>, last: [] as Array<() => void> }

  constructor(private readonly limit: number) {}

  async run<T>(task: () => Promise<T>, queue: 'first' | 'last' = 'first'): Promise<T> {
    if (this.active >= this.limit) {
      await new Promise<void>(resolve => this.waiting[queue].push(resolve))
    } else {
      this.active++
    }
    try {
      return await task()
    } finally {
      // The slot passes to the next waiter directly, or is freed.
      const next = this.waiting.first.shift() ?? this.waiting.last.shift()
      if (next) next()
      else this.active--
    }
  }
}

/** An ARM client's pipeline: its credential, retries, deadline and same-host policy. */
export interface RawSender {
  sendRequest: (request: PipelineRequest) => Promise<PipelineResponse>
}

/**
 * GET `url` through `sender` and return the body, which must have the shape
 * `shape` gives the operation (see listShapeError): the one way the reads the
 * SDKs do not cover (other providers, newer api-versions) take in raw bodies.
 * A non-200 throws ARM's error code and message.
 */
export async function getArmJson(
  sender: RawSender,
  url: string,
  shape: 'resource' | 'list'
): Promise<Record<string, unknown>> {
  const response = await sender.sendRequest(createPipelineRequest({ url, method: 'GET' }))
  const raw: RawResponse = {
    status: response.status,
    bodyAsText: response.bodyAsText ?? null,
    // Set when the client's pipeline has core-client's deserialization policy (no operation
    // spec here, so it is the parsed JSON, unmapped).
    parsedBody: (response as { parsedBody?: unknown }).parsedBody
  }
  const body = parseBody(raw)
  if (response.status !== 200) {
    const error = isObject(body) && isObject(body['error']) ? body['error'] : {}
    throw Object.assign(
      new Error(
        typeof error['message'] === 'string' ? error['message'] : `HTTP ${response.status}`
      ),
      {
        statusCode: response.status,
        code: typeof error['code'] === 'string' ? error['code'] : 'RequestFailed'
      }
    )
  }
  const problem = shape === 'list' ? listShapeError(body, raw) : resourceShapeError(body, raw)
  if (problem) throw problem
  return body as Record<string, unknown>
}
