/**
 * Estate scenarios (`scope`): N workspaces spread over two subscriptions and
 * three resource groups each, every third one left public, the others
 * secured behind their own private endpoint in the shared hub network of
 * `secured` (its VNet, NSG, route table, firewall and RBAC).
 */
import type { ArmResource, Scenario } from '../scenario.js'
import {
  NET_RG,
  SUBSCRIPTION_ID,
  approvedOutboundRules,
  onlineDeployment,
  onlineEndpoint,
  privateEndpoint,
  resourceId,
  virtualNetworkId,
  workspace,
  workspaceChildResources
} from './builders.js'

/** The second subscription of the estate (the first is the hub's, SUBSCRIPTION_ID). */
export const SUBSCRIPTION_B = '22222222-3333-4444-5555-666666666666'
export const ESTATE_SUBSCRIPTIONS = [SUBSCRIPTION_ID, SUBSCRIPTION_B]
/** The management group the estate's subscriptions are under. */
export const ESTATE_MANAGEMENT_GROUP = 'mg-ml-platform'
const RESOURCE_GROUPS = ['ml-prod', 'ml-dev', 'ml-research']
const HUB_SUBNET_ID = `${virtualNetworkId('vnet-ml')}/subnets/snet-ml`

export interface EstateSpec {
  workspaces: number
  /** Every n-th workspace (1-based) is public (default 3). */
  publicEvery?: number
}

export interface EstateWorkspace {
  id: string
  name: string
  subscriptionId: string
  resourceGroup: string
  secured: boolean
}

/** Where the i-th workspace of an estate lives, and whether it is secured. */
export function estateWorkspace(i: number, spec: EstateSpec): EstateWorkspace {
  const subscriptionId = ESTATE_SUBSCRIPTIONS[i % ESTATE_SUBSCRIPTIONS.length]!
  const resourceGroup =
    RESOURCE_GROUPS[Math.floor(i / ESTATE_SUBSCRIPTIONS.length) % RESOURCE_GROUPS.length]!
  const name = `mlw-${String(i).padStart(3, '0')}`
  return {
    id: resourceId(
      subscriptionId,
      resourceGroup,
      'Microsoft.MachineLearningServices/workspaces',
      name
    ),
    name,
    subscriptionId,
    resourceGroup,
    secured: (i + 1) % (spec.publicEvery ?? 3) !== 0
  }
}

/** `secured` (the hub network, firewall and RBAC) with its workspace replaced by an estate of them. */
export function estate(secured: Scenario, spec: EstateSpec): Scenario {
  const resources: ArmResource[] = secured.resources.filter(
    r =>
      !/\/providers\/Microsoft\.MachineLearningServices\//i.test(r.id) &&
      !/\/privateEndpoints\/pe-ml-ws$/i.test(r.id)
  )
  for (let i = 0; i < spec.workspaces; i++) {
    const ws = estateWorkspace(i, spec)
    const peId = resourceId(
      SUBSCRIPTION_ID,
      NET_RG,
      'Microsoft.Network/privateEndpoints',
      `pe-${ws.name}`
    )
    const body = workspace({
      subscriptionId: ws.subscriptionId,
      resourceGroup: ws.resourceGroup,
      name: ws.name,
      ...(ws.secured
        ? {
            publicNetworkAccess: 'Disabled',
            allowPublicAccessWhenBehindVnet: false,
            privateEndpointConnections: [{ privateEndpointId: peId, status: 'Approved' }],
            managedNetwork: {
              isolationMode: 'AllowOnlyApprovedOutbound',
              status: 'Active',
              outboundRules: approvedOutboundRules(ws.subscriptionId, ws.resourceGroup)
            }
          }
        : {
            publicNetworkAccess: 'Enabled',
            allowPublicAccessWhenBehindVnet: true,
            privateEndpointConnections: [],
            managedNetwork: { isolationMode: 'Disabled' }
          })
    })
    resources.push(body, ...workspaceChildResources(body))
    if (ws.secured) {
      resources.push(
        privateEndpoint({
          name: `pe-${ws.name}`,
          subnetId: HUB_SUBNET_ID,
          privateLinkServiceId: ws.id,
          privateIpAddress: `10.20.1.${10 + (i % 240)}`
        })
      )
    }
    const endpoint = onlineEndpoint({
      workspaceId: ws.id,
      name: `score-${ws.name}`,
      publicNetworkAccess: ws.secured ? 'Disabled' : 'Enabled'
    })
    resources.push(
      endpoint,
      onlineDeployment({
        endpointId: endpoint.id,
        name: 'blue',
        egressPublicNetworkAccess: ws.secured ? 'Disabled' : 'Enabled'
      })
    )
  }
  const first = estateWorkspace(0, spec)
  return {
    ...secured,
    name: 'estate',
    description: `${spec.workspaces} workspaces in 2 subscriptions × 3 resource groups; every ${spec.publicEvery ?? 3}rd public, the others behind private endpoints in the hub network.`,
    target: { resourceGroup: first.resourceGroup, workspaceName: first.name },
    resources,
    managementGroups: { [ESTATE_MANAGEMENT_GROUP]: [...ESTATE_SUBSCRIPTIONS] }
  }
}
