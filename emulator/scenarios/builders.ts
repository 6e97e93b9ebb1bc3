/**
 * Builders for ARM resource bodies in the shapes ARM returns (see the
 * Azure REST API spec examples for Microsoft.MachineLearningServices and
 * Microsoft.Network). Values are synthetic.
 */
import { createHash } from 'node:crypto'
import type { ArmResource } from '../scenario.js'

export const SUBSCRIPTION_ID = '11111111-2222-3333-4444-555555555555'
export const TENANT_ID = '00000000-0000-4000-8000-0000000000a1'
export const CLIENT_ID = '00000000-0000-4000-8000-0000000000c1'
export const PRINCIPAL_ID = '00000000-0000-4000-8000-0000000000b1'
export const ML_RG = 'ml-rg'
export const NET_RG = 'net-rg'
export const WORKSPACE = 'ml-ws'
export const LOCATION = 'eastus2'

const CREATED = '2026-03-02T09:14:27.5512904Z'
const MODIFIED = '2026-05-18T16:40:03.1187211Z'
/** Deployments are created after the workspace's last change (its managed network included). */
const DEPLOYED = '2026-05-19T11:05:48.2214093Z'

/** A deterministic GUID derived from a string (stable across runs). */
export function guidFor(seed: string): string {
  const h = createHash('sha256').update(seed).digest('hex')
  const variant = ((parseInt(h[16] ?? '0', 16) & 0x3) | 0x8).toString(16)
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`
}

function etag(seed: string): string {
  return `W/"${guidFor(`etag:${seed}`)}"`
}

function systemData(createdAt = CREATED, lastModifiedAt = MODIFIED): Record<string, unknown> {
  return {
    createdAt,
    createdBy: 'platform-team@contoso.com',
    createdByType: 'User',
    lastModifiedAt,
    lastModifiedBy: 'platform-team@contoso.com',
    lastModifiedByType: 'User'
  }
}

export function resourceGroupId(subscriptionId: string, resourceGroup: string): string {
  return `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}`
}

/** `/subscriptions/{s}/resourceGroups/{rg}/providers/{type}/{name}`, type like `Microsoft.Network/virtualNetworks`. */
export function resourceId(
  subscriptionId: string,
  resourceGroup: string,
  type: string,
  name: string
): string {
  return `${resourceGroupId(subscriptionId, resourceGroup)}/providers/${type}/${name}`
}

// ---------------------------------------------------------------- Machine Learning

export interface PrivateEndpointConnectionSpec {
  name?: string
  privateEndpointId: string
  status?: 'Approved' | 'Pending' | 'Rejected' | 'Disconnected'
  description?: string
}

export interface ManagedNetworkSpec {
  isolationMode: 'Disabled' | 'AllowInternetOutbound' | 'AllowOnlyApprovedOutbound'
  status?: 'Active' | 'Inactive'
  outboundRules?: Record<string, Record<string, unknown>>
}

export interface WorkspaceSpec {
  subscriptionId?: string
  resourceGroup?: string
  name?: string
  location?: string
  publicNetworkAccess?: 'Enabled' | 'Disabled'
  allowPublicAccessWhenBehindVnet?: boolean
  privateEndpointConnections?: PrivateEndpointConnectionSpec[]
  /** `null` omits `managedNetwork` entirely (older workspaces). */
  managedNetwork?: ManagedNetworkSpec | null
  storageAccount?: string
  keyVault?: string
  containerRegistry?: string
  applicationInsights?: string
}

export function workspaceId(
  subscriptionId = SUBSCRIPTION_ID,
  resourceGroup = ML_RG,
  name = WORKSPACE
): string {
  return resourceId(
    subscriptionId,
    resourceGroup,
    'Microsoft.MachineLearningServices/workspaces',
    name
  )
}

/** Default managed-network rules: what a workspace with approved-outbound isolation shows. */
export function approvedOutboundRules(
  subscriptionId = SUBSCRIPTION_ID,
  resourceGroup = ML_RG
): Record<string, Record<string, unknown>> {
  return {
    __SYS_PE_stmlws0427_blob_3f1c9a2e: {
      type: 'PrivateEndpoint',
      category: 'Required',
      status: 'Active',
      destination: {
        serviceResourceId: resourceId(
          subscriptionId,
          resourceGroup,
          'Microsoft.Storage/storageAccounts',
          'stmlws0427'
        ),
        subresourceTarget: 'blob',
        sparkEnabled: false,
        sparkStatus: 'Inactive'
      }
    },
    '__SYS_PE_kv-mlws-0427_vault_51e4a0d9': {
      type: 'PrivateEndpoint',
      category: 'Required',
      status: 'Active',
      destination: {
        serviceResourceId: resourceId(
          subscriptionId,
          resourceGroup,
          'Microsoft.KeyVault/vaults',
          'kv-mlws-0427'
        ),
        subresourceTarget: 'vault',
        sparkEnabled: false,
        sparkStatus: 'Inactive'
      }
    },
    __SYS_PE_crmlws0427_registry_c7a91f03: {
      type: 'PrivateEndpoint',
      category: 'Required',
      status: 'Active',
      destination: {
        serviceResourceId: resourceId(
          subscriptionId,
          resourceGroup,
          'Microsoft.ContainerRegistry/registries',
          'crmlws0427'
        ),
        subresourceTarget: 'registry',
        sparkEnabled: false,
        sparkStatus: 'Inactive'
      }
    },
    __SYS_ST_AzureMachineLearning: {
      type: 'ServiceTag',
      category: 'Required',
      status: 'Active',
      destination: { serviceTag: 'AzureMachineLearning', protocol: 'TCP', portRanges: '443' }
    },
    'allow-pypi': {
      type: 'FQDN',
      category: 'UserDefined',
      status: 'Active',
      destination: 'pypi.org'
    }
  }
}

export function workspace(spec: WorkspaceSpec = {}): ArmResource {
  const subscriptionId = spec.subscriptionId ?? SUBSCRIPTION_ID
  const resourceGroup = spec.resourceGroup ?? ML_RG
  const name = spec.name ?? WORKSPACE
  const location = spec.location ?? LOCATION
  const id = workspaceId(subscriptionId, resourceGroup, name)
  const dep = (type: string, depName: string): string =>
    resourceId(subscriptionId, resourceGroup, type, depName)
  const workspaceGuid = guidFor(`workspace:${id.toLowerCase()}`)

  const properties: Record<string, unknown> = {
    friendlyName: name,
    description: 'Inference workspace for the scoring services',
    storageAccount: spec.storageAccount ?? dep('Microsoft.Storage/storageAccounts', 'stmlws0427'),
    keyVault: spec.keyVault ?? dep('Microsoft.KeyVault/vaults', 'kv-mlws-0427'),
    applicationInsights:
      spec.applicationInsights ?? dep('Microsoft.Insights/components', 'appi-mlws-0427'),
    containerRegistry:
      spec.containerRegistry ?? dep('Microsoft.ContainerRegistry/registries', 'crmlws0427'),
    hbiWorkspace: false,
    workspaceId: workspaceGuid,
    discoveryUrl: `https://${location}.api.azureml.ms/discovery`,
    mlFlowTrackingUri: `azureml://${location}.api.azureml.ms/mlflow/v1.0${id}`,
    privateLinkCount: (spec.privateEndpointConnections ?? []).length,
    provisioningState: 'Succeeded',
    publicNetworkAccess: spec.publicNetworkAccess ?? 'Enabled',
    allowPublicAccessWhenBehindVnet: spec.allowPublicAccessWhenBehindVnet ?? false,
    v1LegacyMode: false,
    enableDataIsolation: false,
    systemDatastoresAuthMode: 'AccessKey',
    tenantId: TENANT_ID,
    privateEndpointConnections: (spec.privateEndpointConnections ?? []).map(pec => {
      const pecName = pec.name ?? `${name}.${guidFor(pec.privateEndpointId.toLowerCase())}`
      const status = pec.status ?? 'Approved'
      return {
        id: `${id}/privateEndpointConnections/${pecName}`,
        name: pecName,
        type: 'Microsoft.MachineLearningServices/workspaces/privateEndpointConnections',
        location,
        properties: {
          privateEndpoint: { id: pec.privateEndpointId },
          privateLinkServiceConnectionState: {
            status,
            description: pec.description ?? (status === 'Approved' ? 'Auto-Approved' : ''),
            actionsRequired: 'None'
          },
          provisioningState: 'Succeeded'
        }
      }
    })
  }
  if (spec.managedNetwork !== null) {
    const mn = spec.managedNetwork ?? { isolationMode: 'Disabled' as const }
    properties.managedNetwork = {
      isolationMode: mn.isolationMode,
      networkId: guidFor(`managed-network:${id.toLowerCase()}`),
      outboundRules: mn.outboundRules ?? {},
      status: { status: mn.status ?? 'Active', sparkReady: false }
    }
  }

  return {
    id,
    body: {
      id,
      name,
      type: 'Microsoft.MachineLearningServices/workspaces',
      location,
      tags: { team: 'scoring', env: 'prod' },
      etag: null,
      kind: 'Default',
      sku: { name: 'Basic', tier: 'Basic' },
      identity: {
        type: 'SystemAssigned',
        principalId: guidFor(`identity:${id.toLowerCase()}`),
        tenantId: TENANT_ID
      },
      systemData: systemData(),
      properties
    }
  }
}

