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
  readProblem,
  resourceGroupOf,
  resourceOf,
  unreadableResult,
  workspaceResource
} from '../common.js'
import {
  clusterResource,
  codeList,
  eachAksCluster,
  joinFixes,
  NOT_COLLECTED,
  orPlaceholder,
  raw,
  sh
} from './shared.js'
import { nodeResourceGroupId } from './k8s-01-secure-cluster.js'
import {
  DATA_DEPENDENCIES,
  workspaceDependencies,
  type DependencyKind
} from '../../dependencies.js'
import type {
  Check,
  CheckDefinition,
  CheckResult,
  ResultCause,
  ResultFix
} from '../../../model/check.js'
import { code, concatText, joinText, ours, text, value, type Text } from '../../../model/text.js'

/** A resource the Kubernetes article wants reached privately from the cluster's network. */
interface PrivateDependency {
  resource: CheckResult['resource']
  /** `workspace ml-ws`, `storage account st`, ... */
  label: Text
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
      label: text`workspace \`${ws.name}\``,
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
      label: text`${ours(dep.label)} \`${resource.name}\``,
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

/** `az network private-endpoint create` in the cluster's network, one per sub-resource. */
function createPrivateEndpointFix(
  dep: PrivateDependency,
  net: ClusterNetwork,
  groups = dep.groupIds
): ResultFix {
  const subnet = net.subnetForCommand
  const vnet = subnet ? parentVirtualNetworkId(subnet) : net.vnets[0]
  const rg = orPlaceholder(vnet && resourceGroupOf(vnet), '<resource-group>')
  const commands = groups.map(group => {
    const name = `pe-${dep.resource.name}-${group}`
    return sh`az network private-endpoint create --resource-group ${rg} --name ${name} --vnet-name ${orPlaceholder(vnet && resourceName(vnet), '<vnet>')} --subnet ${orPlaceholder(subnet && resourceName(subnet), '<subnet>')} --private-connection-resource-id ${dep.resource.id} --group-id ${group} --connection-name ${name}`
  })
  return subnet
    ? { commands }
    : {
        commands,
        placeholders: vnet
          ? text`\`<subnet>\` is a subnet of the cluster's virtual network \`${resourceName(vnet)}\` for private endpoints.`
          : text`\`<resource-group>\`, \`<vnet>\` and \`<subnet>\` name the cluster's virtual network and a subnet of it for private endpoints.`
      }
}

/** Peer the cluster's network and the one holding the private endpoints, both ways. */
function peeringFix(vnet: string, remote: string): ResultFix {
  const one = (from: string, to: string): string =>
    sh`az network vnet peering create --resource-group ${orPlaceholder(resourceGroupOf(from), '<resource-group>')} --vnet-name ${resourceName(from)} --name ${`${resourceName(from)}-to-${resourceName(to)}`} --remote-vnet ${to} --allow-vnet-access`
  return { commands: [one(vnet, remote), one(remote, vnet)] }
}

interface Finding {
  outcome: 'pass' | 'fail' | 'unknown'
  text: Text
  fix?: ResultFix
  cause?: ResultCause
}

/** Our sentence with its first letter upper-cased (when it starts with our words). */
function capitalized(t: Text): Text {
  return concatText(
    ...t.map((part, i) =>
      typeof part === 'string'
        ? ours(i === 0 ? part.charAt(0).toUpperCase() + part.slice(1) : part)
        : 'value' in part
          ? value(part.value)
          : code(part.code)
    )
  )
}

/** One dependency against one AKS cluster's network: pass, fail or unknown with every reason. */
function judgeDependency(
  def: CheckDefinition,
  snapshot: Snapshot,
  dep: PrivateDependency,
  net: ClusterNetwork
): CheckResult {
  const result = (
    outcome: Finding['outcome'],
    detail: Text,
    extras: { remedy?: ResultFix | undefined; cause?: ResultCause | undefined } = {}
  ): CheckResult =>
    makeResult(def, outcome, dep.resource, text`AKS cluster \`${net.cluster.name}\`: ${detail}`, {
      ...(extras.remedy ? { remedy: extras.remedy } : {}),
      ...(extras.cause ? { cause: extras.cause } : {})
    })
  if (!dep.connections) return result('unknown', text`${capitalized(dep.label)} ${NOT_COLLECTED}.`)
  if (!dep.connections.ok) {
    const { detail, cause } = readProblem(dep.label, dep.resource.id, dep.connections.error)
    return result('unknown', detail, { cause })
  }
  const serviceEndpoint = dep.serviceEndpointSubnets.find(id =>
    net.subnets.some(s => resourceKey(s) === resourceKey(id))
  )
  if (serviceEndpoint) {
    return result(
      'pass',
      text`${dep.label} admits the cluster's subnet \`${resourceName(serviceEndpoint)}\` through a service endpoint (a virtual network rule), which the article accepts in place of a private endpoint.`
    )
  }
  const approved = dep.connections.value
    .filter(c => c.status?.toLowerCase() === 'approved' && c.privateEndpointId)
    .map(c => c.privateEndpointId!)
  if (approved.length === 0) {
    const waiting = dep.connections.value.filter(c => c.status?.toLowerCase() !== 'approved')
    const statuses = [...new Set(waiting.map(c => c.status))].map(s =>
      s === undefined ? text`of no reported status` : text`\`${s}\``
    )
    const why =
      waiting.length > 0
        ? text` (its ${waiting.length} private endpoint connection(s) are ${joinText(statuses, ', ')}, not Approved)`
        : text``
    return result(
      'fail',
      text`${dep.label} has no approved private endpoint${why}, so the cluster cannot reach it privately. Create one in the cluster's virtual network and link its private DNS zone to that network.`,
      { remedy: createPrivateEndpointFix(dep, net) }
    )
  }
  // Each sub-resource the workspace uses (a storage account: blob and file) needs its own endpoint.
  const findings = dep.groupIds.map(group => judgeGroup(snapshot, dep, net, approved, group))
  const worst = findings.some(f => f.outcome === 'fail')
    ? 'fail'
    : findings.some(f => f.outcome === 'unknown')
      ? 'unknown'
      : 'pass'
  const shown = findings.filter(f => worst === 'pass' || f.outcome !== 'pass')
  return result(
    worst,
    joinText(
      shown.map((f, i) => (i === 0 ? f.text : capitalized(f.text))),
      ' '
    ),
    {
      remedy: joinFixes(shown.map(f => f.fix)),
      cause: shown.find(f => f.cause)?.cause
    }
  )
}

function judgeGroup(
  snapshot: Snapshot,
  dep: PrivateDependency,
  net: ClusterNetwork,
  approved: string[],
  group: string
): Finding {
  const what = dep.groupIds.length > 1 ? text`${dep.label} (\`${group}\`)` : dep.label
  const unknowns: Array<Omit<Finding, 'outcome'>> = []
  const elsewhere: Array<{ pe: string; vnet: string }> = []
  for (const peId of approved) {
    const pe = snapshot.privateEndpoints[resourceKey(peId)]
    if (!pe) {
      unknowns.push({ text: text`Private endpoint \`${resourceName(peId)}\` ${NOT_COLLECTED}.` })
      continue
    }
    if (!pe.ok) {
      const { detail, cause } = readProblem(
        text`private endpoint \`${resourceName(peId)}\``,
        peId,
        pe.error
      )
      unknowns.push({ text: detail, cause })
      continue
    }
    // An endpoint that reports no sub-resource may serve any.
    if (pe.value.groupIds && !pe.value.groupIds.some(g => g.toLowerCase() === group)) continue
    const peVnet = pe.value.subnetId ? parentVirtualNetworkId(pe.value.subnetId) : undefined
    if (!peVnet) {
      unknowns.push({
        text: text`Private endpoint \`${pe.value.name}\` reports no subnet, so its network is unknown; the command shows it.`,
        fix: { commands: [sh`az network private-endpoint show --ids ${peId} --query subnet.id`] }
      })
      continue
    }
    if (net.vnets.some(v => resourceKey(v) === resourceKey(peVnet))) {
      return {
        outcome: 'pass',
        text: text`the private endpoint \`${pe.value.name}\` of ${what} is in the cluster's virtual network \`${resourceName(peVnet)}\`.`
      }
    }
    const peered = net.vnets.find(v => {
      const p = snapshot.clusterVnetPeerings?.[resourceKey(v)]
      return p?.ok && p.value.some(remote => resourceKey(remote) === resourceKey(peVnet))
    })
    if (peered) {
      return {
        outcome: 'pass',
        text: text`the private endpoint \`${pe.value.name}\` of ${what} is in \`${resourceName(peVnet)}\`, peered (Connected) with the cluster's virtual network \`${resourceName(peered)}\`.`
      }
    }
    const unread = net.vnets.find(v => !snapshot.clusterVnetPeerings?.[resourceKey(v)]?.ok)
    if (unread) {
      const p = snapshot.clusterVnetPeerings?.[resourceKey(unread)]
      const lead = text`The private endpoint \`${pe.value.name}\` of ${what} is in \`${resourceName(peVnet)}\`, and the peerings of the cluster's virtual network \`${resourceName(unread)}\``
      if (p && !p.ok) {
        const { detail, cause } = readProblem(
          text`virtual network \`${resourceName(unread)}\``,
          unread,
          p.error
        )
        unknowns.push({ text: text`${lead} are unknown: ${detail}`, cause })
      } else {
        unknowns.push({ text: text`${lead} ${NOT_COLLECTED}.` })
      }
      continue
    }
    elsewhere.push({ pe: pe.value.name, vnet: peVnet })
  }
  if (unknowns.length > 0) {
    const fix = joinFixes(unknowns.map(u => u.fix))
    const cause = unknowns.find(u => u.cause)?.cause
    return {
      outcome: 'unknown',
      text: joinText(
        unknowns.map(u => u.text),
        ' '
      ),
      ...(fix ? { fix } : {}),
      ...(cause ? { cause } : {})
    }
  }
  const first = elsewhere[0]
  if (!first) {
    return {
      outcome: 'fail',
      text: text`${dep.label} has no approved private endpoint for its \`${group}\` sub-resource, so the cluster cannot reach it privately. Create one in the cluster's virtual network and link its private DNS zone to that network.`,
      fix: createPrivateEndpointFix(dep, net, [group])
    }
  }
  const vnet = net.vnets[0]!
  return {
    outcome: 'fail',
    text: text`the private endpoint(s) of ${what} (${joinText(
      elsewhere.map(e => text`\`${e.pe}\` in \`${e.vnet}\``),
      ', '
    )}) are in a virtual network that is neither the cluster's (${codeList(net.vnets.map(resourceName))}) nor peered with it, so the cluster cannot reach it privately. Peer the two networks both ways and link the private DNS zones to the cluster's network, or create a private endpoint for it in the cluster's virtual network instead (\`az network private-endpoint create --group-id ${ours(group)}\`).`,
    fix: peeringFix(vnet, first.vnet)
  }
}

