// Types only: @actions/github (Octokit) and the plugins load when a client is first needed.
import type { getOctokit } from '@actions/github'
import { ConfigurationError } from '../model/errors.js'

/** The Octokit that `@actions/github` builds: REST methods plus `paginate`. */
export type GitHubClient = ReturnType<typeof getOctokit>

/** Options passed through to Octokit (tests pass `request: { fetch }`). */
export type GitHubClientOptions = NonNullable<Parameters<typeof getOctokit>[1]>

export const DEFAULT_API_URL = 'https://api.github.com'

/**
 * How long and how often a GitHub request is retried. The comment is optional,
 * so the bounds keep a struggling GitHub from holding the job for long.
 */
export const RETRY_POLICY = {
  /** Retries of a 5xx or network failure, with the retry plugin's backoff (1 s, 4 s). */
  serverErrorRetries: 2,
  /** Retries of one request after a rate limit (403/429 with `retry-after` or `x-ratelimit-reset`). */
  rateLimitRetries: 2,
  /** The longest wait GitHub may ask for that is honoured; a longer one gives up at once. */
  maxWaitSeconds: 60,
  /** All rate-limit waits of one client together. */
  totalWaitSeconds: 120
} as const

/**
 * Client options: Octokit's, except that of the plugins' settings only their
 * time unit can be changed (tests make it 1 ms instead of 1 s); the bounds of
 * RETRY_POLICY and the handlers always apply.
 */
export type CreateOctokitOptions = Omit<GitHubClientOptions, 'retry' | 'throttle'> & {
  retry?: { retryAfterBaseValue?: number }
  throttle?: { retryAfterBaseValue?: number }
  /** When every request of this client must have ended (see githubDeadline). */
  deadline?: GitHubDeadline
}

/** The end of a client's requests: aborted when `signal` fires, said in words naming `seconds`. */
export interface GitHubDeadline {
  signal: AbortSignal
  seconds: number
}

/**
 * Longest a GitHub step may still take once the run's deadline has passed: a report whose Azure
 * reads were cut off by the deadline must still reach the pull request, but a GitHub that
 * does not answer must not hold the job for long.
 */
export const GITHUB_GRACE_MS = 10_000

/**
 * The run's deadline (`timeout-seconds`, counted from the start of the process) for the
 * GitHub requests of a client created now, or at least GITHUB_GRACE_MS from now.
 */
export function githubDeadline(timeoutSeconds: number): GitHubDeadline {
  const remaining = timeoutSeconds * 1000 - performance.now()
  // AbortSignal.timeout does not keep the process alive.
  return {
    signal: AbortSignal.timeout(Math.ceil(Math.max(remaining, GITHUB_GRACE_MS))),
    seconds: timeoutSeconds
  }
}

/**
 * A GitHub request the client itself stopped: a link to another host (`status` 421, the
 * token is never sent there) or the run's deadline (`status` 504). Shaped like Octokit's
 * RequestError (a numeric `status`), so every caller reports it as a failed request.
 */
export class GitHubRequestStopped extends Error {
  override name = 'GitHubRequestStopped'
  constructor(
    message: string,
    readonly status: number
  ) {
    super(message)
  }
}

/** Where retries are announced (`core.info` in the action). */
export type RetryLog = (message: string) => void

/** The GitHub client could not be loaded (e.g. `@actions/github` refused an unreadable event file). */
export class GitHubClientError extends Error {
  override name = 'GitHubClientError'
}

interface RequestOptions {
  method?: string
  url?: string
}

/**
 * An Octokit for `token` against `baseUrl` (`GITHUB_API_URL` on GitHub
 * Enterprise Server and GHE.com, else https://api.github.com), with Octokit's
 * retry and throttling plugins configured by RETRY_POLICY. Uses the runner's
 * proxy settings through `@actions/github`.
 *
 * Only tests pass `options.retry` / `options.throttle` (see CreateOctokitOptions);
 * no input or environment variable reaches them.
 */
