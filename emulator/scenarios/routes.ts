/**
 * Scenarios for the two inference routes (managed online endpoints in a
 * workspace managed network; Kubernetes online endpoints on an attached AKS or
 * Arc cluster), and builders for the resources they need that the official
 * examples lack: AKS networking, the Azure Machine Learning extension, legacy
 * AKS computes and PrivateEndpoint / ServiceTag outbound rules. Property names
 * follow the REST specs (Microsoft.ContainerService 2026-04-01,
 * Microsoft.KubernetesConfiguration 2023-05-01, Microsoft.MachineLearningServices
 * 2025-12-01); values are synthetic.
 */
import {
  AZURE_TOKEN_EXCHANGE_AUDIENCE,
  DEFAULT_SUBJECT,
  GITHUB_OIDC_ISSUER,
  type ArmResource,
  type Scenario
} from '../scenario.js'
import {
  CLIENT_ID,
  LOCATION,
  ML_RG,
  NET_RG,
  PRINCIPAL_ID,
  SUBSCRIPTION_ID,
  TENANT_ID,
  guidFor,
  kubernetesCompute,
  networkSecurityGroup,
  onlineDeployment,
  onlineEndpoint,
  privateEndpoint,
  resourceId,
  routeTable,
  subnet,
  virtualNetwork,
  virtualNetworkId,
  workspace,
  workspaceChildResources,
  workspaceId,
  type ManagedNetworkSpec
} from './builders.js'

export const AKS_RG = 'aks-rg'
const WS_ID = workspaceId()
const VNET_ID = virtualNetworkId('vnet-ml')
const SNET_ML_ID = `${VNET_ID}/subnets/snet-ml`
const SNET_INFERENCE_ID = `${VNET_ID}/subnets/snet-inference`
const PE_ID = resourceId(SUBSCRIPTION_ID, NET_RG, 'Microsoft.Network/privateEndpoints', 'pe-ml-ws')

const SYSTEM_DATA = {
  createdAt: '2026-03-04T08:02:11.2209145Z',
  createdBy: 'platform-team@contoso.com',
  createdByType: 'User',
  lastModifiedAt: '2026-05-20T13:37:45.0174471Z',
  lastModifiedBy: 'platform-team@contoso.com',
  lastModifiedByType: 'User'
}

// ---------------------------------------------------------------- builders

/** The workspace's default dependencies, as `workspace()` names them. */
export function dependencyIds(resourceGroup = ML_RG): {
  storage: string
  keyVault: string
  registry: string
} {
  return {
    storage: resourceId(
      SUBSCRIPTION_ID,
      resourceGroup,
      'Microsoft.Storage/storageAccounts',
      'stmlws0427'
    ),
    keyVault: resourceId(
      SUBSCRIPTION_ID,
      resourceGroup,
      'Microsoft.KeyVault/vaults',
      'kv-mlws-0427'
    ),
    registry: resourceId(
      SUBSCRIPTION_ID,
      resourceGroup,
      'Microsoft.ContainerRegistry/registries',
      'crmlws0427'
    )
  }
}

type Access = 'Enabled' | 'Disabled'

/**
 * The workspace's storage account, key vault and registry as their GETs return them
 * (Storage 2024-01-01, Key Vault 2024-11-01, Container Registry 2025-04-01), with the given
 * public network access.
 */
