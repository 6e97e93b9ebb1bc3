/**
 * Proves the real Azure SDK stack works against the emulator. Run as a child
 * process (`node --import tsx emulator/probe-sdk.ts`) with NODE_EXTRA_CA_CERTS
 * pointing at the test CA and PROBE_CONFIG holding a JSON ProbeConfig. Prints
 * one JSON line (ProbeResult) on stdout; exits 1 on failure.
 */
import { ClientAssertionCredential } from '@azure/identity'
import { AzureMachineLearningWorkspaces } from '@azure/arm-machinelearning'
import { NetworkManagementClient } from '@azure/arm-network'

export interface ProbeConfig {
  oidcRequestUrl: string
  oidcRequestToken: string
  authorityHost: string
  armEndpoint: string
  tenantId: string
  clientId: string
  subscriptionId: string
  resourceGroup: string
  workspaceName: string
  networkResourceGroup: string
  virtualNetwork: string
  subnet: string
}

export interface ProbeResult {
  ok: boolean
  workspace?: { id?: string; publicNetworkAccess?: string; privateEndpointIds: string[] }
  endpoints?: Array<{ name?: string; publicNetworkAccess?: string }>
  pages?: number
  subnet?: { id?: string; addressPrefix?: string; networkSecurityGroupId?: string }
  error?: { name: string; message: string; statusCode?: number; code?: string }
}

async function githubAssertion(config: ProbeConfig): Promise<string> {
  const url = `${config.oidcRequestUrl}&audience=${encodeURIComponent('api://AzureADTokenExchange')}`
  const response = await fetch(url, {
    headers: { Authorization: `Bearer ${config.oidcRequestToken}` }
  })
  if (!response.ok) throw new Error(`OIDC token request failed: HTTP ${response.status}`)
  const body = (await response.json()) as { value?: string }
  if (!body.value) throw new Error('OIDC response has no value')
  return body.value
}

async function main(): Promise<ProbeResult> {
  const config = JSON.parse(process.env.PROBE_CONFIG ?? '{}') as ProbeConfig
  const credential = new ClientAssertionCredential(
    config.tenantId,
    config.clientId,
    () => githubAssertion(config),
    { authorityHost: config.authorityHost, disableInstanceDiscovery: true }
  )
  const scope = 'https://management.azure.com/.default'
  const ml = new AzureMachineLearningWorkspaces(credential, config.subscriptionId, {
    endpoint: config.armEndpoint,
    credentialScopes: [scope],
    apiVersion: '2025-12-01'
  })
  const ws = await ml.workspaces.get(config.resourceGroup, config.workspaceName)

  const endpoints: NonNullable<ProbeResult['endpoints']> = []
  let pages = 0
  for await (const page of ml.onlineEndpoints
    .list(config.resourceGroup, config.workspaceName)
    .byPage()) {
    pages++
    for (const endpoint of page) {
      const props = endpoint.properties as { publicNetworkAccess?: string }
      endpoints.push({ name: endpoint.name, publicNetworkAccess: props.publicNetworkAccess })
    }
  }

  // A TypeSpec-generated client: its scope option is `credentials.scopes`.
  const network = new NetworkManagementClient(credential, config.subscriptionId, {
    endpoint: config.armEndpoint,
    credentials: { scopes: [scope] }
  })
  const subnet = await network.subnets.get(
    config.networkResourceGroup,
    config.virtualNetwork,
    config.subnet
  )
  return {
    ok: true,
    workspace: {
      id: ws.id,
      publicNetworkAccess: ws.publicNetworkAccess,
      privateEndpointIds: (ws.privateEndpointConnections ?? []).map(
        pec => pec.privateEndpoint?.id ?? ''
      )
    },
    endpoints,
    pages,
    subnet: {
      id: subnet.id,
      addressPrefix: subnet.addressPrefix,
      networkSecurityGroupId: subnet.networkSecurityGroup?.id
    }
  }
}

main().then(
  result => {
    process.stdout.write(`${JSON.stringify(result)}\n`)
  },
  (error: unknown) => {
    const e = error as { name?: string; message?: string; statusCode?: number; code?: string }
    const result: ProbeResult = {
      ok: false,
      error: {
        name: e.name ?? 'Error',
        message: e.message ?? String(error),
        statusCode: e.statusCode,
        code: e.code
      }
    }
    process.stdout.write(`${JSON.stringify(result)}\n`)
    process.exitCode = 1
  }
)
