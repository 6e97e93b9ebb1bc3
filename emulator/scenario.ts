/**
 * A scenario is everything the emulator serves for one test or demo: the Entra
 * app and its federated credential, the GitHub side (OIDC subject, token kind,
 * existing PR comments), the ARM resources and injected ARM faults.
 */

import type { Fault } from './faults.js'

/** One ARM resource: its id (any case) and the full body ARM returns for a GET on it. */
export interface ArmResource {
  id: string
  body: Record<string, unknown>
}

/** An injected ARM failure for every request whose path starts with `pathPrefix`. */
export interface ArmFault {
  /** Matched case-insensitively against the URL path, on a segment boundary. */
  pathPrefix: string
  status: number
  /** ARM error code; defaults by status (403 AuthorizationFailed, 404 ResourceNotFound, ...). */
  code?: string
  /** ARM error message; a 403 defaults to ARM's AuthorizationFailed text. */
  message?: string
  /** Only this HTTP method (default: any). */
  method?: string
  /** Only the first `times` matching requests fail (default: all). */
  times?: number
  /** Sent as Retry-After (seconds), e.g. with 429. */
  retryAfterSeconds?: number
  /** Only requests whose body contains this text (a Resource Graph query, e.g. its table name). */
  bodyIncludes?: string
}

/**
 * A fixed ARM answer for one path, for APIs the generic resource index cannot
 * serve: items without ids (Authorization `permissions`) or lists that depend
 * on a query (`roleAssignments?$filter=assignedTo('…')`). Checked after faults,
 * before resources.
 */
export interface ArmResponse {
  /** Path without query, matched case-insensitively (trailing `/` ignored). */
  path: string
  /** Query parameters that must be present with these values (compared case-insensitively). */
  query?: Record<string, string>
  /** HTTP status (default 200). A 4xx/5xx body is sent as given (use ARM's `{ error: { code, message } }`). */
  status?: number
  body: unknown
}

/** AADSTS codes the emulated Entra ID can answer with (see server.ts for the texts). */
export type EntraErrorCode =
  | 90002 // tenant not found
  | 70021 // no federated credential matches the assertion (older, generic form)
  | 700016 // application not found in the directory
  | 700211 // no federated credential for the assertion issuer
  | 700212 // no federated credential for the assertion audience
  | 700213 // no federated credential for the assertion subject
  | 7002138 // subject matches only case-insensitively
  | 700024 // assertion outside its valid time range
  | 700027 // assertion signature invalid
  | 50027 // assertion malformed
  | 7000218 // no client_assertion / client_secret
  | 900144 // required parameter missing
  | 1002012 // scope without /.default
  | 50053 // account locked / too many requests (status 400 in Entra)
  | 90033 // service temporarily unavailable (503)

export interface SeedComment {
  body: string
  /** Author login (default a human user). `github-actions[bot]` makes it a workflow-token comment. */
  login?: string
  /** ISO time (default: spaced out before the emulator start). */
  createdAt?: string
  /** Issue / PR number (default 42, runAction's default PR). */
  issueNumber?: number
}

/**
 * An injected GitHub REST failure for requests to one route (see
 * emulator/github-faults.ts), checked after authentication.
 */
export interface GitHubFault {
  /** Only this HTTP method (default: any). */
  method?: string
  /** Path without query, compared case-insensitively; `*` matches one segment. */
  path: string
  /**
   * Answers to successive matching requests; a status below 400 lets that
   * request through. After the last one, requests pass, unless `repeat`.
   */
  statuses: number[]
  /** The last status also answers every later request. */
  repeat?: boolean
  /**
   * For 403/429: GitHub's secondary rate limit (its message; the default for
   * 429) or the primary one (`X-RateLimit-Remaining: 0` and `X-RateLimit-Reset`).
   */
  rateLimit?: 'secondary' | 'primary'
  /** Sent as `Retry-After` (seconds). */
  retryAfterSeconds?: number
  /** Primary rate limit: the reset is this many seconds from now (default 3600). */
  resetInSeconds?: number
  /** The error body's `message` (default: GitHub's for the status). */
  message?: string
  /** Issue 16: matching requests are never answered (held open until the client gives up). */
  hang?: boolean
  /** Issue 16: matching requests are answered as usual, with a `Link` rel="next" to this URL. */
  linkTo?: string
}

export interface ScenarioPullRequest {
  number: number
  /** Default `open`. */
  state?: 'open' | 'closed'
  headSha: string
  /** Other commits of the pull request (the head is always one). */
  commits?: string[]
  /** The head branch lives in a fork. */
  fromFork?: boolean
}

export interface Scenario {
  name: string
  description: string
  tenantId: string
  /** Application (client) id of the app registration with the federated credential. */
  clientId: string
  /** Object id of the app's service principal (the `oid` of issued ARM tokens). */
  principalId: string
  subscriptionId: string
  /** Where the action is pointed by default (runAction inputs). */
  target: { resourceGroup: string; workspaceName: string }
  github: {
    /** `sub` of the GitHub OIDC token, e.g. `repo:octo-org/octo-repo:pull_request`. */
    subject?: string
    /** `owner/repo` (default `octo-org/octo-repo`). */
    repository?: string
    /** Token has only read access: comment writes answer 403. */
    readOnly?: boolean
    /** Comments already on the PR (#42 unless set), by other users unless `login` says otherwise; a number generates that many on #42. */
    seedComments?: number | SeedComment[]
    /** The token is a personal access token of this user (GET /user answers 200, comments are authored by it). */
    personalToken?: { login: string; id?: number }
    /** The OIDC token endpoint answers this HTTP status instead of a token. */
    oidcFailStatus?: number
    /**
     * Pull requests of the repository, for `GET /repos/{o}/{r}/pulls` and
     * `GET /repos/{o}/{r}/commits/{sha}/pulls` (which, like GitHub, does not
     * return fork pull requests for their unmerged commits).
     */
    pullRequests?: ScenarioPullRequest[]
    /** Injected GitHub REST failures, per route. */
    faults?: GitHubFault[]
  }
  entra: {
    /** Subject of the app's federated identity credential (compared case-sensitively, as Entra does). */
    federatedSubject: string
    /** Issuer of the federated credential (default `https://token.actions.githubusercontent.com`). */
    federatedIssuer?: string
    /** Audience of the federated credential (default `api://AzureADTokenExchange`). */
    federatedAudience?: string
    /** Force every token request to fail with this AADSTS code. */
    failWith?: EntraErrorCode
  }
  resources: ArmResource[]
  faults: ArmFault[]
  /** Transport and service faults for ARM and the Entra token endpoint (see faults.ts). */
  injectedFaults?: Fault[]
  /** Fixed answers by path (see ArmResponse). */
  responses?: ArmResponse[]
  /** Management groups Resource Graph knows: id → the subscriptions below it. */
  managementGroups?: Record<string, string[]>
}

export const GITHUB_OIDC_ISSUER = 'https://token.actions.githubusercontent.com'
export const AZURE_TOKEN_EXCHANGE_AUDIENCE = 'api://AzureADTokenExchange'
export const DEFAULT_REPOSITORY = 'octo-org/octo-repo'
export const DEFAULT_SUBJECT = `repo:${DEFAULT_REPOSITORY}:pull_request`