export function dependencyResources(access: {
  storage: Access
  keyVault: Access
  registry: Access
}): ArmResource[] {
  const ids = dependencyIds()
  const acls = (a: Access): Record<string, unknown> => ({
    bypass: 'AzureServices',
    defaultAction: a === 'Disabled' ? 'Deny' : 'Allow',
    ipRules: [],
    virtualNetworkRules: []
  })
  const name = (id: string): string => id.split('/').pop() ?? id
  const storage = name(ids.storage)
  const vault = name(ids.keyVault)
  return [
    {
      id: ids.storage,
      body: {
        id: ids.storage,
        name: storage,
        type: 'Microsoft.Storage/storageAccounts',
        location: LOCATION,
        kind: 'StorageV2',
        sku: { name: 'Standard_LRS', tier: 'Standard' },
        properties: {
          provisioningState: 'Succeeded',
          publicNetworkAccess: access.storage,
          networkAcls: acls(access.storage),
          minimumTlsVersion: 'TLS1_2',
          allowBlobPublicAccess: false,
          supportsHttpsTrafficOnly: true,
          primaryEndpoints: { blob: `https://${storage}.blob.core.windows.net/` }
        }
      }
    },
    {
      id: ids.keyVault,
      body: {
        id: ids.keyVault,
        name: vault,
        type: 'Microsoft.KeyVault/vaults',
        location: LOCATION,
        tags: {},
        properties: {
          tenantId: TENANT_ID,
          sku: { family: 'A', name: 'standard' },
          enableRbacAuthorization: true,
          vaultUri: `https://${vault}.vault.azure.net/`,
          publicNetworkAccess: access.keyVault,
          networkAcls: acls(access.keyVault),
          provisioningState: 'Succeeded'
        }
      }
    },
    containerRegistryResource(access.registry)
  ]
}

/**
 * The three dependencies, private, each with an approved private endpoint in `subnetId` (the
 * storage account two: blob and file), as the Kubernetes inferencing article wants them for an
 * AKS cluster behind a virtual network (K8S-09): the endpoints and the connections on each body.
 */
export function privateDependencyResources(subnetId = SNET_ML_ID): ArmResource[] {
  const ids = dependencyIds()
  const name = (id: string): string => id.split('/').pop() ?? id
  const targets: Array<[string, string]> = [
    [ids.storage, 'blob'],
    [ids.storage, 'file'],
    [ids.keyVault, 'vault'],
    [ids.registry, 'registry']
  ]
  const endpoints = targets.map(([target, group], i) => ({
    target,
    pe: privateEndpoint({
      name: `pe-${name(target)}-${group}`,
      subnetId,
      privateLinkServiceId: target,
      groupIds: [group],
      privateIpAddress: `10.20.1.${5 + i}`
    })
  }))
  const withConnections = (r: ArmResource): ArmResource => {
    const body = structuredClone(r.body)
    const props = body['properties'] as Record<string, unknown>
    const type = String(body['type'])
    props['privateEndpointConnections'] = endpoints
      .filter(e => e.target === r.id)
      .map(({ pe }) => {
        const connection = `${name(r.id)}.${guidFor(pe.id.toLowerCase())}`
        return {
          id: `${r.id}/privateEndpointConnections/${connection}`,
          name: connection,
          type: `${type}/privateEndpointConnections`,
          properties: {
            provisioningState: 'Succeeded',
            privateEndpoint: { id: pe.id },
            privateLinkServiceConnectionState: {
              status: 'Approved',
              description: 'Auto-Approved',
              // Storage spells it actionRequired (Microsoft.Storage 2024-01-01).
              [type === 'Microsoft.Storage/storageAccounts' ? 'actionRequired' : 'actionsRequired']:
                'None'
            }
          }
        }
      })
    return { ...r, body }
  }
  return [
    ...dependencyResources({ storage: 'Disabled', keyVault: 'Disabled', registry: 'Disabled' }).map(
      withConnections
    ),
    ...endpoints.map(e => e.pe)
  ]
}

/** The workspace's container registry as its GET returns it (Container Registry 2025-04-01). */
export function containerRegistryResource(
  access: Access,
  sku: 'Basic' | 'Standard' | 'Premium' = 'Premium'
): ArmResource {
  const id = dependencyIds().registry
  const registry = id.split('/').pop() ?? id
  return {
    id,
    body: {
      id,
      name: registry,
      type: 'Microsoft.ContainerRegistry/registries',
      location: LOCATION,
      sku: { name: sku, tier: sku },
      properties: {
        loginServer: `${registry}.azurecr.io`,
        provisioningState: 'Succeeded',
        adminUserEnabled: false,
        publicNetworkAccess: access,
        networkRuleBypassOptions: 'AzureServices'
      }
    }
  }
}

