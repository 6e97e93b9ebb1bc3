/**
 * K8S-01: each attached AKS cluster is a secure inferencing environment (node pools in a virtual
 * network, API server private or restricted, no node public IPs, a network policy).
 */
import ipaddr from 'ipaddr.js'
import { aksClusterRead, type AttachedCluster } from '../../clusters.js'
import { K8S_01_RULE } from '../rules/kubernetes.js'
import {
  resourceKey,
  resourceName,
  type ManagedCluster,
  type Read,
  type Snapshot,
  type VirtualNetwork
} from '../../../model/snapshot.js'
import {
  defineCheck,
  equalsIgnoreCase,
  makeResult,
  resourceGroupOf,
  unreadableDetail
} from '../common.js'
import { clusterResource, clustersOrResults, NOT_COLLECTED } from './shared.js'
import type { Check, CheckResult } from '../../../model/check.js'

export function evaluateClusterSecurity(snapshot: Snapshot, cluster: AttachedCluster): CheckResult {
  const def = K8S_01_RULE
  const resource = clusterResource(cluster)
  if (cluster.kind === 'arc') {
    return makeResult(
      def,
      'unknown',
      resource,
      `Cluster ${cluster.name} is an Azure Arc-enabled Kubernetes cluster: its nodes, API server and network policy are outside what Azure Resource Manager reports, so this check cannot tell whether it is a secure inferencing environment. ` +
        `Verify it against ${def.docUrl} (cluster in a private network, API server not public, no node public IPs, a network policy), or leave category kubernetes out of fail-on for this cluster.`
    )
  }
  if (cluster.kind === 'other') {
    return makeResult(
      def,
      'unknown',
      resource,
      `Compute(s) ${cluster.computes.map(c => c.name).join(', ')} name ${cluster.id}, which is neither an AKS cluster nor an Arc-enabled Kubernetes cluster, so it could not be checked. Re-attach the cluster: az ml compute attach --type Kubernetes --resource-id <cluster-id> ...`
    )
  }
  const read = aksClusterRead(snapshot.managedClusters, cluster)
  if (read.kind === 'not-read' || read.kind === 'not-aks')
    return makeResult(def, 'unknown', resource, `AKS cluster ${cluster.name} ${NOT_COLLECTED}.`)
  if (read.kind === 'gone') {
    return makeResult(
      def,
      'fail',
      resource,
      `AKS cluster ${cluster.name}, attached as ${cluster.computes.map(c => c.name).join(', ')}, no longer exists. Detach the stale compute (az ml compute detach --name ${cluster.computes[0]?.name} --resource-group ${snapshot.target.resourceGroup} --workspace-name ${snapshot.target.workspaceName}) and attach a secured cluster.`
    )
  }
  if (read.kind === 'unreadable') {
    return makeResult(
      def,
      'unknown',
      resource,
      unreadableDetail(`AKS cluster ${cluster.name}`, resourceGroupOf(cluster.id), read.error)
    )
  }
  return judgeCluster(
    read.cluster,
    resource,
    snapshot.aksManagedVirtualNetworks?.[resourceKey(cluster.id)]
  )
}

/**
 * The widest authorized IP range still counted as a restriction: IPv4 /8 (16.7 million
 * addresses, the largest block ever assigned to one organisation) and IPv6 /16. A wider
 * range, or a default route (prefix 0), opens the API server to much of the internet.
 */
export const WIDEST_AUTHORIZED_PREFIX = { ipv4: 8, ipv6: 16 } as const

/** Authorized IP ranges that restrict nothing, each with why; an empty list means all restrict. */
export function unrestrictiveRanges(ranges: string[]): string[] {
  const found: string[] = []
  for (const raw of ranges) {
    const text = raw.trim()
    let prefix: number
    let kind: 'ipv4' | 'ipv6'
    try {
      // AKS also takes a bare address (one host): /32 or /128.
      const [address, bits] = text.includes('/')
        ? ipaddr.parseCIDR(text)
        : [ipaddr.parse(text), undefined]
      kind = address.kind()
      prefix = bits ?? (kind === 'ipv4' ? 32 : 128)
    } catch {
      found.push(`'${text}' (not an IP address or CIDR range)`)
      continue
    }
    if (prefix === 0) {
      found.push(`${text} (a default route: every ${kind === 'ipv4' ? 'IPv4' : 'IPv6'} address)`)
    } else if (prefix < WIDEST_AUTHORIZED_PREFIX[kind]) {
      found.push(`${text} (wider than /${WIDEST_AUTHORIZED_PREFIX[kind]})`)
    }
  }
  return found
}

/**
 * Where node pools without `vnetSubnetID` run: in the VNet AKS created (`aks-vnet-*` in the node
 * resource group), which the Kubernetes inferencing article supports like your own VNet.
 */
export type ManagedVnetFinding =
  | { kind: 'none' }
  | { kind: 'found'; vnet: VirtualNetwork }
  | { kind: 'missing'; nodeResourceGroup?: string }
  | { kind: 'unreadable'; detail: string }

function managedVnetFinding(
  cluster: ManagedCluster,
  vnets: Read<VirtualNetwork[]> | undefined
): ManagedVnetFinding {
  if (cluster.agentPools.every(p => p.vnetSubnetId)) return { kind: 'none' }
  const group = cluster.nodeResourceGroup
  if (!vnets || !group)
    return group ? { kind: 'missing', nodeResourceGroup: group } : { kind: 'missing' }
  // 404: the node resource group is gone, and the network AKS created in it with it.
  if (!vnets.ok && vnets.error.status === 404) return { kind: 'missing', nodeResourceGroup: group }
  if (!vnets.ok) {
    const subscription = /^\/subscriptions\/([^/]+)/i.exec(cluster.id)?.[1] ?? '<subscription>'
    return {
      kind: 'unreadable',
      detail: `${unreadableDetail(`the virtual networks of node resource group ${group}`, group, vnets.error)} (AKS keeps the network it creates for node pools without a subnet there; az role assignment create --role Reader --scope /subscriptions/${subscription}/resourceGroups/${group} --assignee <client-id>)`
    }
  }
  const [vnet] = [...vnets.value].sort((a, b) => a.name.localeCompare(b.name))
  return vnet ? { kind: 'found', vnet } : { kind: 'missing', nodeResourceGroup: group }
}

