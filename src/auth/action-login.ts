/**
 * The action's login: GitHub OIDC → Entra ID with the action's inputs, logging
 * the token claims (never tokens) to the step log. One place for the
 * single-workspace run (main.ts) and the estate scan (azure/connect.ts).
 */
import * as core from '@actions/core'
import type { RunDeadline } from '../azure/pipeline.js'
import type { Settings } from '../inputs.js'
import { log } from '../log-safe.js'
import { login, type LoginResult } from './login.js'

export function actionLogin(
  settings: Pick<Settings, 'clientId' | 'tenantId' | 'cloud'>,
  deadline: RunDeadline
): Promise<LoginResult> {
  return login(
    {
      deadline,
      clientId: settings.clientId,
      tenantId: settings.tenantId,
      audience: settings.cloud.audience,
      authorityHost: settings.cloud.authorityHost,
      tokenScope: settings.cloud.tokenScope,
      disableInstanceDiscovery: settings.cloud.disableInstanceDiscovery
    },
    { getIDToken: aud => core.getIDToken(aud), setSecret: core.setSecret, info: log.info }
  )
}
