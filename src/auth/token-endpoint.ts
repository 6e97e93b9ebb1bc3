/**
 * What the Entra token endpoint last answered, seen from inside the
 * credential's pipeline. MSAL reports a reset connection and an HTML page from
 * a proxy alike as `network_error`; this observation tells them apart, so the
 * login error can name the fix. It never keeps a body, only its shape.
 */
import type { PipelinePolicy } from '@azure/core-rest-pipeline'

/** The identity pipeline's own retry policy, configured: at most 3 retries, 0.8 s doubling (jittered). */
export const ENTRA_RETRY_OPTIONS = { maxRetries: 3, retryDelayInMs: 800, maxRetryDelayInMs: 8000 }

export interface TokenEndpointAnswer {
  /** Tries sent to the token endpoint (retries included). */
  tries: number
  /** HTTP status of the last try, when one arrived. */
  status?: number
  /** Transport error code of the last try (ECONNRESET, ETIMEDOUT, ...). */
  transportError?: string
  /** Content-Type of the last answer. */
  contentType?: string
  /** Whether the last 200 answer was JSON with an `access_token`. */
  isToken?: boolean
}

export class TokenEndpointObserver {
  last: TokenEndpointAnswer | undefined

  policy(): PipelinePolicy {
    return {
      name: 'amlInferenceGuardTokenEndpointObserver',
      sendRequest: async (request, next) => {
        if (!/\/oauth2\/v2\.0\/token$/i.test(new URL(request.url).pathname)) return next(request)
        const tries = (this.last?.tries ?? 0) + 1
        try {
          const response = await next(request)
          this.last = {
            tries,
            status: response.status,
            contentType: response.headers.get('content-type') ?? '',
            ...(response.status === 200 ? { isToken: hasAccessToken(response.bodyAsText) } : {})
          }
          return response
        } catch (error) {
          const code = (error as { code?: unknown } | null)?.code
          this.last = { tries, transportError: typeof code === 'string' ? code : 'unknown' }
          throw error
        }
      }
    }
  }
}

function hasAccessToken(text: string | null | undefined): boolean {
  try {
    const body = JSON.parse(text ?? '') as { access_token?: unknown } | null
    return typeof body?.access_token === 'string' && body.access_token.length > 0
  } catch {
    return false
  }
}