/**
 * The workspace's own child resources, as ARM lists them: its
 * `privateEndpointConnections/{name}` and managed-network `outboundRules/{name}`.
 */
export function workspaceChildResources(ws: ArmResource): ArmResource[] {
  const props = ws.body.properties as {
    privateEndpointConnections?: Array<{ id: string }>
    managedNetwork?: { outboundRules?: Record<string, unknown> }
  }
  const connections = (props.privateEndpointConnections ?? []).map(pec => ({
    id: pec.id,
    body: structuredClone(pec) as Record<string, unknown>
  }))
  const rules = Object.entries(props.managedNetwork?.outboundRules ?? {}).map(([name, rule]) => {
    const id = `${ws.id}/outboundRules/${name}`
    // The service reports this short type for outbound rules.
    return {
      id,
      body: { id, name, type: 'workspace/outboundRules', properties: structuredClone(rule) }
    }
  })
  return [...connections, ...rules]
}

export interface OnlineEndpointSpec {
  workspaceId?: string
  name: string
  location?: string
  /** Omitted from the body when undefined (the service default is Enabled). */
  publicNetworkAccess?: 'Enabled' | 'Disabled'
  /** ARM id of an attached Kubernetes compute; absent for managed endpoints. */
  compute?: string
  authMode?: 'Key' | 'AMLToken' | 'AADToken'
  traffic?: Record<string, number>
}