/** A PrivateEndpoint outbound rule body (`managedNetwork.outboundRules[name]`). */
export function privateEndpointRule(
  serviceResourceId: string,
  subresourceTarget: string,
  options: { status?: 'Active' | 'Inactive'; category?: string } = {}
): Record<string, unknown> {
  return {
    type: 'PrivateEndpoint',
    category: options.category ?? 'Required',
    status: options.status ?? 'Active',
    destination: {
      serviceResourceId,
      subresourceTarget,
      sparkEnabled: false,
      sparkStatus: 'Inactive'
    }
  }
}

/** A ServiceTag outbound rule body. */
export function serviceTagRule(
  serviceTag: string,
  options: { protocol?: string; portRanges?: string; status?: 'Active' | 'Inactive' } = {}
): Record<string, unknown> {
  return {
    type: 'ServiceTag',
    category: 'UserDefined',
    status: options.status ?? 'Active',
    destination: {
      serviceTag,
      protocol: options.protocol ?? 'TCP',
      portRanges: options.portRanges ?? '443',
      action: 'Allow'
    }
  }
}

/** What the service creates for AllowOnlyApprovedOutbound: private endpoints to every dependency. */
export function requiredOutboundRules(
  options: { status?: 'Active' | 'Inactive'; registry?: boolean } = {}
): Record<string, Record<string, unknown>> {
  const ids = dependencyIds()
  const status = options.status ?? 'Active'
  const rules: Record<string, Record<string, unknown>> = {
    __SYS_PE_stmlws0427_blob_3f1c9a2e: privateEndpointRule(ids.storage, 'blob', { status }),
    __SYS_PE_stmlws0427_file_8d20b7c4: privateEndpointRule(ids.storage, 'file', { status }),
    '__SYS_PE_kv-mlws-0427_vault_51e4a0d9': privateEndpointRule(ids.keyVault, 'vault', { status }),
    __SYS_ST_AzureMachineLearning: {
      ...serviceTagRule('AzureMachineLearning', { status }),
      category: 'Required'
    },
    'allow-pypi': { type: 'FQDN', category: 'UserDefined', status, destination: 'pypi.org' }
  }
  if (options.registry !== false) {
    rules.__SYS_PE_crmlws0427_registry_c7a91f03 = privateEndpointRule(ids.registry, 'registry', {
      status
    })
  }
  return rules
}

export interface AksClusterSpec {
  name: string
  resourceGroup?: string
  /** Node pool subnet; `null` leaves `vnetSubnetID` out (AKS creates its own VNet). */
  subnetId?: string | null
  privateCluster?: boolean
  authorizedIpRanges?: string[]
  /** `null` leaves `networkPolicy` out. */
  networkPolicy?: 'azure' | 'calico' | 'cilium' | 'none' | null
  nodePublicIp?: boolean
}

export function aksClusterId(name: string, resourceGroup = AKS_RG): string {
  return resourceId(
    SUBSCRIPTION_ID,
    resourceGroup,
    'Microsoft.ContainerService/managedClusters',
    name
  )
}

