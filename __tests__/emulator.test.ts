/**
 * The emulator itself, over real HTTP(S) with the test CA passed explicitly
 * (verification stays on), plus the real SDK stack and the runner contract
 * in child processes.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { createPublicKey, verify } from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import https from 'node:https'
import path from 'node:path'
import { repoRoot } from '../emulator/certs.js'
import { decodeJwt } from '../emulator/jwt.js'
import type { ProbeConfig, ProbeResult } from '../emulator/probe-sdk.js'
import { parseOutputFile, renderLog, runAction } from '../emulator/run-action.js'
import { getScenario, scenarios } from '../emulator/scenarios/index.js'
import { startEmulator, type Emulator } from '../emulator/server.js'

interface Reply {
  status: number
  headers: http.IncomingHttpHeaders
  text: string
  json: any // eslint-disable-line @typescript-eslint/no-explicit-any
}

const agents = new Map<string, https.Agent>()

function call(
  emulator: Emulator,
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {}
): Promise<Reply> {
  const target = new URL(url)
  const secure = target.protocol === 'https:'
  let agent = agents.get(emulator.caFile)
  if (!agent) {
    agent = new https.Agent({ ca: fs.readFileSync(emulator.caFile), keepAlive: false })
    agents.set(emulator.caFile, agent)
  }
  return new Promise((resolve, reject) => {
    const req = (secure ? https : http).request(
      target,
      {
        method: options.method ?? 'GET',
        headers: options.headers,
        ...(secure ? { agent } : {})
      },
      res => {
        let text = ''
        res.setEncoding('utf8')
        res.on('data', (d: string) => (text += d))
        res.on('end', () => {
          let json: unknown
          try {
            json = text ? JSON.parse(text) : undefined
          } catch {
            json = undefined
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json })
        })
      }
    )
    req.on('error', reject)
    if (options.body) req.write(options.body)
    req.end()
  })
}

async function idToken(
  emulator: Emulator,
  audience = 'api://AzureADTokenExchange'
): Promise<string> {
  const r = await call(
    emulator,
    `${emulator.urls.oidcRequestUrl}&audience=${encodeURIComponent(audience)}`,
    {
      headers: { Authorization: `Bearer ${emulator.oidcRequestToken}` }
    }
  )
  expect(r.status).toBe(200)
  return r.json.value as string
}

function tokenForm(
  emulator: Emulator,
  assertion: string,
  overrides: Record<string, string> = {}
): string {
  return new URLSearchParams({
    client_id: emulator.scenario.clientId,
    client_assertion: assertion,
    client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
    grant_type: 'client_credentials',
    scope: 'https://management.azure.com/.default',
    ...overrides
  }).toString()
}

function postToken(
  emulator: Emulator,
  body: string,
  tenant = emulator.scenario.tenantId
): Promise<Reply> {
  return call(emulator, `${emulator.urls.authorityHost}/${tenant}/oauth2/v2.0/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body
  })
}

async function accessToken(emulator: Emulator): Promise<string> {
  const r = await postToken(emulator, tokenForm(emulator, await idToken(emulator)))
  expect(r.status).toBe(200)
  return r.json.access_token as string
}

async function arm(emulator: Emulator, pathAndQuery: string, token?: string): Promise<Reply> {
  const url = pathAndQuery.startsWith('https://')
    ? pathAndQuery
    : `${emulator.urls.armEndpoint}${pathAndQuery}`
  return call(emulator, url, { headers: token ? { Authorization: `Bearer ${token}` } : {} })
}

const open: Emulator[] = []
async function start(
  name: string,
  mutate?: (s: ReturnType<typeof getScenario>) => void
): Promise<Emulator> {
  const scenario = getScenario(name)
  mutate?.(scenario)
  const emulator = await startEmulator(scenario, { pageSize: 2 })
  open.push(emulator)
  return emulator
}

afterAll(async () => {
  await Promise.all(open.map(e => e.close()))
  for (const agent of agents.values()) agent.destroy()
})

const SUB = '11111111-2222-3333-4444-555555555555'
const WS = `/subscriptions/${SUB}/resourceGroups/ml-rg/providers/Microsoft.MachineLearningServices/workspaces/ml-ws`
const V = 'api-version=2025-12-01'

describe('scenarios', () => {
  it('registers the named scenarios and builds consistent resources', () => {
    expect(Object.keys(scenarios)).toEqual(
      expect.arrayContaining(['demo', 'forbidden-network', 'many-endpoints', 'pe-deleted'])
    )
    expect(Object.keys(scenarios)).toEqual(
      expect.arrayContaining(['public', 'secured', 'managed-secured', 'aks-secured', 'arc-cluster'])
    )
    for (const name of Object.keys(scenarios)) {
      const s = getScenario(name)
      expect(s.name).toBe(name)
      for (const r of s.resources) {
        expect(r.body.id).toBe(r.id)
        expect(typeof r.body.name).toBe('string')
        expect(typeof r.body.type).toBe('string')
      }
    }
    const secured = getScenario('secured')
    const vnet = secured.resources.find(r => r.id.endsWith('/virtualNetworks/vnet-ml'))
    const subnets = (vnet?.body.properties as { subnets: Array<{ id: string }> }).subnets
    expect(subnets.map(s => s.id)).toContain(`${vnet?.id}/subnets/snet-ml`)
    expect(secured.resources.some(r => r.id === `${vnet?.id}/subnets/snet-ml`)).toBe(true)
  })
})

describe('GitHub OIDC', () => {
  let emulator: Emulator
  beforeAll(async () => {
    emulator = await start('secured')
  })

  it('exposes a request URL that already has a query string', () => {
    expect(emulator.urls.oidcRequestUrl).toMatch(
      /^http:\/\/127\.0\.0\.1:\d+\/oidc\/token\?api-version=2\.0$/
    )
  })

  it('requires the request token', async () => {
    const r = await call(emulator, `${emulator.urls.oidcRequestUrl}&audience=x`)
    expect(r.status).toBe(401)
    const wrong = await call(emulator, `${emulator.urls.oidcRequestUrl}&audience=x`, {
      headers: { Authorization: 'Bearer nope' }
    })
    expect(wrong.status).toBe(401)
  })

  it('issues an RS256 JWT with GitHub claims, verifiable with its JWKS', async () => {
    const token = await idToken(emulator, 'api://AzureADTokenExchange')
    expect(emulator.idTokens).toContain(token)
    const decoded = decodeJwt(token)
    expect(decoded?.header.alg).toBe('RS256')
    const claims = decoded?.payload ?? {}
    expect(claims).toMatchObject({
      iss: 'https://token.actions.githubusercontent.com',
      sub: 'repo:octo-org/octo-repo:pull_request',
      aud: 'api://AzureADTokenExchange',
      repository: 'octo-org/octo-repo'
    })
    expect(String(claims.job_workflow_ref)).toMatch(
      /^octo-org\/octo-repo\/\.github\/workflows\/.+@refs\//
    )
    expect(Number(claims.exp) - Number(claims.iat)).toBe(300)
    expect(Number(claims.nbf)).toBeLessThanOrEqual(Number(claims.iat))

    const base = emulator.urls.oidcRequestUrl.replace(/\/oidc\/token\?.*$/, '')
    const jwks = await call(emulator, `${base}/.well-known/jwks`)
    const key = createPublicKey({ key: jwks.json.keys[0], format: 'jwk' })
    const [h, p, s] = token.split('.') as [string, string, string]
    expect(verify('sha256', Buffer.from(`${h}.${p}`), key, Buffer.from(s, 'base64url'))).toBe(true)
  })

  it('can be made to fail', async () => {
    const failing = await start('secured', s => {
      s.github.oidcFailStatus = 500
    })
    const r = await call(failing, `${failing.urls.oidcRequestUrl}&audience=x`, {
      headers: { Authorization: `Bearer ${failing.oidcRequestToken}` }
    })
    expect(r.status).toBe(500)
  })
})

describe('Entra ID', () => {
  let emulator: Emulator
  beforeAll(async () => {
    emulator = await start('secured')
  })

  function expectEntraError(r: Reply, status: number, error: string, code: number): string {
    expect(r.status).toBe(status)
    expect(r.json.error).toBe(error)
    expect(r.json.error_codes).toEqual([code])
    expect(r.json.trace_id).toMatch(/^[0-9a-f-]{36}$/)
    expect(r.json.correlation_id).toMatch(/^[0-9a-f-]{36}$/)
    expect(r.json.timestamp).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ$/)
    const description = r.json.error_description as string
    expect(description).toMatch(
      new RegExp(
        `^AADSTS${code}: .+ Trace ID: \\S+ Correlation ID: \\S+ Timestamp: \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\dZ$`
      )
    )
    return description
  }

  it('serves an OpenID configuration pointing at itself', async () => {
    const tenant = emulator.scenario.tenantId
    const r = await call(
      emulator,
      `${emulator.urls.authorityHost}/${tenant}/v2.0/.well-known/openid-configuration`
    )
    expect(r.status).toBe(200)
    const base = `${emulator.urls.authorityHost}/${tenant}`
    expect(r.json).toMatchObject({
      issuer: `${base}/v2.0`,
      token_endpoint: `${base}/oauth2/v2.0/token`,
      authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
      end_session_endpoint: `${base}/oauth2/v2.0/logout`,
      jwks_uri: `${base}/discovery/v2.0/keys`
    })
  })

  it('answers an unknown tenant with AADSTS90002, on discovery and on the token endpoint', async () => {
    const tenant = '99999999-0000-4000-8000-000000000000'
    const discovery = await call(
      emulator,
      `${emulator.urls.authorityHost}/${tenant}/v2.0/.well-known/openid-configuration`
    )
    expect(expectEntraError(discovery, 400, 'invalid_tenant', 90002)).toContain(
      `Tenant '${tenant}' not found`
    )
    const token = await postToken(emulator, tokenForm(emulator, await idToken(emulator)), tenant)
    expectEntraError(token, 400, 'invalid_request', 90002)
  })

  it('answers an unknown client id with AADSTS700016', async () => {
    const r = await postToken(
      emulator,
      tokenForm(emulator, await idToken(emulator), {
        client_id: '12345678-0000-4000-8000-000000000000'
      })
    )
    const d = expectEntraError(r, 400, 'unauthorized_client', 700016)
    expect(d).toContain(
      "Application with identifier '12345678-0000-4000-8000-000000000000' was not found"
    )
  })

  it('answers a subject mismatch with AADSTS700213 naming the presented subject', async () => {
    const assertion = emulator.mintIdToken({
      aud: 'api://AzureADTokenExchange',
      sub: 'repo:octo-org/octo-repo:ref:refs/heads/main'
    })
    const r = await postToken(emulator, tokenForm(emulator, assertion))
    const d = expectEntraError(r, 401, 'invalid_client', 700213)
    expect(d).toContain(
      "No matching federated identity record found for presented assertion subject 'repo:octo-org/octo-repo:ref:refs/heads/main'"
    )
  })

  it('answers a case-only subject mismatch with AADSTS7002138', async () => {
    const assertion = emulator.mintIdToken({
      aud: 'api://AzureADTokenExchange',
      sub: 'repo:Octo-Org/octo-repo:pull_request'
    })
    const d = expectEntraError(
      await postToken(emulator, tokenForm(emulator, assertion)),
      401,
      'invalid_client',
      7002138
    )
    expect(d).toContain('case-insensitive comparison')
  })

  it('answers an expired assertion with AADSTS700024', async () => {
    const now = Math.floor(Date.now() / 1000)
    const assertion = emulator.mintIdToken({
      aud: 'api://AzureADTokenExchange',
      iat: now - 900,
      nbf: now - 900,
      exp: now - 600
    })
    const d = expectEntraError(
      await postToken(emulator, tokenForm(emulator, assertion)),
      401,
      'invalid_client',
      700024
    )
    expect(d).toContain('Client assertion is not within its valid time range')
  })

  it('rejects a wrong audience (AADSTS700212) and a forged signature (AADSTS700027)', async () => {
    const wrongAud = emulator.mintIdToken({ aud: 'https://github.com/octo-org' })
    expectEntraError(
      await postToken(emulator, tokenForm(emulator, wrongAud)),
      401,
      'invalid_client',
      700212
    )
    const good = await idToken(emulator)
    const [h, p] = good.split('.')
    const forged = `${h}.${p}.${Buffer.from('not a signature').toString('base64url')}`
    expectEntraError(
      await postToken(emulator, tokenForm(emulator, forged)),
      401,
      'invalid_client',
      700027
    )
  })

  it('can be forced to fail with a given code', async () => {
    const forced = await start('secured', s => {
      s.entra.failWith = 700016
    })
    const r = await postToken(forced, tokenForm(forced, await idToken(forced)))
    expectEntraError(r, 400, 'unauthorized_client', 700016)
  })

  it('issues an access token for the resource of the scope and records it', async () => {
    const r = await postToken(emulator, tokenForm(emulator, await idToken(emulator)))
    expect(r.status).toBe(200)
    expect(r.json).toMatchObject({ token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599 })
    const token = r.json.access_token as string
    expect(emulator.issuedTokens).toContain(token)
    expect(decodeJwt(token)?.payload).toMatchObject({
      aud: 'https://management.azure.com',
      oid: emulator.scenario.principalId,
      tid: emulator.scenario.tenantId,
      appid: emulator.scenario.clientId
    })
    const recorded = emulator.requests
      .filter(q => q.service === 'entra' && q.method === 'POST')
      .pop()
    expect(recorded?.form).toMatchObject({
      grant_type: 'client_credentials',
      scope: 'https://management.azure.com/.default'
    })
    expect(JSON.stringify(emulator.requests)).not.toContain(token)
  })
})

describe('ARM', () => {
  let emulator: Emulator
  let token: string
  beforeAll(async () => {
    emulator = await start('many-endpoints')
    token = await accessToken(emulator)
  })

  it('requires an issued bearer token', async () => {
    const none = await arm(emulator, `${WS}?${V}`)
    expect(none.status).toBe(401)
    expect(none.json.error.code).toBe('AuthenticationFailed')
    const forged = await arm(emulator, `${WS}?${V}`, 'eyJhbGciOiJub25lIn0.e30.')
    expect(forged.status).toBe(401)
    expect(forged.json.error.code).toBe('InvalidAuthenticationToken')
  })

  it('requires api-version', async () => {
    const r = await arm(emulator, WS, token)
    expect(r.status).toBe(400)
    expect(r.json.error).toEqual({
      code: 'MissingApiVersionParameter',
      message: 'The api-version query parameter (?api-version=) is required for all requests.'
    })
  })

  it('serves resources by id, case-insensitively, and derived resource groups', async () => {
    const r = await arm(emulator, `${WS.toLowerCase()}?${V}`, token)
    expect(r.status).toBe(200)
    expect(r.json.id).toBe(WS)
    expect(r.json.properties.publicNetworkAccess).toBe('Disabled')
    expect(
      r.json.properties.privateEndpointConnections[0].properties.privateLinkServiceConnectionState
        .status
    ).toBe('Approved')
    const rg = await arm(
      emulator,
      `/subscriptions/${SUB}/resourceGroups/net-rg?api-version=2021-04-01`,
      token
    )
    expect(rg.status).toBe(200)
    expect(rg.json.type).toBe('Microsoft.Resources/resourceGroups')
  })

  it('pages collections with absolute nextLinks carrying api-version and $skipToken', async () => {
    const names: string[] = []
    let url: string | undefined = `${WS}/onlineEndpoints?${V}`
    let pages = 0
    while (url) {
      const r = await arm(emulator, url, token)
      expect(r.status).toBe(200)
      pages++
      expect(r.json.value.length).toBeLessThanOrEqual(2)
      names.push(...r.json.value.map((e: { name: string }) => e.name))
      url = r.json.nextLink
      if (url) {
        expect(url.startsWith(`${emulator.urls.armEndpoint}${WS}/onlineEndpoints?`)).toBe(true)
        expect(url).toContain('api-version=2025-12-01')
        expect(url).toContain('$skipToken=')
      }
    }
    expect(pages).toBe(4)
    expect(names).toHaveLength(7)
    expect(new Set(names).size).toBe(7)
  })

  it('lists an empty collection of an existing parent and 404s a missing parent', async () => {
    const empty = await arm(emulator, `${WS}/batchEndpoints?${V}`, token)
    expect(empty.status).toBe(200)
    expect(empty.json).toEqual({ value: [] })
    const missing = await arm(
      emulator,
      `/subscriptions/${SUB}/resourceGroups/ml-rg/providers/Microsoft.MachineLearningServices/workspaces/nope/onlineEndpoints?${V}`,
      token
    )
    expect(missing.status).toBe(404)
  })

  it('answers unknown resources and groups with ARM 404 shapes', async () => {
    const r = await arm(
      emulator,
      `/subscriptions/${SUB}/resourceGroups/net-rg/providers/Microsoft.Network/privateEndpoints/pe-gone?api-version=2025-05-01`,
      token
    )
    expect(r.status).toBe(404)
    expect(r.json.error).toEqual({
      code: 'ResourceNotFound',
      message:
        "The Resource 'Microsoft.Network/privateEndpoints/pe-gone' under resource group 'net-rg' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix"
    })
    const rg = await arm(
      emulator,
      `/subscriptions/${SUB}/resourceGroups/other-rg/providers/Microsoft.Network/virtualNetworks/v?api-version=2025-05-01`,
      token
    )
    expect(rg.status).toBe(404)
    expect(rg.json.error.code).toBe('ResourceGroupNotFound')
    expect(rg.json.error.message).toBe("Resource group 'other-rg' could not be found.")
  })

  it('records requests without the Authorization header or tokens', () => {
    const armRequests = emulator.requests.filter(q => q.service === 'arm')
    expect(armRequests.length).toBeGreaterThan(5)
    for (const q of armRequests) {
      expect(q.headers.authorization).toBeUndefined()
      expect(q.time).toMatch(/^\d{4}-/)
      expect(typeof q.status).toBe('number')
    }
    expect(JSON.stringify(emulator.requests)).not.toContain(token)
  })

  it('injects 403 faults with the AuthorizationFailed body', async () => {
    const forbidden = await start('forbidden-network')
    const t = await accessToken(forbidden)
    const pe = `/subscriptions/${SUB}/resourceGroups/net-rg/providers/Microsoft.Network/privateEndpoints/pe-ml-ws`
    const r = await arm(forbidden, `${pe}?api-version=2025-05-01`, t)
    expect(r.status).toBe(403)
    expect(r.json.error).toEqual({
      code: 'AuthorizationFailed',
      message: `The client '${forbidden.scenario.clientId}' with object id '${forbidden.scenario.principalId}' does not have authorization to perform action 'Microsoft.Network/privateEndpoints/read' over scope '${pe}' or the scope is invalid. If access was recently granted, please refresh your credentials.`
    })
    const ws = await arm(forbidden, `${WS}?${V}`, t)
    expect(ws.status).toBe(200)
  })

  it('serves a workspace whose private endpoint was deleted', async () => {
    const deleted = await start('pe-deleted')
    const t = await accessToken(deleted)
    const ws = await arm(deleted, `${WS}?${V}`, t)
    const peId = ws.json.properties.privateEndpointConnections[0].properties.privateEndpoint
      .id as string
    const r = await arm(deleted, `${peId}?api-version=2025-05-01`, t)
    expect(r.status).toBe(404)
    expect(r.json.error.code).toBe('ResourceNotFound')
  })
})

describe('GitHub REST', () => {
  let emulator: Emulator
  beforeAll(async () => {
    emulator = await start('secured', s => {
      s.github.seedComments = 150
    })
  })
  const auth = (e: Emulator): Record<string, string> => ({
    Authorization: `token ${e.githubToken}`
  })
  const commentsUrl = (e: Emulator): string =>
    `${e.urls.githubApiUrl}/repos/octo-org/octo-repo/issues/42/comments`

  it('requires the token', async () => {
    expect((await call(emulator, commentsUrl(emulator))).status).toBe(401)
    const bad = await call(emulator, commentsUrl(emulator), {
      headers: { Authorization: 'Bearer ghs_wrong' }
    })
    expect(bad.status).toBe(401)
    expect(bad.json.message).toBe('Bad credentials')
  })

  it('answers GET /user with 403 for the workflow token', async () => {
    const r = await call(emulator, `${emulator.urls.githubApiUrl}/user`, {
      headers: auth(emulator)
    })
    expect(r.status).toBe(403)
    expect(r.json).toEqual({
      message: 'Resource not accessible by integration',
      documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user',
      status: '403'
    })
  })

  it('answers GET /user with the user for a personal token', async () => {
    const pat = await start('secured', s => {
      s.github.personalToken = { login: 'lena-ops' }
    })
    const r = await call(pat, `${pat.urls.githubApiUrl}/user`, {
      headers: { Authorization: `Bearer ${pat.githubToken}` }
    })
    expect(r.status).toBe(200)
    expect(r.json.login).toBe('lena-ops')
  })

  it('paginates comments with RFC 5988 Link headers', async () => {
    const first = await call(emulator, `${commentsUrl(emulator)}?per_page=100`, {
      headers: auth(emulator)
    })
    expect(first.status).toBe(200)
    expect(first.json).toHaveLength(100)
    const link = String(first.headers.link)
    expect(link).toContain(`<${commentsUrl(emulator)}?per_page=100&page=2>; rel="next"`)
    expect(link).toContain(`<${commentsUrl(emulator)}?per_page=100&page=2>; rel="last"`)
    const second = await call(emulator, `${commentsUrl(emulator)}?per_page=100&page=2`, {
      headers: auth(emulator)
    })
    expect(second.json).toHaveLength(50)
    expect(String(second.headers.link)).toContain('rel="prev"')
    expect(String(second.headers.link)).not.toContain('rel="next"')
    const c = first.json[0]
    expect(c).toMatchObject({
      id: expect.any(Number),
      node_id: expect.any(String),
      body: expect.any(String)
    })
    expect(c.user.type).toBe('User')
    expect(c.html_url).toMatch(
      /^https:\/\/github\.com\/octo-org\/octo-repo\/pull\/42#issuecomment-\d+$/
    )
  })

  it('creates, updates and deletes comments as github-actions[bot]', async () => {
    const created = await call(emulator, commentsUrl(emulator), {
      method: 'POST',
      headers: { ...auth(emulator), 'Content-Type': 'application/json' },
      body: JSON.stringify({ body: 'hello' })
    })
    expect(created.status).toBe(201)
    expect(created.json.user).toMatchObject({
      login: 'github-actions[bot]',
      type: 'Bot',
      id: 41898282
    })
    const id = created.json.id as number
    const single = `${emulator.urls.githubApiUrl}/repos/octo-org/octo-repo/issues/comments/${id}`
    const patched = await call(emulator, single, {
      method: 'PATCH',
      headers: { ...auth(emulator), 'Content-Type': 'application/json' },
      body: JSON.stringify({ body: 'hello again' })
    })
    expect(patched.status).toBe(200)
    expect(emulator.comments.find(c => c.id === id)?.body).toBe('hello again')
    const deleted = await call(emulator, single, { method: 'DELETE', headers: auth(emulator) })
    expect(deleted.status).toBe(204)
    expect(emulator.comments.find(c => c.id === id)).toBeUndefined()
    expect(emulator.githubWrites.map(w => `${w.method} ${w.status}`)).toEqual([
      'POST 201',
      'PATCH 200',
      'DELETE 204'
    ])
  })

  it('refuses writes with a read-only token', async () => {
    const ro = await start('secured', s => {
      s.github.readOnly = true
    })
    const r = await call(ro, commentsUrl(ro), {
      method: 'POST',
      headers: { Authorization: `Bearer ${ro.githubToken}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ body: 'x' })
    })
    expect(r.status).toBe(403)
    expect(r.json.message).toBe('Resource not accessible by integration')
    expect(ro.comments).toHaveLength(0)
  })
})

function runChild(
  args: string[],
  env: Record<string, string>
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: repoRoot,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
    const timer = setTimeout(() => child.kill('SIGKILL'), 50_000)
    child.on('error', reject)
    child.on('close', code => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr })
    })
  })
}

describe('real SDK stack against the emulator (child process)', () => {
  it('authenticates with ClientAssertionCredential and reads workspace, paged endpoints and a subnet', async () => {
    const emulator = await start('many-endpoints')
    const config: ProbeConfig = {
      oidcRequestUrl: emulator.urls.oidcRequestUrl,
      oidcRequestToken: emulator.oidcRequestToken,
      authorityHost: emulator.urls.authorityHost,
      armEndpoint: emulator.urls.armEndpoint,
      tenantId: emulator.scenario.tenantId,
      clientId: emulator.scenario.clientId,
      subscriptionId: emulator.scenario.subscriptionId,
      resourceGroup: 'ml-rg',
      workspaceName: 'ml-ws',
      networkResourceGroup: 'net-rg',
      virtualNetwork: 'vnet-ml',
      subnet: 'snet-ml'
    }
    const child = await runChild(['--import', 'tsx', path.join('emulator', 'probe-sdk.ts')], {
      NODE_EXTRA_CA_CERTS: emulator.caFile,
      PROBE_CONFIG: JSON.stringify(config)
    })
    const result = JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}') as ProbeResult
    expect(result.error).toBeUndefined()
    expect(child.code).toBe(0)
    expect(result.ok).toBe(true)
    expect(result.workspace?.publicNetworkAccess).toBe('Disabled')
    expect(result.workspace?.privateEndpointIds[0]).toMatch(/\/privateEndpoints\/pe-ml-ws$/)
    expect(result.endpoints).toHaveLength(7)
    expect(result.pages).toBe(4)
    expect(result.subnet?.addressPrefix).toBe('10.20.1.0/24')

    // What MSAL needed from Entra: the tenant's OpenID configuration, then the token endpoint.
    const entra = emulator.requests
      .filter(q => q.service === 'entra')
      .map(q => `${q.method} ${q.path}`)
    const tenant = emulator.scenario.tenantId
    expect(entra).toEqual([
      `GET /${tenant}/v2.0/.well-known/openid-configuration`,
      `POST /${tenant}/oauth2/v2.0/token`
    ])
    expect(emulator.requests.filter(q => q.service === 'arm').every(q => q.status === 200)).toBe(
      true
    )
  })
})

describe('runAction (runner contract, with a stand-in action)', () => {
  const entry = path.join(repoRoot, 'emulator', 'fixtures', 'fake-action.mjs')

  it('runs with inputs, event, OIDC, outputs, summary and annotations, and updates its comment in place', async () => {
    const emulator = await start('secured', s => {
      s.github.seedComments = 120
    })
    const first = await runAction({ emulator, entry })
    expect(first.stderr).toBe('')
    expect(first.exitCode).toBe(0)
    expect(first.outputs).toEqual({ result: 'pass', multiline: 'line one\nline two' })
    expect(first.summary).toContain('publicNetworkAccess=Disabled')
    expect(first.annotations).toEqual([
      {
        level: 'warning',
        title: 'MOE-01: public, endpoint',
        message: 'Endpoint scoring: public, network access'
      },
      { level: 'error', title: 'NET-01', message: '100% bad\nsecond line' },
      { level: 'notice', message: 'done' }
    ])
    const mine = () => emulator.comments.filter(c => c.user.login === 'github-actions[bot]')
    expect(mine()).toHaveLength(1)
    const id = mine()[0]?.id

    const second = await runAction({ emulator, entry })
    expect(second.exitCode).toBe(0)
    expect(mine()).toHaveLength(1)
    expect(mine()[0]?.id).toBe(id)
    expect(emulator.githubWrites.map(w => w.method)).toEqual(['POST', 'PATCH'])

    // Every secret the run touched is masked in the rendered log.
    expect(second.secrets.length).toBeGreaterThanOrEqual(4)
    const log = renderLog(second.stdout)
    for (const secret of second.secrets) expect(log).not.toContain(secret)
  })

  it('starts and closes its own emulator, and runs without id-token permission', async () => {
    const run = await runAction({ scenario: 'public', entry, omitIdToken: true })
    expect(run.exitCode).toBe(1)
    expect(run.annotations[0]).toMatchObject({ level: 'error' })
    expect(run.annotations[0]?.message).toContain('ACTIONS_ID_TOKEN_REQUEST_URL')
    expect(run.emulator.requests.filter(q => q.service === 'oidc')).toHaveLength(0)
  })

  it('parses GITHUB_OUTPUT heredocs', () => {
    expect(parseOutputFile('a<<ghadelimiter_1\nx\ny\nghadelimiter_1\nb=2\n')).toEqual({
      a: 'x\ny',
      b: '2'
    })
  })
})
