/**
 * Scenarios for verdicts pinned to Microsoft's text (issue 18): each starts
 * from a route scenario (routes.ts) and changes the one thing the verdict is
 * about, so the rest of the report stays as in the scenario it derives from.
 */
import type { ArmResource, Scenario } from '../scenario.js'
import {
  LOCATION,
  SUBSCRIPTION_ID,
  resourceGroupId,
  subnet,
  virtualNetwork,
  virtualNetworkId
} from './builders.js'
import {
  AKS_RG,
  aksCluster,
  containerRegistryResource,
  dependencyIds,
  dependencyResources,
  clusterExtension,
  routeScenarios,
  type AksClusterSpec
} from './routes.js'

type Change = (resources: ArmResource[]) => ArmResource[]

function derive(from: string, name: string, description: string, change: Change): () => Scenario {
  return () => {
    const factory = routeScenarios[from]
    if (!factory) throw new Error(`unknown route scenario '${from}'`)
    const scenario = factory()
    return { ...scenario, name, description, resources: change(scenario.resources) }
  }
}

const isType = (resource: ArmResource, type: string): boolean =>
  String(resource.body['type']).toLowerCase() === type.toLowerCase()

/** Replaces the Azure Machine Learning extension of every cluster by one with `settings`. */
function extensionSettings(settings: Record<string, string>): Change {
  return resources =>
    resources.map(r =>
      isType(r, 'Microsoft.KubernetesConfiguration/extensions')
        ? clusterExtension({
            clusterId: r.id.replace(/\/providers\/Microsoft\.KubernetesConfiguration\/.*$/i, ''),
            settings
          })
        : r
    )
}

/** Removes configuration setting `key` from every Azure Machine Learning extension. */
function extensionWithout(key: string): Change {
  return resources =>
    resources.map(r => {
      if (!isType(r, 'Microsoft.KubernetesConfiguration/extensions')) return r
      const body = structuredClone(r.body)
      const props = body['properties'] as { configurationSettings?: Record<string, string> }
      if (props.configurationSettings) delete props.configurationSettings[key]
      return { ...r, body }
    })
}

/** Replaces the AKS cluster `aks-inference` by one built from `spec`. */
function cluster(spec: Omit<AksClusterSpec, 'name'>): Change {
  return resources =>
    resources.map(r =>
      isType(r, 'Microsoft.ContainerService/managedClusters')
        ? aksCluster({ name: 'aks-inference', ...spec })
        : r
    )
}

/** Changes the body of the deployment `blue` of endpoint `endpoint`. */
function deployment(endpoint: string, change: (body: Record<string, unknown>) => void): Change {
  return resources =>
    resources.map(r => {
      if (!r.id.toLowerCase().endsWith(`/onlineendpoints/${endpoint}/deployments/blue`)) return r
      const body = structuredClone(r.body)
      change(body)
      return { ...r, body }
    })
}

/** Leaves egressPublicNetworkAccess out (the service default) and sets when it was created. */
function createdWithoutEgressFlag(createdAt: string): (body: Record<string, unknown>) => void {
  return body => {
    delete (body['properties'] as Record<string, unknown>)['egressPublicNetworkAccess']
    body['systemData'] = { ...(body['systemData'] as Record<string, unknown>), createdAt }
  }
}

const both =
  (...changes: Change[]): Change =>
  resources =>
    changes.reduce((acc, change) => change(acc), resources)

/** Removes the outbound rule `name` from the workspace body and from the rule list. */
function withoutOutboundRule(name: string): Change {
  return resources =>
    resources
      .filter(r => !r.id.toLowerCase().endsWith(`/outboundrules/${name.toLowerCase()}`))
      .map(r => {
        if (!isType(r, 'Microsoft.MachineLearningServices/workspaces')) return r
        const body = structuredClone(r.body)
        const props = body['properties'] as { managedNetwork?: { outboundRules?: object } }
        const rules = props.managedNetwork?.outboundRules as Record<string, unknown> | undefined
        if (rules) delete rules[name]
        return { ...r, body }
      })
}

/** Sets `properties.<name>` of the workspace body. */
function workspaceProperty(name: string, value: unknown): Change {
  return resources =>
    resources.map(r => {
      if (!isType(r, 'Microsoft.MachineLearningServices/workspaces')) return r
      const body = structuredClone(r.body)
      ;(body['properties'] as Record<string, unknown>)[name] = value
      return { ...r, body }
    })
}

/** The node resource group AKS names for cluster aks-inference (`MC_<group>_<cluster>_<region>`). */
const NODE_RG = `MC_${AKS_RG}_aks-inference_${LOCATION}`

