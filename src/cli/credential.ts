/**
 * The CLI's Azure login: the Azure CLI's (`az login`), else whatever
 * DefaultAzureCredential finds in the environment (service principal
 * variables, workload identity, managed identity, azd, PowerShell). A token
 * is requested up front so that "no credential" is one clear message naming
 * every source that was tried, not a failed read of every resource.
 */
import {
  AzureCliCredential,
  DefaultAzureCredential,
  type AccessToken,
  type TokenCredential
} from '@azure/identity'
import { decodeJwtClaims } from '../auth/claims.js'
import { isKnownAuthorityHost, type CloudSettings } from '../settings/clouds.js'
import { ConfigurationError } from '../model/errors.js'
import type { Login } from '../run/pipeline.js'

export interface CliLoginSettings {
  cloud: CloudSettings
  /** `--authority-host` or a non-public `--environment` was given: it wins over AZURE_AUTHORITY_HOST. */
  authorityExplicit: boolean
  /** `--tenant`, if given. */
  tenantId?: string
}

export interface CredentialSource {
  name: string
  create: () => TokenCredential
}

/** The sources, in the order they are tried. */
export function credentialSources(
  settings: CliLoginSettings,
  env: Readonly<Record<string, string | undefined>> = process.env
): CredentialSource[] {
  const authorityHost =
    (settings.authorityExplicit ? undefined : env['AZURE_AUTHORITY_HOST']) ||
    settings.cloud.authorityHost
  const tenant = settings.tenantId ? { tenantId: settings.tenantId } : {}
  return [
    { name: 'Azure CLI (az login)', create: () => new AzureCliCredential(tenant) },
    {
      name: 'the environment (DefaultAzureCredential: AZURE_CLIENT_ID/AZURE_TENANT_ID with a secret, certificate or AZURE_FEDERATED_TOKEN_FILE, managed identity, Azure Developer CLI, Azure PowerShell)',
      create: () =>
        new DefaultAzureCredential({
          ...tenant,
          authorityHost,
          disableInstanceDiscovery:
            settings.cloud.disableInstanceDiscovery || !isKnownAuthorityHost(authorityHost)
        })
    }
  ]
}

/** The first source that yields an ARM token, and who it is; else a ConfigurationError listing each failure. */
export async function cliLogin(
  sources: readonly CredentialSource[],
  tokenScope: string,
  info: (message: string) => void
): Promise<Login> {
  const tried: string[] = []
  for (const source of sources) {
    const credential = source.create()
    let token: AccessToken | null
    try {
      token = await credential.getToken(tokenScope)
      if (!token) throw new Error('no token was returned')
    } catch (error) {
      tried.push(`- ${source.name}: ${failureReason(error)}`)
      continue
    }
    const claims = decodeJwtClaims(token.token) ?? {}
    const objectId = typeof claims['oid'] === 'string' ? claims['oid'] : undefined
    const tenant = typeof claims['tid'] === 'string' ? claims['tid'] : 'unknown'
    info(
      `Signed in to Azure with ${source.name.replace(/ \(.*$/, '')} as object id ${objectId ?? 'unknown'} in tenant ${tenant}.`
    )
    return { credential, identity: objectId ? { objectId } : {} }
  }
  throw new ConfigurationError(
    `No Azure credential worked. Tried:\n${tried.join('\n')}\n` +
      'Fix: run `az login` (and `az account set --subscription <id>`), or set the environment for DefaultAzureCredential (for example AZURE_CLIENT_ID, AZURE_TENANT_ID and AZURE_CLIENT_SECRET). --from-snapshot evaluates a saved snapshot without any credential.'
  )
}

/**
 * Why a source failed, briefly: DefaultAzureCredential's aggregate error as
 * the first sentence of each credential it tried. Never a stack.
 */
export function failureReason(error: unknown): string {
  const inner = (error as { errors?: unknown }).errors
  if (Array.isArray(inner) && inner.length > 0) return inner.map(firstSentence).join(' ')
  return firstSentence(error)
}

function firstSentence(error: unknown): string {
  const message = (error instanceof Error ? error.message : String(error))
    .replace(/[\p{C}\p{Zl}\p{Zp}]+/gu, ' ')
    .trim()
  const end = message.search(/\.(\s|$)/)
  const sentence = end > 0 ? message.slice(0, end + 1) : message
  return sentence.length > 300 ? `${sentence.slice(0, 300)}…` : sentence
}
