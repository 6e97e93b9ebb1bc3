/**
 * Login (GitHub OIDC → Entra ID) and the ARM clients built on it, as the
 * action's runs need them: the estate scan uses it; the single-workspace run
 * in main.ts builds the same two objects.
 */
import * as core from '@actions/core'
import { login, type LoginResult } from '../auth/login.js'
import type { Settings } from '../inputs.js'
import { AzureClients } from './clients.js'
import { RunDeadline } from './pipeline.js'

export async function connectAzure(
  settings: Pick<Settings, 'clientId' | 'tenantId' | 'cloud' | 'maxConcurrency' | 'timeoutSeconds'>
): Promise<{ clients: AzureClients; identity: LoginResult['identity'] }> {
  // Counted from the start of the process: the whole scan, login included.
  const deadline = new RunDeadline(settings.timeoutSeconds, 0)
  const { credential, identity } = await login(
    {
      deadline,
      clientId: settings.clientId,
      tenantId: settings.tenantId,
      audience: settings.cloud.audience,
      authorityHost: settings.cloud.authorityHost,
      tokenScope: settings.cloud.tokenScope,
      disableInstanceDiscovery: settings.cloud.disableInstanceDiscovery
    },
    { getIDToken: aud => core.getIDToken(aud), setSecret: core.setSecret, info: core.info }
  )
  const clients = new AzureClients(credential, {
    ...settings.cloud,
    maxConcurrency: settings.maxConcurrency,
    deadline,
    // Each ARM request with its correlation id, for support cases (URLs and ids only, never
    // headers); shown when step debug logging is on.
    debug: (message: string) => core.debug(message)
  })
  return { clients, identity }
}