/** An AKS cluster as `managedClusters/{name}` GET returns it. */
export function aksCluster(spec: AksClusterSpec): ArmResource {
  const resourceGroup = spec.resourceGroup ?? AKS_RG
  const id = aksClusterId(spec.name, resourceGroup)
  const subnetId = spec.subnetId === undefined ? SNET_INFERENCE_ID : spec.subnetId
  const privateCluster = spec.privateCluster ?? true
  const dnsPrefix = `${spec.name}-dns`
  const pool = (name: string, mode: 'System' | 'User'): Record<string, unknown> => ({
    name,
    count: mode === 'System' ? 3 : 2,
    vmSize: 'Standard_D4ds_v5',
    osDiskSizeGB: 128,
    osDiskType: 'Ephemeral',
    kubeletDiskType: 'OS',
    ...(subnetId ? { vnetSubnetID: subnetId } : {}),
    maxPods: 110,
    type: 'VirtualMachineScaleSets',
    availabilityZones: ['1', '2', '3'],
    enableAutoScaling: false,
    provisioningState: 'Succeeded',
    powerState: { code: 'Running' },
    orchestratorVersion: '1.32.6',
    currentOrchestratorVersion: '1.32.6',
    enableNodePublicIP: spec.nodePublicIp ?? false,
    mode,
    osType: 'Linux',
    osSKU: 'AzureLinux',
    nodeImageVersion: 'AKSAzureLinux-V3gen2-202605.12.0',
    upgradeSettings: { maxSurge: '10%' },
    enableFIPS: false
  })
  const networkProfile: Record<string, unknown> = {
    networkPlugin: 'azure',
    networkPluginMode: 'overlay',
    networkDataplane: 'azure',
    loadBalancerSku: 'standard',
    outboundType: 'userDefinedRouting',
    podCidr: '10.244.0.0/16',
    serviceCidr: '10.0.0.0/16',
    dnsServiceIP: '10.0.0.10',
    ipFamilies: ['IPv4']
  }
  if (spec.networkPolicy !== null) networkProfile.networkPolicy = spec.networkPolicy ?? 'azure'
  const apiServerAccessProfile: Record<string, unknown> = {
    enablePrivateCluster: privateCluster,
    ...(privateCluster ? { privateDNSZone: 'system', enablePrivateClusterPublicFQDN: false } : {}),
    ...(spec.authorizedIpRanges ? { authorizedIPRanges: spec.authorizedIpRanges } : {})
  }
  const host = privateCluster
    ? { privateFQDN: `${dnsPrefix}-${guidFor(id).slice(0, 8)}.privatelink.${LOCATION}.azmk8s.io` }
    : { fqdn: `${dnsPrefix}-${guidFor(id).slice(0, 8)}.hcp.${LOCATION}.azmk8s.io` }
  return {
    id,
    body: {
      id,
      location: LOCATION,
      name: spec.name,
      type: 'Microsoft.ContainerService/ManagedClusters',
      tags: { team: 'scoring' },
      sku: { name: 'Base', tier: 'Standard' },
      identity: {
        type: 'SystemAssigned',
        principalId: guidFor(`aks-identity:${id}`),
        tenantId: TENANT_ID
      },
      systemData: SYSTEM_DATA,
      properties: {
        provisioningState: 'Succeeded',
        powerState: { code: 'Running' },
        kubernetesVersion: '1.32.6',
        currentKubernetesVersion: '1.32.6',
        dnsPrefix,
        ...host,
        azurePortalFQDN: `${dnsPrefix}-${guidFor(id).slice(0, 8)}.portal.hcp.${LOCATION}.azmk8s.io`,
        agentPoolProfiles: [pool('system', 'System'), pool('inference', 'User')],
        nodeResourceGroup: `MC_${resourceGroup}_${spec.name}_${LOCATION}`,
        enableRBAC: true,
        supportPlan: 'KubernetesOfficial',
        networkProfile,
        aadProfile: { managed: true, enableAzureRBAC: true, tenantID: TENANT_ID },
        apiServerAccessProfile,
        disableLocalAccounts: true,
        oidcIssuerProfile: { enabled: true },
        securityProfile: { workloadIdentity: { enabled: true } }
      }
    }
  }
}

