import { ConfigurationError } from '../model/errors.js'
import { describeClaims, type GitHubTokenClaims } from './claims.js'
import type { TokenEndpointAnswer } from './token-endpoint.js'

export interface LoginContext {
  clientId: string
  tenantId: string
  audience: string
  authorityHost: string
  /** Claims of the GitHub ID token, when one was fetched. */
  claims?: GitHubTokenClaims
  /** What the token endpoint last answered, when a token request was sent. */
  tokenEndpoint?: TokenEndpointAnswer
}

const FEDERATED_CREDENTIAL_HELP =
  'In Entra ID, open the app registration (or user-assigned managed identity) → Certificates & secrets → Federated credentials, and add one for GitHub Actions with exactly these values'

/** The GitHub ID token could not be obtained: almost always the missing `id-token: write` permission. */
export function idTokenUnavailable(cause: unknown, env: NodeJS.ProcessEnv = process.env): Error {
  if (!env['ACTIONS_ID_TOKEN_REQUEST_URL'] || !env['ACTIONS_ID_TOKEN_REQUEST_TOKEN']) {
    return new ConfigurationError(
      [
        'The GitHub OIDC token is not available to this job (ACTIONS_ID_TOKEN_REQUEST_URL is not set).',
        'Fix: add `permissions: { id-token: write, contents: read, pull-requests: write }` to the workflow or job.',
        'Pull requests from forks never get an ID token; run the check from a trusted workflow instead (see the README, "Fork pull requests").'
      ].join('\n')
    )
  }
  return new ConfigurationError(
    `Could not get a GitHub OIDC token: ${messageOf(cause)}\nFix: re-run the job; if it persists, check GitHub's status page.`
  )
}

/** Maps a failed token exchange to what the user has to change. */
export function diagnoseLoginError(cause: unknown, login: LoginContext): Error {
  const text = messageOf(cause)
  const code = /AADSTS(\d+)/.exec(text)?.[1]
  const claims = login.claims ? `\n${describeClaims(login.claims)}` : ''
  const subject = login.claims?.sub ?? '(unknown: no ID token was decoded)'
  const firstLine = firstAadstsLine(text)

  switch (code) {
    case '700213':
    case '700211':
    case '700212':
    case '70021':
      return new ConfigurationError(
        [
          `Entra ID found no federated credential on app '${login.clientId}' that matches this workflow's token (AADSTS${code}).`,
          `${FEDERATED_CREDENTIAL_HELP}:`,
          `  Issuer: ${login.claims?.iss ?? 'https://token.actions.githubusercontent.com'}`,
          `  Subject identifier: ${subject}`,
          `  Audience: ${login.audience}`,
          'The subject depends on the trigger: `repo:OWNER/REPO:pull_request` for pull requests, `repo:OWNER/REPO:ref:refs/heads/BRANCH` for branches, `repo:OWNER/REPO:environment:NAME` when the job has an environment.',
          `Token claims:${claims}`
        ].join('\n')
      )
    case '7002138':
      return new ConfigurationError(
        [
          `A federated credential on app '${login.clientId}' matches this workflow's subject only when case is ignored (AADSTS7002138); Entra ID compares subjects case-sensitively.`,
          `Fix: change the federated credential's subject to exactly: ${subject}`
        ].join('\n')
      )
    case '700024':
      return new ConfigurationError(
        [
          'The GitHub ID token had expired when Entra ID received it (AADSTS700024).',
          "Fix: re-run the job. If it repeats, the runner's clock is wrong or the job waited too long between steps."
        ].join('\n')
      )
    case '700016':
      return new ConfigurationError(
        [
          `Entra ID has no application with client-id '${login.clientId}' in tenant '${login.tenantId}' (AADSTS700016).`,
          "Fix: set `client-id` to the Application (client) ID from the app registration's Overview page, and `tenant-id` to the Directory (tenant) ID of the tenant it is registered in."
        ].join('\n')
      )
    case '90002':
      return new ConfigurationError(
        [
          `Entra ID does not know tenant '${login.tenantId}' (AADSTS90002).`,
          'Fix: set `tenant-id` to the Directory (tenant) ID, and `environment` to the cloud the tenant lives in (AzureCloud, AzureUSGovernment, AzureChinaCloud).'
        ].join('\n')
      )
    default:
      // With a custom authority host MSAL reads the tenant's OpenID configuration first, so an
      // unknown tenant (or a wrong host) shows up as an endpoint resolution error, not AADSTS90002.
      if (!code && /endpoints_resolution_error/i.test(text)) {
        return new ConfigurationError(
          [
            `Could not read the OpenID configuration of tenant '${login.tenantId}' from ${login.authorityHost}.`,
            'Fix: check `tenant-id` (the Directory (tenant) ID) and `authority-host`.',
            `Details: ${text.split(/\r?\n/)[0]}`
          ].join('\n')
        )
      }
      if (login.tokenEndpoint) {
        const unavailable = tokenEndpointFailure(login.tokenEndpoint, login.authorityHost)
        if (unavailable) return unavailable
      }
      if (code) {
        return new ConfigurationError(
          `Entra ID refused the token exchange for app '${login.clientId}': ${firstLine}${claims ? `\nToken claims:${claims}` : ''}`
        )
      }
      return new ConfigurationError(
        `Could not get an Azure access token from ${login.authorityHost}: ${text}\nFix: check \`environment\` and \`authority-host\`, and that the runner can reach the authority host.`
      )
  }
}

/** The token endpoint failed for a reason of its own (unavailable, unreachable, not a token). */
function tokenEndpointFailure(
  answer: TokenEndpointAnswer,
  authorityHost: string
): Error | undefined {
  const tries = answer.tries === 1 ? '1 try' : `${answer.tries} tries`
  if (answer.transportError) {
    return new ConfigurationError(
      [
        `Could not reach the Entra ID token endpoint at ${authorityHost}: the connection failed (${answer.transportError}) on ${tries}.`,
        'Fix: re-run the job. If it keeps failing, check that the runner can reach the authority host (firewall, proxy: HTTPS_PROXY / NO_PROXY) and that `authority-host` is right.'
      ].join('\n')
    )
  }
  if (answer.status !== undefined && (answer.status >= 500 || answer.status === 429)) {
    return new ConfigurationError(
      [
        `Entra ID at ${authorityHost} was unavailable (HTTP ${answer.status}) on ${tries}.`,
        'Fix: re-run the job in a few minutes; if it persists, check the Azure status page (https://azure.status.microsoft).'
      ].join('\n')
    )
  }
  if (answer.status === 200 && answer.isToken === false) {
    return new ConfigurationError(
      [
        `The Entra ID token endpoint at ${authorityHost} answered HTTP 200 with something that is not a token (${answer.contentType || 'no content type'}).`,
        "Fix: a proxy or captive portal is likely answering instead of Entra ID: check the runner's proxy settings (HTTPS_PROXY / NO_PROXY) and `authority-host`."
      ].join('\n')
    )
  }
  return undefined
}

function firstAadstsLine(text: string): string {
  const start = text.indexOf('AADSTS')
  const line = (start >= 0 ? text.slice(start) : text).split(/\r?\n/)[0] ?? text
  // Entra appends trace and correlation ids after the sentence; they do not help the user.
  return line.replace(/\s*Trace ID:.*$/, '').trim()
}

export function messageOf(cause: unknown): string {
  if (cause instanceof Error) return cause.message
  return String(cause)
}
