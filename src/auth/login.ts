import type { TokenCredential } from '@azure/identity'
import type { GitHubTokenClaims } from './claims.js'
import { decodeJwtClaims, describeClaims } from './claims.js'
import { diagnoseLoginError, idTokenUnavailable } from './diagnose.js'
import { createAssertionProvider, idTokenWithin } from './id-token.js'
import {
  MAX_TRY_TIMEOUT_MS,
  deadlinePolicy,
  tryTimeoutPolicy,
  type RunDeadline
} from '../collect/pipeline.js'
import { ConfigurationError } from '../model/errors.js'
import { ENTRA_RETRY_OPTIONS, TokenEndpointObserver } from './token-endpoint.js'
import { nextRequestSent } from './request-sent.js'

export interface LoginSettings {
  clientId: string
  tenantId: string
  audience: string
  authorityHost: string
  tokenScope: string
  disableInstanceDiscovery: boolean
  /** The run's deadline: login gives up with a clear error when it passes. */
  deadline?: RunDeadline
}

/** The runner-facing side effects login needs; `main` passes `@actions/core`. */
export interface LoginIO {
  getIDToken: (audience: string) => Promise<string>
  setSecret: (secret: string) => void
  info: (message: string) => void
}

export interface LoginResult {
  credential: TokenCredential
  /** Who ARM will see, from the access token's claims (never the token). */
  identity: { objectId?: string; appId?: string; tenantId?: string }
}

/**
 * GitHub OIDC → Entra ID: exchanges the workflow's ID token for an ARM token
 * once, up front, so that a login problem is reported as one clear error
 * instead of as a failed read of every resource.
 */
export async function login(settings: LoginSettings, io: LoginIO): Promise<LoginResult> {
  let idTokenError: unknown
  let claims: GitHubTokenClaims | undefined
  const getAssertion = createAssertionProvider({
    audience: settings.audience,
    fetchIdToken: async audience => {
      try {
        return await idTokenWithin(io.getIDToken(audience), settings.deadline)
      } catch (error) {
        idTokenError = error
        throw error
      }
    },
    onToken: (token, decoded) => {
      io.setSecret(token)
      if (!claims && decoded) {
        claims = decoded
        io.info(
          `GitHub OIDC token claims (match these in the federated credential):\n${describeClaims(decoded)}`
        )
      }
    }
  })

  // The ID token request goes out first; @azure/identity is loaded while it is in flight, once the
  // request is written (compiling the SDK would otherwise hold its connect and write back).
  const sent = nextRequestSent()
  const idToken = getAssertion()
  const [identityModule] = await Promise.allSettled([
    sent.then(() => import('@azure/identity')),
    idToken
  ])
  if (idTokenError !== undefined) throw idTokenUnavailable(idTokenError)
  if (identityModule.status === 'rejected') throw identityModule.reason
  const { ClientAssertionCredential } = identityModule.value

  const tokenEndpoint = new TokenEndpointObserver()
  const credential = new ClientAssertionCredential(
    settings.tenantId,
    settings.clientId,
    getAssertion,
    {
      authorityHost: settings.authorityHost,
      disableInstanceDiscovery: settings.disableInstanceDiscovery,
      retryOptions: ENTRA_RETRY_OPTIONS,
      additionalPolicies: [
        // Past the deadline, token requests still retrying in the background stop too.
        ...(settings.deadline
          ? [{ policy: deadlinePolicy(settings.deadline), position: 'perCall' as const }]
          : []),
        { policy: tokenEndpoint.policy(), position: 'perRetry' },
        {
          policy: tryTimeoutPolicy(settings.deadline?.tryTimeoutMs ?? MAX_TRY_TIMEOUT_MS),
          position: 'perRetry'
        }
      ]
    }
  )

  try {
    // The SDK clients' bearer policy asks for CAE tokens, which MSAL caches apart from plain ones:
    // asking for the same kind here makes this the run's only token exchange. The
    // client-assertion flow ignores abort signals: the deadline is raced instead.
    const pending = credential.getToken(settings.tokenScope, { enableCae: true })
    const token = await (settings.deadline ? settings.deadline.race(pending) : pending)
    io.setSecret(token.token)
    const access = decodeJwtClaims(token.token) ?? {}
    const identity = {
      objectId: typeof access['oid'] === 'string' ? access['oid'] : undefined,
      appId: typeof access['appid'] === 'string' ? access['appid'] : undefined,
      tenantId: typeof access['tid'] === 'string' ? access['tid'] : undefined
    }
    io.info(
      `Logged in to Azure as app ${identity.appId ?? settings.clientId} (object id ${identity.objectId ?? 'unknown'}) in tenant ${identity.tenantId ?? settings.tenantId}.`
    )
    return { credential, identity }
  } catch (error) {
    if (idTokenError !== undefined) throw idTokenUnavailable(idTokenError)
    if (settings.deadline?.expired) {
      throw new ConfigurationError(
        `Login to Entra ID at ${settings.authorityHost} did not finish before the run's deadline (\`timeout-seconds\`: ${settings.deadline.seconds}).\nFix: re-run the job; if Entra ID is slow to answer, raise the \`timeout-seconds\` input.`
      )
    }
    throw diagnoseLoginError(error, {
      clientId: settings.clientId,
      tenantId: settings.tenantId,
      audience: settings.audience,
      authorityHost: settings.authorityHost,
      claims,
      ...(tokenEndpoint.last ? { tokenEndpoint: tokenEndpoint.last } : {})
    })
  }
}
