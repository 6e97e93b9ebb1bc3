/**
 * Scenarios for `npm run bench` (scripts/bench.ts): `small` is `secured`;
 * `large` is a big workspace on both routes, built from the same builders.
 */
import type { ArmResource, Scenario } from '../scenario.js'
import {
  NET_RG,
  SUBSCRIPTION_ID,
  guidFor,
  kubernetesCompute,
  networkSecurityGroup,
  onlineDeployment,
  onlineEndpoint,
  resourceId,
  routeTable,
  subnet,
  virtualNetwork,
  virtualNetworkId,
  workspaceId
} from './builders.js'
import { aksCluster, clusterExtension } from './routes.js'
import {
  DEPLOYER_ID,
  roleAssignment,
  roleAssignmentsResponse,
  roleDefinition,
  type RoleSpec
} from './access.js'

export interface ScaleSpec {
  endpoints: number
  deploymentsPerEndpoint: number
  computes: number
  clusters: number
  vnets: number
  subnetsPerVnet: number
  roleAssignments: number
}

export const LARGE: ScaleSpec = {
  endpoints: 200,
  deploymentsPerEndpoint: 3,
  computes: 20,
  clusters: 5,
  vnets: 3,
  subnetsPerVnet: 10,
  roleAssignments: 30
}

/** `xlarge`: five times `large` (the bench's scaling table: reads grow with the estate, CPU per read must not). */
export const XLARGE: ScaleSpec = {
  endpoints: 1000,
  deploymentsPerEndpoint: 3,
  computes: 100,
  clusters: 25,
  vnets: 10,
  subnetsPerVnet: 10,
  roleAssignments: 150
}

/** Inputs the `large` scenario is meant to be run with (`principal-id` evaluation). */
export const LARGE_INPUTS: Record<string, string> = { 'principal-id': DEPLOYER_ID }

const WS_ID = workspaceId()
const VNET_ML_ID = virtualNetworkId('vnet-ml')
const SNET_ML_ID = `${VNET_ML_ID}/subnets/snet-ml`

/**
 * `secured` (with its endpoints replaced) plus 200 private managed endpoints × 3
 * deployments, 20 Kubernetes computes attaching 5 AKS clusters (two extensions
 * each) whose node pools use all 30 subnets of 3 VNets (each subnet with its own
 * NSG and route table), and 30 role assignments of the `principal-id` deployer
 * at the target VNet and subnet.
 */
export function large(secured: Scenario, size: ScaleSpec = LARGE, name = 'large'): Scenario {
  const resources: ArmResource[] = secured.resources.filter(r => !/\/onlineendpoints\//i.test(r.id))

  for (let e = 0; e < size.endpoints; e++) {
    const endpoint = onlineEndpoint({
      workspaceId: WS_ID,
      name: `scoring-${String(e).padStart(3, '0')}`,
      publicNetworkAccess: 'Disabled'
    })
    resources.push(endpoint)
    for (const name of ['blue', 'green', 'canary'].slice(0, size.deploymentsPerEndpoint)) {
      resources.push(
        onlineDeployment({ endpointId: endpoint.id, name, egressPublicNetworkAccess: 'Disabled' })
      )
    }
  }

  const subnetIds: string[] = []
  for (let v = 0; v < size.vnets; v++) {
    const vnetName = `vnet-scale-${v}`
    const vnetId = virtualNetworkId(vnetName)
    const subnets: ArmResource[] = []
    for (let s = 0; s < size.subnetsPerVnet; s++) {
      const name = `snet-${s}`
      const subnetId = `${vnetId}/subnets/${name}`
      const nsgName = `nsg-${v}-${s}`
      const rtName = `rt-${v}-${s}`
      subnetIds.push(subnetId)
      subnets.push(
        subnet({
          virtualNetworkId: vnetId,
          name,
          addressPrefix: `10.${40 + v}.${s}.0/24`,
          networkSecurityGroupId: resourceId(
            SUBSCRIPTION_ID,
            NET_RG,
            'Microsoft.Network/networkSecurityGroups',
            nsgName
          ),
          routeTableId: resourceId(SUBSCRIPTION_ID, NET_RG, 'Microsoft.Network/routeTables', rtName)
        })
      )
      resources.push(
        networkSecurityGroup({ name: nsgName, subnetIds: [subnetId] }),
        routeTable({ name: rtName, subnetIds: [subnetId] })
      )
    }
    resources.push(
      virtualNetwork({ name: vnetName, addressPrefixes: [`10.${40 + v}.0.0/16`] }, subnets),
      ...subnets
    )
  }

  // Each cluster's node pools cover its share of the 30 subnets.
  const perCluster = Math.ceil(subnetIds.length / size.clusters)
  const clusterIds: string[] = []
  for (let c = 0; c < size.clusters; c++) {
    const cluster = aksCluster({ name: `aks-scale-${c}`, subnetId: subnetIds[c * perCluster]! })
    const properties = cluster.body.properties as { agentPoolProfiles: Record<string, unknown>[] }
    const template = properties.agentPoolProfiles[1]!
    properties.agentPoolProfiles = [
      properties.agentPoolProfiles[0]!,
      ...subnetIds.slice(c * perCluster + 1, (c + 1) * perCluster).map((vnetSubnetID, i) => ({
        ...template,
        name: `pool${i + 1}`,
        vnetSubnetID
      }))
    ]
    clusterIds.push(cluster.id)
    resources.push(
      cluster,
      clusterExtension({ clusterId: cluster.id }),
      clusterExtension({ clusterId: cluster.id, name: 'flux', extensionType: 'microsoft.flux' })
    )
  }
  for (let k = 0; k < size.computes; k++) {
    resources.push(
      kubernetesCompute({
        workspaceId: WS_ID,
        name: `k8s-${String(k).padStart(2, '0')}`,
        clusterId: clusterIds[k % clusterIds.length]!
      })
    )
  }

  // principal-id: 30 custom roles, each assigned to the deployer on the network resource group.
  const roles: RoleSpec[] = Array.from({ length: size.roleAssignments }, (_, i) => ({
    guid: guidFor(`scale-role-${i}`),
    roleName: `Scale role ${i}`,
    description: 'Reads one kind of network resource.',
    type: 'CustomRole',
    permissions: [
      {
        actions: [`Microsoft.Network/scale${i}/read`],
        notActions: [],
        dataActions: [],
        notDataActions: []
      }
    ]
  }))
  const assignments = roles.map(role =>
    roleAssignment({
      scope: `/subscriptions/${SUBSCRIPTION_ID}/resourceGroups/${NET_RG}`,
      role,
      principalId: DEPLOYER_ID
    })
  )
  resources.push(...roles.map(role => roleDefinition(role)))

  return {
    ...secured,
    name,
    description: `${size.endpoints} managed endpoints × ${size.deploymentsPerEndpoint} deployments, ${size.computes} computes on ${size.clusters} AKS clusters with extensions, ${size.vnets} VNets × ${size.subnetsPerVnet} subnets with NSGs and route tables, ${size.roleAssignments} role assignments of the principal-id.`,
    resources,
    responses: [
      ...(secured.responses ?? []),
      roleAssignmentsResponse(VNET_ML_ID, DEPLOYER_ID, assignments),
      roleAssignmentsResponse(SNET_ML_ID, DEPLOYER_ID, assignments)
    ]
  }
}
