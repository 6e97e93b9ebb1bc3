/**
 * Injected transport and service faults (issue 7): a scenario lists them
 * declaratively, and the emulator asks `FaultInjector.apply` before answering
 * an ARM or Entra token request. A fault either answers the request itself
 * (an error status, a reset, a body that is not a token), delays it past the
 * client's per-try timeout, or rewrites the body the emulator is about to send
 * (truncated, malformed, a `nextLink` that repeats).
 */
import type http from 'node:http'

export type FaultService = 'arm' | 'entra' | 'oidc'

export type FaultEffect =
  /** An error status with the service's error body; `retryAfter` as seconds or as an HTTP date that many seconds ahead. */
  | {
      kind: 'status'
      status: number
      code?: string
      message?: string
      retryAfter?: { seconds: number } | { httpDateInSeconds: number }
    }
  /** The socket is destroyed before any response byte (ECONNRESET on the client). */
  | { kind: 'reset' }
  /** The response is sent `delayMs` late (longer than the client's per-try timeout). */
  | { kind: 'slow'; delayMs: number }
  /** The body is cut in half (Content-Length matches the cut body). */
  | { kind: 'truncated' }
  /** The body is not JSON (an HTML page from a proxy), with a JSON content type. */
  | { kind: 'malformed' }
  /** Every page of a list names the same `nextLink` (back to the first page). */
  | { kind: 'repeat-next-link' }
  /** A fixed body instead of the real answer (e.g. a 200 from the token endpoint that is not a token). */
  | { kind: 'body'; status: number; contentType: string; text: string }
  /**
   * An error whose message echoes the request's `Authorization` header (a gateway or service
   * that logs the request into its error), e.g. 403 `AuthorizationFailed`.
   */
  | { kind: 'echo-authorization'; status: number; code?: string }
  /** A 200 whose body is not what the operation promises (see MALFORMED_BODIES). */
  | { kind: 'malformed-200'; body: MalformedBody }
  /** A list page whose `nextLink` names `url`, on another host than the ARM endpoint. */
  | { kind: 'foreign-next-link'; url: string }
  /** No answer at all: the request is held open until the client gives up. */
  | { kind: 'hang' }

/**
 * 200 bodies a proxy, a broken gateway or an attacker on the path could send instead of the
 * operation's list or resource (issue 16): each must make the read `unknown`, never "nothing there".
 */
export const MALFORMED_BODIES = {
  empty: { contentType: 'application/json', text: '' },
  'empty-object': { contentType: 'application/json', text: '{}' },
  null: { contentType: 'application/json', text: 'null' },
  'value-null': { contentType: 'application/json', text: '{"value":null}' },
  'value-object': { contentType: 'application/json', text: '{"value":{}}' },
  html: {
    contentType: 'text/html',
    text: '<!DOCTYPE html><html><head><title>Sign in</title></head><body><p>Please sign in.</p></body></html>'
  },
  'item-not-object': { contentType: 'application/json', text: '{"value":["not-an-object"]}' }
} as const

export type MalformedBody = keyof typeof MALFORMED_BODIES

export type Fault = FaultEffect & {
  service: FaultService
  /** ARM: matched case-insensitively against the URL path on a segment boundary (default: every path). Entra, OIDC: the token endpoint only. */
  pathPrefix?: string
  /** Match `pathPrefix` only, not the paths below it (reads below it may arrive first). */
  exact?: boolean
  /** Only the first `times` matching requests (default: all). */
  times?: number
}

/** What the server gives the injector to answer in the service's own shape. */
export interface FaultReply {
  /** Send the service's error body with this status (the server records the request). */
  error: (status: number, code: string, message: string, headers: Record<string, string>) => void
  /** Record a request the fault answered some other way (status 0: no response). */
  record: (status: number) => void
}

/** Default ARM error codes by status, as ARM and its gateways send them. */
export function defaultFaultCode(status: number): string {
  const codes: Record<number, string> = {
    400: 'BadRequest',
    401: 'InvalidAuthenticationToken',
    403: 'AuthorizationFailed',
    404: 'ResourceNotFound',
    409: 'Conflict',
    429: 'TooManyRequests',
    500: 'InternalServerError',
    502: 'BadGateway',
    503: 'ServiceUnavailable',
    504: 'GatewayTimeout'
  }
  return codes[status] ?? 'UnexpectedError'
}

const ENTRA_CODES: Record<number, string> = {
  429: 'temporarily_unavailable',
  500: 'server_error',
  502: 'server_error',
  503: 'temporarily_unavailable',
  504: 'temporarily_unavailable'
}

const PROXY_PAGE =
  '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>'

function normPath(path: string): string {
  return (decodeURIComponent(path).replace(/\/+$/, '') || '/').toLowerCase()
}

function matches(fault: Fault, service: FaultService, path: string): boolean {
  if (fault.service !== service) return false
  if (service !== 'arm' || fault.pathPrefix === undefined) return true
  const prefix = normPath(fault.pathPrefix)
  const lower = normPath(path)
  if (fault.exact) return lower === prefix
  return prefix === '/' || lower === prefix || lower.startsWith(`${prefix}/`)
}

export class FaultInjector {
  private readonly hits = new Map<Fault, number>()

  constructor(private readonly faults: readonly Fault[] = []) {}