export async function createOctokit(
  token: string,
  baseUrl: string = process.env['GITHUB_API_URL'] || DEFAULT_API_URL,
  options: CreateOctokitOptions = {},
  log: RetryLog = () => {}
): Promise<GitHubClient> {
  if (!token.trim()) {
    throw new ConfigurationError(
      '`github-token` is empty, so no pull request comment can be written. ' +
        'Leave the input unset to use the workflow token, or pass a token with `pull-requests: write`.'
    )
  }
  // Imported here, not at the top: `@actions/github` parses the event file when it is
  // loaded and throws on invalid JSON, which must not stop the evaluation.
  let github: typeof import('@actions/github')
  let retry: typeof import('@octokit/plugin-retry').retry
  let throttling: typeof import('@octokit/plugin-throttling').throttling
  try {
    ;[github, { retry }, { throttling }] = await Promise.all([
      import('@actions/github'),
      import('@octokit/plugin-retry'),
      import('@octokit/plugin-throttling')
    ])
  } catch (error) {
    // A JSON error quotes the file, whose texts (a pull request title) are not ours to log.
    const why =
      error instanceof SyntaxError
        ? 'the event file GITHUB_EVENT_PATH names is not valid JSON'
        : error instanceof Error
          ? error.message
          : String(error)
    throw new GitHubClientError(`the GitHub client could not start (${why})`)
  }
  let waitedSeconds = 0
  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: RequestOptions, _octokit: unknown, retryCount: number) => {
      const what = `${request.method ?? 'GET'} ${pathOf(request.url)}`
      if (
        retryCount >= RETRY_POLICY.rateLimitRetries ||
        retryAfter > RETRY_POLICY.maxWaitSeconds ||
        waitedSeconds + retryAfter > RETRY_POLICY.totalWaitSeconds
      ) {
        return false
      }
      waitedSeconds += retryAfter
      log(
        `GitHub ${kind} on ${what}: retrying in ${retryAfter} s as GitHub asks (retry ${retryCount + 1} of ${RETRY_POLICY.rateLimitRetries}).`
      )
      return true
    }
  const { retry: retryTiming, throttle: throttleTiming, deadline, ...rest } = options
  const octokit = github.getOctokit(
    token,
    {
      ...rest,
      baseUrl: baseUrl.replace(/\/+$/, '') || DEFAULT_API_URL,
      retry: {
        retries: RETRY_POLICY.serverErrorRetries,
        // The plugin's defaults plus 429, which the throttling plugin retries after `retry-after`.
        doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
        ...retryTiming
      },
      throttle: {
        onRateLimit: onLimit('API rate limit'),
        onSecondaryRateLimit: onLimit('secondary rate limit'),
        ...throttleTiming
      }
    },
    retry,
    throttling
  ) as GitHubClient
  guardRequests(octokit, baseUrl.replace(/\/+$/, '') || DEFAULT_API_URL, deadline)
  return octokit
}

/**
 * Wraps every request, retries and pages included (registered last, so outermost): one to
 * another origin than `baseUrl` is never sent, as Octokit's auth hook would hand it the
 * token (`paginate` follows a `Link` header wherever it points); and past `deadline` every
 * request is aborted and reported as such.
 */
function guardRequests(
  octokit: GitHubClient,
  baseUrl: string,
  deadline: GitHubDeadline | undefined
): void {
  const origin = new URL(baseUrl).origin
  octokit.hook.wrap('request', async (request, options) => {
    const url = new URL(String(options.url), `${origin}/`)
    if (url.origin !== origin) {
      throw new GitHubRequestStopped(
        `GitHub named a link on another host (${url.host}); \`github-token\` is sent only to ${new URL(origin).host}, so the link was not followed`,
        421
      )
    }
    if (!deadline) return request(options)
    const stopped = (): GitHubRequestStopped =>
      new GitHubRequestStopped(
        `GitHub did not answer before the run's deadline (\`timeout-seconds\`: ${deadline.seconds}); the request was stopped`,
        504
      )
    if (deadline.signal.aborted) throw stopped()
    const signal = options.request?.signal
    const request_ = {
      ...options.request,
      signal: signal ? AbortSignal.any([signal, deadline.signal]) : deadline.signal
    }
    let onAbort: (() => void) | undefined
    const reached = new Promise<never>((_, reject) => {
      onAbort = () => reject(stopped())
      deadline.signal.addEventListener('abort', onAbort, { once: true })
    })
    try {
      // Raced too: a request waiting in the throttling plugin's queue has no socket to abort.
      return await Promise.race([request({ ...options, request: request_ }), reached])
    } catch (error) {
      if (deadline.signal.aborted) throw stopped()
      throw error
    } finally {
      if (onAbort) deadline.signal.removeEventListener('abort', onAbort)
    }
  })
}

/** The path of a request URL (which may be a template), without query and host. */
function pathOf(url: string | undefined): string {
  return (url ?? '').replace(/^https?:\/\/[^/]+/, '').replace(/\?.*$/, '')
}
