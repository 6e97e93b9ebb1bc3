import { DEADLINE_CODE } from '../model/snapshot.js'
import { decodeJwtClaims, type GitHubTokenClaims } from './claims.js'

export interface AssertionProviderOptions {
  /** Fetches a fresh GitHub ID token for the audience (core.getIDToken in the action). */
  fetchIdToken: (audience: string) => Promise<string>
  audience: string
  /** Called once per fetched token, before it is used: mask it. */
  onToken?: (token: string, claims: GitHubTokenClaims | undefined) => void
  /** How long a fetched ID token is reused. */
  ttlMs?: number
  now?: () => number
}

/**
 * The `getAssertion` callback for ClientAssertionCredential.
 *
 * MSAL calls it twice per token request, and GitHub ID tokens live about five
 * minutes, so a token is reused for a short time only: long enough to cover one
 * exchange, never for a whole run that may outlive it.
 */
export function createAssertionProvider(options: AssertionProviderOptions): () => Promise<string> {
  const ttlMs = options.ttlMs ?? 60_000
  const now = options.now ?? Date.now
  let cached: { token: Promise<string>; fetchedAt: number } | undefined

  return async () => {
    if (!cached || now() - cached.fetchedAt >= ttlMs) {
      const fetchedAt = now()
      const token = options.fetchIdToken(options.audience).then(value => {
        options.onToken?.(value, decodeJwtClaims(value))
        return value
      })
      cached = { token, fetchedAt }
      // A failed fetch must not be reused: the next call tries again.
      token.catch(() => {
        if (cached?.token === token) cached = undefined
      })
    }
    return cached.token
  }
}

/** What of the run's deadline the ID token request needs (RunDeadline has it). */
export interface IdTokenDeadline {
  readonly seconds: number
  race<T>(work: Promise<T>): Promise<T>
}

/**
 * The ID token request, given up at the run's deadline: `core.getIDToken` has no timeout and
 * no way to abort it, so a token service that never answers would hold the job. The request
 * itself is left behind (the action ends without waiting for it).
 */
export async function idTokenWithin(
  request: Promise<string>,
  deadline: IdTokenDeadline | undefined
): Promise<string> {
  if (!deadline) return request
  try {
    return await deadline.race(request)
  } catch (error) {
    // The deadline's own error speaks of Azure: this one names the OIDC token service.
    if ((error as { code?: unknown }).code !== DEADLINE_CODE) throw error
    request.catch(() => undefined)
    throw new Error(
      `GitHub's OIDC token service did not answer before the run's deadline (\`timeout-seconds\`: ${deadline.seconds}); raise \`timeout-seconds\` if it is only slow`
    )
  }
}
