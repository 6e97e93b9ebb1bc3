/**
 * Azure clouds: the endpoints a run talks to, resolved once from the inputs.
 *
 * Values follow Microsoft's documentation (Azure CLI `az cloud show`, the
 * `azure/login` action and "Configure an app to trust an external identity
 * provider"): ARM endpoint, the ARM token scope (the cloud's
 * `activeDirectoryResourceId` + `/.default`), the Entra ID authority host and
 * the audience a federated credential expects in the GitHub OIDC token.
 */
import { CLOUD_NAMES, type CloudName } from '../model/clouds.js'
import { ConfigurationError } from '../model/errors.js'

// The names live in model/ with the per-cloud service suffixes the checks use.
export { CLOUD_NAMES, type CloudName }

/** Values of the `environment` input, canonical spelling. */
export const ENVIRONMENTS = [...CLOUD_NAMES, 'custom'] as const
export type Environment = (typeof ENVIRONMENTS)[number]

export interface Cloud {
  name: CloudName
  /** Azure Resource Manager endpoint, no trailing slash. */
  armEndpoint: string
  /** OAuth scope of an ARM access token in this cloud. */
  tokenScope: string
  /** Entra ID authority host, no trailing slash. */
  authorityHost: string
  /** Audience of the GitHub OIDC token that the cloud's federated credentials expect by default. */
  audience: string
}

export const CLOUDS: Readonly<Record<CloudName, Readonly<Cloud>>> = Object.freeze({
  AzureCloud: Object.freeze({
    name: 'AzureCloud',
    armEndpoint: 'https://management.azure.com',
    tokenScope: 'https://management.azure.com/.default',
    authorityHost: 'https://login.microsoftonline.com',
    audience: 'api://AzureADTokenExchange'
  }),
  AzureUSGovernment: Object.freeze({
    name: 'AzureUSGovernment',
    armEndpoint: 'https://management.usgovcloudapi.net',
    tokenScope: 'https://management.core.usgovcloudapi.net/.default',
    authorityHost: 'https://login.microsoftonline.us',
    audience: 'api://AzureADTokenExchangeUSGov'
  }),
  AzureChinaCloud: Object.freeze({
    name: 'AzureChinaCloud',
    armEndpoint: 'https://management.chinacloudapi.cn',
    tokenScope: 'https://management.core.chinacloudapi.cn/.default',
    authorityHost: 'https://login.chinacloudapi.cn',
    audience: 'api://AzureADTokenExchangeChina'
  })
})

/** Everything the auth and Azure clients need to know about the cloud of this run. */
export interface CloudSettings {
  name: Environment
  armEndpoint: string
  tokenScope: string
  authorityHost: string
  audience: string
  /**
   * True when the authority host is not one of the known public Entra hosts
   * (an emulator, a sovereign or private deployment): MSAL must not call the
   * real login host for instance discovery then.
   */
  disableInstanceDiscovery: boolean
}

/** What `resolveCloud` reads. Empty strings mean "not set", like unset action inputs. */
export interface CloudOptions {
  environment: Environment
  armEndpoint?: string
  authorityHost?: string
  audience?: string
}

const KNOWN_AUTHORITY_HOSTS = new Set(
  CLOUD_NAMES.map(name => normaliseEndpoint(CLOUDS[name].authorityHost).toLowerCase())
)

/** `https://Host/path/` → `https://host/path` (lower-case scheme and host, no trailing slash). */
export function normaliseEndpoint(url: string): string {
  try {
    return new URL(url).href.replace(/\/+$/, '')
  } catch {
    return url.trim().replace(/\/+$/, '')
  }
}

/** Whether MSAL may run instance discovery against this authority host. */
export function isKnownAuthorityHost(authorityHost: string): boolean {
  return KNOWN_AUTHORITY_HOSTS.has(normaliseEndpoint(authorityHost).toLowerCase())
}

/**
 * The cloud of this run: the named cloud's values with the `arm-endpoint`,
 * `authority-host` and `audience` overrides applied.
 *
 * The token scope always comes from the named cloud and never from the ARM
 * endpoint URL: an overridden endpoint (a proxy, an emulator) still issues and
 * checks tokens for the cloud's ARM resource. `custom` uses the public cloud's
 * scope (`https://management.azure.com/.default`) and audience, as Azure CLI
 * does for a registered custom cloud without an Azure Stack Hub resource ID:
 * the usual custom setup is a local emulator or a proxy in front of public ARM,
 * and there is no input to name another resource.
 *
 * Throws `ConfigurationError` for `custom` without both endpoints (`readSettings`
 * reports that earlier, with the other input errors).
 */
export function resolveCloud(options: CloudOptions): CloudSettings {
  const armOverride = options.armEndpoint?.trim() ?? ''
  const authorityOverride = options.authorityHost?.trim() ?? ''
  const audienceOverride = options.audience?.trim() ?? ''

  let base: Cloud
  if (options.environment === 'custom') {
    const missing = [
      armOverride ? undefined : 'arm-endpoint',
      authorityOverride ? undefined : 'authority-host'
    ].filter((name): name is string => name !== undefined)
    if (missing.length > 0) {
      throw new ConfigurationError(customMissingMessage(missing))
    }
    base = CLOUDS.AzureCloud
  } else {
    const cloud = CLOUDS[options.environment] as Cloud | undefined
    if (cloud === undefined) {
      throw new ConfigurationError(
        `Unknown environment ${JSON.stringify(String(options.environment))}. Allowed values: ${ENVIRONMENTS.join(', ')}.`
      )
    }
    base = cloud
  }

  const armEndpoint = armOverride ? normaliseEndpoint(armOverride) : base.armEndpoint
  const authorityHost = authorityOverride
    ? normaliseEndpoint(authorityOverride)
    : base.authorityHost
  return {
    name: options.environment,
    armEndpoint,
    tokenScope: base.tokenScope,
    authorityHost,
    audience: audienceOverride || base.audience,
    disableInstanceDiscovery: !isKnownAuthorityHost(authorityHost)
  }
}

/** The error for `environment: custom` without endpoints; shared with input validation. */
export function customMissingMessage(missing: readonly string[]): string {
  return (
    `environment: custom requires both \`authority-host\` and \`arm-endpoint\` ` +
    `(not set: ${missing.map(name => `\`${name}\``).join(', ')}). ` +
    `Set them to the https URLs of the Entra ID authority and of Azure Resource Manager, ` +
    `or use environment AzureCloud, AzureUSGovernment or AzureChinaCloud.`
  )
}