/** An Arc-enabled Kubernetes cluster (`Microsoft.Kubernetes/connectedClusters`). */
export function arcCluster(name: string, resourceGroup = AKS_RG): ArmResource {
  const id = resourceId(
    SUBSCRIPTION_ID,
    resourceGroup,
    'Microsoft.Kubernetes/connectedClusters',
    name
  )
  return {
    id,
    body: {
      id,
      name,
      type: 'Microsoft.Kubernetes/connectedClusters',
      location: LOCATION,
      tags: {},
      identity: { type: 'SystemAssigned', principalId: guidFor(`arc:${id}`), tenantId: TENANT_ID },
      systemData: SYSTEM_DATA,
      properties: {
        agentPublicKeyCertificate: '',
        kubernetesVersion: '1.31.4',
        totalNodeCount: 3,
        totalCoreCount: 24,
        agentVersion: '1.24.4',
        provisioningState: 'Succeeded',
        connectivityStatus: 'Connected',
        distribution: 'k3s',
        infrastructure: 'generic'
      }
    }
  }
}

export interface ExtensionSpec {
  clusterId: string
  name?: string
  extensionType?: string
  provisioningState?: 'Succeeded' | 'Failed' | 'Creating'
  /** Merged over a secure default (inference on, internal load balancer, TLS only). */
  settings?: Record<string, string>
}

/** A cluster extension, child of the cluster (`{cluster}/providers/Microsoft.KubernetesConfiguration/extensions/{name}`). */
export function clusterExtension(spec: ExtensionSpec): ArmResource {
  const name = spec.name ?? 'azureml'
  const id = `${spec.clusterId}/providers/Microsoft.KubernetesConfiguration/extensions/${name}`
  const extensionType = spec.extensionType ?? 'microsoft.azureml.kubernetes'
  const azureml = extensionType.toLowerCase() === 'microsoft.azureml.kubernetes'
  const settings = azureml
    ? {
        enableTraining: 'False',
        enableInference: 'True',
        inferenceRouterServiceType: 'LoadBalancer',
        internalLoadBalancerProvider: 'azure',
        allowInsecureConnections: 'False',
        sslCname: 'scoring.contoso.internal',
        inferenceRouterHA: 'True',
        clusterPurpose: 'FastProd',
        installNvidiaDevicePlugin: 'False',
        ...spec.settings
      }
    : { ...spec.settings }
  return {
    id,
    body: {
      id,
      name,
      type: 'Microsoft.KubernetesConfiguration/extensions',
      systemData: SYSTEM_DATA,
      identity: { type: 'SystemAssigned', principalId: guidFor(`ext:${id}`), tenantId: TENANT_ID },
      properties: {
        extensionType,
        autoUpgradeMinorVersion: true,
        releaseTrain: 'stable',
        version: null,
        currentVersion: azureml ? '1.1.72' : '1.14.2',
        scope: { cluster: { releaseNamespace: azureml ? 'azureml' : 'flux-system' } },
        configurationSettings: settings,
        // Protected settings are write-only: ARM returns their keys with empty values at most.
        configurationProtectedSettings: azureml ? { sslCertPemFile: '', sslKeyPemFile: '' } : {},
        provisioningState: spec.provisioningState ?? 'Succeeded',
        statuses: [],
        isSystemExtension: false
      }
    }
  }
}

/** A legacy AKS compute (`computeType: AKS`) with its load balancer settings. */
export function legacyAksCompute(spec: {
  name: string
  clusterId: string
  loadBalancerType?: 'PublicIp' | 'InternalLoadBalancer'
}): ArmResource {
  const id = `${WS_ID}/computes/${spec.name}`
  const internal = (spec.loadBalancerType ?? 'PublicIp') === 'InternalLoadBalancer'
  return {
    id,
    body: {
      id,
      name: spec.name,
      type: 'Microsoft.MachineLearningServices/workspaces/computes',
      location: LOCATION,
      systemData: SYSTEM_DATA,
      properties: {
        computeType: 'AKS',
        computeLocation: LOCATION,
        description: 'Inference cluster attached with SDK v1',
        resourceId: spec.clusterId,
        provisioningState: 'Succeeded',
        isAttachedCompute: true,
        disableLocalAuth: false,
        properties: {
          clusterFqdn: `${spec.name}.${LOCATION}.cloudapp.azure.com`,
          agentCount: 3,
          agentVmSize: 'Standard_D3_v2',
          clusterPurpose: 'FastProd',
          loadBalancerType: spec.loadBalancerType ?? 'PublicIp',
          ...(internal ? { loadBalancerSubnet: 'snet-inference' } : {}),
          aksNetworkingConfiguration: {
            subnetId: SNET_INFERENCE_ID,
            serviceCidr: '10.0.0.0/16',
            dnsServiceIP: '10.0.0.10',
            dockerBridgeCidr: '172.17.0.1/16'
          }
        }
      }
    }
  }
}