export function onlineEndpoint(spec: OnlineEndpointSpec): ArmResource {
  const wsId = spec.workspaceId ?? workspaceId()
  const location = spec.location ?? LOCATION
  const id = `${wsId}/onlineEndpoints/${spec.name}`
  const kubernetes = spec.compute !== undefined
  const host = kubernetes
    ? `${spec.name}.${location}.inference.k8s.contoso.internal`
    : `${spec.name}.${location}.inference.ml.azure.com`
  const properties: Record<string, unknown> = {
    description: `Scoring endpoint ${spec.name}`,
    authMode: spec.authMode ?? 'Key',
    properties: {
      createdBy: 'platform-team@contoso.com',
      'azureml.onlineendpointid': id.toLowerCase(),
      AzureAsyncOperationUri: `https://management.azure.com/subscriptions/${SUBSCRIPTION_ID}/providers/Microsoft.MachineLearningServices/locations/${location}/mfeOperationsStatus/oe:${guidFor(id)}`
    },
    provisioningState: 'Succeeded',
    scoringUri: `https://${host}/score`,
    swaggerUri: `https://${host}/swagger.json`,
    traffic: spec.traffic ?? { blue: 100 }
  }
  if (spec.publicNetworkAccess !== undefined) {
    properties.publicNetworkAccess = spec.publicNetworkAccess
  }
  if (kubernetes) properties.compute = spec.compute
  return {
    id,
    body: {
      id,
      name: spec.name,
      type: 'Microsoft.MachineLearningServices/workspaces/onlineEndpoints',
      kind: kubernetes ? 'K8S' : 'Managed',
      location,
      tags: {},
      identity: {
        type: 'SystemAssigned',
        principalId: guidFor(`endpoint-identity:${id.toLowerCase()}`),
        tenantId: TENANT_ID
      },
      systemData: systemData(),
      properties
    }
  }
}

export interface OnlineDeploymentSpec {
  endpointId: string
  name: string
  location?: string
  kubernetes?: boolean
  egressPublicNetworkAccess?: 'Enabled' | 'Disabled'
  instanceType?: string
  instanceCount?: number
}

