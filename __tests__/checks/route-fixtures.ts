/**
 * Builders for the route parts of a snapshot (computes, AKS clusters, cluster
 * extensions, outbound rules), shaped like the normalised ARM data. Each
 * default is secure; tests change one thing at a time.
 */
import type {
  ClusterExtension,
  Compute,
  ManagedCluster,
  OnlineEndpoint,
  OutboundRule,
  PrivateEndpoint,
  Snapshot
} from '../../src/model/snapshot.js'
import {
  SUBSCRIPTION,
  WORKSPACE_ID,
  dependencyId,
  keyed,
  ok,
  privateEndpoint,
  privateEndpointId,
  secureSnapshot,
  subnetId
} from './fixtures.js'

export const AKS_RG = 'aks-rg'

export const clusterId = (name = 'aks-inference'): string =>
  `/subscriptions/${SUBSCRIPTION}/resourceGroups/${AKS_RG}/providers/Microsoft.ContainerService/managedClusters/${name}`
export const arcClusterId = (name = 'arc-onprem'): string =>
  `/subscriptions/${SUBSCRIPTION}/resourceGroups/${AKS_RG}/providers/Microsoft.Kubernetes/connectedClusters/${name}`
export const computeId = (name: string): string => `${WORKSPACE_ID}/computes/${name}`

export function kubernetesCompute(
  name = 'k8s-inference',
  resourceId: string | undefined = clusterId(),
  overrides: Partial<Compute> = {}
): Compute {
  return {
    id: computeId(name),
    name,
    computeType: 'Kubernetes',
    ...(resourceId ? { resourceId } : {}),
    provisioningState: 'Succeeded',
    namespace: 'azureml',
    ...overrides
  }
}

export function legacyAksCompute(
  name = 'aks-v1',
  /** null: no loadBalancerType (the service default, PublicIp). */
  loadBalancerType: string | null = 'InternalLoadBalancer',
  resourceId = clusterId()
): Compute {
  return {
    id: computeId(name),
    name,
    computeType: 'AKS',
    resourceId,
    provisioningState: 'Succeeded',
    ...(loadBalancerType ? { loadBalancerType } : {})
  }
}

export function managedCluster(overrides: Partial<ManagedCluster> = {}): ManagedCluster {
  return {
    id: clusterId(),
    name: 'aks-inference',
    location: 'eastus2euap',
    provisioningState: 'Succeeded',
    agentPools: [
      {
        name: 'system',
        mode: 'System',
        vnetSubnetId: subnetId('snet-inference'),
        enableNodePublicIp: false
      },
      { name: 'user', mode: 'User', vnetSubnetId: subnetId('snet-inference') }
    ],
    enablePrivateCluster: true,
    authorizedIpRanges: [],
    networkPlugin: 'azure',
    networkPolicy: 'azure',
    ...overrides
  }
}

export function azureMlExtension(
  settings: Record<string, string> = {},
  overrides: Partial<ClusterExtension> = {},
  cluster = clusterId()
): ClusterExtension {
  return {
    id: `${cluster}/providers/Microsoft.KubernetesConfiguration/extensions/azureml`,
    name: 'azureml',
    extensionType: 'microsoft.azureml.kubernetes',
    provisioningState: 'Succeeded',
    configurationSettings: {
      enableInference: 'True',
      inferenceRouterServiceType: 'LoadBalancer',
      internalLoadBalancerProvider: 'azure',
      allowInsecureConnections: 'False',
      sslCname: 'scoring.contoso.internal',
      ...settings
    },
    configurationProtectedSettingKeys: ['sslCertPemFile', 'sslKeyPemFile'],
    ...overrides
  }
}

export function kubernetesEndpoint(
  name = 'fraud-k8s',
  compute = computeId('k8s-inference')
): OnlineEndpoint {
  return {
    id: `${WORKSPACE_ID}/onlineEndpoints/${name}`,
    name,
    computeType: 'Kubernetes',
    compute,
    publicNetworkAccess: 'Disabled',
    provisioningState: 'Succeeded'
  }
}

/** A secured AKS chain on the Kubernetes route (no managed endpoints), overridable. */
export function kubernetesSnapshot(overrides: Partial<Snapshot> = {}): Snapshot {
  return secureSnapshot({
    onlineEndpoints: ok([kubernetesEndpoint()]),
    onlineDeployments: {},
    computes: ok([kubernetesCompute()]),
    managedClusters: keyed([[clusterId(), ok(managedCluster())]]),
    clusterExtensions: keyed([[clusterId(), ok([azureMlExtension()])]]),
    // What collection reads for K8S-08 and K8S-09 once an AKS cluster is attached: the three
    // dependencies, each with an approved private endpoint in the cluster's VNet (myVnet).
    dependencyNetworkAccess: keyed(
      DEPENDENCY_KINDS.map(which => [
        dependencyId(which),
        ok({
          id: dependencyId(which),
          publicNetworkAccess: 'Disabled',
          ...(which === 'registry' ? { skuName: 'Premium' } : {}),
          privateEndpointConnections: [
            { privateEndpointId: dependencyPrivateEndpointId(which), status: 'Approved' }
          ]
        })
      ])
    ),
    privateEndpoints: keyed([
      [privateEndpointId(), ok(privateEndpoint())],
      ...DEPENDENCY_KINDS.map(
        which =>
          [
            dependencyPrivateEndpointId(which),
            ok(privateEndpoint(dependencyPrivateEndpointId(which), subnetId('snet-pe')))
          ] as [string, ReturnType<typeof ok<PrivateEndpoint>>]
      )
    ]),
    ...overrides
  })
}

export const DEPENDENCY_KINDS = ['storage', 'keyVault', 'registry'] as const

/** The private endpoint of a dependency in the secured chain (pe-storage, pe-keyVault, pe-registry). */
export const dependencyPrivateEndpointId = (which: (typeof DEPENDENCY_KINDS)[number]): string =>
  privateEndpointId(`pe-${which}`)

export function serviceTagRule(
  serviceTag: string,
  overrides: Partial<OutboundRule> = {}
): OutboundRule {
  return {
    name: `allow-${serviceTag.toLowerCase()}`,
    type: 'ServiceTag',
    category: 'UserDefined',
    status: 'Active',
    serviceTag,
    protocol: 'TCP',
    portRanges: '443',
    ...overrides
  }
}