/** The VNet AKS creates in the node resource group for node pools that name no subnet. */
function aksManagedVnet(): Change {
  return resources => [
    ...resources,
    virtualNetwork({
      name: 'aks-vnet-31452687',
      resourceGroup: NODE_RG,
      addressPrefixes: ['10.224.0.0/12']
    })
  ]
}

/** Sets `managedNetwork.isolationMode` of the workspace body. */
function isolationMode(mode: string): Change {
  return resources =>
    resources.map(r => {
      if (!isType(r, 'Microsoft.MachineLearningServices/workspaces')) return r
      const body = structuredClone(r.body)
      const props = body['properties'] as { managedNetwork?: Record<string, unknown> }
      props.managedNetwork = { ...props.managedNetwork, isolationMode: mode }
      return { ...r, body }
    })
}

/**
 * Moves the workspace to managed network V2 (2025-12-01): the workspace body keeps only the
 * isolation mode and managedNetworkKind V2; the network (status, rules) becomes the
 * `managedNetworks/default` resource (ManagedNetworkSettings_Get) and the rule list its
 * `outboundRules` children (OutboundRule_List); the workspace's own rule list is empty.
 */
function managedNetworkV2(): Change {
  return resources => {
    const ws = resources.find(r => isType(r, 'Microsoft.MachineLearningServices/workspaces'))
    if (!ws) throw new Error('no workspace to move to managed network V2')
    const network = structuredClone(
      (ws.body['properties'] as { managedNetwork: Record<string, unknown> }).managedNetwork
    )
    const v2Id = `${ws.id}/managedNetworks/default`
    return [
      ...resources.flatMap(r => {
        if (r === ws) {
          const body = structuredClone(r.body)
          ;(body['properties'] as Record<string, unknown>)['managedNetwork'] = {
            isolationMode: network['isolationMode'],
            managedNetworkKind: 'V2'
          }
          return [{ ...r, body }]
        }
        const rule = /\/outboundRules\/([^/]+)$/i.exec(r.id)
        if (!rule || !r.id.toLowerCase().startsWith(`${ws.id.toLowerCase()}/outboundrules/`)) {
          return [r]
        }
        const id = `${v2Id}/outboundRules/${rule[1]}`
        return [{ id, body: { ...structuredClone(r.body), id } }]
      }),
      {
        id: v2Id,
        body: {
          id: v2Id,
          name: 'default',
          type: 'Microsoft.MachineLearningServices/workspaces/managedNetworks',
          properties: {
            managedNetwork: {
              ...network,
              managedNetworkKind: 'V2',
              firewallSku: 'Standard',
              networkId: '4f9b2c1e-7a3d-4e5f-9c8b-1d2e3f4a5b6c'
            },
            provisioningState: 'Succeeded'
          }
        }
      }
    ]
  }
}

/** Changes the body of every AKS cluster. */
function clusterBody(change: (body: Record<string, unknown>) => void): Change {
  return resources =>
    resources.map(r => {
      if (!isType(r, 'Microsoft.ContainerService/managedClusters')) return r
      const body = structuredClone(r.body)
      change(body)
      return { ...r, body }
    })
}

/**
 * Moves the cluster's node pools to snet-aks of a VNet of their own (vnet-aks in aks-rg), with a
 * Connected peering to vnet-ml (which holds the workspace's private endpoint) when `peered`.
 */
function clusterInOwnVnet(peered: boolean): Change {
  const vnetId = virtualNetworkId('vnet-aks', SUBSCRIPTION_ID, AKS_RG)
  const snet = subnet({ virtualNetworkId: vnetId, name: 'snet-aks', addressPrefix: '10.30.0.0/22' })
  const vnet = virtualNetwork(
    { name: 'vnet-aks', resourceGroup: AKS_RG, addressPrefixes: ['10.30.0.0/16'] },
    [snet]
  )
  if (peered) {
    const props = vnet.body['properties'] as Record<string, unknown>
    props['virtualNetworkPeerings'] = [
      {
        name: 'vnet-aks-to-vnet-ml',
        id: `${vnetId}/virtualNetworkPeerings/vnet-aks-to-vnet-ml`,
        type: 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings',
        properties: {
          provisioningState: 'Succeeded',
          peeringState: 'Connected',
          peeringSyncLevel: 'FullyInSync',
          remoteVirtualNetwork: { id: virtualNetworkId('vnet-ml') },
          allowVirtualNetworkAccess: true,
          allowForwardedTraffic: false,
          allowGatewayTransit: false,
          useRemoteGateways: false,
          remoteAddressSpace: { addressPrefixes: ['10.10.0.0/16'] }
        }
      }
    ]
  }
  return both(cluster({ subnetId: snet.id }), resources => [...resources, vnet, snet])
}

/**
 * Moves the storage account's private endpoints (blob and file) to snet-data of vnet-data, a VNet
 * peered with nothing, out of the AKS cluster's reach.
 */