export function onlineDeployment(spec: OnlineDeploymentSpec): ArmResource {
  const id = `${spec.endpointId}/deployments/${spec.name}`
  const wsId = spec.endpointId.replace(/\/onlineEndpoints\/[^/]+$/i, '')
  const properties: Record<string, unknown> = {
    description: `Deployment ${spec.name}`,
    endpointComputeType: spec.kubernetes ? 'Kubernetes' : 'Managed',
    model: `${wsId}/models/scorer/versions/7`,
    environmentId: `azureml://registries/azureml/environments/sklearn-1.5/versions/12`,
    codeConfiguration: {
      codeId: `${wsId}/codes/${guidFor(`code:${id}`)}/versions/1`,
      scoringScript: 'score.py'
    },
    instanceType:
      spec.instanceType ?? (spec.kubernetes ? 'defaultinstancetype' : 'Standard_DS3_v2'),
    scaleSettings: { scaleType: 'Default' },
    requestSettings: {
      maxConcurrentRequestsPerInstance: 1,
      requestTimeout: 'PT5S',
      maxQueueWait: 'PT0.5S'
    },
    appInsightsEnabled: true,
    livenessProbe: {
      failureThreshold: 30,
      successThreshold: 1,
      timeout: 'PT2S',
      period: 'PT10S',
      initialDelay: 'PT10S'
    },
    readinessProbe: {
      failureThreshold: 30,
      successThreshold: 1,
      timeout: 'PT2S',
      period: 'PT10S',
      initialDelay: 'PT10S'
    },
    provisioningState: 'Succeeded'
  }
  if (!spec.kubernetes) {
    properties.egressPublicNetworkAccess = spec.egressPublicNetworkAccess ?? 'Disabled'
  }
  return {
    id,
    body: {
      id,
      name: spec.name,
      type: 'Microsoft.MachineLearningServices/workspaces/onlineEndpoints/deployments',
      kind: spec.kubernetes ? 'Kubernetes' : 'Managed',
      location: spec.location ?? LOCATION,
      tags: {},
      sku: { name: 'Default', tier: 'Standard', capacity: spec.instanceCount ?? 1 },
      systemData: systemData(DEPLOYED, DEPLOYED),
      properties
    }
  }
}

/** An attached Kubernetes compute (`workspaces/{ws}/computes/{name}`). */
export function kubernetesCompute(spec: {
  workspaceId?: string
  name: string
  clusterId: string
  location?: string
}): ArmResource {
  const id = `${spec.workspaceId ?? workspaceId()}/computes/${spec.name}`
  return {
    id,
    body: {
      id,
      name: spec.name,
      type: 'Microsoft.MachineLearningServices/workspaces/computes',
      location: spec.location ?? LOCATION,
      systemData: systemData(),
      properties: {
        computeType: 'Kubernetes',
        computeLocation: spec.location ?? LOCATION,
        description: 'Attached AKS cluster for inference',
        resourceId: spec.clusterId,
        provisioningState: 'Succeeded',
        isAttachedCompute: true,
        disableLocalAuth: true,
        properties: {
          namespace: 'azureml',
          defaultInstanceType: 'defaultinstancetype',
          instanceTypes: {
            defaultinstancetype: {
              resources: {
                requests: { cpu: '100m', memory: '2Gi' },
                limits: { cpu: '2', memory: '2Gi' }
              }
            }
          }
        }
      }
    }
  }
}

// ---------------------------------------------------------------- Network

export interface PrivateEndpointSpec {
  subscriptionId?: string
  resourceGroup?: string
  name: string
  location?: string
  subnetId: string
  /** The resource the endpoint connects to (e.g. the workspace id). */
  privateLinkServiceId: string
  groupIds?: string[]
  status?: 'Approved' | 'Pending' | 'Rejected' | 'Disconnected'
  privateIpAddress?: string
}