/** The four properties of a secure inferencing cluster; exported for the peer comparison tests. */
export function clusterProblems(
  cluster: ManagedCluster,
  managedVnet: ManagedVnetFinding = { kind: 'none' }
): string[] {
  const rg = resourceGroupOf(cluster.id) ?? '<resource-group>'
  const problems: string[] = []
  const outsideVnet = cluster.agentPools.filter(p => !p.vnetSubnetId)
  if (cluster.agentPools.length === 0) {
    problems.push('reports no node pools, so where its nodes run could not be checked')
  } else if (
    outsideVnet.length > 0 &&
    managedVnet.kind !== 'found' &&
    managedVnet.kind !== 'unreadable'
  ) {
    const where =
      managedVnet.kind === 'missing' && managedVnet.nodeResourceGroup
        ? `, and no AKS-managed virtual network (aks-vnet-*) was found in its node resource group ${managedVnet.nodeResourceGroup}`
        : ''
    problems.push(
      `node pool(s) ${outsideVnet.map(p => p.name).join(', ')} are in no virtual network that could be found (no vnetSubnetID${where}). The subnet cannot be changed on an existing pool: add a pool in your subnet (az aks nodepool add --resource-group ${rg} --cluster-name ${cluster.name} --name <pool> --vnet-subnet-id <subnet-id>) and delete the old one, or recreate the cluster with --vnet-subnet-id`
    )
  }
  const restrict = `Fix: az aks update --resource-group ${rg} --name ${cluster.name} --api-server-authorized-ip-ranges <your-cidrs>, or make it private (--enable-apiserver-vnet-integration --enable-private-cluster)`
  if (cluster.enablePrivateCluster !== true && cluster.authorizedIpRanges.length === 0) {
    problems.push(
      `its API server is public and open to every address (not a private cluster, no authorized IP ranges). ${restrict}`
    )
  } else if (cluster.enablePrivateCluster !== true) {
    const open = unrestrictiveRanges(cluster.authorizedIpRanges)
    if (open.length > 0) {
      problems.push(
        `its API server is public and its authorized IP ranges do not restrict it: ${open.join(', ')}; a range wider than IPv4 /${WIDEST_AUTHORIZED_PREFIX.ipv4} or IPv6 /${WIDEST_AUTHORIZED_PREFIX.ipv6} is no restriction. List only your own networks. ${restrict}`
      )
    }
  }
  const publicIp = cluster.agentPools.filter(p => p.enableNodePublicIp === true)
  if (publicIp.length > 0) {
    problems.push(
      `node pool(s) ${publicIp.map(p => p.name).join(', ')} give every node a public IP address (enableNodePublicIP). This cannot be changed on a pool: add a pool without it (az aks nodepool add --resource-group ${rg} --cluster-name ${cluster.name} --name <pool> --vnet-subnet-id <subnet-id>) and delete the old one`
    )
  }
  if (!cluster.networkPolicy || equalsIgnoreCase(cluster.networkPolicy, 'none')) {
    problems.push(
      `it has no network policy, so any pod can reach the inference pods. Fix: az aks update --resource-group ${rg} --name ${cluster.name} --network-policy azure (or calico, cilium)`
    )
  }
  return problems
}

function judgeCluster(
  cluster: ManagedCluster,
  resource: CheckResult['resource'],
  vnets: Read<VirtualNetwork[]> | undefined
): CheckResult {
  const def = K8S_01_RULE
  const managedVnet = managedVnetFinding(cluster, vnets)
  const problems = clusterProblems(cluster, managedVnet)
  if (problems.length > 0) {
    return makeResult(def, 'fail', resource, `AKS cluster ${cluster.name}: ${problems.join('; ')}.`)
  }
  if (managedVnet.kind === 'unreadable') {
    return makeResult(
      def,
      'unknown',
      resource,
      `AKS cluster ${cluster.name} has node pools without vnetSubnetID, so AKS created their virtual network. ${managedVnet.detail}`
    )
  }
  const own = [
    ...new Set(
      cluster.agentPools.filter(p => p.vnetSubnetId).map(p => resourceName(p.vnetSubnetId!))
    )
  ]
  const subnets = [
    ...(own.length > 0 ? [`subnet(s) ${own.join(', ')}`] : []),
    ...(managedVnet.kind === 'found'
      ? [
          `the AKS-managed virtual network ${managedVnet.vnet.name} (node resource group ${cluster.nodeResourceGroup ?? ''})`
        ]
      : [])
  ]
  const api = cluster.enablePrivateCluster
    ? 'a private API server'
    : `an API server limited to ${cluster.authorizedIpRanges.length} authorized IP range(s)`
  return makeResult(
    def,
    'pass',
    resource,
    `AKS cluster ${cluster.name} runs its node pools in ${subnets.join(' and ')} without node public IPs, with ${api} and network policy ${cluster.networkPolicy}.`
  )
}

export const K8S_01: Check = defineCheck(K8S_01_RULE, (snapshot, def) => {
  const pre = clustersOrResults(def, snapshot)
  if ('results' in pre) return pre.results
  return pre.clusters.map(cluster => evaluateClusterSecurity(snapshot, cluster))
})
