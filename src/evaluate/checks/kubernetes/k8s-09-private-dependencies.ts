/**
 * K8S-09: the workspace and its storage, key vault and registry are reached privately from the
 * cluster's virtual network (a private endpoint there or in a peered network, or a service endpoint).
 */
import { K8S_09_RULE } from '../rules/kubernetes.js'
import {
  parentVirtualNetworkId,
  resourceKey,
  resourceName,
  type ManagedCluster,
  type Read,
  type Snapshot,
  type Workspace
} from '../../../model/snapshot.js'
import {
  defineCheck,
  makeResult,
  oneResultPerResource,
  resourceGroupOf,
  resourceOf,
  unreadableDetail,
  workspaceResource
} from '../common.js'
import { clusterResource, eachAksCluster, NOT_COLLECTED } from './shared.js'
import {
  DATA_DEPENDENCIES,
  workspaceDependencies,
  type DependencyKind
} from '../../dependencies.js'
import type { Check, CheckDefinition, CheckResult } from '../../../model/check.js'

/** A resource the Kubernetes article wants reached privately from the cluster's network. */
interface PrivateDependency {
  resource: CheckResult['resource']
  /** `workspace ml-ws`, `storage account st`, ... */
  label: string
  /** `--group-id` values of `az network private-endpoint create` (storage needs blob and file). */
  groupIds: string[]
  /** Its private endpoint connections, or why they are not known. */
  connections: Read<Array<{ privateEndpointId?: string; status?: string }>> | undefined
  /** Subnets with a service endpoint rule on it (storage, key vault). */
  serviceEndpointSubnets: string[]
}

/** `--group-id` values per dependency (storage needs blob and file). */
const GROUP_IDS: Partial<Record<DependencyKind, string[]>> = {
  storageAccount: ['blob', 'file'],
  keyVault: ['vault'],
  containerRegistry: ['registry']
}

function privateDependencies(snapshot: Snapshot, ws: Workspace): PrivateDependency[] {
  const deps: PrivateDependency[] = [
    {
      resource: workspaceResource(snapshot),
      label: `workspace ${ws.name}`,
      groupIds: ['amlworkspace'],
      connections: { ok: true, value: ws.privateEndpointConnections },
      serviceEndpointSubnets: []
    }
  ]
  for (const dep of workspaceDependencies(snapshot, ws, DATA_DEPENDENCIES)) {
    // A registry is created with the first image build: until then there is nothing to reach.
    if (!dep.id) continue
    const read = dep.networkAccess
    const resource = resourceOf(dep.id, dep.type)
    deps.push({
      resource,
      label: `${dep.label} ${resource.name}`,
      groupIds: GROUP_IDS[dep.kind] ?? [],
      connections:
        read && (read.ok ? { ok: true, value: read.value.privateEndpointConnections ?? [] } : read),
      serviceEndpointSubnets: read?.ok ? (read.value.virtualNetworkRuleSubnetIds ?? []) : []
    })
  }
  return deps
}

/** Where an AKS cluster's nodes run: its VNets and node subnets. */
interface ClusterNetwork {
  cluster: ManagedCluster
  vnets: string[]
  subnets: string[]
  /** A subnet of its first VNet, for the `az network private-endpoint create` command. */
  subnetForCommand?: string
}

function clusterNetwork(snapshot: Snapshot, cluster: ManagedCluster): ClusterNetwork {
  const managed = snapshot.aksManagedVirtualNetworks?.[resourceKey(cluster.id)]
  const own = cluster.agentPools.map(p => p.vnetSubnetId).filter((id): id is string => !!id)
  const managedSubnets = managed?.ok ? managed.value.flatMap(v => v.subnetIds) : []
  const vnets = [
    ...own.map(parentVirtualNetworkId).filter((id): id is string => !!id),
    ...(managed?.ok ? managed.value.map(v => v.id) : [])
  ]
  const subnets = [...own, ...managedSubnets]
  const first = subnets[0]
  return {
    cluster,
    vnets: [...new Map(vnets.map(id => [resourceKey(id), id])).values()],
    subnets,
    ...(first ? { subnetForCommand: first } : {})
  }
}

