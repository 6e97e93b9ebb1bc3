/**
 * Local emulator of the four services the action talks to:
 * GitHub's OIDC token service (plain HTTP, like the runner's), Entra ID,
 * Azure Resource Manager and the GitHub REST API (HTTPS, test CA).
 *
 * Responses follow the real services' shapes (status codes, error bodies,
 * paging) closely enough that the real SDK clients run against it unchanged.
 */
import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import https from 'node:https'
import type { AddressInfo } from 'node:net'
import { ensureTestCertificates } from './certs.js'
import { jitterDelays, type JitterOptions } from './jitter.js'
import { githubFaults, githubTransportFaults } from './github-faults.js'
import { FaultInjector, defaultFaultCode } from './faults.js'
import { decodeJwt, keyId, publicJwk, signJwt, verifyJwtSignature } from './jwt.js'
import { RESOURCE_GRAPH_PATH, answerResourceGraph } from './resource-graph.js'
import { whatIf } from './what-if.js'
import { registryBody, serviceTagsBody } from './scenarios/outbound.js'
import {
  AZURE_TOKEN_EXCHANGE_AUDIENCE,
  DEFAULT_REPOSITORY,
  DEFAULT_SUBJECT,
  GITHUB_OIDC_ISSUER,
  type ArmFault,
  type EntraErrorCode,
  type Scenario,
  type SeedComment
} from './scenario.js'

export type ServiceName = 'oidc' | 'entra' | 'arm' | 'github'

/** One request the emulator answered. Authorization and Cookie headers are never kept. */
export interface RecordedRequest {
  service: ServiceName
  method: string
  /** Path and query string, as requested. */
  url: string
  /** Path only. */
  path: string
  status: number
  /** ISO time the request arrived. */
  time: string
  headers: Record<string, string>
  /** Entra token requests: the form fields except `client_assertion`/`client_secret`. */
  form?: Record<string, string>
}

export interface GitHubUser {
  login: string
  id: number
  node_id: string
  avatar_url: string
  html_url: string
  type: 'User' | 'Bot'
  site_admin: boolean
}

export interface GitHubComment {
  id: number
  node_id: string
  url: string
  html_url: string
  issue_url: string
  body: string
  user: GitHubUser
  created_at: string
  updated_at: string
  author_association: string
  performed_via_github_app: null | Record<string, unknown>
  reactions: Record<string, unknown>
}

/** A comment write the GitHub emulator received (successful or refused). */
export interface GitHubWrite {
  method: 'POST' | 'PATCH' | 'DELETE'
  path: string
  status: number
  issueNumber?: number
  commentId?: number
  body?: string
  time: string
}

export interface EmulatorOptions {
  /** ARM list page size (default 2). */
  pageSize?: number
  /** Delay added to every ARM response, in ms. */
  latencyMs?: number
  /** Delay added to every GitHub OIDC, Entra ID and GitHub REST answer, in ms (the bench: their round trips as real as ARM's). */
  serviceLatencyMs?: number
  /** A seeded random delay per ARM response on top of `latencyMs`, so responses arrive in another order. */
  jitter?: JitterOptions
  /** Most rows per Azure Resource Graph page (default 1000, Resource Graph's own maximum). */
  resourceGraphPageSize?: number
  /**
   * An ARM-like read budget: per subscription a token bucket of `capacity` reads for the
   * principal, refilled at `refillPerSecond`, and a global one 15 times larger (as ARM's,
   * see Microsoft Learn "Understand how Azure Resource Manager throttles requests"); a read
   * beyond either is answered 429 with `Retry-After`. Every ARM answer announces what is
   * left in `x-ms-ratelimit-remaining-subscription-reads` and
   * `x-ms-ratelimit-remaining-subscription-global-reads`, unless `announce` is false (a
   * service that sends no such header). Without a budget, no such header is sent.
   */
  armReadBudget?: { capacity: number; refillPerSecond: number; announce?: boolean }
  /** Directory of the test certificates (default `<repo>/.emulator/certs`). */
  certDir?: string
}

export interface EmulatorUrls {
  /** ACTIONS_ID_TOKEN_REQUEST_URL: already contains `?api-version=2.0`, so `&audience=` can be appended. */
  oidcRequestUrl: string
  /** Entra authority host (`https://127.0.0.1:port`). */
  authorityHost: string
  /** ARM endpoint (`https://127.0.0.1:port`). */
  armEndpoint: string
  /** GITHUB_API_URL (`https://127.0.0.1:port`). */
  githubApiUrl: string
}

export interface Emulator {
  scenario: Scenario
  urls: EmulatorUrls
  /** PEM file of the test CA that signed the HTTPS servers' certificate. */
  caFile: string
  /** ACTIONS_ID_TOKEN_REQUEST_TOKEN. */
  oidcRequestToken: string
  /** The workflow GITHUB_TOKEN (or the personal token of `scenario.github.personalToken`). */
  githubToken: string
  /** Every request answered, all services, in arrival order. */
  requests: RecordedRequest[]
  /** Current comments on every issue/PR, in creation order (live). */
  comments: GitHubComment[]
  /** Comment writes (POST/PATCH/DELETE), including refused ones. */
  githubWrites: GitHubWrite[]
  /** Access tokens Entra issued (the only ones ARM accepts). */
  issuedTokens: string[]
  /** GitHub OIDC tokens issued. */
  idTokens: string[]
  /** Every secret value the emulator handed out so far (request token, GitHub token, JWTs). */
  secrets(): string[]
  /** ARM accounting: most requests in flight at once, and how many were answered 429 by the read budget. */
  /**
   * `connections`: TLS connections the ARM server accepted (shows whether clients share a pool).
   * `earlyRetries`: requests repeated before the `Retry-After` of their own 429 had passed.
   */
  armStats(): {
    peakConcurrent: number
    throttled: number
    connections: number
    earlyRetries: number
  }
  /** Mint a GitHub OIDC token directly (tests), optionally overriding claims. */
  mintIdToken(claims?: Record<string, unknown>): string
  close(): Promise<void>
}

const ARM_AUDIENCES = [
  'https://management.azure.com',
  'https://management.azure.com/',
  'https://management.core.windows.net',
  'https://management.core.windows.net/'
]

const GITHUB_ACTIONS_BOT: GitHubUser = {
  login: 'github-actions[bot]',
  id: 41898282,
  node_id: 'MDM6Qm90NDE4OTgyODI=',
  avatar_url: 'https://avatars.githubusercontent.com/in/15368?v=4',
  html_url: 'https://github.com/apps/github-actions',
  type: 'Bot',
  site_admin: false
}

const HUMAN_LOGINS = ['mona', 'hubot', 'octocat', 'lena-ops', 'devon-ml', 'priya-sre']

function human(login: string, id?: number): GitHubUser {
  const uid =
    id ?? 5_000_000 + [...login].reduce((n, c) => (n * 31 + c.charCodeAt(0)) % 1_000_000, 7)
  return {
    login,
    id: uid,
    node_id: `MDQ6VXNlcj${Buffer.from(String(uid)).toString('base64').replace(/=+$/, '')}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${uid}?v=4`,
    html_url: `https://github.com/${login}`,
    type: 'User',
    site_admin: false
  }
}

// ---------------------------------------------------------------- helpers

function delay(ms: number): Promise<void> {
  return new Promise(resolve => setTimeout(resolve, ms))
}

function readBody(req: http.IncomingMessage, limit = 1_000_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        reject(new Error('request body too large'))
        req.destroy()
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

function safeHeaders(req: http.IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [name, value] of Object.entries(req.headers)) {
    if (name === 'authorization' || name === 'cookie' || value === undefined) continue
    out[name] = Array.isArray(value) ? value.join(', ') : value
  }
  return out
}

function sendJson(
  res: http.ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string | number> = {}
): void {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    ...headers
  })
  res.end(text)
}

function listen(server: http.Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject)
      resolve((server.address() as AddressInfo).port)
    })
  })
}

function closeServer(server: http.Server): Promise<void> {
  return new Promise(resolve => {
    server.close(() => resolve())
    server.closeAllConnections()
  })
}

/** Entra's timestamp format: `2026-05-18 16:40:03Z`. */
function entraTimestamp(date = new Date()): string {
  return date
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d+Z$/, 'Z')
}