// ---------------------------------------------------------------- scenarios

function base(name: string, description: string): Omit<Scenario, 'resources'> {
  return {
    name,
    description,
    tenantId: TENANT_ID,
    clientId: CLIENT_ID,
    principalId: PRINCIPAL_ID,
    subscriptionId: SUBSCRIPTION_ID,
    target: { resourceGroup: ML_RG, workspaceName: 'ml-ws' },
    github: { subject: DEFAULT_SUBJECT },
    entra: {
      federatedSubject: DEFAULT_SUBJECT,
      federatedIssuer: GITHUB_OIDC_ISSUER,
      federatedAudience: AZURE_TOKEN_EXCHANGE_AUDIENCE
    },
    faults: []
  }
}

/** A private workspace reached through `pe-ml-ws` in `vnet-ml/snet-ml`; AKS nodes go in `snet-inference`. */
function privateWorkspace(managedNetwork: ManagedNetworkSpec): ArmResource[] {
  const nsg = resourceId(
    SUBSCRIPTION_ID,
    NET_RG,
    'Microsoft.Network/networkSecurityGroups',
    'nsg-ml'
  )
  const rt = resourceId(SUBSCRIPTION_ID, NET_RG, 'Microsoft.Network/routeTables', 'rt-ml')
  const snetMl = subnet({
    virtualNetworkId: VNET_ID,
    name: 'snet-ml',
    addressPrefix: '10.20.1.0/24',
    networkSecurityGroupId: nsg,
    routeTableId: rt,
    privateEndpointIds: [PE_ID]
  })
  const snetInference = subnet({
    virtualNetworkId: VNET_ID,
    name: 'snet-inference',
    addressPrefix: '10.20.2.0/24',
    networkSecurityGroupId: nsg,
    routeTableId: rt
  })
  const ws = workspace({
    publicNetworkAccess: 'Disabled',
    allowPublicAccessWhenBehindVnet: false,
    privateEndpointConnections: [{ privateEndpointId: PE_ID, status: 'Approved' }],
    managedNetwork
  })
  return [
    ws,
    ...workspaceChildResources(ws),
    virtualNetwork({ name: 'vnet-ml', addressPrefixes: ['10.20.0.0/16'] }, [snetMl, snetInference]),
    snetMl,
    snetInference,
    networkSecurityGroup({ name: 'nsg-ml', subnetIds: [SNET_ML_ID, SNET_INFERENCE_ID] }),
    routeTable({ name: 'rt-ml', subnetIds: [SNET_ML_ID, SNET_INFERENCE_ID] }),
    privateEndpoint({
      name: 'pe-ml-ws',
      subnetId: SNET_ML_ID,
      privateLinkServiceId: WS_ID,
      privateIpAddress: '10.20.1.4'
    })
  ]
}

const APPROVED_OUTBOUND: ManagedNetworkSpec = {
  isolationMode: 'AllowOnlyApprovedOutbound',
  status: 'Active',
  outboundRules: requiredOutboundRules()
}

