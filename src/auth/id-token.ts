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