function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d+Z$/, 'Z')
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Lower-cased path without a trailing slash. */
function normPath(path: string): string {
  const p = decodeURIComponent(path).replace(/\/+$/, '')
  return (p || '/').toLowerCase()
}

// ---------------------------------------------------------------- Entra errors

interface EntraErrorSpec {
  status: number
  error: string
  text: string
}

function entraError(code: EntraErrorCode, vars: Record<string, string>): EntraErrorSpec {
  const v = (name: string): string => vars[name] ?? ''
  switch (code) {
    case 90002:
      return {
        status: 400,
        error: 'invalid_request',
        text: `Tenant '${v('tenant')}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud. Check with your subscription administrator, this may happen if there are no active subscriptions for the tenant.`
      }
    case 700016:
      return {
        status: 400,
        error: 'unauthorized_client',
        text: `Application with identifier '${v('clientId')}' was not found in the directory '${v('tenant')}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`
      }
    case 70021:
      return {
        status: 401,
        error: 'invalid_client',
        text: `No matching federated identity record found for presented assertion. Assertion Issuer: '${v('issuer')}'. Assertion Subject: '${v('subject')}'. Assertion Audience: '${v('audience')}'. https://learn.microsoft.com/entra/workload-id/workload-identity-federation`
      }
    case 700211:
      return {
        status: 401,
        error: 'invalid_client',
        text: `No matching federated identity record found for presented assertion issuer '${v('issuer')}'. Check your federated identity credential Subject, Audience and Issuer against the presented assertion. https://learn.microsoft.com/entra/workload-id/workload-identity-federation`
      }
    case 700212:
      return {
        status: 401,
        error: 'invalid_client',
        text: `No matching federated identity record found for presented assertion audience '${v('audience')}'. Check your federated identity credential Subject, Audience and Issuer against the presented assertion. https://learn.microsoft.com/entra/workload-id/workload-identity-federation`
      }
    case 700213:
      // Entra's text names the subject only (not the issuer or audience).
      return {
        status: 401,
        error: 'invalid_client',
        text: `No matching federated identity record found for presented assertion subject '${v('subject')}'. Check your federated identity credential Subject, Audience and Issuer against the presented assertion. https://learn.microsoft.com/entra/workload-id/workload-identity-federation`
      }
    case 7002138:
      return {
        status: 401,
        error: 'invalid_client',
        text: `No matching federated identity record found for presented assertion subject '${v('subject')}'. The subject matches with case-insensitive comparison, but not with case-sensitive comparison. Check your federated identity credential Subject, Audience and Issuer against the presented assertion. See documentation at: https://learn.microsoft.com/entra/workload-id/workload-identity-federation. See breaking change notification and remediation at: https://learn.microsoft.com/entra/identity-platform/reference-breaking-changes#august-2024.`
      }
    case 700024:
      return {
        status: 401,
        error: 'invalid_client',
        text: `Client assertion is not within its valid time range. Current time: ${v('now')}, assertion valid from ${v('nbf')}, expiry time of assertion ${v('exp')}. Review the documentation at https://learn.microsoft.com/entra/identity-platform/certificate-credentials .`
      }
    case 700027:
      return {
        status: 401,
        error: 'invalid_client',
        text: 'Client assertion failed signature validation. Review the documentation at https://learn.microsoft.com/entra/identity-platform/certificate-credentials .'
      }
    case 50027:
      return {
        status: 400,
        error: 'invalid_request',
        text: 'JWT token is invalid or malformed.'
      }
    case 7000218:
      return {
        status: 401,
        error: 'invalid_client',
        text: "The request body must contain the following parameter: 'client_assertion' or 'client_secret'."
      }
    case 900144:
      return {
        status: 400,
        error: 'invalid_request',
        text: `The request body must contain the following parameter: '${v('parameter')}'.`
      }
    case 1002012:
      return {
        status: 400,
        error: 'invalid_scope',
        text: `The provided value for scope ${v('scope')} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).`
      }
    case 50053:
      return {
        status: 400,
        error: 'invalid_grant',
        text: 'You have tried to sign in too many times with an incorrect user ID or password.'
      }
    case 90033:
      return {
        status: 503,
        error: 'temporarily_unavailable',
        text: 'A transient error has occurred. Please try again.'
      }
  }
}

// ---------------------------------------------------------------- ARM helpers

interface ArmError {
  status: number
  code: string
  message: string
  headers?: Record<string, string | number>
}

/** `Microsoft.Network/virtualNetworks/subnets` style type and `vnet/subnet` name of a resource path. */
function armTypeAndName(path: string): { type: string; name: string } | undefined {
  const match = /\/providers\/([^/]+)\/(.+)$/i.exec(path)
  if (!match) return undefined
  const namespace = match[1] as string
  const rest = (match[2] as string).split('/')
  const types: string[] = []
  const names: string[] = []
  for (let i = 0; i < rest.length; i += 2) {
    types.push(rest[i] as string)
    if (rest[i + 1] !== undefined) names.push(rest[i + 1] as string)
  }
  return { type: [namespace, ...types].join('/'), name: names.join('/') }
}

function armAction(path: string): string {
  // POST actions (what-if): ARM names the action, not a read.
  if (/\/providers\/Microsoft\.Resources\/deployments\/[^/]+\/whatIf$/i.test(path))
    return 'Microsoft.Resources/deployments/whatIf/action'
  // Extension resources (`<scope>/providers/Microsoft.Authorization/permissions`) are typed by the last provider.
  const extension = /^.+(\/providers\/.+)$/i.exec(path)?.[1]
  const tn = armTypeAndName(
    extension && /\/providers\/.*\/providers\//i.test(path) ? extension : path
  )
  if (tn) return `${tn.type}/read`
  if (/\/resourcegroups\/[^/]+$/i.test(path))
    return 'Microsoft.Resources/subscriptions/resourceGroups/read'
  return 'Microsoft.Resources/subscriptions/read'
}

// ---------------------------------------------------------------- the emulator