/** A managed endpoint with one `blue` deployment. */
function managedEndpoint(
  name: string,
  /** `unset` leaves egressPublicNetworkAccess out (the service default, Enabled). */
  egress: 'Enabled' | 'Disabled' | 'unset' = 'Disabled'
): ArmResource[] {
  const endpoint = onlineEndpoint({ workspaceId: WS_ID, name, publicNetworkAccess: 'Disabled' })
  const deployment = onlineDeployment({ endpointId: endpoint.id, name: 'blue' })
  const props = deployment.body.properties as Record<string, unknown>
  if (egress === 'unset') delete props.egressPublicNetworkAccess
  else props.egressPublicNetworkAccess = egress
  return [endpoint, deployment]
}

/** A Kubernetes endpoint on `computeId` with one `blue` deployment. */
function kubernetesEndpoint(name: string, computeId: string): ArmResource[] {
  const endpoint = onlineEndpoint({
    workspaceId: WS_ID,
    name,
    publicNetworkAccess: 'Disabled',
    compute: computeId
  })
  return [endpoint, onlineDeployment({ endpointId: endpoint.id, name: 'blue', kubernetes: true })]
}

/** Secured AKS cluster, extension, Kubernetes compute and endpoint; the options replace parts. */
function aksChain(
  options: {
    cluster?: Partial<AksClusterSpec>
    extensions?: (clusterId: string) => ArmResource[]
  } = {}
): ArmResource[] {
  const cluster = aksCluster({ name: 'aks-inference', ...options.cluster })
  const compute = kubernetesCompute({
    workspaceId: WS_ID,
    name: 'k8s-inference',
    clusterId: cluster.id
  })
  return [
    cluster,
    ...(options.extensions ?? (id => [clusterExtension({ clusterId: id })]))(cluster.id),
    compute,
    ...kubernetesEndpoint('fraud-k8s', compute.id),
    // Read for K8S-08 (private access to a registry needs Premium) and K8S-09 (each dependency's
    // private endpoint in the cluster's virtual network: vnet-ml).
    ...privateDependencyResources()
  ]
}

function managedSecured(): Scenario {
  return {
    ...base(
      'managed-secured',
      'Managed route, fully secured: approved-outbound managed network (Active) with private endpoint rules to storage, key vault and registry, private managed endpoints.'
    ),
    resources: [
      ...privateWorkspace(APPROVED_OUTBOUND),
      ...managedEndpoint('credit-scoring'),
      ...managedEndpoint('fraud-detect')
    ]
  }
}

function legacyIsolated(): Scenario {
  return {
    ...base(
      'legacy-isolated',
      'Managed route without a managed network: every managed deployment isolates egress with the legacy egressPublicNetworkAccess: Disabled (MOE-01 warning).'
    ),
    resources: [
      ...privateWorkspace({ isolationMode: 'Disabled', status: 'Inactive' }),
      ...managedEndpoint('credit-scoring'),
      ...managedEndpoint('fraud-detect')
    ]
  }
}

function managedInternetOutbound(): Scenario {
  return {
    ...base(
      'managed-internet-outbound',
      'Managed network AllowInternetOutbound, still Inactive, with no private endpoint rule to the key vault, and one deployment without egress isolation.'
    ),
    resources: [
      ...privateWorkspace({
        isolationMode: 'AllowInternetOutbound',
        status: 'Inactive',
        outboundRules: Object.fromEntries(
          Object.entries(requiredOutboundRules({ status: 'Inactive' })).filter(
            ([name]) => !name.includes('kv-')
          )
        )
      }),
      ...managedEndpoint('credit-scoring', 'unset'),
      // Private dependencies: in AllowInternetOutbound the service would add their rules.
      ...dependencyResources({ storage: 'Disabled', keyVault: 'Disabled', registry: 'Disabled' })
    ]
  }
}

function approvedNoRegistry(): Scenario {
  return {
    ...base(
      'approved-no-registry',
      'AllowOnlyApprovedOutbound managed network without any rule to Azure Container Registry: images cannot be pulled (OUT-03).'
    ),
    resources: [
      ...privateWorkspace({
        isolationMode: 'AllowOnlyApprovedOutbound',
        status: 'Active',
        outboundRules: requiredOutboundRules({ registry: false })
      }),
      ...managedEndpoint('credit-scoring')
    ]
  }
}