export function privateEndpoint(spec: PrivateEndpointSpec): ArmResource {
  const subscriptionId = spec.subscriptionId ?? SUBSCRIPTION_ID
  const resourceGroup = spec.resourceGroup ?? NET_RG
  const location = spec.location ?? LOCATION
  const id = resourceId(
    subscriptionId,
    resourceGroup,
    'Microsoft.Network/privateEndpoints',
    spec.name
  )
  const nicName = `${spec.name}.nic.${guidFor(id).slice(0, 8)}`
  const ip = spec.privateIpAddress ?? '10.20.1.4'
  const wsGuid = guidFor(`workspace:${spec.privateLinkServiceId.toLowerCase()}`)
  return {
    id,
    body: {
      name: spec.name,
      id,
      etag: etag(id),
      type: 'Microsoft.Network/privateEndpoints',
      location,
      tags: {},
      properties: {
        provisioningState: 'Succeeded',
        resourceGuid: guidFor(`resource:${id}`),
        privateLinkServiceConnections: [
          {
            name: `${spec.name}-connection`,
            id: `${id}/privateLinkServiceConnections/${spec.name}-connection`,
            etag: etag(`${id}/plsc`),
            type: 'Microsoft.Network/privateEndpoints/privateLinkServiceConnections',
            properties: {
              provisioningState: 'Succeeded',
              privateLinkServiceId: spec.privateLinkServiceId,
              groupIds: spec.groupIds ?? ['amlworkspace'],
              privateLinkServiceConnectionState: {
                status: spec.status ?? 'Approved',
                description: spec.status === 'Pending' ? '' : 'Auto-Approved',
                actionsRequired: 'None'
              }
            }
          }
        ],
        manualPrivateLinkServiceConnections: [],
        customNetworkInterfaceName: '',
        subnet: { id: spec.subnetId },
        ipConfigurations: [],
        networkInterfaces: [
          {
            id: resourceId(
              subscriptionId,
              resourceGroup,
              'Microsoft.Network/networkInterfaces',
              nicName
            )
          }
        ],
        customDnsConfigs: [
          { fqdn: `${wsGuid}.workspace.${location}.api.azureml.ms`, ipAddresses: [ip] },
          { fqdn: `${wsGuid}.workspace.${location}.cert.api.azureml.ms`, ipAddresses: [ip] },
          {
            fqdn: `ml-${spec.name}-${location}-${wsGuid}.${location}.notebooks.azure.net`,
            ipAddresses: [ip]
          }
        ],
        applicationSecurityGroups: []
      }
    }
  }
}

export interface SubnetSpec {
  /** Id of the parent virtual network. */
  virtualNetworkId: string
  name: string
  addressPrefix: string
  networkSecurityGroupId?: string
  routeTableId?: string
  privateEndpointIds?: string[]
  delegations?: string[]
}

