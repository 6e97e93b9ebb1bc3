/**
 * Checklist section "Secure Azure Kubernetes Service online endpoints"
 * (K8S-*): the article's four steps (secure cluster, extension, attach,
 * deploy) plus the earlier version's prerequisite of a secured AKS cluster.
 * Clusters are found through the workspace's Kubernetes and legacy AKS computes.
 */
import ipaddr from 'ipaddr.js'
import {
  aksClusterRead,
  attachedClusters,
  isClusterCompute,
  isLegacyAksCompute,
  type AttachedCluster
} from '../clusters.js'
import {
  K8S_01_RULE,
  K8S_02_RULE,
  K8S_03_RULE,
  K8S_04_RULE,
  K8S_05_RULE,
  K8S_06_RULE,
  K8S_07_RULE,
  K8S_08_RULE,
  K8S_09_RULE
} from './rules/kubernetes.js'
import type {
  ClusterExtension,
  ManagedCluster,
  Read,
  Snapshot,
  VirtualNetwork,
  Workspace
} from '../../model/snapshot.js'
import { parentVirtualNetworkId, resourceKey, resourceName } from '../../model/snapshot.js'
import {
  RESOURCE_TYPES,
  defineCheck,
  equalsIgnoreCase,
  makeResult,
  oneResultPerResource,
  resourceGroupOf,
  resourceOf,
  unreadableDetail,
  workspaceResource,
  workspaceListUnreadable
} from './common.js'
import { skipUnlessRoute } from './routes.js'
import type { Check, CheckDefinition, CheckResult, Severity } from '../../model/check.js'

const TYPES = {
  aks: 'Microsoft.ContainerService/managedClusters',
  arc: 'Microsoft.Kubernetes/connectedClusters',
  compute: 'Microsoft.MachineLearningServices/workspaces/computes',
  extension: 'Microsoft.KubernetesConfiguration/extensions'
}

const AZUREML_EXTENSION_TYPE = 'microsoft.azureml.kubernetes'

const NOT_COLLECTED =
  'was not read (a bug in aml-inference-guard: please report it with the JSON report attached)'

function clusterResource(cluster: AttachedCluster): CheckResult['resource'] {
  return resourceOf(cluster.id, cluster.kind === 'arc' ? TYPES.arc : TYPES.aks, cluster.name)
}

/** `--cluster-type managedClusters|connectedClusters --cluster-name <c> --resource-group <rg>` */
function clusterArgs(cluster: AttachedCluster): string {
  const type = cluster.kind === 'arc' ? 'connectedClusters' : 'managedClusters'
  return `--cluster-type ${type} --cluster-name ${cluster.name} --resource-group ${resourceGroupOf(cluster.id) ?? '<resource-group>'}`
}

/** Route, then the compute list: the clusters to evaluate, or the results to return instead. */
function clustersOrResults(
  def: CheckDefinition,
  snapshot: Snapshot
): { results: CheckResult[] } | { clusters: AttachedCluster[] } {
  const skip = skipUnlessRoute(def, snapshot, 'kubernetes')
  if (skip) return { results: skip }
  const { workspaceName } = snapshot.target
  if (!snapshot.computes.ok) {
    return {
      results: [workspaceListUnreadable(def, snapshot, 'computes', snapshot.computes.error)]
    }
  }
  const clusters = attachedClusters(snapshot.computes.value)
  if (clusters.length === 0) {
    return {
      results: [
        makeResult(
          def,
          'skipped',
          workspaceResource(snapshot),
          `No Kubernetes cluster is attached to workspace ${workspaceName} yet, so there is no cluster to check; K8S-04 says how to attach one.`
        )
      ]
    }
  }
  return { clusters }
}

// ---------------------------------------------------------------- K8S-01

