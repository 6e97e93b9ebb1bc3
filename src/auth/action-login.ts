/**
 * The action's login: GitHub OIDC → Entra ID with the action's inputs, logging
 * the token claims (never tokens) to the step log. One place for the
 * single-workspace run (main.ts) and the estate scan (azure/connect.ts).
 */
import * as core from '@actions/core'
import type { RunDeadline } from '../collect/pipeline.js'
import type { Settings } from '../settings/inputs.js'
import type { TokenCredential } from '@azure/identity'
import { log } from '../log/log-safe.js'
import { registerSecret } from '../model/redact.js'
import { login, type LoginResult } from './login.js'

/** Masked in the log by the runner, and removed from every output by the redaction step. */
function setSecret(secret: string): void {
  // Once per value: the credential hands out the same token for every ARM request.
  if (registerSecret(secret)) core.setSecret(secret)
}

/** The credential, registering every access token it hands the ARM clients (refreshed ones too). */
function registering(credential: TokenCredential): TokenCredential {
  return {
    getToken: async (scopes, options) => {
      const token = await credential.getToken(scopes, options)
      if (token) setSecret(token.token)
      return token
    }
  }
}

export async function actionLogin(
  settings: Pick<Settings, 'clientId' | 'tenantId' | 'cloud'>,
  deadline: RunDeadline
): Promise<LoginResult> {
  const result = await login(
    {
      deadline,
      clientId: settings.clientId,
      tenantId: settings.tenantId,
      audience: settings.cloud.audience,
      authorityHost: settings.cloud.authorityHost,
      tokenScope: settings.cloud.tokenScope,
      disableInstanceDiscovery: settings.cloud.disableInstanceDiscovery
    },
    { getIDToken: aud => core.getIDToken(aud), setSecret, info: log.info }
  )
  return { ...result, credential: registering(result.credential) }
}