export function subnet(spec: SubnetSpec): ArmResource {
  const id = `${spec.virtualNetworkId}/subnets/${spec.name}`
  const properties: Record<string, unknown> = {
    provisioningState: 'Succeeded',
    addressPrefix: spec.addressPrefix
  }
  if (spec.networkSecurityGroupId)
    properties.networkSecurityGroup = { id: spec.networkSecurityGroupId }
  if (spec.routeTableId) properties.routeTable = { id: spec.routeTableId }
  if (spec.privateEndpointIds?.length) {
    properties.privateEndpoints = spec.privateEndpointIds.map(peId => ({ id: peId }))
  }
  properties.serviceEndpoints = []
  properties.delegations = (spec.delegations ?? []).map(service => ({
    name: service.replace(/\//g, '.'),
    id: `${id}/delegations/${service.replace(/\//g, '.')}`,
    type: 'Microsoft.Network/virtualNetworks/subnets/delegations',
    properties: { serviceName: service, provisioningState: 'Succeeded' }
  }))
  properties.privateEndpointNetworkPolicies = 'Disabled'
  properties.privateLinkServiceNetworkPolicies = 'Enabled'
  return {
    id,
    body: {
      name: spec.name,
      id,
      etag: etag(spec.virtualNetworkId),
      type: 'Microsoft.Network/virtualNetworks/subnets',
      properties
    }
  }
}

export interface VirtualNetworkSpec {
  subscriptionId?: string
  resourceGroup?: string
  name: string
  location?: string
  addressPrefixes: string[]
}

export function virtualNetworkId(
  name: string,
  subscriptionId = SUBSCRIPTION_ID,
  resourceGroup = NET_RG
): string {
  return resourceId(subscriptionId, resourceGroup, 'Microsoft.Network/virtualNetworks', name)
}

/** The VNet body embeds its subnets' bodies in `properties.subnets`, as ARM does. */
export function virtualNetwork(spec: VirtualNetworkSpec, subnets: ArmResource[] = []): ArmResource {
  const id = virtualNetworkId(
    spec.name,
    spec.subscriptionId ?? SUBSCRIPTION_ID,
    spec.resourceGroup ?? NET_RG
  )
  return {
    id,
    body: {
      name: spec.name,
      id,
      etag: etag(id),
      type: 'Microsoft.Network/virtualNetworks',
      location: spec.location ?? LOCATION,
      tags: {},
      properties: {
        provisioningState: 'Succeeded',
        resourceGuid: guidFor(`resource:${id}`),
        addressSpace: { addressPrefixes: spec.addressPrefixes },
        subnets: subnets.map(s => structuredClone(s.body)),
        virtualNetworkPeerings: [],
        enableDdosProtection: false,
        privateEndpointVNetPolicies: 'Disabled'
      }
    }
  }
}

export function networkSecurityGroup(spec: {
  subscriptionId?: string
  resourceGroup?: string
  name: string
  location?: string
  subnetIds?: string[]
}): ArmResource {
  const id = resourceId(
    spec.subscriptionId ?? SUBSCRIPTION_ID,
    spec.resourceGroup ?? NET_RG,
    'Microsoft.Network/networkSecurityGroups',
    spec.name
  )
  const rule = (
    name: string,
    priority: number,
    access: 'Allow' | 'Deny',
    direction: 'Inbound' | 'Outbound',
    source: string,
    destination: string,
    port: string
  ): Record<string, unknown> => ({
    name,
    id: `${id}/securityRules/${name}`,
    etag: etag(id),
    type: 'Microsoft.Network/networkSecurityGroups/securityRules',
    properties: {
      provisioningState: 'Succeeded',
      protocol: 'Tcp',
      sourcePortRange: '*',
      destinationPortRange: port,
      sourceAddressPrefix: source,
      destinationAddressPrefix: destination,
      access,
      priority,
      direction,
      sourcePortRanges: [],
      destinationPortRanges: [],
      sourceAddressPrefixes: [],
      destinationAddressPrefixes: []
    }
  })
  return {
    id,
    body: {
      name: spec.name,
      id,
      etag: etag(id),
      type: 'Microsoft.Network/networkSecurityGroups',
      location: spec.location ?? LOCATION,
      properties: {
        provisioningState: 'Succeeded',
        resourceGuid: guidFor(`resource:${id}`),
        securityRules: [
          rule(
            'allow-vnet-https-in',
            100,
            'Allow',
            'Inbound',
            'VirtualNetwork',
            'VirtualNetwork',
            '443'
          ),
          rule('deny-internet-out', 4000, 'Deny', 'Outbound', '*', 'Internet', '*')
        ],
        defaultSecurityRules: [],
        subnets: (spec.subnetIds ?? []).map(subnetId => ({ id: subnetId }))
      }
    }
  }
}

export function routeTable(spec: {
  subscriptionId?: string
  resourceGroup?: string
  name: string
  location?: string
  nextHopIpAddress?: string
  subnetIds?: string[]
}): ArmResource {
  const id = resourceId(
    spec.subscriptionId ?? SUBSCRIPTION_ID,
    spec.resourceGroup ?? NET_RG,
    'Microsoft.Network/routeTables',
    spec.name
  )
  return {
    id,
    body: {
      name: spec.name,
      id,
      etag: etag(id),
      type: 'Microsoft.Network/routeTables',
      location: spec.location ?? LOCATION,
      properties: {
        provisioningState: 'Succeeded',
        disableBgpRoutePropagation: true,
        resourceGuid: guidFor(`resource:${id}`),
        routes: [
          {
            name: 'default-to-firewall',
            id: `${id}/routes/default-to-firewall`,
            etag: etag(id),
            type: 'Microsoft.Network/routeTables/routes',
            properties: {
              provisioningState: 'Succeeded',
              addressPrefix: '0.0.0.0/0',
              nextHopType: 'VirtualAppliance',
              nextHopIpAddress: spec.nextHopIpAddress ?? '10.20.0.4'
            }
          }
        ],
        subnets: (spec.subnetIds ?? []).map(subnetId => ({ id: subnetId }))
      }
    }
  }
}
