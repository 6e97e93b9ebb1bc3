/**
 * Login (GitHub OIDC → Entra ID) and the ARM clients built on it, for the
 * estate scan; the single-workspace run reaches the same two through
 * src/run/pipeline.ts's `collect`.
 */
import { actionLogin } from '../auth/action-login.js'
import type { LoginResult } from '../auth/login.js'
import type { Settings } from '../settings/inputs.js'
import { log } from '../log/log-safe.js'
import { armClients } from './pipeline.js'
import { AzureClients } from '../collect/clients.js'
import { RunDeadline } from '../collect/pipeline.js'

export async function connectAzure(
  settings: Pick<
    Settings,
    'clientId' | 'tenantId' | 'cloud' | 'maxConcurrency' | 'armReadReserve' | 'timeoutSeconds'
  >
): Promise<{ clients: AzureClients; identity: LoginResult['identity'] }> {
  // Counted from the start of the process: the whole scan, login included.
  const deadline = new RunDeadline(settings.timeoutSeconds, 0)
  const { credential, identity } = await actionLogin(settings, deadline)
  return { clients: armClients(AzureClients, credential, settings, log, deadline), identity }
}