function createPrivateEndpointCommands(
  dep: PrivateDependency,
  net: ClusterNetwork,
  groups = dep.groupIds
): string {
  const subnet = net.subnetForCommand
  const vnet = subnet ? parentVirtualNetworkId(subnet) : net.vnets[0]
  const rg = (vnet && resourceGroupOf(vnet)) ?? '<resource-group>'
  return groups
    .map(
      group =>
        `az network private-endpoint create --resource-group ${rg} --name pe-${dep.resource.name}-${group} --vnet-name ${vnet ? resourceName(vnet) : '<vnet>'} --subnet ${subnet ? resourceName(subnet) : '<subnet>'} --private-connection-resource-id ${dep.resource.id} --group-id ${group} --connection-name pe-${dep.resource.name}-${group}`
    )
    .join(' and ')
}

type Finding = { outcome: 'pass' | 'fail' | 'unknown'; text: string }

/** One dependency against one AKS cluster's network: pass, fail or unknown with every reason. */
function judgeDependency(
  def: CheckDefinition,
  snapshot: Snapshot,
  dep: PrivateDependency,
  net: ClusterNetwork
): CheckResult {
  const result = (outcome: Finding['outcome'], detail: string): CheckResult =>
    makeResult(def, outcome, dep.resource, `AKS cluster ${net.cluster.name}: ${detail}`)
  if (!dep.connections) return result('unknown', `${dep.label} ${NOT_COLLECTED}.`)
  if (!dep.connections.ok) {
    return result(
      'unknown',
      unreadableDetail(dep.label, resourceGroupOf(dep.resource.id), dep.connections.error)
    )
  }
  const serviceEndpoint = dep.serviceEndpointSubnets.find(id =>
    net.subnets.some(s => resourceKey(s) === resourceKey(id))
  )
  if (serviceEndpoint) {
    return result(
      'pass',
      `${dep.label} admits the cluster's subnet ${resourceName(serviceEndpoint)} through a service endpoint (a virtual network rule), which the article accepts in place of a private endpoint.`
    )
  }
  const approved = dep.connections.value
    .filter(c => c.status?.toLowerCase() === 'approved' && c.privateEndpointId)
    .map(c => c.privateEndpointId!)
  if (approved.length === 0) {
    const waiting = dep.connections.value.filter(c => c.status?.toLowerCase() !== 'approved')
    const why =
      waiting.length > 0
        ? ` (its ${waiting.length} private endpoint connection(s) are ${[...new Set(waiting.map(c => c.status ?? 'of no reported status'))].join(', ')}, not Approved)`
        : ''
    return result(
      'fail',
      `${dep.label} has no approved private endpoint${why}, so the cluster cannot reach it privately. Fix: create one in the cluster's virtual network: ${createPrivateEndpointCommands(dep, net)}, and link its private DNS zone to that network.`
    )
  }
  // Each sub-resource the workspace uses (a storage account: blob and file) needs its own endpoint.
  const findings = dep.groupIds.map(group => judgeGroup(snapshot, dep, net, approved, group))
  const worst = findings.some(f => f.outcome === 'fail')
    ? 'fail'
    : findings.some(f => f.outcome === 'unknown')
      ? 'unknown'
      : 'pass'
  return result(
    worst,
    findings
      .filter(f => worst === 'pass' || f.outcome !== 'pass')
      .map((f, i) => (i === 0 ? f.text : f.text.charAt(0).toUpperCase() + f.text.slice(1)))
      .join(' ')
  )
}