  /**
   * Applies the first fault that matches `path` and still has `times` left.
   * Returns true when the fault answered the request (the server must stop).
   */
  async apply(
    service: FaultService,
    path: string,
    req: http.IncomingMessage,
    res: http.ServerResponse,
    reply: FaultReply
  ): Promise<boolean> {
    const fault = this.faults.find(
      f => matches(f, service, path) && (f.times === undefined || (this.hits.get(f) ?? 0) < f.times)
    )
    if (!fault) return false
    this.hits.set(fault, (this.hits.get(fault) ?? 0) + 1)
    switch (fault.kind) {
      case 'status': {
        const headers: Record<string, string> = {}
        if (fault.retryAfter && 'seconds' in fault.retryAfter) {
          headers['Retry-After'] = String(fault.retryAfter.seconds)
        } else if (fault.retryAfter) {
          headers['Retry-After'] = new Date(
            Date.now() + fault.retryAfter.httpDateInSeconds * 1000
          ).toUTCString()
        }
        const code =
          fault.code ??
          (service === 'entra'
            ? (ENTRA_CODES[fault.status] ?? 'server_error')
            : defaultFaultCode(fault.status))
        reply.error(
          fault.status,
          code,
          fault.message ?? `Emulated fault ${fault.status} for '${path}'.`,
          headers
        )
        return true
      }
      case 'reset':
        reply.record(0)
        req.socket.destroy()
        return true
      case 'slow': {
        // Answer late, unless the client gives up first (its per-try timeout closes the socket).
        const gaveUp = await new Promise<boolean>(resolve => {
          const onClose = (): void => {
            clearTimeout(timer)
            resolve(true)
          }
          const timer = setTimeout(() => {
            req.socket.off('close', onClose)
            resolve(false)
          }, fault.delayMs)
          req.socket.once('close', onClose)
        })
        if (gaveUp) reply.record(0)
        return gaveUp
      }
      case 'echo-authorization': {
        const header = req.headers['authorization'] ?? '(none)'
        reply.error(
          fault.status,
          fault.code ?? defaultFaultCode(fault.status),
          `The request with header 'Authorization: ${header}' was refused for '${path}'.`,
          {}
        )
        return true
      }
      case 'body':
        reply.record(fault.status)
        res.writeHead(fault.status, {
          'Content-Type': fault.contentType,
          'Content-Length': Buffer.byteLength(fault.text)
        })
        res.end(fault.text)
        return true
      case 'malformed-200': {
        const { contentType, text } = MALFORMED_BODIES[fault.body]
        reply.record(200)
        res.writeHead(200, {
          'Content-Type': contentType,
          'Content-Length': Buffer.byteLength(text)
        })
        res.end(text)
        return true
      }
      case 'hang':
        // Held until the client closes the connection (or the emulator closes): no byte is sent.
        await new Promise<void>(resolve => req.socket.once('close', () => resolve()))
        reply.record(0)
        return true
      case 'foreign-next-link':
        rewriteBody(res, text => withNextLink(text, fault.url))
        return false
      case 'truncated':
        rewriteBody(res, text => text.slice(0, Math.floor(text.length / 2)))
        return false
      case 'malformed':
        rewriteBody(res, () => PROXY_PAGE)
        return false
      case 'repeat-next-link':
        rewriteBody(res, text => withRepeatedNextLink(text, req))
        return false
    }
  }
}

/** Page 1's items with a nextLink that leads back to page 1 (`$skipToken` of offset 0). */
function withRepeatedNextLink(text: string, req: http.IncomingMessage): string {
  const body = JSON.parse(text) as Record<string, unknown>
  if (!Array.isArray(body['value'])) return text
  const url = new URL(req.url ?? '/', `https://${req.headers.host ?? '127.0.0.1'}`)
  const apiVersion = encodeURIComponent(url.searchParams.get('api-version') ?? '')
  const first = Buffer.from('0').toString('base64url')
  body['nextLink'] = `${url.origin}${url.pathname}?api-version=${apiVersion}&$skipToken=${first}`
  return JSON.stringify(body)
}

/** A list page that links to `url` for its next page (any other body is left alone). */
function withNextLink(text: string, url: string): string {
  const body = JSON.parse(text) as Record<string, unknown>
  if (!Array.isArray(body['value'])) return text
  return JSON.stringify({ ...body, nextLink: url })
}

/** Replaces the body the server writes with `writeHead` + `end(text)`, fixing Content-Length. */
function rewriteBody(res: http.ServerResponse, rewrite: (text: string) => string): void {
  const writeHead = res.writeHead.bind(res) as (
    status: number,
    headers: http.OutgoingHttpHeaders
  ) => http.ServerResponse
  const end = res.end.bind(res) as (chunk?: string) => http.ServerResponse
  let head: { status: number; headers: http.OutgoingHttpHeaders } = {
    status: 200,
    headers: {}
  }
  res.writeHead = ((status: number, headers?: http.OutgoingHttpHeaders) => {
    head = { status, headers: headers ?? {} }
    return res
  }) as typeof res.writeHead
  res.end = ((chunk?: unknown) => {
    const text = rewrite(typeof chunk === 'string' ? chunk : String(chunk ?? ''))
    writeHead(head.status, { ...head.headers, 'Content-Length': Buffer.byteLength(text) })
    return end(text)
  }) as typeof res.end
}