function storageEndpointsInUnpeeredVnet(): Change {
  const vnetId = virtualNetworkId('vnet-data')
  const snet = subnet({
    virtualNetworkId: vnetId,
    name: 'snet-data',
    addressPrefix: '10.40.1.0/24'
  })
  const vnet = virtualNetwork({ name: 'vnet-data', addressPrefixes: ['10.40.0.0/16'] }, [snet])
  const storage = dependencyIds().storage.toLowerCase()
  return resources => [
    ...resources.map(r => {
      if (!isType(r, 'Microsoft.Network/privateEndpoints')) return r
      const body = structuredClone(r.body)
      const props = body['properties'] as {
        subnet: { id: string }
        privateLinkServiceConnections: Array<{ properties: { privateLinkServiceId: string } }>
      }
      const target = props.privateLinkServiceConnections[0]?.properties.privateLinkServiceId
      if (target?.toLowerCase() !== storage) return r
      props.subnet = { id: snet.id }
      return { ...r, body }
    }),
    vnet,
    snet
  ]
}

/** Removes the key vault's private endpoint and its connection: the vault has none. */
function keyVaultWithoutPrivateEndpoint(): Change {
  const vault = dependencyIds().keyVault.toLowerCase()
  return resources =>
    resources
      .filter(
        r =>
          !(
            isType(r, 'Microsoft.Network/privateEndpoints') &&
            JSON.stringify(r.body).toLowerCase().includes(vault)
          )
      )
      .map(r => {
        if (r.id.toLowerCase() !== vault) return r
        const body = structuredClone(r.body)
        ;(body['properties'] as Record<string, unknown>)['privateEndpointConnections'] = []
        return { ...r, body }
      })
}

