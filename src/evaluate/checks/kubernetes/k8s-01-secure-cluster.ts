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
  type AgentPool,
  type ManagedCluster,
  type Read,
  type ReadError,
  type Snapshot,
  type VirtualNetwork
} from '../../../model/snapshot.js'
import {
  defineCheck,
  equalsIgnoreCase,
  makeResult,
  readProblem,
  resourceGroupOf,
  unreadableResult
} from '../common.js'
import {
  clusterResource,
  clustersOrResults,
  codeList,
  detachCommand,
  goneCause,
  joinFixes,
  NOT_COLLECTED,
  reattachFix,
  orPlaceholder,
  raw,
  sh,
  type Raw
} from './shared.js'
import type { Check, CheckResult, ResultFix } from '../../../model/check.js'
import { concatText, joinText, ours, text, type Text } from '../../../model/text.js'

export function evaluateClusterSecurity(snapshot: Snapshot, cluster: AttachedCluster): CheckResult {
  const def = K8S_01_RULE
  const resource = clusterResource(cluster)
  if (cluster.kind === 'arc') {
    const rg = orPlaceholder(resourceGroupOf(cluster.id), '<resource-group>')
    return makeResult(
      def,
      'unknown',
      resource,
      concatText(
        text`Cluster \`${cluster.name}\` is an Azure Arc-enabled Kubernetes cluster: Azure Resource Manager does not report its nodes, API server and network policy, so this check cannot tell whether it is a secure inferencing environment. `,
        text`Verify it against ${ours(def.docUrl)}: the cluster in a private network, the API server not public, no node public IPs, and a network policy. \`az connectedk8s proxy\` keeps a connection to the cluster open; in a second shell, the \`kubectl\` commands should show no EXTERNAL-IP on any node and network policies in the namespaces that serve. Or leave category \`kubernetes\` out of \`fail-on\` for this cluster.`
      ),
      {
        remedy: {
          commands: [
            sh`az connectedk8s proxy --resource-group ${rg} --name ${cluster.name}`,
            'kubectl get nodes --output wide',
            'kubectl get networkpolicies --all-namespaces'
          ]
        }
      }
    )
  }
  if (cluster.kind === 'other') {
    return makeResult(
      def,
      'unknown',
      resource,
      text`Compute ${codeList(cluster.computes.map(c => c.name))} names \`${cluster.id}\`, which is neither an AKS cluster nor an Arc-enabled Kubernetes cluster, so it could not be checked. Detach it and attach the cluster again.`,
      { remedy: reattachFix(snapshot, cluster) }
    )
  }
  const read = aksClusterRead(snapshot.managedClusters, cluster)
  if (read.kind === 'not-read' || read.kind === 'not-aks')
    return makeResult(
      def,
      'unknown',
      resource,
      text`AKS cluster \`${cluster.name}\` ${NOT_COLLECTED}.`
    )
  if (read.kind === 'gone') {
    return makeResult(
      def,
      'fail',
      resource,
      text`AKS cluster \`${cluster.name}\`, attached as compute ${codeList(cluster.computes.map(c => c.name))}, no longer exists.`,
      {
        remedy: { commands: cluster.computes.map(c => detachCommand(snapshot, c.name)) },
        cause: goneCause(snapshot, cluster, read.error)
      }
    )
  }
  if (read.kind === 'unreadable') {
    return unreadableResult(
      def,
      resource,
      text`AKS cluster \`${cluster.name}\``,
      cluster.id,
      read.error
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
export function unrestrictiveRanges(ranges: string[]): Text[] {
  const found: Text[] = []
  for (const raw of ranges) {
    const range = raw.trim()
    let prefix: number
    let kind: 'ipv4' | 'ipv6'
    try {
      // AKS also takes a bare address (one host): /32 or /128.
      const [address, bits] = range.includes('/')
        ? ipaddr.parseCIDR(range)
        : [ipaddr.parse(range), undefined]
      kind = address.kind()
      prefix = bits ?? (kind === 'ipv4' ? 32 : 128)
    } catch {
      found.push(text`\`${range}\` (not an IP address or CIDR range)`)
      continue
    }
    if (prefix === 0) {
      found.push(
        text`\`${range}\` (a default route: every ${ours(kind === 'ipv4' ? 'IPv4' : 'IPv6')} address)`
      )
    } else if (prefix < WIDEST_AUTHORIZED_PREFIX[kind]) {
      found.push(text`\`${range}\` (wider than /${WIDEST_AUTHORIZED_PREFIX[kind]})`)
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
  | { kind: 'unreadable'; nodeResourceGroup: string; error: ReadError }

/** `/subscriptions/S/resourceGroups/G` of a cluster's node resource group (the scope a Reader grant needs). */
export function nodeResourceGroupId(cluster: ManagedCluster, group: string): string {
  const subscription = /^\/subscriptions\/([^/]+)/i.exec(cluster.id)?.[1] ?? '<subscription>'
  return `/subscriptions/${subscription}/resourceGroups/${group}`
}

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
  if (!vnets.ok) return { kind: 'unreadable', nodeResourceGroup: group, error: vnets.error }
  const [vnet] = [...vnets.value].sort((a, b) => a.name.localeCompare(b.name))
  return vnet ? { kind: 'found', vnet } : { kind: 'missing', nodeResourceGroup: group }
}

/** One property a secure inferencing cluster lacks: what is wrong, and the commands that fix it. */
export interface ClusterProblem {
  text: Text
  fix?: ResultFix
}

/** A free name for a node pool that replaces `old` (lowercase letters and digits, at most 12). */
function replacementPoolName(old: AgentPool, pools: AgentPool[]): string {
  const base =
    old.name
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '')
      .slice(0, 11) || 'pool'
  const taken = new Set(pools.map(p => p.name.toLowerCase()))
  for (let n = 2; ; n++) {
    const name = `${base.slice(0, 12 - String(n).length)}${n}`
    if (!taken.has(name)) return name
  }
}

/** Add a pool like `pool` in `subnet`, then delete `pool`: pool subnets and public IPs are fixed at creation. */
function replacePoolCommands(
  cluster: ManagedCluster,
  rg: string | Raw,
  pool: AgentPool,
  subnet: string | Raw
): string[] {
  const args = raw(sh`--resource-group ${rg} --cluster-name ${cluster.name}`)
  const mode = /^(system|user|gateway)$/i.test(pool.mode ?? '') ? pool.mode! : 'User'
  return [
    sh`az aks nodepool add ${args} --name ${replacementPoolName(pool, cluster.agentPools)} --mode ${mode} --vnet-subnet-id ${subnet}`,
    sh`az aks nodepool delete ${args} --name ${pool.name}`
  ]
}

const SUBNET_ID_PLACEHOLDER = text`\`<subnet-id>\` is the resource id of the subnet of your virtual network the nodes should run in (\`az network vnet subnet show --query id --output tsv\` prints it).`
const CIDRS_PLACEHOLDER = text`\`<your-cidrs>\` is the comma-separated list of your own networks' address ranges that must reach the API server (your administrators, your build agents).`

/** The four properties of a secure inferencing cluster; exported for the peer comparison tests. */
export function clusterProblems(
  cluster: ManagedCluster,
  managedVnet: ManagedVnetFinding = { kind: 'none' }
): ClusterProblem[] {
  const rg = orPlaceholder(resourceGroupOf(cluster.id), '<resource-group>')
  const problems: ClusterProblem[] = []
  const outsideVnet = cluster.agentPools.filter(p => !p.vnetSubnetId)
  if (cluster.agentPools.length === 0) {
    problems.push({
      text: text`it reports no node pools, so where its nodes run could not be checked`,
      fix: {
        commands: [sh`az aks nodepool list --resource-group ${rg} --cluster-name ${cluster.name}`]
      }
    })
  } else if (
    outsideVnet.length > 0 &&
    managedVnet.kind !== 'found' &&
    managedVnet.kind !== 'unreadable'
  ) {
    const where =
      managedVnet.kind === 'missing' && managedVnet.nodeResourceGroup
        ? text`, and no AKS-managed virtual network (aks-vnet-*) was found in its node resource group \`${managedVnet.nodeResourceGroup}\``
        : text``
    problems.push({
      text: text`node pool(s) ${codeList(outsideVnet.map(p => p.name))} are in no virtual network that could be found (no \`vnetSubnetID\`${where}). The subnet of an existing pool cannot be changed: add a pool in your subnet and delete the old one, or recreate the cluster with \`--vnet-subnet-id\``,
      fix: {
        commands: outsideVnet.flatMap(p => replacePoolCommands(cluster, rg, p, raw('<subnet-id>'))),
        placeholders: SUBNET_ID_PLACEHOLDER
      }
    })
  }
  const restrict: ResultFix = {
    commands: [
      sh`az aks update --resource-group ${rg} --name ${cluster.name} --api-server-authorized-ip-ranges <your-cidrs>`
    ],
    placeholders: CIDRS_PLACEHOLDER
  }
  const orPrivate = text`Limit it to your own networks, or make it a private cluster (\`--enable-apiserver-vnet-integration --enable-private-cluster\`)`
  if (cluster.enablePrivateCluster !== true && cluster.authorizedIpRanges.length === 0) {
    problems.push({
      text: text`its API server is public and open to every address (not a private cluster, no authorized IP ranges). ${orPrivate}`,
      fix: restrict
    })
  } else if (cluster.enablePrivateCluster !== true) {
    const open = unrestrictiveRanges(cluster.authorizedIpRanges)
    if (open.length > 0) {
      problems.push({
        text: text`its API server is public and its authorized IP ranges do not restrict it: ${joinText(open, ', ')}; a range wider than IPv4 /${WIDEST_AUTHORIZED_PREFIX.ipv4} or IPv6 /${WIDEST_AUTHORIZED_PREFIX.ipv6} is no restriction. ${orPrivate}`,
        fix: restrict
      })
    }
  }
  const publicIp = cluster.agentPools.filter(p => p.enableNodePublicIp === true)
  if (publicIp.length > 0) {
    const needsSubnet = publicIp.some(p => !p.vnetSubnetId)
    problems.push({
      text: text`node pool(s) ${codeList(publicIp.map(p => p.name))} give every node a public IP address (\`enableNodePublicIP\`). This cannot be changed on a pool: add a pool without it and delete the old one`,
      fix: {
        commands: publicIp.flatMap(p =>
          replacePoolCommands(cluster, rg, p, orPlaceholder(p.vnetSubnetId, '<subnet-id>'))
        ),
        ...(needsSubnet ? { placeholders: SUBNET_ID_PLACEHOLDER } : {})
      }
    })
  }
  if (!cluster.networkPolicy || equalsIgnoreCase(cluster.networkPolicy, 'none')) {
    // Azure Network Policy Manager needs Azure CNI; kubenet clusters take Calico.
    const policy = equalsIgnoreCase(cluster.networkPlugin, 'kubenet') ? 'calico' : 'azure'
    problems.push({
      text: text`it has no network policy, so any pod can reach the inference pods. Turn one on (\`azure\`, \`calico\` or \`cilium\`)`,
      fix: {
        commands: [
          sh`az aks update --resource-group ${rg} --name ${cluster.name} --network-policy ${policy}`
        ]
      }
    })
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
    const remedy = joinFixes(problems.map(p => p.fix))
    return makeResult(
      def,
      'fail',
      resource,
      text`AKS cluster \`${cluster.name}\`: ${joinText(
        problems.map(p => p.text),
        '; '
      )}.`,
      remedy ? { remedy } : {}
    )
  }
  if (managedVnet.kind === 'unreadable') {
    const group = managedVnet.nodeResourceGroup
    const { detail, cause } = readProblem(
      text`the virtual networks of node resource group \`${group}\``,
      nodeResourceGroupId(cluster, group),
      managedVnet.error
    )
    return makeResult(
      def,
      'unknown',
      resource,
      text`AKS cluster \`${cluster.name}\` has node pools without \`vnetSubnetID\`, so AKS created their virtual network in its node resource group. ${detail}`,
      { cause }
    )
  }
  const own = [
    ...new Set(
      cluster.agentPools.filter(p => p.vnetSubnetId).map(p => resourceName(p.vnetSubnetId!))
    )
  ]
  const subnets = [
    ...(own.length > 0 ? [text`subnet(s) ${codeList(own)}`] : []),
    ...(managedVnet.kind === 'found'
      ? [
          text`the AKS-managed virtual network \`${managedVnet.vnet.name}\` (node resource group \`${cluster.nodeResourceGroup ?? ''}\`)`
        ]
      : [])
  ]
  const api = cluster.enablePrivateCluster
    ? text`a private API server`
    : text`an API server limited to ${cluster.authorizedIpRanges.length} authorized IP range(s)`
  return makeResult(
    def,
    'pass',
    resource,
    text`AKS cluster \`${cluster.name}\` runs its node pools in ${joinText(subnets, ' and ')} without node public IPs, with ${api} and network policy \`${cluster.networkPolicy ?? ''}\`.`
  )
}

export const K8S_01: Check = defineCheck(K8S_01_RULE, (snapshot, def) => {
  const pre = clustersOrResults(def, snapshot)
  if ('results' in pre) return pre.results
  return pre.clusters.map(cluster => evaluateClusterSecurity(snapshot, cluster))
})