function judgeGroup(
  snapshot: Snapshot,
  dep: PrivateDependency,
  net: ClusterNetwork,
  approved: string[],
  group: string
): Finding {
  const what = dep.groupIds.length > 1 ? `${dep.label} (${group})` : dep.label
  const unknowns: string[] = []
  const elsewhere: Array<{ pe: string; vnet: string }> = []
  for (const peId of approved) {
    const pe = snapshot.privateEndpoints[resourceKey(peId)]
    if (!pe || !pe.ok) {
      unknowns.push(
        pe
          ? unreadableDetail(
              `private endpoint ${resourceName(peId)}`,
              resourceGroupOf(peId),
              pe.error
            )
          : `Private endpoint ${resourceName(peId)} ${NOT_COLLECTED}.`
      )
      continue
    }
    // An endpoint that reports no sub-resource may serve any.
    if (pe.value.groupIds && !pe.value.groupIds.some(g => g.toLowerCase() === group)) continue
    const peVnet = pe.value.subnetId ? parentVirtualNetworkId(pe.value.subnetId) : undefined
    if (!peVnet) {
      unknowns.push(
        `Private endpoint ${pe.value.name} reports no subnet, so its network is unknown.`
      )
      continue
    }
    if (net.vnets.some(v => resourceKey(v) === resourceKey(peVnet))) {
      return {
        outcome: 'pass',
        text: `the private endpoint ${pe.value.name} of ${what} is in the cluster's virtual network ${resourceName(peVnet)}.`
      }
    }
    const peered = net.vnets.find(v => {
      const p = snapshot.clusterVnetPeerings?.[resourceKey(v)]
      return p?.ok && p.value.some(remote => resourceKey(remote) === resourceKey(peVnet))
    })
    if (peered) {
      return {
        outcome: 'pass',
        text: `the private endpoint ${pe.value.name} of ${what} is in ${resourceName(peVnet)}, peered (Connected) with the cluster's virtual network ${resourceName(peered)}.`
      }
    }
    const unread = net.vnets.find(v => !snapshot.clusterVnetPeerings?.[resourceKey(v)]?.ok)
    if (unread) {
      const p = snapshot.clusterVnetPeerings?.[resourceKey(unread)]
      unknowns.push(
        p && !p.ok
          ? `The private endpoint ${pe.value.name} of ${what} is in ${resourceName(peVnet)}, and the peerings of the cluster's virtual network ${resourceName(unread)} are unknown: ${unreadableDetail(`virtual network ${resourceName(unread)}`, resourceGroupOf(unread), p.error)}`
          : `The private endpoint ${pe.value.name} of ${what} is in ${resourceName(peVnet)}, and the peerings of the cluster's virtual network ${resourceName(unread)} ${NOT_COLLECTED}.`
      )
      continue
    }
    elsewhere.push({ pe: pe.value.name, vnet: peVnet })
  }
  if (unknowns.length > 0) return { outcome: 'unknown', text: unknowns.join(' ') }
  const first = elsewhere[0]
  if (!first) {
    return {
      outcome: 'fail',
      text: `${dep.label} has no approved private endpoint for its ${group} sub-resource, so the cluster cannot reach it privately. Fix: create one in the cluster's virtual network: ${createPrivateEndpointCommands(dep, net, [group])}, and link its private DNS zone to that network.`
    }
  }
  const vnet = net.vnets[0]!
  return {
    outcome: 'fail',
    text:
      `the private endpoint(s) of ${what} (${elsewhere.map(e => `${e.pe} in ${e.vnet}`).join(', ')}) are in a virtual network that is neither the cluster's (${net.vnets.map(resourceName).join(', ')}) nor peered with it, so the cluster cannot reach it privately. ` +
      `Fix: peer the networks (az network vnet peering create --resource-group ${resourceGroupOf(vnet) ?? '<resource-group>'} --vnet-name ${resourceName(vnet)} --name ${resourceName(vnet)}-to-${resourceName(first.vnet)} --remote-vnet ${first.vnet} --allow-vnet-access, and the same from ${resourceName(first.vnet)}), or create a private endpoint in the cluster's virtual network: ${createPrivateEndpointCommands(dep, net, [group])}.`
  }
}

export const K8S_09: Check = defineCheck(K8S_09_RULE, (snapshot, def) => {
  const ws = snapshot.workspace.ok ? snapshot.workspace.value : undefined
  const results = eachAksCluster(
    def,
    snapshot,
    name =>
      `Cluster ${name} is not an AKS cluster: Azure Resource Manager does not report the network an Arc-enabled cluster runs in.`,
    (cluster, attached) => {
      const resource = clusterResource(attached)
      if (!ws) {
        return makeResult(
          def,
          'unknown',
          resource,
          'The workspace could not be read; see the workspace results.'
        )
      }
      const net = clusterNetwork(snapshot, cluster)
      if (net.vnets.length === 0) {
        return makeResult(
          def,
          'unknown',
          resource,
          `The virtual network of AKS cluster ${cluster.name} is not known (see K8S-01), so where the private endpoints must be cannot be checked.`
        )
      }
      return privateDependencies(snapshot, ws).map(dep => judgeDependency(def, snapshot, dep, net))
    }
  )
  // Several clusters judge the same dependency: one result per resource, the worst, every reason.
  return oneResultPerResource(results)
})