/** oneResultPerResource, keeping every merged result's fix commands (it keeps the worst's only). */
function onePerResourceWithFixes(results: CheckResult[]): CheckResult[] {
  return oneResultPerResource(results).map(merged => {
    const group = results.filter(
      r =>
        r.checkId === merged.checkId &&
        r.resource.id.toLowerCase() === merged.resource.id.toLowerCase() &&
        r.outcome !== 'pass'
    )
    if (group.length < 2) return merged
    const remedy = joinFixes(group.map(r => r.remedy))
    const cause = merged.cause ?? group.find(r => r.cause)?.cause
    return { ...merged, ...(remedy ? { remedy } : {}), ...(cause ? { cause } : {}) }
  })
}

export const K8S_09: Check = defineCheck(K8S_09_RULE, (snapshot, def) => {
  const { workspaceName, workspaceId } = snapshot.target
  const results = eachAksCluster(
    def,
    snapshot,
    name =>
      text`Cluster \`${name}\` is not an AKS cluster: Azure Resource Manager does not report the network an Arc-enabled cluster runs in.`,
    (cluster, attached) => {
      const resource = clusterResource(attached)
      const read = snapshot.workspace
      if (!read.ok) {
        return unreadableResult(
          def,
          resource,
          text`workspace \`${workspaceName}\``,
          workspaceId,
          read.error
        )
      }
      const net = clusterNetwork(snapshot, cluster)
      if (net.vnets.length === 0) return unknownNetwork(def, snapshot, cluster, resource)
      return privateDependencies(snapshot, read.value).map(dep =>
        judgeDependency(def, snapshot, dep, net)
      )
    }
  )
  // Several clusters judge the same dependency: one result per resource, the worst, every reason.
  return onePerResourceWithFixes(results)
})

/** The cluster's network is not known: why (the AKS-managed network's read), and how to find it. */
function unknownNetwork(
  def: CheckDefinition,
  snapshot: Snapshot,
  cluster: ManagedCluster,
  resource: CheckResult['resource']
): CheckResult {
  const lead = text`The virtual network of AKS cluster \`${cluster.name}\` is not known (see K8S-01), so where the private endpoints must be cannot be checked.`
  const managed = snapshot.aksManagedVirtualNetworks?.[resourceKey(cluster.id)]
  const group = cluster.nodeResourceGroup
  if (managed && !managed.ok && managed.error.status !== 404 && group) {
    return unreadableResult(
      def,
      resource,
      text`the virtual networks of node resource group \`${group}\``,
      nodeResourceGroupId(cluster, group),
      managed.error,
      lead
    )
  }
  return makeResult(
    def,
    'unknown',
    resource,
    group ? text`${lead} The command lists the networks in its node resource group.` : lead,
    group
      ? {
          remedy: {
            commands: [
              sh`az network vnet list --resource-group ${group} --query ${raw('"[].id"')} --output tsv`
            ]
          }
        }
      : {}
  )
}