function aksSecured(): Scenario {
  return {
    ...base(
      'aks-secured',
      'Kubernetes route, fully secured: private AKS cluster with node pools in snet-inference, network policy, Azure Machine Learning extension with an internal load balancer router, attached Kubernetes compute, one Kubernetes endpoint.'
    ),
    resources: [...privateWorkspace(APPROVED_OUTBOUND), ...aksChain()]
  }
}

function aksNoExtension(): Scenario {
  return {
    ...base(
      'aks-no-extension',
      'Like aks-secured, but the cluster runs only a Flux extension: the Azure Machine Learning extension is missing.'
    ),
    resources: [
      ...privateWorkspace(APPROVED_OUTBOUND),
      ...aksChain({
        extensions: id => [
          clusterExtension({ clusterId: id, name: 'flux', extensionType: 'microsoft.flux' })
        ]
      })
    ]
  }
}

function aksPublicRouter(): Scenario {
  return {
    ...base(
      'aks-public-router',
      'Like aks-secured, but the inference router is a public LoadBalancer (no internalLoadBalancerProvider) and allows plain HTTP.'
    ),
    resources: [
      ...privateWorkspace(APPROVED_OUTBOUND),
      ...aksChain({
        extensions: id => [
          clusterExtension({
            clusterId: id,
            settings: {
              inferenceRouterServiceType: 'loadBalancer',
              internalLoadBalancerProvider: '',
              allowInsecureConnections: 'true'
            }
          })
        ]
      })
    ]
  }
}

function aksOpenCluster(): Scenario {
  return {
    ...base(
      'aks-open-cluster',
      'Kubernetes route on an unsecured AKS cluster (own VNet, public API server, node public IPs, no network policy) plus a legacy AKS compute with a public load balancer.'
    ),
    resources: [
      ...privateWorkspace(APPROVED_OUTBOUND),
      ...aksChain({
        cluster: { subnetId: null, privateCluster: false, networkPolicy: null, nodePublicIp: true }
      }),
      legacyAksCompute({ name: 'aks-v1', clusterId: aksClusterId('aks-inference') })
    ]
  }
}

function arcCluster_(): Scenario {
  const arc = arcCluster('arc-onprem')
  const compute = kubernetesCompute({
    workspaceId: WS_ID,
    name: 'arc-inference',
    clusterId: arc.id
  })
  return {
    ...base(
      'arc-cluster',
      'Kubernetes route on an Azure Arc-enabled cluster: the extension and compute are readable, the cluster network is not (K8S-01 unknown).'
    ),
    resources: [
      ...privateWorkspace(APPROVED_OUTBOUND),
      arc,
      clusterExtension({ clusterId: arc.id, settings: { inferenceRouterServiceType: 'NodePort' } }),
      compute,
      ...kubernetesEndpoint('edge-k8s', compute.id)
    ]
  }
}

function bothRoutes(): Scenario {
  return {
    ...base(
      'both-routes',
      'Both routes in use and secured: private managed endpoints in an approved-outbound managed network and a secured AKS chain.'
    ),
    resources: [
      ...privateWorkspace(APPROVED_OUTBOUND),
      ...managedEndpoint('credit-scoring'),
      ...aksChain()
    ]
  }
}

export const routeScenarios: Record<string, () => Scenario> = {
  'managed-secured': managedSecured,
  'legacy-isolated': legacyIsolated,
  'managed-internet-outbound': managedInternetOutbound,
  'approved-no-registry': approvedNoRegistry,
  'aks-secured': aksSecured,
  'aks-no-extension': aksNoExtension,
  'aks-public-router': aksPublicRouter,
  'aks-open-cluster': aksOpenCluster,
  'arc-cluster': arcCluster_,
  'both-routes': bothRoutes
}