export const verdictScenarios: Record<string, () => Scenario> = {
  'arc-loadbalancer-router': derive(
    'arc-cluster',
    'arc-loadbalancer-router',
    'Arc-enabled cluster whose inference router is a LoadBalancer with internalLoadBalancerProvider=azure, a setting that applies to AKS only (K8S-03 unknown).',
    extensionSettings({
      inferenceRouterServiceType: 'LoadBalancer',
      internalLoadBalancerProvider: 'azure'
    })
  ),
  'aks-open-authorized-ranges': derive(
    'aks-secured',
    'aks-open-authorized-ranges',
    'Like aks-secured, but the API server is public with authorized IP ranges that include 0.0.0.0/0 (K8S-01 fail).',
    cluster({ privateCluster: false, authorizedIpRanges: ['203.0.113.0/24', '0.0.0.0/0'] })
  ),
  'managed-old-deployments': derive(
    'managed-secured',
    'managed-old-deployments',
    'Like managed-secured, but neither deployment sets the legacy egress flag: credit-scoring/blue was created in February 2023, before managed networks existed (MOE-04 fail), fraud-detect/blue in 2026 (MOE-04 not confirmed).',
    both(
      deployment('credit-scoring', createdWithoutEgressFlag('2023-02-10T08:00:00.0000000Z')),
      deployment('fraud-detect', createdWithoutEgressFlag('2026-03-02T09:14:27.5512904Z'))
    )
  ),
  'managed-storage-file-only': derive(
    'managed-secured',
    'managed-storage-file-only',
    "Like managed-secured, but the storage account's only PrivateEndpoint rule targets its file sub-resource; the blob rule deployments need is missing (MOE-05 fail).",
    withoutOutboundRule('__SYS_PE_stmlws0427_blob_3f1c9a2e')
  ),
  'aks-plain-http': derive(
    'aks-secured',
    'aks-plain-http',
    'Like aks-secured, but the inference router allows plain HTTP (K8S-03 warning), so the endpoint on it fails K8S-05 as a warning too.',
    extensionSettings({ allowInsecureConnections: 'True' })
  ),
  'managed-v1-legacy': derive(
    'managed-secured',
    'managed-v1-legacy',
    'Like managed-secured, but the workspace has v1LegacyMode true, which rules out network-isolated managed online endpoints (MOE-07 fail).',
    workspaceProperty('v1LegacyMode', true)
  ),
  'aks-https-no-cname': derive(
    'aks-secured',
    'aks-https-no-cname',
    'Like aks-secured, but the extension serves HTTPS (allowInsecureConnections False) without the sslCname it requires (K8S-03 and K8S-05 warnings).',
    extensionWithout('sslCname')
  ),
  'aks-managed-vnet': derive(
    'aks-secured',
    'aks-managed-vnet',
    'Like aks-secured, but the node pools name no subnet: AKS created aks-vnet-31452687 in the node resource group, a network the Kubernetes inferencing article supports (K8S-01 pass).',
    both(cluster({ subnetId: null }), aksManagedVnet())
  ),
  'managed-internet-public-deps': derive(
    'managed-secured',
    'managed-internet-public-deps',
    'Like managed-secured, but AllowInternetOutbound, with no PrivateEndpoint rule to the key vault (public network access Enabled: MOE-05 warning, no rule by design) nor to the registry (public network access Disabled: MOE-05 error, the service should have created it).',
    both(
      isolationMode('AllowInternetOutbound'),
      withoutOutboundRule('__SYS_PE_kv-mlws-0427_vault_51e4a0d9'),
      withoutOutboundRule('__SYS_PE_crmlws0427_registry_c7a91f03'),
      resources => [
        ...resources,
        ...dependencyResources({ storage: 'Disabled', keyVault: 'Enabled', registry: 'Disabled' })
      ]
    )
  ),
  'managed-v2': derive(
    'managed-secured',
    'managed-v2',
    'Like managed-secured, but on managed network V2: status and outbound rules live on managedNetworks/default, the workspace keeps only isolationMode and managedNetworkKind (MOE-02 and MOE-05 pass as in managed-secured).',
    managedNetworkV2()
  ),
  'aks-other-region': derive(
    'aks-secured',
    'aks-other-region',
    'Like aks-secured, but the AKS cluster is in westeurope while the workspace, which has a private endpoint, is in eastus2 (K8S-06 fail).',
    clusterBody(body => {
      body['location'] = 'westeurope'
    })
  ),
  'aks-private-public-fqdn': derive(
    'aks-secured',
    'aks-private-public-fqdn',
    'Like aks-secured, but the private cluster also has a public FQDN (enablePrivateClusterPublicFQDN true), which Azure Machine Learning does not support (K8S-07 fail).',
    clusterBody(body => {
      const props = body['properties'] as { apiServerAccessProfile: Record<string, unknown> }
      props.apiServerAccessProfile['enablePrivateClusterPublicFQDN'] = true
    })
  ),
  'aks-standard-registry': derive(
    'aks-secured',
    'aks-standard-registry',
    "Like aks-secured, but the workspace's container registry is Standard, a tier without private endpoints (K8S-08 fail, and K8S-09 fails the registry: it has none).",
    resources => [
      // A Standard registry has no private endpoint.
      ...resources.filter(
        r =>
          !isType(r, 'Microsoft.ContainerRegistry/registries') &&
          !(isType(r, 'Microsoft.Network/privateEndpoints') && r.id.includes('crmlws0427'))
      ),
      containerRegistryResource('Enabled', 'Standard')
    ]
  ),
  'aks-peered-vnet': derive(
    'aks-secured',
    'aks-peered-vnet',
    "Like aks-secured, but the node pools run in vnet-aks, peered (Connected) with vnet-ml, which holds the workspace's private endpoint (K8S-09 pass).",
    clusterInOwnVnet(true)
  ),
  'aks-unpeered-vnet': derive(
    'aks-secured',
    'aks-unpeered-vnet',
    "Like aks-peered-vnet, but vnet-aks has no peering, so the workspace's private endpoint in vnet-ml is out of the cluster's reach (K8S-09 fail).",
    clusterInOwnVnet(false)
  ),
  'aks-storage-pe-unpeered': derive(
    'aks-secured',
    'aks-storage-pe-unpeered',
    "Like aks-secured, but the storage account's private endpoints (blob, file) are in vnet-data, which is not peered with the cluster's vnet-ml (K8S-09 fail for the storage account only).",
    storageEndpointsInUnpeeredVnet()
  ),
  'aks-keyvault-no-pe': derive(
    'aks-secured',
    'aks-keyvault-no-pe',
    'Like aks-secured, but the key vault has no private endpoint (K8S-09 fail for the key vault, with the az network private-endpoint create command).',
    keyVaultWithoutPrivateEndpoint()
  ),
  'aks-keyvault-forbidden': () => ({
    ...routeScenarioOf('aks-secured'),
    name: 'aks-keyvault-forbidden',
    description:
      'Like aks-secured, but the identity may not read the key vault (403): K8S-09 is unknown for it, naming the role to grant.',
    faults: [{ pathPrefix: dependencyIds().keyVault, status: 403 }]
  }),
  'aks-managed-vnet-forbidden': () => ({
    ...verdictScenariosBase('aks-managed-vnet'),
    name: 'aks-managed-vnet-forbidden',
    description:
      'Like aks-managed-vnet, but the identity may not read the node resource group (K8S-01 unknown naming Reader on it).',
    faults: [{ pathPrefix: resourceGroupId(SUBSCRIPTION_ID, NODE_RG), status: 403 }]
  })
}

function routeScenarioOf(name: string): Scenario {
  return routeScenarios[name]!()
}

function verdictScenariosBase(name: string): Scenario {
  return verdictScenarios[name]!()
}