function evaluateClusterSecurity(snapshot: Snapshot, cluster: AttachedCluster): CheckResult {
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

// ---------------------------------------------------------------- K8S-02 / K8S-03

/** A configuration setting looked up case-insensitively by key. */
function setting(extension: ClusterExtension, key: string): string | undefined {
  const found = Object.entries(extension.configurationSettings).find(
    ([k]) => k.toLowerCase() === key.toLowerCase()
  )
  return found?.[1]
}

function isTrue(value: string | undefined): boolean {
  return value?.trim().toLowerCase() === 'true'
}

type ExtensionLookup =
  | { kind: 'found'; extension: ClusterExtension }
  | { kind: 'missing'; others: ClusterExtension[] }
  | { kind: 'unreadable'; detail: string }

function azureMlExtension(snapshot: Snapshot, cluster: AttachedCluster): ExtensionLookup {
  const read = snapshot.clusterExtensions[resourceKey(cluster.id)]
  if (!read)
    return {
      kind: 'unreadable',
      detail: `The extensions of cluster ${cluster.name} ${NOT_COLLECTED}.`
    }
  if (!read.ok) {
    return {
      kind: 'unreadable',
      detail: unreadableDetail(
        `the extensions of cluster ${cluster.name}`,
        resourceGroupOf(cluster.id),
        read.error
      )
    }
  }
  const matching = read.value.filter(e => equalsIgnoreCase(e.extensionType, AZUREML_EXTENSION_TYPE))
  const extension =
    matching.find(e => equalsIgnoreCase(e.provisioningState, 'Succeeded')) ?? matching[0]
  return extension ? { kind: 'found', extension } : { kind: 'missing', others: read.value }
}

function createExtensionCommand(cluster: AttachedCluster): string {
  return `az k8s-extension create --name azureml --extension-type Microsoft.AzureML.Kubernetes ${clusterArgs(cluster)} --scope cluster --config enableInference=True inferenceRouterServiceType=LoadBalancer internalLoadBalancerProvider=azure allowInsecureConnections=False sslCname=<scoring-host-name> --config-protected sslCertPemFile=<cert.pem> sslKeyPemFile=<key.pem>`
}

function evaluateExtension(snapshot: Snapshot, cluster: AttachedCluster): CheckResult {
  const def = K8S_02_RULE
  const resource = clusterResource(cluster)
  if (!cluster.viaExtension) {
    return makeResult(
      def,
      'skipped',
      resource,
      `Cluster ${cluster.name} is attached only as a legacy AKS compute, which does not use the extension; K8S-04 recommends moving to a Kubernetes compute.`
    )
  }
  if (cluster.kind === 'other') {
    return makeResult(
      def,
      'unknown',
      resource,
      `${cluster.id} is neither an AKS nor an Arc-enabled cluster, so its extensions could not be read.`
    )
  }
  const lookup = azureMlExtension(snapshot, cluster)
  if (lookup.kind === 'unreadable') return makeResult(def, 'unknown', resource, lookup.detail)
  if (lookup.kind === 'missing') {
    const others = lookup.others.length
      ? ` (it has ${lookup.others.map(e => e.extensionType ?? e.name).join(', ')})`
      : ''
    return makeResult(
      def,
      'fail',
      resource,
      `Cluster ${cluster.name} has no Azure Machine Learning extension${others}. Fix: ${createExtensionCommand(cluster)}`
    )
  }
  const extension = lookup.extension
  const problems: string[] = []
  if (!equalsIgnoreCase(extension.provisioningState, 'Succeeded')) {
    problems.push(
      `its provisioning state is ${extension.provisioningState ?? 'not reported'}, not Succeeded (az k8s-extension show --name ${extension.name} ${clusterArgs(cluster)} shows why; delete and create it again if it stays failed)`
    )
  }
  const inference = setting(extension, 'enableInference')
  if (!isTrue(inference)) {
    problems.push(
      `enableInference is ${inference === undefined ? 'not set' : `'${inference}'`}, so it cannot serve online endpoints (az k8s-extension update --name ${extension.name} ${clusterArgs(cluster)} --config enableInference=True)`
    )
  }
  if (problems.length > 0) {
    return makeResult(
      def,
      'fail',
      resource,
      `Azure Machine Learning extension ${extension.name} on cluster ${cluster.name}: ${problems.join('; ')}.`
    )
  }
  return makeResult(
    def,
    'pass',
    resource,
    `Azure Machine Learning extension ${extension.name} on cluster ${cluster.name} is Succeeded with enableInference=${inference}.`
  )
}

export const K8S_02: Check = defineCheck(K8S_02_RULE, (snapshot, def) => {
  const pre = clustersOrResults(def, snapshot)
  if ('results' in pre) return pre.results
  return pre.clusters.map(cluster => evaluateExtension(snapshot, cluster))
})

function evaluateRouter(snapshot: Snapshot, cluster: AttachedCluster): CheckResult {
  const def = K8S_03_RULE
  const resource = clusterResource(cluster)
  if (!cluster.viaExtension) {
    return makeResult(
      def,
      'skipped',
      resource,
      `Cluster ${cluster.name} is attached only as a legacy AKS compute, which has no extension inference router; K8S-04 checks its load balancer.`
    )
  }
  if (cluster.kind === 'other') {
    return makeResult(
      def,
      'unknown',
      resource,
      `${cluster.id} is neither an AKS nor an Arc-enabled cluster, so its extensions could not be read.`
    )
  }
  const lookup = azureMlExtension(snapshot, cluster)
  if (lookup.kind === 'unreadable') return makeResult(def, 'unknown', resource, lookup.detail)
  if (lookup.kind === 'missing') {
    return makeResult(
      def,
      'skipped',
      resource,
      `Cluster ${cluster.name} has no Azure Machine Learning extension, so there is no inference router yet; K8S-02 reports it.`
    )
  }
  const extension = lookup.extension
  const update = `az k8s-extension update --name ${extension.name} ${clusterArgs(cluster)} --config`
  const name = `Inference router of extension ${extension.name} on cluster ${cluster.name}`
  // One result: the worst of how the router is exposed and how it serves TLS, with both reasons.
  const exposure = routerExposure(cluster, extension, update)
  const tls = routerTls(extension, update)
  const parts = [exposure, tls]
  const worst = parts.reduce((a, b) => (OUTCOME_RANK[b.outcome] > OUTCOME_RANK[a.outcome] ? b : a))
  const failures = parts.filter(p => p.outcome === 'fail')
  const joined =
    tls.outcome === 'pass'
      ? exposure.outcome === 'pass'
        ? ` ${tls.text}`
        : `; it ${tls.text.replace(/^and /, '')}`
      : exposure.outcome === 'pass'
        ? `, but ${tls.text}`
        : `; also ${tls.text}`
  const result = makeResult(def, worst.outcome, resource, `${name} ${exposure.text}${joined}.`)
  if (failures.length === 0) return result
  return { ...result, severity: failures.some(p => p.severity === 'error') ? 'error' : 'warning' }
}

interface RouterFinding {
  outcome: 'pass' | 'fail' | 'unknown'
  /** For `fail`. */
  severity?: 'error' | 'warning'
  text: string
}

const OUTCOME_RANK = { pass: 0, unknown: 1, fail: 2 } as const

/** How the router is exposed: inferenceRouterServiceType and, on AKS, internalLoadBalancerProvider. */
function routerExposure(
  cluster: AttachedCluster,
  extension: ClusterExtension,
  update: string
): RouterFinding {
  const serviceType = setting(extension, 'inferenceRouterServiceType')
  const provider = setting(extension, 'internalLoadBalancerProvider')
  if (serviceType === undefined) {
    return {
      outcome: 'unknown',
      text: `does not set inferenceRouterServiceType, so how the router is exposed is unknown. Set it explicitly: ${update} inferenceRouterServiceType=LoadBalancer internalLoadBalancerProvider=azure`
    }
  }
  switch (serviceType.trim().toLowerCase()) {
    case 'loadbalancer':
      if (cluster.kind === 'arc') {
        // internalLoadBalancerProvider applies to AKS only (how-to-deploy-kubernetes-extension):
        // on Arc the cluster's own load balancer decides, and ARM cannot see the address it got.
        return {
          outcome: 'unknown',
          text:
            `is a LoadBalancer service on Azure Arc-enabled cluster ${cluster.name}. internalLoadBalancerProvider=azure applies to AKS clusters only${provider === undefined ? '' : `, so the setting ('${provider}') does not make this router internal`}: ` +
            `the cluster's own load balancer decides whether the address is private or public, and Azure Resource Manager does not report it. ` +
            `Confirm with \`kubectl get service azureml-fe --namespace azureml\` that EXTERNAL-IP is a private address reachable only from your network, or expose the router as NodePort or ClusterIP behind your own private ingress (${update} inferenceRouterServiceType=NodePort)`
        }
      }
      if (equalsIgnoreCase(provider?.trim(), 'azure')) {
        return {
          outcome: 'pass',
          text: 'is an internal Azure load balancer (internalLoadBalancerProvider=azure)'
        }
      }
      return {
        outcome: 'fail',
        severity: 'error',
        text: `is a LoadBalancer service ${provider === undefined ? 'without internalLoadBalancerProvider' : `with internalLoadBalancerProvider '${provider}'`}, so Azure gives it a public IP address and the endpoints are reachable from the internet. Fix: ${update} inferenceRouterServiceType=LoadBalancer internalLoadBalancerProvider=azure`
      }
    case 'nodeport':
      return {
        outcome: 'pass',
        text: "is a NodePort service: reachable on every node's address at the node port, so keep the nodes private (K8S-01) and limit the port with a network security group"
      }
    case 'clusterip':
      return {
        outcome: 'pass',
        text: 'is a ClusterIP service: reachable only inside the cluster, behind the ingress you provide'
      }
    default:
      return {
        outcome: 'fail',
        severity: 'error',
        text: `has inferenceRouterServiceType '${serviceType}', which is not LoadBalancer, NodePort or ClusterIP. Fix: ${update} inferenceRouterServiceType=LoadBalancer internalLoadBalancerProvider=azure`
      }
  }
}

/** Protected settings that carry the router's certificate: as documented, and as the CLI stores them. */
const CERTIFICATE_PROTECTED_SETTINGS = [
  ['sslCertPemFile', 'sslKeyPemFile'],
  ['scoringFe.sslCert', 'scoringFe.sslKey']
]

/**
 * HTTPS on the router (how-to-deploy-kubernetes-extension, configuration settings): with
 * allowInsecureConnections False (the default), sslCname is required, and the certificate
 * comes from sslSecret or the protected settings sslCertPemFile and sslKeyPemFile.
 */
function routerTls(extension: ClusterExtension, update: string): RouterFinding {
  const fix = `${update} allowInsecureConnections=False sslCname=<scoring-host-name> --config-protected sslCertPemFile=<cert.pem> sslKeyPemFile=<key.pem> (or --config sslSecret=<secret> naming a Kubernetes secret in the azureml namespace with cert.pem and key.pem)`
  if (isTrue(setting(extension, 'allowInsecureConnections'))) {
    return {
      outcome: 'fail',
      severity: 'warning',
      text: `allowInsecureConnections is True, so clients can score over plain HTTP. Fix: ${fix}`
    }
  }
  const cname = setting(extension, 'sslCname')?.trim()
  const secret = setting(extension, 'sslSecret')?.trim()
  const keys = extension.configurationProtectedSettingKeys?.map(k => k.toLowerCase())
  const protectedCertificate =
    keys !== undefined &&
    CERTIFICATE_PROTECTED_SETTINGS.some(pair => pair.every(k => keys.includes(k.toLowerCase())))
  const certificate = secret
    ? `the certificate from sslSecret ${secret}`
    : protectedCertificate
      ? 'a certificate in its protected settings'
      : undefined
  const missing = [
    ...(cname ? [] : ['sslCname is not set']),
    ...(certificate || keys === undefined
      ? []
      : [
          'no certificate is set (neither sslSecret nor the protected settings sslCertPemFile and sslKeyPemFile)'
        ])
  ]
  if (missing.length > 0) {
    return {
      outcome: 'fail',
      severity: 'warning',
      text: `the router serves HTTPS only (allowInsecureConnections is not True), which needs sslCname and a certificate, but ${missing.join(' and ')}. Fix: ${fix}`
    }
  }
  if (!certificate) {
    return {
      outcome: 'unknown',
      text: `the router serves HTTPS only with sslCname ${cname}, and Azure does not report the extension's protected settings, so whether a certificate was given as sslCertPemFile and sslKeyPemFile could not be confirmed. Confirm that HTTPS works on the scoring host name, or give the certificate as sslSecret (a Kubernetes secret in the azureml namespace) so that it can be checked: ${fix}`
    }
  }
  return {
    outcome: 'pass',
    text: `and serves only HTTPS, with sslCname ${cname} and ${certificate}`
  }
}

export const K8S_03: Check = defineCheck(K8S_03_RULE, (snapshot, def) => {
  const pre = clustersOrResults(def, snapshot)
  if ('results' in pre) return pre.results
  return pre.clusters.map(cluster => evaluateRouter(snapshot, cluster))
})

// ---------------------------------------------------------------- K8S-04

function attachCommand(
  snapshot: Snapshot,
  clusterId = '<cluster-id>',
  name = '<compute-name>'
): string {
  const { resourceGroup, workspaceName } = snapshot.target
  return `az ml compute attach --resource-group ${resourceGroup} --workspace-name ${workspaceName} --type Kubernetes --name ${name} --resource-id ${clusterId} --identity-type SystemAssigned --namespace azureml`
}

export const K8S_04: Check = defineCheck(K8S_04_RULE, (snapshot, def) => {
  const skip = skipUnlessRoute(def, snapshot, 'kubernetes')
  if (skip) return skip
  const { resourceGroup, workspaceName } = snapshot.target
  if (!snapshot.computes.ok) {
    return [workspaceListUnreadable(def, snapshot, 'computes', snapshot.computes.error)]
  }
  const computes = snapshot.computes.value.filter(isClusterCompute)
  if (computes.length === 0) {
    return [
      makeResult(
        def,
        'fail',
        workspaceResource(snapshot),
        `No Kubernetes cluster is attached to workspace ${workspaceName}, and the Kubernetes route is checked. ` +
          `Deploy the Azure Machine Learning extension on a secured cluster (K8S-02), then attach it: ${attachCommand(snapshot)}`
      )
    ]
  }
  return computes.flatMap(compute => {
    const resource = resourceOf(compute.id, TYPES.compute, compute.name)
    const cluster = compute.resourceId ? resourceName(compute.resourceId) : undefined
    const succeeded = equalsIgnoreCase(compute.provisioningState, 'Succeeded')
    const state = `provisioning state ${compute.provisioningState ?? 'not reported'}`
    if (!compute.resourceId) {
      return [
        makeResult(
          def,
          'fail',
          resource,
          `Compute ${compute.name} names no cluster (no resourceId). Detach it (az ml compute detach --name ${compute.name} --resource-group ${resourceGroup} --workspace-name ${workspaceName}) and attach the cluster again: ${attachCommand(snapshot)}`
        )
      ]
    }
    if (!isLegacyAksCompute(compute)) {
      return [
        succeeded
          ? makeResult(
              def,
              'pass',
              resource,
              `Kubernetes compute ${compute.name} attaches cluster ${cluster} (Succeeded).`
            )
          : makeResult(
              def,
              'fail',
              resource,
              `Kubernetes compute ${compute.name} (cluster ${cluster}) has ${state}, not Succeeded. Check the extension (K8S-02), then detach and attach it again: ${attachCommand(snapshot, compute.resourceId, compute.name)}`
            )
      ]
    }
    const move = `Move to the extension route: deploy the extension (K8S-02), then ${attachCommand(snapshot, compute.resourceId)}, redeploy the endpoints to it and detach ${compute.name}.`
    const legacy = `Compute ${compute.name} is a legacy AKS compute; Kubernetes online endpoints use a Kubernetes compute with the Azure Machine Learning extension. ${move}`
    const internal = equalsIgnoreCase(compute.loadBalancerType, 'InternalLoadBalancer')
    // One result for the compute: even a private, succeeded legacy compute is a notice to move.
    if (internal && succeeded) {
      return [
        {
          ...makeResult(
            def,
            'fail',
            resource,
            `Legacy AKS compute ${compute.name} (cluster ${cluster}) is Succeeded and scores through an internal load balancer, so it is not public. ${legacy}`
          ),
          severity: 'notice' as const
        }
      ]
    }
    return [
      makeResult(
        def,
        'fail',
        resource,
        `Legacy AKS compute ${compute.name} (cluster ${cluster}) ${
          internal
            ? `has ${state}, not Succeeded`
            : `scores through ${compute.loadBalancerType === undefined ? 'the default public load balancer (no loadBalancerType set)' : `load balancer type ${compute.loadBalancerType}`}, reachable from the internet`
        }. ${legacy}`
      )
    ]
  })
})

// ---------------------------------------------------------------- K8S-05

const SEVERITY_RANK: Record<Severity, number> = { notice: 0, warning: 1, error: 2 }

function worstSeverity(results: CheckResult[]): Severity {
  return results
    .map(r => r.severity ?? 'error')
    .reduce((worst, s) => (SEVERITY_RANK[s] > SEVERITY_RANK[worst] ? s : worst), 'notice')
}

export const K8S_05: Check = defineCheck(K8S_05_RULE, (snapshot, def) => {
  const skip = skipUnlessRoute(def, snapshot, 'kubernetes')
  if (skip) return skip
  const { resourceGroup, workspaceName } = snapshot.target
  const unreadable = (
    what: string,
    error: Parameters<typeof unreadableDetail>[2]
  ): CheckResult[] => [
    makeResult(
      def,
      'unknown',
      workspaceResource(snapshot),
      unreadableDetail(what, resourceGroup, error)
    )
  ]
  if (!snapshot.onlineEndpoints.ok) {
    return unreadable(
      `the online endpoints of workspace ${workspaceName}`,
      snapshot.onlineEndpoints.error
    )
  }
  const endpoints = snapshot.onlineEndpoints.value.filter(e => e.computeType === 'Kubernetes')
  if (endpoints.length === 0) {
    return [
      makeResult(
        def,
        'skipped',
        workspaceResource(snapshot),
        `Workspace ${workspaceName} has no Kubernetes online endpoints yet; the check runs once one exists.`
      )
    ]
  }
  if (!snapshot.computes.ok) {
    return unreadable(`the computes of workspace ${workspaceName}`, snapshot.computes.error)
  }
  const computes = snapshot.computes.value
  const clusters = attachedClusters(computes)
  return endpoints.map(endpoint => {
    const resource = resourceOf(endpoint.id, RESOURCE_TYPES.onlineEndpoint, endpoint.name)
    const ref = endpoint.compute ?? ''
    // `compute` is the compute's ARM id; older bodies carry just its name.
    const compute = computes.find(
      c => equalsIgnoreCase(c.id, ref) || equalsIgnoreCase(c.name, resourceName(ref))
    )
    const recreate = `Recreate the endpoint on a secured Kubernetes compute: az ml online-endpoint create --resource-group ${resourceGroup} --workspace-name ${workspaceName} --name ${endpoint.name} --file endpoint.yml --set compute=azureml:<compute-name>`
    if (!compute) {
      return makeResult(
        def,
        'fail',
        resource,
        `Kubernetes online endpoint ${endpoint.name} targets compute ${resourceName(ref)}, which is not attached to workspace ${workspaceName}. ${recreate}`
      )
    }
    if (!equalsIgnoreCase(compute.computeType, 'Kubernetes')) {
      return makeResult(
        def,
        'fail',
        resource,
        `Kubernetes online endpoint ${endpoint.name} targets compute ${compute.name} of type ${compute.computeType ?? 'unknown'}, not a Kubernetes compute. ${recreate}`
      )
    }
    if (!equalsIgnoreCase(compute.provisioningState, 'Succeeded')) {
      return makeResult(
        def,
        'fail',
        resource,
        `Kubernetes online endpoint ${endpoint.name} targets compute ${compute.name}, whose provisioning state is ${compute.provisioningState ?? 'not reported'} (K8S-04).`
      )
    }
    const cluster = clusters.find(c => c.id.toLowerCase() === compute.resourceId?.toLowerCase())
    if (!cluster) {
      return makeResult(
        def,
        'fail',
        resource,
        `Kubernetes online endpoint ${endpoint.name} targets compute ${compute.name}, which names no cluster (K8S-04).`
      )
    }
    const clusterResults = [
      evaluateClusterSecurity(snapshot, cluster),
      evaluateExtension(snapshot, cluster),
      evaluateRouter(snapshot, cluster)
    ]
    const failed = clusterResults.filter(r => r.outcome === 'fail')
    const open = clusterResults.filter(r => r.outcome === 'unknown' || r.outcome === 'skipped')
    const ids = (rs: CheckResult[]): string => rs.map(r => r.checkId).join(', ')
    const serves = `Kubernetes online endpoint ${endpoint.name} serves from cluster ${cluster.name} (compute ${compute.name})`
    if (failed.length > 0) {
      // As severe as the worst of the cluster's failures: a warning there is a warning here.
      const severity = worstSeverity(failed)
      const alsoOpen = open.length > 0 ? `; ${ids(open)} could not be confirmed either` : ''
      return {
        ...makeResult(
          def,
          'fail',
          resource,
          `${serves}, which fails ${failed.map(r => `${r.checkId} (${r.severity ?? 'error'})`).join(', ')}${alsoOpen}: fix the cluster as those checks say, or ${recreate.charAt(0).toLowerCase()}${recreate.slice(1)}`
        ),
        severity
      }
    }
    if (open.length > 0) {
      return makeResult(
        def,
        'unknown',
        resource,
        `${serves}, whose ${ids(open)} could not be confirmed; see those results for what to read or fix.`
      )
    }
    return makeResult(
      def,
      'pass',
      resource,
      `Kubernetes online endpoint ${endpoint.name} serves from compute ${compute.name} on cluster ${cluster.name}, which passes K8S-01, K8S-02 and K8S-03.`
    )
  })
})

// ---------------------------------------------------------------- K8S-06 / K8S-07

/**
 * An AKS cluster's body for a check that needs it, or the result that says why it is missing
 * (Arc clusters: `arcDetail`; a cluster that no longer exists is K8S-01's to report).
 */
function aksClusterOr(
  def: CheckDefinition,
  snapshot: Snapshot,
  cluster: AttachedCluster,
  arcDetail: string
): { cluster: ManagedCluster } | { result: CheckResult } {
  const resource = clusterResource(cluster)
  const read = aksClusterRead(snapshot.managedClusters, cluster)
  switch (read.kind) {
    case 'found':
      return { cluster: read.cluster }
    case 'not-aks':
      return { result: makeResult(def, 'skipped', resource, arcDetail) }
    case 'not-read':
      return {
        result: makeResult(
          def,
          'unknown',
          resource,
          `AKS cluster ${cluster.name} ${NOT_COLLECTED}.`
        )
      }
    case 'gone':
      return {
        result: makeResult(
          def,
          'unknown',
          resource,
          `AKS cluster ${cluster.name} no longer exists; K8S-01 says how to detach it.`
        )
      }
    case 'unreadable':
      return {
        result: makeResult(
          def,
          'unknown',
          resource,
          unreadableDetail(`AKS cluster ${cluster.name}`, resourceGroupOf(cluster.id), read.error)
        )
      }
  }
}

/**
 * The prologue K8S-06, K8S-07 and K8S-09 share: the route, the attached clusters, then each AKS
 * cluster's body handed to `judge` (Arc clusters skipped with `arcDetail`, unreadable ones unknown).
 */
function eachAksCluster(
  def: CheckDefinition,
  snapshot: Snapshot,
  arcDetail: (clusterName: string) => string,
  judge: (cluster: ManagedCluster, attached: AttachedCluster) => CheckResult | CheckResult[]
): CheckResult[] {
  const pre = clustersOrResults(def, snapshot)
  if ('results' in pre) return pre.results
  return pre.clusters.flatMap(attached => {
    const found = aksClusterOr(def, snapshot, attached, arcDetail(attached.name))
    return 'result' in found ? [found.result] : judge(found.cluster, attached)
  })
}

/** Azure region names compare without case and spaces (`East US 2` is `eastus2`). */
function regionKey(region: string | undefined): string {
  return (region ?? '').replace(/\s+/g, '').toLowerCase()
}

export const K8S_06: Check = defineCheck(K8S_06_RULE, (snapshot, def) => {
  const ws = snapshot.workspace.ok ? snapshot.workspace.value : undefined
  return eachAksCluster(
    def,
    snapshot,
    name =>
      `Cluster ${name} is not an AKS cluster: the region requirement of the Kubernetes inferencing article is about AKS.`,
    (cluster, attached) => {
      const resource = clusterResource(attached)
      if (!ws) {
        return makeResult(
          def,
          'unknown',
          resource,
          `The workspace could not be read, so whether AKS cluster ${cluster.name} must share its region is unknown; see the workspace results.`
        )
      }
      if (ws.privateEndpointConnections.length === 0) {
        return makeResult(
          def,
          'skipped',
          resource,
          `Workspace ${ws.name} has no private endpoint, so AKS cluster ${cluster.name} may be in another region (the article requires the same region only with a private endpoint).`
        )
      }
      if (!cluster.location) {
        return makeResult(
          def,
          'unknown',
          resource,
          `AKS cluster ${cluster.name} reports no location, so it could not be compared with the region of workspace ${ws.name} (${ws.location}).`
        )
      }
      if (regionKey(cluster.location) === regionKey(ws.location)) {
        return makeResult(
          def,
          'pass',
          resource,
          `AKS cluster ${cluster.name} is in ${cluster.location}, the region of workspace ${ws.name}, which has a private endpoint.`
        )
      }
      const rg = resourceGroupOf(cluster.id) ?? '<resource-group>'
      return makeResult(
        def,
        'fail',
        resource,
        `AKS cluster ${cluster.name} is in ${cluster.location}, but workspace ${ws.name} has a private endpoint and is in ${ws.location}; with a private endpoint the cluster must be in the workspace's region. ` +
          `A cluster cannot change region: create one in ${ws.location} (az aks create --resource-group ${rg} --name <cluster> --location ${regionKey(ws.location)} ...), deploy the extension and attach it (az ml compute attach --resource-group ${snapshot.target.resourceGroup} --workspace-name ${snapshot.target.workspaceName} --type Kubernetes --name <compute> --resource-id <new-cluster-id>), then move the deployments.`
      )
    }
  )
})

export const K8S_07: Check = defineCheck(K8S_07_RULE, (snapshot, def) => {
  return eachAksCluster(
    def,
    snapshot,
    name => `Cluster ${name} is not an AKS cluster: the public FQDN setting is AKS's.`,
    (cluster, attached) => {
      const resource = clusterResource(attached)
      if (cluster.enablePrivateCluster !== true) {
        return makeResult(
          def,
          'skipped',
          resource,
          `AKS cluster ${cluster.name} is not a private cluster, so it has no private-cluster public FQDN; K8S-01 judges its API server.`
        )
      }
      if (cluster.enablePrivateClusterPublicFqdn === true) {
        return makeResult(
          def,
          'fail',
          resource,
          `Private AKS cluster ${cluster.name} also has a public FQDN (enablePrivateClusterPublicFQDN), which Azure Machine Learning does not support. Fix: az aks update --resource-group ${resourceGroupOf(cluster.id) ?? '<resource-group>'} --name ${cluster.name} --disable-public-fqdn`
        )
      }
      return makeResult(
        def,
        'pass',
        resource,
        `Private AKS cluster ${cluster.name} has no public FQDN (enablePrivateClusterPublicFQDN is ${cluster.enablePrivateClusterPublicFqdn === false ? 'false' : 'not set, false by default'}).`
      )
    }
  )
})

export const K8S_08: Check = defineCheck(K8S_08_RULE, (snapshot, def) => {
  const pre = clustersOrResults(def, snapshot)
  if ('results' in pre) return pre.results
  if (!pre.clusters.some(c => c.kind === 'aks')) {
    return [
      makeResult(
        def,
        'skipped',
        workspaceResource(snapshot),
        'No AKS cluster is attached: the registry requirement comes with an AKS cluster behind a virtual network.'
      )
    ]
  }
  const ws = snapshot.workspace.ok ? snapshot.workspace.value : undefined
  if (!ws?.containerRegistry) {
    return [
      makeResult(
        def,
        'skipped',
        workspaceResource(snapshot),
        ws
          ? `Workspace ${ws.name} has no container registry yet (one is created with the first image build); the check runs once it exists.`
          : 'The workspace could not be read, so its container registry is unknown; see the workspace results.'
      )
    ]
  }
  const id = ws.containerRegistry
  const resource = resourceOf(id, 'Microsoft.ContainerRegistry/registries')
  const read = snapshot.dependencyNetworkAccess?.[resourceKey(id)]
  if (!read) {
    return [
      makeResult(def, 'unknown', resource, `Container registry ${resource.name} ${NOT_COLLECTED}.`)
    ]
  }
  if (!read.ok) {
    return [
      makeResult(
        def,
        'unknown',
        resource,
        unreadableDetail(`container registry ${resource.name}`, resourceGroupOf(id), read.error)
      )
    ]
  }
  const sku = read.value.skuName
  if (equalsIgnoreCase(sku, 'Premium')) {
    return [
      makeResult(
        def,
        'pass',
        resource,
        `Container registry ${resource.name} is Premium, the tier that supports private endpoints.`
      )
    ]
  }
  return [
    makeResult(
      def,
      'fail',
      resource,
      `Container registry ${resource.name} is ${sku ?? 'of an unreported tier'}; only Premium registries support private endpoints, so the AKS cluster cannot reach it privately. Fix: az acr update --resource-group ${resourceGroupOf(id) ?? '<resource-group>'} --name ${resource.name} --sku Premium`
    )
  ]
})

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
  const others = [
    [ws.storageAccount, 'Microsoft.Storage/storageAccounts', 'storage account', ['blob', 'file']],
    [ws.keyVault, 'Microsoft.KeyVault/vaults', 'key vault', ['vault']],
    [
      ws.containerRegistry,
      'Microsoft.ContainerRegistry/registries',
      'container registry',
      ['registry']
    ]
  ] as const
  for (const [id, type, what, groupIds] of others) {
    // A registry is created with the first image build: until then there is nothing to reach.
    if (!id) continue
    const read = snapshot.dependencyNetworkAccess?.[resourceKey(id)]
    const resource = resourceOf(id, type)
    deps.push({
      resource,
      label: `${what} ${resource.name}`,
      groupIds: [...groupIds],
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

export const KUBERNETES_CHECKS: Check[] = [
  K8S_01,
  K8S_02,
  K8S_03,
  K8S_04,
  K8S_05,
  K8S_06,
  K8S_07,
  K8S_08,
  K8S_09
]
