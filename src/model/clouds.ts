/**
 * Azure clouds by name, and the DNS suffixes of the services the checks name
 * per cloud. Plain data: settings/ builds the endpoints of a run on the same
 * names, evaluate/ picks the host names a firewall must allow from the
 * snapshot's `cloud`.
 *
 * Suffixes as Azure CLI's `az cloud show` reports them
 * (`suffixes.acrLoginServerEndpoint`, `suffixes.storageEndpoint`).
 */
export const CLOUD_NAMES = ['AzureCloud', 'AzureUSGovernment', 'AzureChinaCloud'] as const
export type CloudName = (typeof CLOUD_NAMES)[number]

export interface CloudSuffixes {
  /** Container registry login servers: `<name>.<suffix>`, data endpoints `<name>.<region>.data.<suffix>`. */
  containerRegistry: string
  /** Storage endpoints: blobs at `<account>.blob.<suffix>`. */
  storage: string
}

export const CLOUD_SUFFIXES: Readonly<Record<CloudName, Readonly<CloudSuffixes>>> = Object.freeze({
  AzureCloud: Object.freeze({ containerRegistry: 'azurecr.io', storage: 'core.windows.net' }),
  AzureUSGovernment: Object.freeze({
    containerRegistry: 'azurecr.us',
    storage: 'core.usgovcloudapi.net'
  }),
  AzureChinaCloud: Object.freeze({
    containerRegistry: 'azurecr.cn',
    storage: 'core.chinacloudapi.cn'
  })
})

/** The suffixes of a snapshot's cloud; `custom` (an emulator or a proxy of public ARM) and unknown names use the public cloud's. */
export function cloudSuffixes(cloud: string | undefined): Readonly<CloudSuffixes> {
  return (CLOUD_NAMES as readonly string[]).includes(cloud ?? '')
    ? CLOUD_SUFFIXES[cloud as CloudName]
    : CLOUD_SUFFIXES.AzureCloud
}