/** Starts the four emulated services for `scenario` on 127.0.0.1 (random ports). */
export async function startEmulator(
  scenario: Scenario,
  options: EmulatorOptions = {}
): Promise<Emulator> {
  const pageSize = Math.max(1, options.pageSize ?? 2)
  const latencyMs = options.latencyMs ?? 0
  const nextJitter = options.jitter ? jitterDelays(options.jitter) : () => 0
  const budget = options.armReadBudget
  /** Per subscription (lower-cased; `tenant` for tenant-level reads): the principal's and the global bucket. */
  const buckets = new Map<string, { principal: number; global: number; refilledAt: number }>()
  let inFlight = 0
  let peakConcurrent = 0
  let throttled = 0
  /** Per method and URL: when its last 429 allows it again (ms since the epoch). */
  const retryNotBefore = new Map<string, number>()
  let earlyRetries = 0
  /** ARM's global read bucket of a subscription is 15 times a principal's. */
  const GLOBAL_FACTOR = 15
  /** The buckets of `url`'s subscription, refilled up to now. */
  function bucketFor(url: string): { principal: number; global: number; refilledAt: number } {
    const key = /^\/subscriptions\/([^/?]+)/i.exec(url)?.[1]?.toLowerCase() ?? 'tenant'
    const now = Date.now()
    let bucket = buckets.get(key)
    if (!bucket) {
      bucket = {
        principal: budget?.capacity ?? 0,
        global: (budget?.capacity ?? 0) * GLOBAL_FACTOR,
        refilledAt: now
      }
      buckets.set(key, bucket)
    }
    if (budget) {
      const seconds = (now - bucket.refilledAt) / 1000
      bucket.principal = Math.min(
        budget.capacity,
        bucket.principal + seconds * budget.refillPerSecond
      )
      bucket.global = Math.min(
        budget.capacity * GLOBAL_FACTOR,
        bucket.global + seconds * budget.refillPerSecond * GLOBAL_FACTOR
      )
    }
    bucket.refilledAt = now
    return bucket
  }
  /** Takes one read from `url`'s buckets; without one, the seconds until one is available. */
  function takeRead(url: string): number | undefined {
    if (!budget) return undefined
    const bucket = bucketFor(url)
    if (bucket.principal >= 1 && bucket.global >= 1) {
      bucket.principal -= 1
      bucket.global -= 1
      return undefined
    }
    return Math.max(1, Math.ceil((1 - bucket.principal) / budget.refillPerSecond))
  }
  /** The budget headers of an answer for `url`: what is left now, whole reads. */
  function budgetHeaders(url: string): Record<string, string> {
    if (!budget || budget.announce === false) return {}
    const bucket = bucketFor(url)
    return {
      'x-ms-ratelimit-remaining-subscription-reads': String(Math.floor(bucket.principal)),
      'x-ms-ratelimit-remaining-subscription-global-reads': String(Math.floor(bucket.global))
    }
  }
  const certs = ensureTestCertificates(options.certDir)
  const tls = { key: fs.readFileSync(certs.keyFile), cert: fs.readFileSync(certs.certFile) }

  const repository = scenario.github.repository ?? DEFAULT_REPOSITORY
  const repoOwner = repository.split('/')[0] ?? 'octo-org'
  const subject = scenario.github.subject ?? DEFAULT_SUBJECT
  const federatedIssuer = scenario.entra.federatedIssuer ?? GITHUB_OIDC_ISSUER
  const federatedAudience = scenario.entra.federatedAudience ?? AZURE_TOKEN_EXCHANGE_AUDIENCE

  const oidcKeys = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const entraKeys = generateKeyPairSync('rsa', { modulusLength: 2048 })

  const oidcRequestToken = randomBytes(32).toString('base64url')
  const githubToken = scenario.github.personalToken
    ? `github_pat_11A${randomBytes(30).toString('base64url').replace(/[-_]/g, 'x')}`
    : `ghs_${randomBytes(27).toString('base64url').replace(/[-_]/g, 'Q').slice(0, 36)}`

  const requests: RecordedRequest[] = []
  const comments: GitHubComment[] = []
  const githubWrites: GitHubWrite[] = []
  const issuedTokens: string[] = []
  const idTokens: string[] = []
  const faultHits = new Map<ArmFault, number>()
  const injector = new FaultInjector(scenario.injectedFaults)
  const issued = new Set<string>()

  // ARM index: lower-cased id -> body; resource groups and subscriptions derived from ids.
  const resources = new Map<string, Record<string, unknown>>()
  /** What-if results by operation id (the Location of the 202). */
  const whatIfResults = new Map<string, Record<string, unknown>>()
  const resourceGroups = new Map<string, { subscription: string; name: string }>()
  const subscriptions = new Set<string>([scenario.subscriptionId.toLowerCase()])
  for (const r of scenario.resources) {
    const id = r.id.replace(/\/+$/, '')
    resources.set(id.toLowerCase(), r.body)
    const m = /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)/i.exec(id)
    if (m) {
      subscriptions.add((m[1] as string).toLowerCase())
      resourceGroups.set(`/subscriptions/${m[1]}/resourcegroups/${m[2]}`.toLowerCase(), {
        subscription: m[1] as string,
        name: m[2] as string
      })
    }
  }

  const user: GitHubUser = scenario.github.personalToken
    ? human(scenario.github.personalToken.login, scenario.github.personalToken.id)
    : GITHUB_ACTIONS_BOT

  // Ports are known only after listen(); URLs are filled in below.
  const urls: EmulatorUrls = {
    oidcRequestUrl: '',
    authorityHost: '',
    armEndpoint: '',
    githubApiUrl: ''
  }
  let nextCommentId = 2_460_000_000 + Math.floor(Math.random() * 1000) * 1000

  /** When each request arrived, before any injected latency. */
  const arrivals = new WeakMap<http.IncomingMessage, Date>()
  function record(
    service: ServiceName,
    req: http.IncomingMessage,
    status: number,
    time: Date,
    form?: Record<string, string>
  ): void {
    const url = req.url ?? '/'
    requests.push({
      service,
      method: req.method ?? 'GET',
      url,
      path: url.split('?')[0] ?? url,
      status,
      time: (arrivals.get(req) ?? time).toISOString(),
      headers: safeHeaders(req),
      ...(form ? { form } : {})
    })
  }

  function mintIdToken(claims: Record<string, unknown> = {}): string {
    const now = Math.floor(Date.now() / 1000)
    const runId = '9876543210'
    const payload = {
      jti: randomUUID(),
      sub: subject,
      aud: `https://github.com/${repoOwner}`,
      ref: 'refs/pull/42/merge',
      sha: '3f786850e387550fdab836ed7e6dc881de23001b',
      repository,
      repository_owner: repoOwner,
      repository_owner_id: '1342004',
      repository_id: '702553180',
      repository_visibility: 'private',
      run_id: runId,
      run_number: '118',
      run_attempt: '1',
      actor: 'mona',
      actor_id: '5000001',
      workflow: 'AML guard',
      head_ref: 'feature/private-endpoints',
      base_ref: 'main',
      event_name: 'pull_request',
      ref_type: 'branch',
      ref_protected: 'false',
      workflow_ref: `${repository}/.github/workflows/aml-guard.yml@refs/pull/42/merge`,
      workflow_sha: '3f786850e387550fdab836ed7e6dc881de23001b',
      job_workflow_ref: `${repository}/.github/workflows/aml-guard.yml@refs/pull/42/merge`,
      job_workflow_sha: '3f786850e387550fdab836ed7e6dc881de23001b',
      runner_environment: 'github-hosted',
      iss: GITHUB_OIDC_ISSUER,
      nbf: now - 5,
      exp: now + 300,
      iat: now,
      ...claims
    }
    const kid = keyId(oidcKeys.publicKey)
    const token = signJwt(payload, oidcKeys.privateKey, { x5t: kid, kid })
    idTokens.push(token)
    return token
  }

  // ------------------------------------------------------------ GitHub OIDC (HTTP)

  async function handleOidc(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const reply = (status: number, body: unknown): void => {
      record('oidc', req, status, new Date())
      sendJson(res, status, body)
    }
    if (req.method === 'GET' && url.pathname === '/.well-known/openid-configuration') {
      const base = urls.oidcRequestUrl.replace(/\/oidc\/token\?.*$/, '')
      return reply(200, {
        issuer: GITHUB_OIDC_ISSUER,
        jwks_uri: `${base}/.well-known/jwks`,
        subject_types_supported: ['public', 'pairwise'],
        response_types_supported: ['id_token'],
        claims_supported: ['sub', 'aud', 'exp', 'iat', 'iss', 'jti', 'nbf', 'ref', 'repository'],
        id_token_signing_alg_values_supported: ['RS256'],
        scopes_supported: ['openid']
      })
    }
    if (req.method === 'GET' && url.pathname === '/.well-known/jwks') {
      return reply(200, { keys: [publicJwk(oidcKeys.publicKey)] })
    }
    if (url.pathname !== '/oidc/token') return reply(404, { message: 'Not Found' })
    if (req.method !== 'GET') return reply(405, { message: 'Method Not Allowed' })
    if (req.headers.authorization !== `Bearer ${oidcRequestToken}`) {
      return reply(401, { message: 'Bad credentials' })
    }
    // ---- injected OIDC faults (issue 16: a token service that never answers)
    const injected = await injector.apply('oidc', url.pathname, req, res, {
      error: (status, _code, message) => reply(status, { message }),
      record: status => record('oidc', req, status, new Date())
    })
    if (injected) return
    if (scenario.github.oidcFailStatus) {
      return reply(scenario.github.oidcFailStatus, {
        message: 'Unable to issue an OIDC token for this request'
      })
    }
    const audience = url.searchParams.get('audience')
    const token = mintIdToken(audience ? { aud: audience } : {})
    reply(200, { count: 1, value: token })
  }

  // ------------------------------------------------------------ Entra ID (HTTPS)

  function entraBody(
    code: EntraErrorCode,
    vars: Record<string, string>
  ): {
    status: number
    body: Record<string, unknown>
  } {
    const spec = entraError(code, vars)
    const traceId = randomUUID()
    const correlationId = vars.correlationId || randomUUID()
    const timestamp = entraTimestamp()
    return {
      status: spec.status,
      body: {
        error: spec.error,
        error_description: `AADSTS${code}: ${spec.text} Trace ID: ${traceId} Correlation ID: ${correlationId} Timestamp: ${timestamp}`,
        error_codes: [code],
        timestamp,
        trace_id: traceId,
        correlation_id: correlationId,
        error_uri: `${urls.authorityHost}/error?code=${code}`
      }
    }
  }

  function openIdConfiguration(tenant: string): Record<string, unknown> {
    const base = `${urls.authorityHost}/${tenant}`
    return {
      token_endpoint: `${base}/oauth2/v2.0/token`,
      token_endpoint_auth_methods_supported: [
        'client_secret_post',
        'private_key_jwt',
        'client_secret_basic'
      ],
      jwks_uri: `${base}/discovery/v2.0/keys`,
      response_modes_supported: ['query', 'fragment', 'form_post'],
      subject_types_supported: ['pairwise'],
      id_token_signing_alg_values_supported: ['RS256'],
      response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
      scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
      issuer: `${base}/v2.0`,
      request_uri_parameter_supported: false,
      userinfo_endpoint: `${urls.authorityHost}/oidc/userinfo`,
      authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
      device_authorization_endpoint: `${base}/oauth2/v2.0/devicecode`,
      http_logout_supported: true,
      frontchannel_logout_supported: true,
      end_session_endpoint: `${base}/oauth2/v2.0/logout`,
      claims_supported: [
        'sub',
        'iss',
        'aud',
        'exp',
        'iat',
        'auth_time',
        'nonce',
        'tid',
        'ver',
        'oid'
      ],
      kerberos_endpoint: `${base}/kerberos`,
      tenant_region_scope: 'NA',
      cloud_instance_name: 'emulator.local',
      cloud_graph_host_name: 'graph.emulator.local',
      msgraph_host: 'graph.emulator.local',
      rbac_url: urls.armEndpoint
    }
  }

  function knownTenant(tenant: string): boolean {
    return tenant.toLowerCase() === scenario.tenantId.toLowerCase()
  }

  async function handleEntra(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const started = new Date()
    const url = new URL(req.url ?? '/', urls.authorityHost)
    const correlationId = String(req.headers['client-request-id'] ?? '') || randomUUID()
    const form: Record<string, string> = {}
    const reply = (status: number, body: unknown): void => {
      record('entra', req, status, started, Object.keys(form).length ? form : undefined)
      sendJson(res, status, body, {
        'Cache-Control': 'no-store, no-cache',
        Pragma: 'no-cache',
        'x-ms-request-id': randomUUID(),
        'client-request-id': correlationId
      })
    }
    const fail = (code: EntraErrorCode, vars: Record<string, string> = {}): void => {
      const e = entraBody(code, { correlationId, ...vars })
      reply(e.status, e.body)
    }
    const segments = url.pathname.split('/').filter(Boolean)
    const tenant = decodeURIComponent(segments[0] ?? '')
    const rest = segments.slice(1).join('/')

    if (req.method === 'GET' && rest === 'v2.0/.well-known/openid-configuration') {
      if (!knownTenant(tenant)) {
        // Entra answers unknown tenants here with invalid_tenant.
        const e = entraBody(90002, { tenant, correlationId })
        return reply(400, { ...e.body, error: 'invalid_tenant' })
      }
      return reply(200, openIdConfiguration(tenant))
    }
    if (req.method === 'GET' && rest === 'discovery/v2.0/keys') {
      if (!knownTenant(tenant)) return fail(90002, { tenant })
      return reply(200, { keys: [publicJwk(entraKeys.publicKey)] })
    }
    if (rest !== 'oauth2/v2.0/token') {
      return reply(404, { error: 'not_found', error_description: `No route for ${url.pathname}` })
    }
    if (req.method !== 'POST') {
      return fail(900144, { parameter: 'grant_type' })
    }
    const params = new URLSearchParams(await readBody(req))
    for (const [k, v] of params) {
      if (k !== 'client_assertion' && k !== 'client_secret') form[k] = v
    }

    if (!knownTenant(tenant)) return fail(90002, { tenant })
    const injected = await injector.apply('entra', url.pathname, req, res, {
      error: (status, code, message) => reply(status, { error: code, error_description: message }),
      record: status => record('entra', req, status, started, form)
    })
    if (injected) return
    if (scenario.entra.failWith !== undefined) {
      return fail(scenario.entra.failWith, {
        tenant,
        clientId: params.get('client_id') ?? '',
        subject,
        issuer: GITHUB_OIDC_ISSUER,
        audience: AZURE_TOKEN_EXCHANGE_AUDIENCE,
        scope: params.get('scope') ?? '',
        parameter: 'client_assertion',
        now: new Date().toISOString(),
        nbf: new Date().toISOString(),
        exp: new Date().toISOString()
      })
    }
    const grantType = params.get('grant_type')
    if (!grantType) return fail(900144, { parameter: 'grant_type' })
    if (grantType !== 'client_credentials') {
      return reply(400, {
        ...entraBody(900144, { parameter: 'grant_type', correlationId }).body,
        error: 'unsupported_grant_type'
      })
    }
    const clientId = params.get('client_id')
    if (!clientId) return fail(900144, { parameter: 'client_id' })
    const scope = params.get('scope')
    if (!scope) return fail(900144, { parameter: 'scope' })
    if (clientId.toLowerCase() !== scenario.clientId.toLowerCase()) {
      return fail(700016, { clientId, tenant })
    }
    const assertion = params.get('client_assertion')
    if (!assertion) return fail(7000218)
    if (
      params.get('client_assertion_type') !==
      'urn:ietf:params:oauth:client-assertion-type:jwt-bearer'
    ) {
      return fail(900144, { parameter: 'client_assertion_type' })
    }
    const decoded = decodeJwt(assertion)
    if (!decoded) return fail(50027)
    const claims = decoded.payload
    const iss = String(claims.iss ?? '')
    if (iss !== federatedIssuer) return fail(700211, { issuer: iss })
    if (!verifyJwtSignature(decoded, oidcKeys.publicKey)) return fail(700027)
    const nowS = Math.floor(Date.now() / 1000)
    const exp = Number(claims.exp)
    const nbf = Number(claims.nbf ?? claims.iat ?? 0)
    if (!Number.isFinite(exp) || exp < nowS || nbf > nowS + 300) {
      return fail(700024, {
        now: new Date().toISOString(),
        nbf: new Date(nbf * 1000).toISOString(),
        exp: Number.isFinite(exp) ? new Date(exp * 1000).toISOString() : 'unknown'
      })
    }
    const auds = Array.isArray(claims.aud) ? claims.aud.map(String) : [String(claims.aud ?? '')]
    if (!auds.includes(federatedAudience)) return fail(700212, { audience: auds.join(',') })
    const sub = String(claims.sub ?? '')
    if (sub !== scenario.entra.federatedSubject) {
      const code =
        sub.toLowerCase() === scenario.entra.federatedSubject.toLowerCase() ? 7002138 : 700213
      return fail(code, { subject: sub, issuer: iss })
    }
    const scopes = scope
      .split(/\s+/)
      .filter(s => !['openid', 'profile', 'offline_access'].includes(s))
    const resourceScope = scopes.find(s => s.endsWith('/.default'))
    if (!resourceScope || scopes.length !== 1) return fail(1002012, { scope })
    const resource = resourceScope.slice(0, -'/.default'.length)

    const now = Math.floor(Date.now() / 1000)
    const kid = keyId(entraKeys.publicKey)
    const accessToken = signJwt(
      {
        aud: resource,
        iss: `https://sts.windows.net/${scenario.tenantId}/`,
        iat: now - 5,
        nbf: now - 5,
        exp: now + 3599,
        aio: randomBytes(48).toString('base64url'),
        appid: scenario.clientId,
        appidacr: '2',
        idp: `https://sts.windows.net/${scenario.tenantId}/`,
        idtyp: 'app',
        oid: scenario.principalId,
        rh: `1.${randomBytes(40).toString('base64url')}.`,
        sub: scenario.principalId,
        tid: scenario.tenantId,
        uti: randomBytes(16).toString('base64url'),
        ver: '1.0',
        xms_ftd: randomBytes(32).toString('base64url'),
        xms_idrel: '7 16',
        xms_tcdt: 1600000000
      },
      entraKeys.privateKey,
      { x5t: kid, kid }
    )
    issued.add(accessToken)
    issuedTokens.push(accessToken)
    reply(200, {
      token_type: 'Bearer',
      expires_in: 3599,
      ext_expires_in: 3599,
      access_token: accessToken
    })
  }

  // ------------------------------------------------------------ ARM (HTTPS)

  function armNotFound(path: string): ArmError {
    const lower = normPath(path)
    const sub = /^\/subscriptions\/([^/]+)/.exec(lower)
    if (sub && !subscriptions.has(sub[1] as string)) {
      const original = /^\/subscriptions\/([^/]+)/i.exec(path)?.[1] ?? ''
      return {
        status: 404,
        code: 'SubscriptionNotFound',
        message: `The subscription '${original}' could not be found.`
      }
    }
    const rg = /^(\/subscriptions\/[^/]+\/resourcegroups\/[^/]+)/.exec(lower)
    const rgName = /\/resourceGroups\/([^/]+)/i.exec(path)?.[1] ?? ''
    if (rg && !resourceGroups.has(rg[1] as string)) {
      return {
        status: 404,
        code: 'ResourceGroupNotFound',
        message: `Resource group '${rgName}' could not be found.`
      }
    }
    const tn = armTypeAndName(path.replace(/\/+$/, ''))
    const top = /^(.*?\/providers\/[^/]+\/[^/]+\/[^/]+)(\/.+)?$/i.exec(path.replace(/\/+$/, ''))
    if (tn && top && top[2] && resources.has(normPath(top[1] as string))) {
      // Nested resource under an existing parent: the resource provider answers.
      if (/\/providers\/Microsoft\.Network\//i.test(path)) {
        return { status: 404, code: 'NotFound', message: `Resource ${path} not found.` }
      }
      return {
        status: 404,
        code: 'ResourceNotFound',
        message: `The Resource '${tn.type}/${tn.name}' under resource group '${rgName}' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix`
      }
    }
    if (tn && top) {
      const topTn = armTypeAndName(top[1] as string) ?? tn
      return {
        status: 404,
        code: 'ResourceNotFound',
        message: `The Resource '${topTn.type}/${topTn.name}' under resource group '${rgName}' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix`
      }
    }
    return {
      status: 404,
      code: 'NotFound',
      message: `The requested resource '${path}' was not found.`
    }
  }

  /** The body for a GET on an id (resources, resource groups, subscriptions). */
  function armGet(lower: string): Record<string, unknown> | undefined {
    const body = resources.get(lower)
    if (body) return body
    const rg = resourceGroups.get(lower)
    if (rg) {
      return {
        id: `/subscriptions/${rg.subscription}/resourceGroups/${rg.name}`,
        name: rg.name,
        type: 'Microsoft.Resources/resourceGroups',
        location: 'eastus2',
        tags: {},
        properties: { provisioningState: 'Succeeded' }
      }
    }
    const sub = /^\/subscriptions\/([^/]+)$/.exec(lower)
    if (sub && subscriptions.has(sub[1] as string)) {
      return {
        id: `/subscriptions/${sub[1]}`,
        authorizationSource: 'RoleBased',
        managedByTenants: [],
        subscriptionId: sub[1],
        tenantId: scenario.tenantId,
        displayName: 'ML Production',
        state: 'Enabled',
        subscriptionPolicies: {
          locationPlacementId: 'Public_2014-09-01',
          quotaId: 'EnterpriseAgreement_2014-09-01',
          spendingLimit: 'Off'
        }
      }
    }
    return undefined
  }

  /** Children of a collection path, or undefined when its parent does not exist. */
  function armList(lower: string): Array<Record<string, unknown>> | undefined {
    const segments = lower.split('/')
    const last = segments.pop()
    if (!last) return undefined
    let parent = segments.join('/')
    // `<scope>/providers/<Namespace>/<type>`: the parent is the scope.
    if (segments[segments.length - 2] === 'providers') parent = segments.slice(0, -2).join('/')
    if (!armGet(parent)) return undefined
    const prefix = `${lower}/`
    const children: Array<Record<string, unknown>> = []
    for (const [id, body] of resources) {
      if (id.startsWith(prefix) && !id.slice(prefix.length).includes('/')) children.push(body)
    }
    // `/subscriptions/{s}/providers/{ns}/{type}` (listAll) holds that type from every resource group.
    const bySubscription = /^(\/subscriptions\/[^/]+)(\/providers\/[^/]+\/[^/]+)$/.exec(lower)
    if (bySubscription) {
      const [, sub, typePath] = bySubscription as unknown as [string, string, string]
      const pattern = new RegExp(
        `^${escapeRegExp(sub)}/resourcegroups/[^/]+${escapeRegExp(typePath)}/[^/]+$`
      )
      for (const [id, body] of resources) if (pattern.test(id)) children.push(body)
    }
    if (children.length === 0 && segments[segments.length - 2] !== 'providers') {
      // `<resource>/<x>` where x is a child *name* would be a GET, not a list: only allow
      // names that look like collections (plural or camelCase types) to list as empty.
      if (!/[a-z]s$/i.test(last)) return undefined
    }
    return children
  }

  function armError(
    res: http.ServerResponse,
    req: http.IncomingMessage,
    started: Date,
    error: ArmError
  ): void {
    record('arm', req, error.status, started)
    sendJson(
      res,
      error.status,
      { error: { code: error.code, message: error.message } },
      {
        'x-ms-request-id': randomUUID(),
        'x-ms-correlation-request-id': String(
          req.headers['x-ms-client-request-id'] ?? randomUUID()
        ),
        'x-ms-routing-request-id': `EASTUS2:${isoSeconds(new Date()).replace(/[-:]/g, '')}:${randomUUID()}`,
        'x-ms-failure-cause': 'gateway',
        'Cache-Control': 'no-cache',
        ...budgetHeaders(req.url ?? '/'),
        ...(error.headers ?? {})
      }
    )
  }

  /** Counts requests in flight from arrival until their response is written. */
  async function handleArm(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    inFlight++
    peakConcurrent = Math.max(peakConcurrent, inFlight)
    try {
      await answerArm(req, res)
    } finally {
      inFlight--
    }
  }

  async function answerArm(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const started = new Date()
    const requestKey = `${req.method} ${req.url}`
    if (started.getTime() < (retryNotBefore.get(requestKey) ?? 0)) earlyRetries++
    const wait = latencyMs + nextJitter()
    if (wait > 0) await delay(wait)
    const url = new URL(req.url ?? '/', urls.armEndpoint)
    const path = decodeURIComponent(url.pathname).replace(/\/+$/, '') || '/'
    const lower = normPath(url.pathname)

    const auth = req.headers.authorization
    if (!auth) {
      return armError(res, req, started, {
        status: 401,
        code: 'AuthenticationFailed',
        message: "Authentication failed. The 'Authorization' header is missing.",
        headers: {
          'WWW-Authenticate': `Bearer authorization_uri="${urls.authorityHost}/${scenario.tenantId}", error="invalid_token", error_description="The authentication failed because of missing 'Authorization' header."`
        }
      })
    }
    const token = /^Bearer\s+(.+)$/i.exec(auth)?.[1]?.trim()
    if (!token || !issued.has(token)) {
      return armError(res, req, started, {
        status: 401,
        code: token ? 'InvalidAuthenticationToken' : 'AuthenticationFailed',
        message: token
          ? 'The access token is invalid.'
          : "Authentication failed. The 'Authorization' header is provided in an invalid format.",
        headers: {
          'WWW-Authenticate': `Bearer authorization_uri="${urls.authorityHost}/${scenario.tenantId}", error="invalid_token", error_description="The access token is invalid."`
        }
      })
    }
    const claims = decodeJwt(token)?.payload ?? {}
    if (!ARM_AUDIENCES.includes(String(claims.aud))) {
      return armError(res, req, started, {
        status: 401,
        code: 'InvalidAuthenticationTokenAudience',
        message: `The access token has been obtained for wrong audience or resource '${String(claims.aud)}'. It should exactly match with one of the allowed audiences 'https://management.core.windows.net/','https://management.core.windows.net','https://management.azure.com/','https://management.azure.com'.`
      })
    }
    if (Number(claims.exp) < Date.now() / 1000) {
      return armError(res, req, started, {
        status: 401,
        code: 'ExpiredAuthenticationToken',
        message: 'The access token expiry UTC time is earlier than current UTC time.'
      })
    }
    if (!url.searchParams.get('api-version')) {
      return armError(res, req, started, {
        status: 400,
        code: 'MissingApiVersionParameter',
        message: 'The api-version query parameter (?api-version=) is required for all requests.'
      })
    }

    const injected = await injector.apply('arm', path, req, res, {
      error: (status, code, message, headers) =>
        armError(res, req, started, { status, code, message, headers }),
      record: status => record('arm', req, status, started)
    })
    if (injected) return

    // Resource Graph queries are POSTs whose body says what is asked (faults may match on it).
    const graphQuery = req.method === 'POST' && lower === RESOURCE_GRAPH_PATH
    const requestBody = graphQuery ? await readBody(req) : ''
    for (const fault of scenario.faults) {
      const prefix = normPath(fault.pathPrefix)
      const matches =
        (lower === prefix || lower.startsWith(`${prefix}/`) || prefix === '/') &&
        (!fault.method || fault.method.toUpperCase() === (req.method ?? 'GET').toUpperCase()) &&
        (!fault.bodyIncludes || requestBody.includes(fault.bodyIncludes))
      if (!matches) continue
      const hits = faultHits.get(fault) ?? 0
      if (fault.times !== undefined && hits >= fault.times) continue
      faultHits.set(fault, hits + 1)
      const code = fault.code ?? defaultFaultCode(fault.status)
      const message =
        fault.message ??
        (fault.status === 403
          ? `The client '${scenario.clientId}' with object id '${scenario.principalId}' does not have authorization to perform action '${armAction(path)}' over scope '${path}' or the scope is invalid. If access was recently granted, please refresh your credentials.`
          : fault.status === 404
            ? armNotFound(path).message
            : `Emulated fault ${fault.status} for '${path}'.`)
      return armError(res, req, started, {
        status: fault.status,
        code,
        message,
        headers:
          fault.retryAfterSeconds !== undefined ? { 'Retry-After': fault.retryAfterSeconds } : {}
      })
    }

    const retryAfter = req.method === 'GET' ? takeRead(req.url ?? '/') : undefined
    if (retryAfter !== undefined) {
      throttled++
      retryNotBefore.set(requestKey, Date.now() + retryAfter * 1000)
      return armError(res, req, started, {
        status: 429,
        code: 'SubscriptionRequestsThrottled',
        message: `Number of 'read' requests for subscription '${scenario.subscriptionId}' exceeded. Please try again after '${retryAfter}' seconds after the additional tokens are available.`,
        headers: { 'Retry-After': retryAfter }
      })
    }

    if (graphQuery) {
      let parsed: unknown
      try {
        parsed = JSON.parse(requestBody)
      } catch {
        parsed = undefined
      }
      const answer = answerResourceGraph(
        parsed,
        scenario.resources,
        scenario,
        options.resourceGraphPageSize
      )
      if (answer.status !== 200) {
        const { code, message } = (answer.body as { error: ArmError }).error
        return armError(res, req, started, { status: answer.status, code, message })
      }
      record('arm', req, 200, started)
      return sendJson(res, 200, answer.body, {
        'x-ms-request-id': randomUUID(),
        'x-ms-user-quota-remaining': '14',
        'x-ms-user-quota-resets-after': '00:00:05',
        'Cache-Control': 'no-cache'
      })
    }

    // ---- Deployments_WhatIf (issue 21, `arm-template`): 202 + Location, then the result on GET.
    const whatIfPost =
      /^(\/subscriptions\/[^/]+\/resourcegroups\/[^/]+)\/providers\/microsoft\.resources\/deployments\/[^/]+\/whatif$/.exec(
        lower
      )
    if (whatIfPost && req.method === 'POST') {
      const group = armGet(whatIfPost[1]!)
      if (!group) return armError(res, req, started, armNotFound(path))
      let body: unknown
      try {
        body = JSON.parse(await readBody(req, 5 * 1024 * 1024))
      } catch {
        body = undefined
      }
      const answer = whatIf(body, {
        subscriptionId: String(/^\/subscriptions\/([^/]+)/i.exec(path)?.[1] ?? ''),
        resourceGroup: String(/\/resourceGroups\/([^/]+)/i.exec(path)?.[1] ?? ''),
        location: String(group['location'] ?? 'eastus2'),
        get: id => resources.get(id)
      })
      if (answer.status !== 200) {
        return armError(res, req, started, {
          status: answer.status,
          code: answer.code,
          message: answer.message
        })
      }
      const operation = randomUUID()
      whatIfResults.set(operation, answer.body)
      record('arm', req, 202, started)
      res.writeHead(202, {
        Location: `${urls.armEndpoint}/subscriptions/${scenario.subscriptionId}/operationresults/${operation}?api-version=${url.searchParams.get('api-version')}`,
        'Retry-After': '1',
        'x-ms-request-id': randomUUID(),
        'Content-Length': '0'
      })
      return void res.end()
    }
    const whatIfResult = /^\/subscriptions\/[^/]+\/operationresults\/([^/]+)$/.exec(lower)
    if (whatIfResult && req.method === 'GET') {
      const result = whatIfResults.get(whatIfResult[1]!)
      if (!result) return armError(res, req, started, armNotFound(path))
      record('arm', req, 200, started)
      return sendJson(res, 200, result, { 'x-ms-request-id': randomUUID() })
    }
    // ---- end Deployments_WhatIf

    if (req.method !== 'GET') {
      return armError(res, req, started, {
        status: 405,
        code: 'MethodNotAllowed',
        message: `The emulator serves reads only; '${req.method}' is not supported.`
      })
    }

    const okHeaders = {
      'x-ms-request-id': randomUUID(),
      'x-ms-correlation-request-id': String(req.headers['x-ms-client-request-id'] ?? randomUUID()),
      ...budgetHeaders(req.url ?? '/'),
      'Cache-Control': 'no-cache'
    }
    /** One page of `items` from `$skipToken`, with a nextLink keeping the request's query (as ARM's do). */
    function sendPage(items: Array<Record<string, unknown>>): void {
      const skipToken = url.searchParams.get('$skipToken')
      let offset = 0
      if (skipToken) {
        offset = Number.parseInt(Buffer.from(skipToken, 'base64url').toString('utf8'), 10)
        if (!Number.isFinite(offset) || offset < 0) {
          return armError(res, req, started, {
            status: 400,
            code: 'InvalidSkipToken',
            message: `The skip token '${skipToken}' is not valid.`
          })
        }
      }
      const page = items.slice(offset, offset + pageSize)
      const result: Record<string, unknown> = { value: page }
      if (offset + pageSize < items.length) {
        const query = new URLSearchParams(url.searchParams)
        query.delete('$skipToken')
        // ARM writes `$skipToken` literally (not percent-encoded) in nextLink.
        const token = Buffer.from(String(offset + pageSize)).toString('base64url')
        result.nextLink = `${urls.armEndpoint}${url.pathname}?${query.toString()}&$skipToken=${token}`
      }
      record('arm', req, 200, started)
      sendJson(res, 200, result, okHeaders)
    }
    const fixed = (scenario.responses ?? []).find(
      r =>
        normPath(r.path) === lower &&
        Object.entries(r.query ?? {}).every(
          ([name, value]) => url.searchParams.get(name)?.toLowerCase() === value.toLowerCase()
        )
    )
    if (fixed) {
      const status = fixed.status ?? 200
      // A fixed list (permissions, role assignments) is paged like any other list ARM pages.
      const listed = (fixed.body as { value?: unknown; nextLink?: unknown } | null) ?? {}
      if (status === 200 && Array.isArray(listed.value) && listed.nextLink === undefined) {
        return sendPage(listed.value as Array<Record<string, unknown>>)
      }
      record('arm', req, status, started)
      return sendJson(res, status, fixed.body, okHeaders)
    }
    // ---- Service Tags discovery (issue 17): every location answers the same small list.
    const serviceTags =
      /^\/subscriptions\/([^/]+)\/providers\/microsoft\.network\/locations\/([^/]+)\/servicetags$/.exec(
        lower
      )
    if (serviceTags) {
      const whole = serviceTagsBody(serviceTags[1]!, serviceTags[2]!) as { values: unknown[] }
      // Paged (`values` + nextLink, ServiceTagsListResult) only when a test asks for a page size:
      // ARM answers the list in one page today, and the default of 2 would page every run.
      const size = options.pageSize === undefined ? whole.values.length : pageSize
      const offset = Number.parseInt(
        Buffer.from(url.searchParams.get('$skipToken') ?? '', 'base64url').toString('utf8') || '0',
        10
      )
      if (!Number.isFinite(offset) || offset < 0) {
        return armError(res, req, started, {
          status: 400,
          code: 'InvalidSkipToken',
          message: `The skip token '${url.searchParams.get('$skipToken') ?? ''}' is not valid.`
        })
      }
      const page: Record<string, unknown> = {
        ...whole,
        values: whole.values.slice(offset, offset + size)
      }
      if (offset + size < whole.values.length) {
        const query = new URLSearchParams(url.searchParams)
        query.delete('$skipToken')
        const token = Buffer.from(String(offset + size)).toString('base64url')
        page['nextLink'] =
          `${urls.armEndpoint}${url.pathname}?${query.toString()}&$skipToken=${token}`
      }
      record('arm', req, 200, started)
      return sendJson(res, 200, page, okHeaders)
    }
    // ---- end Service Tags

    const body = armGet(lower)
    if (body) {
      record('arm', req, 200, started)
      return sendJson(res, 200, body, okHeaders)
    }
    const children = armList(lower)
    if (children) return sendPage(children)
    // ---- Container registries (issue 17): one a scenario does not define is a default Premium
    // registry with dedicated data endpoints (scenarios define their own to change it).
    if (
      /^\/subscriptions\/[^/]+\/resourcegroups\/[^/]+\/providers\/microsoft\.containerregistry\/registries\/[^/]+$/.test(
        lower
      )
    ) {
      record('arm', req, 200, started)
      return sendJson(res, 200, registryBody(path), okHeaders)
    }
    // ---- end container registries

    armError(res, req, started, armNotFound(path))
  }

  // ------------------------------------------------------------ GitHub REST (HTTPS)

  function commentObject(
    issueNumber: number,
    body: string,
    author: GitHubUser,
    createdAt: Date
  ): GitHubComment {
    const id = nextCommentId++
    const iso = isoSeconds(createdAt)
    return {
      id,
      node_id: `IC_kwDOKeE${Buffer.from(String(id)).toString('base64url').slice(0, 12)}`,
      url: `${urls.githubApiUrl}/repos/${repository}/issues/comments/${id}`,
      html_url: `https://github.com/${repository}/pull/${issueNumber}#issuecomment-${id}`,
      issue_url: `${urls.githubApiUrl}/repos/${repository}/issues/${issueNumber}`,
      body,
      user: author,
      created_at: iso,
      updated_at: iso,
      author_association: author.type === 'Bot' ? 'NONE' : 'MEMBER',
      performed_via_github_app:
        author === GITHUB_ACTIONS_BOT
          ? {
              id: 15368,
              slug: 'github-actions',
              node_id: 'MDM6QXBwMTUzNjg=',
              name: 'GitHub Actions'
            }
          : null,
      reactions: {
        url: `${urls.githubApiUrl}/repos/${repository}/issues/comments/${id}/reactions`,
        total_count: 0,
        '+1': 0,
        '-1': 0,
        laugh: 0,
        hooray: 0,
        confused: 0,
        heart: 0,
        rocket: 0,
        eyes: 0
      }
    }
  }

  const githubFault = githubFaults(scenario.github.faults)
  const githubTransport = githubTransportFaults(scenario.github.faults)

  function issueNumberOf(comment: GitHubComment): number {
    return Number(comment.issue_url.split('/').pop())
  }

  async function handleGithub(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const started = new Date()
    const url = new URL(req.url ?? '/', urls.githubApiUrl)
    const method = req.method ?? 'GET'
    const baseHeaders = {
      'X-GitHub-Api-Version-Selected': '2022-11-28',
      'X-GitHub-Media-Type': 'github.v3; format=json',
      'X-GitHub-Request-Id': `${randomBytes(4).toString('hex').toUpperCase()}:${randomBytes(6).toString('hex').toUpperCase()}`,
      'X-RateLimit-Limit': '5000',
      'X-RateLimit-Remaining': '4990',
      'X-RateLimit-Used': '10',
      'X-RateLimit-Resource': 'core',
      'X-RateLimit-Reset': String(Math.floor(Date.now() / 1000) + 3600)
    }
    let foreignLink: string | undefined
    const reply = (status: number, body?: unknown, given: Record<string, string> = {}): void => {
      const headers = foreignLink ? { ...given, Link: `<${foreignLink}>; rel="next"` } : given
      record('github', req, status, started)
      if (body === undefined) {
        res.writeHead(status, { ...baseHeaders, ...headers })
        res.end()
        return
      }
      sendJson(res, status, body, { ...baseHeaders, ...headers })
    }
    const docs = (anchor: string): string => `https://docs.github.com/rest/${anchor}`

    const auth = req.headers.authorization
    if (!auth) {
      return reply(401, {
        message: 'Requires authentication',
        documentation_url: docs(''),
        status: '401'
      })
    }
    const presented = /^(?:token|bearer)\s+(.+)$/i.exec(auth)?.[1]?.trim()
    if (presented !== githubToken) {
      return reply(401, { message: 'Bad credentials', documentation_url: docs(''), status: '401' })
    }

    const path = url.pathname.replace(/\/+$/, '')
    // ---- issue 16 faults: a request never answered; a `Link` to another host
    const transport = githubTransport(method, path)
    if (transport && 'hang' in transport) {
      await new Promise<void>(resolve => req.socket.once('close', () => resolve()))
      return record('github', req, 0, started)
    }
    if (transport) foreignLink = transport.linkTo
    const fault = transport
      ? undefined
      : githubFault(method, path, baseHeaders['X-GitHub-Request-Id'])
    if (fault) {
      if (method !== 'GET') await readBody(req)
      return reply(fault.status, fault.body, fault.headers)
    }
    if (path === '/user' && method === 'GET') {
      if (!scenario.github.personalToken) {
        return reply(403, {
          message: 'Resource not accessible by integration',
          documentation_url: docs('users/users#get-the-authenticated-user'),
          status: '403'
        })
      }
      return reply(200, { ...user, name: user.login, company: null, public_repos: 3, followers: 1 })
    }

    const notFound = (): void =>
      reply(404, { message: 'Not Found', documentation_url: docs(''), status: '404' })

    // Pull requests (read-only): the list of open ones, and those that contain a commit.
    const pulls = /^\/repos\/([^/]+)\/([^/]+)\/pulls$/.exec(path)
    const commitPulls = /^\/repos\/([^/]+)\/([^/]+)\/commits\/([0-9a-fA-F]{7,40})\/pulls$/.exec(
      path
    )
    const pullMatch = pulls ?? commitPulls
    if (pullMatch && method === 'GET') {
      if (`${pullMatch[1]}/${pullMatch[2]}`.toLowerCase() !== repository.toLowerCase()) {
        return notFound()
      }
      const all = scenario.github.pullRequests ?? []
      let selected: typeof all
      if (commitPulls) {
        const sha = (commitPulls[3] ?? '').toLowerCase()
        selected = all.filter(
          p => !p.fromFork && [p.headSha, ...(p.commits ?? [])].some(c => c.toLowerCase() === sha)
        )
      } else {
        const state = url.searchParams.get('state') ?? 'open'
        selected = all.filter(p => state === 'all' || (p.state ?? 'open') === state)
      }
      const [owner = ''] = repository.split('/')
      return reply(
        200,
        selected.map(p => ({
          number: p.number,
          state: p.state ?? 'open',
          title: `Pull request ${p.number}`,
          html_url: `https://github.com/${repository}/pull/${p.number}`,
          url: `${urls.githubApiUrl}/repos/${repository}/pulls/${p.number}`,
          head: {
            sha: p.headSha,
            ref: `feature/pr-${p.number}`,
            repo: { full_name: p.fromFork ? `contributor/${repository.split('/')[1]}` : repository }
          },
          base: { ref: 'main', repo: { full_name: repository, owner: { login: owner } } }
        }))
      )
    }
    const list = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(path)
    const single = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(path)
    const repoMatches = (m: RegExpExecArray): boolean =>
      `${m[1]}/${m[2]}`.toLowerCase() === repository.toLowerCase()
    const writeRefused = (anchor: string): void =>
      reply(403, {
        message: 'Resource not accessible by integration',
        documentation_url: docs(anchor),
        status: '403'
      })
    const logWrite = (w: Omit<GitHubWrite, 'time' | 'path' | 'method'>): void => {
      githubWrites.push({
        method: method as GitHubWrite['method'],
        path,
        time: started.toISOString(),
        ...w
      })
    }

    if (list && repoMatches(list)) {
      const issueNumber = Number(list[3])
      if (method === 'GET') {
        const perPage = Math.min(
          100,
          Math.max(1, Number(url.searchParams.get('per_page') ?? 30) || 30)
        )
        const page = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1)
        const all = comments.filter(c => issueNumberOf(c) === issueNumber)
        const lastPage = Math.max(1, Math.ceil(all.length / perPage))
        const link = (p: number): string => {
          const u = new URL(`${urls.githubApiUrl}${url.pathname}`)
          u.searchParams.set('per_page', String(perPage))
          u.searchParams.set('page', String(p))
          return u.toString()
        }
        const links: string[] = []
        if (page > 1) links.push(`<${link(page - 1)}>; rel="prev"`)
        if (page < lastPage)
          links.push(`<${link(page + 1)}>; rel="next"`, `<${link(lastPage)}>; rel="last"`)
        if (page > 1) links.push(`<${link(1)}>; rel="first"`)
        return reply(
          200,
          all.slice((page - 1) * perPage, page * perPage),
          links.length ? { Link: links.join(', ') } : {}
        )
      }
      if (method === 'POST') {
        const raw = await readBody(req)
        let body: unknown
        try {
          body = JSON.parse(raw) as unknown
        } catch {
          logWrite({ status: 400, issueNumber })
          return reply(400, {
            message: 'Problems parsing JSON',
            documentation_url: docs('issues/comments#create-an-issue-comment'),
            status: '400'
          })
        }
        const text = (body as { body?: unknown } | null)?.body
        if (scenario.github.readOnly) {
          logWrite({ status: 403, issueNumber })
          return writeRefused('issues/comments#create-an-issue-comment')
        }
        if (typeof text !== 'string' || text.length === 0) {
          logWrite({ status: 422, issueNumber })
          return reply(422, {
            message: 'Invalid request.\n\n"body" wasn\'t supplied.',
            documentation_url: docs('issues/comments#create-an-issue-comment'),
            status: '422'
          })
        }
        if (text.length > 65536) {
          logWrite({ status: 422, issueNumber })
          return reply(422, {
            message: 'Validation Failed',
            errors: [
              {
                resource: 'IssueComment',
                code: 'custom',
                field: 'body',
                message: 'Body is too long (maximum is 65536 characters)'
              }
            ],
            documentation_url: docs('issues/comments#create-an-issue-comment'),
            status: '422'
          })
        }
        const comment = commentObject(issueNumber, text, user, new Date())
        comments.push(comment)
        logWrite({ status: 201, issueNumber, commentId: comment.id, body: text })
        return reply(201, comment, { Location: comment.url })
      }
      return notFound()
    }

    if (single && repoMatches(single)) {
      const id = Number(single[3])
      const index = comments.findIndex(c => c.id === id)
      const comment = comments[index]
      if (method === 'GET') return comment ? reply(200, comment) : notFound()
      if (method === 'PATCH') {
        const raw = await readBody(req)
        if (scenario.github.readOnly) {
          logWrite({ status: 403, commentId: id })
          return writeRefused('issues/comments#update-an-issue-comment')
        }
        if (!comment) {
          logWrite({ status: 404, commentId: id })
          return notFound()
        }
        let text: unknown
        try {
          text = (JSON.parse(raw) as { body?: unknown } | null)?.body
        } catch {
          text = undefined
        }
        if (typeof text !== 'string' || text.length === 0) {
          logWrite({ status: 422, commentId: id })
          return reply(422, {
            message: 'Invalid request.\n\n"body" wasn\'t supplied.',
            documentation_url: docs('issues/comments#update-an-issue-comment'),
            status: '422'
          })
        }
        comment.body = text
        comment.updated_at = isoSeconds(new Date())
        logWrite({ status: 200, issueNumber: issueNumberOf(comment), commentId: id, body: text })
        return reply(200, comment)
      }
      if (method === 'DELETE') {
        if (scenario.github.readOnly) {
          logWrite({ status: 403, commentId: id })
          return writeRefused('issues/comments#delete-an-issue-comment')
        }
        if (!comment) {
          logWrite({ status: 404, commentId: id })
          return notFound()
        }
        comments.splice(index, 1)
        logWrite({ status: 204, issueNumber: issueNumberOf(comment), commentId: id })
        return reply(204)
      }
    }
    notFound()
  }

  // ------------------------------------------------------------ wiring

  function guard(
    service: ServiceName,
    handler: (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>
  ): http.RequestListener {
    const wait = service === 'arm' ? 0 : (options.serviceLatencyMs ?? 0)
    return (req, res) => {
      arrivals.set(req, new Date())
      const answer = wait > 0 ? delay(wait).then(() => handler(req, res)) : handler(req, res)
      answer.catch((error: unknown) => {
        record(service, req, 500, new Date())
        if (!res.headersSent) {
          sendJson(res, 500, { error: { code: 'EmulatorError', message: String(error) } })
        } else {
          res.destroy()
        }
      })
    }
  }

  const oidcServer = http.createServer(guard('oidc', handleOidc))
  const entraServer = https.createServer(tls, guard('entra', handleEntra))
  const armServer = https.createServer(tls, guard('arm', handleArm))
  let armConnections = 0
  armServer.on('secureConnection', () => armConnections++)
  const githubServer = https.createServer(tls, guard('github', handleGithub))
  const servers = [oidcServer, entraServer, armServer, githubServer]
  const [oidcPort, entraPort, armPort, githubPort] = await Promise.all(servers.map(listen))
  urls.oidcRequestUrl = `http://127.0.0.1:${oidcPort}/oidc/token?api-version=2.0`
  urls.authorityHost = `https://127.0.0.1:${entraPort}`
  urls.armEndpoint = `https://127.0.0.1:${armPort}`
  urls.githubApiUrl = `https://127.0.0.1:${githubPort}`

  // Seed comments (older than anything the action writes).
  const seed = scenario.github.seedComments
  const seeds = (
    typeof seed === 'number'
      ? Array.from({ length: seed }, (_, i) => ({
          body: `Review note ${i + 1}: ${['LGTM', 'Can we pin the model version?', 'Please add a test for the scoring script.', 'Ship it after the canary.'][i % 4]}`,
          login: HUMAN_LOGINS[i % HUMAN_LOGINS.length]
        }))
      : (seed ?? [])
  ) as SeedComment[]
  const seedStart = Date.now() - (seeds.length + 1) * 60_000
  seeds.forEach((s, i) => {
    const login = s.login ?? HUMAN_LOGINS[i % HUMAN_LOGINS.length] ?? 'mona'
    const author =
      login === GITHUB_ACTIONS_BOT.login
        ? GITHUB_ACTIONS_BOT
        : login === user.login
          ? user
          : human(login)
    const seeded: SeedComment = s
    const created = seeded.createdAt ? new Date(seeded.createdAt) : new Date(seedStart + i * 60_000)
    comments.push(commentObject(seeded.issueNumber ?? 42, s.body, author, created))
  })

  let closed = false
  return {
    scenario,
    urls,
    caFile: certs.caFile,
    oidcRequestToken,
    githubToken,
    requests,
    comments,
    githubWrites,
    issuedTokens,
    idTokens,
    secrets: () => [oidcRequestToken, githubToken, ...idTokens, ...issuedTokens],
    armStats: () => ({ peakConcurrent, throttled, connections: armConnections, earlyRetries }),
    mintIdToken,
    async close() {
      if (closed) return
      closed = true
      await Promise.all(servers.map(closeServer))
    }
  }
}
