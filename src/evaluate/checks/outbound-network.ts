/**
 * Checklist section "Limit outbound connectivity from the virtual network",
 * network layer (OUT-01, OUT-02, OUT-04): the NSGs and route tables of the
 * relevant subnets let inference pull images from the workspace's container
 * registry (TCP 443, service tag `AzureContainerRegistry.<Region>`).
 * Registered through OUTBOUND_CHECKS in outbound.ts. Semantics are in
 * src/evaluate/engine/nsg.ts and src/evaluate/engine/firewall.ts.
 */
import {
  classicCollections,
  evaluateFirewall,
  policyCollections,
  type FirewallDecision,
  type FirewallFlow
} from '../engine/firewall.js'
import {
  normalizeRegion,
  parseServiceTag,
  serviceTagRegion,
  tagKey,
  tagPrefixMap,
  wrongRegionRegistryTag,
  isIpv4
} from '../engine/network.js'
import { coverage, describeSet, setOf, type AddressSet } from '../engine/prefixes.js'
import { routePrefixBits, selectRoutes, type RoutedPart } from '../engine/routing.js'
import { evaluateNsg, priorityBefore, type RuleMatch } from '../engine/nsg.js'
import { resolveNextHopFirewall, subscriptionIdOf } from '../engine/next-hop.js'
import { egressSubnets } from '../network-target.js'
import type {
  AzureFirewall,
  FirewallPolicy,
  NetworkSecurityGroup,
  Read,
  RouteTable,
  RouteTableRoute,
  Snapshot,
  Subnet,
  VirtualNetworkPeering
} from '../../model/snapshot.js'
import { parentVirtualNetworkId, resourceKey, resourceName } from '../../model/snapshot.js'
import { cloudSuffixes } from '../../model/clouds.js'
import {
  RESOURCE_TYPES,
  defineCheck,
  describeReadError,
  makeResult,
  resourceGroupOf,
  resourceOf,
  unreadableDetail,
  workspaceResource,
  workspaceUnreadable
} from './common.js'
import type { Check, CheckDefinition, CheckResult } from '../../model/check.js'
import { OUT_01_RULE, OUT_02_RULE, OUT_04_RULE } from './rules/outbound.js'

const NSG_TYPE = 'Microsoft.Network/networkSecurityGroups'
const ROUTE_TABLE_TYPE = 'Microsoft.Network/routeTables'
const FIREWALL_TYPE = 'Microsoft.Network/azureFirewalls'
const PORT = 443

/**
 * The registry's login and data host names (patterns when the registry is not
 * known); without dedicated data endpoints, layers come from the registry's
 * storage (`*.blob.core.windows.net`, tag `Storage.<Region>`).
 */
function registryHosts(snapshot: Snapshot, region: string): string[] {
  const suffix = cloudSuffixes(snapshot.cloud).containerRegistry
  const registry = snapshot.workspace.ok ? snapshot.workspace.value.containerRegistry : undefined
  if (!registry) return [`*.${suffix}`, `*.data.${suffix}`]
  const name = resourceName(registry).toLowerCase()
  if (storageHost(snapshot)) return [`${name}.${suffix}`, storageHost(snapshot)!]
  return [`${name}.${suffix}`, `${name}.${normalizeRegion(region)}.data.${suffix}`]
}

/** The blob host pattern layers come from when the registry read says it has no dedicated data endpoints. */
function storageHost(snapshot: Snapshot): string | undefined {
  const id = snapshot.workspace.ok ? snapshot.workspace.value.containerRegistry : undefined
  const read = id ? snapshot.containerRegistries?.[resourceKey(id)] : undefined
  if (!read?.ok || read.value.dataEndpointEnabled !== false) return undefined
  return `*.blob.${cloudSuffixes(snapshot.cloud).storage}`
}

function registryTag(region: string): string {
  return `AzureContainerRegistry.${serviceTagRegion(region)}`
}

/** What every outbound check needs first: the region and the subnets to judge. */
type Context =
  | {
      kind: 'ok'
      region: string
      /** The subnets traffic leaves from, and why each does (egressSubnets). */
      subnets: Array<{ id: string; read: Read<Subnet> | undefined; why: string }>
      /** Results beside the subnets' own: an image-build compute that cannot be resolved, a registry image builds cannot reach (OUT-01). */
      extra: CheckResult[]
      /** Service tag prefixes read for the region (undefined: not read). */
      tagPrefixes: Record<string, string[]> | undefined
      /** Why the registry tag's prefixes are not known, when they are not. */
      tagsMissing?: string
    }
  | { kind: 'done'; results: CheckResult[] }

/** The region's service tags from the snapshot, and why the registry tag is missing if it is. */
function serviceTagsOf(
  snapshot: Snapshot,
  region: string
): { tagPrefixes: Record<string, string[]> | undefined; tagsMissing?: string } {
  const read = snapshot.serviceTags?.[region.toLowerCase()]
  const tag = registryTag(region)
  if (!read) {
    return {
      tagPrefixes: undefined,
      tagsMissing: `the address prefixes of ${tag} were not read (Service Tags discovery API)`
    }
  }
  if (!read.ok) {
    return {
      tagPrefixes: undefined,
      tagsMissing: `the address prefixes of ${tag} could not be read from the Service Tags discovery API (${describeReadError(read.error)}; it needs Microsoft.Network/locations/serviceTags/read on the subscription, part of Reader)`
    }
  }
  const tagPrefixes = tagPrefixMap(read.value.tags)
  return tagPrefixes?.[tagKey(tag)]
    ? { tagPrefixes }
    : {
        tagPrefixes,
        tagsMissing: `the Service Tags discovery API did not list ${tag}${read.value.incomplete ? ` (a later page of its answer could not be read${read.value.pageError ? `: ${describeReadError(read.value.pageError)}` : ''})` : ''}`
      }
}

function context(snapshot: Snapshot, def: CheckDefinition): Context {
  if (!snapshot.workspace.ok) {
    return { kind: 'done', results: [workspaceUnreadable(def, snapshot, snapshot.workspace.error)] }
  }
  const egress = egressSubnets(snapshot)
  const extra: CheckResult[] = [
    ...(egress.unresolved
      ? [makeResult(def, 'unknown', workspaceResource(snapshot), egress.unresolved)]
      : []),
    // Image builds that cannot reach the registry is a registry finding: OUT-01 carries it.
    ...(egress.unbuildable && def.id === 'OUT-01'
      ? [
          makeResult(
            def,
            'fail',
            resourceOf(egress.unbuildable.registryId, 'Microsoft.ContainerRegistry/registries'),
            egress.unbuildable.detail
          )
        ]
      : [])
  ]
  if (egress.subnets.length === 0) {
    if (extra.length > 0) return { kind: 'done', results: extra }
    return {
      kind: 'done',
      results: [
        makeResult(
          def,
          egress.none?.outcome ?? 'skipped',
          workspaceResource(snapshot),
          egress.none?.reason ?? 'No subnet of yours sends inference traffic.'
        )
      ]
    }
  }
  const region = snapshot.workspace.value.location
  return {
    kind: 'ok',
    region,
    subnets: egress.subnets.map(s => ({
      id: s.id,
      read: snapshot.subnets[resourceKey(s.id)],
      why: s.why
    })),
    extra,
    ...serviceTagsOf(snapshot, region)
  }
}

/** A subnet's result, led by why that subnet is judged. */
function judged(result: CheckResult, subnet: { id: string; why: string }): CheckResult {
  return {
    ...result,
    detail: `Subnet ${resourceName(subnet.id)} is judged because ${subnet.why}. ${result.detail}`
  }
}

function subnetResource(id: string): CheckResult['resource'] {
  return resourceOf(id, RESOURCE_TYPES.subnet)
}

function notRead(what: string): string {
  return `${what} was referenced but not read (a bug in aml-inference-guard: please report it with the JSON report attached).`
}

/** A subnet's read, or the unknown result explaining why it is missing. */
function subnetOrUnknown(
  def: CheckDefinition,
  id: string,
  read: Read<Subnet> | undefined
): { subnet: Subnet } | { result: CheckResult } {
  if (!read)
    return {
      result: makeResult(def, 'unknown', subnetResource(id), notRead(`Subnet ${resourceName(id)}`))
    }
  if (!read.ok) {
    return {
      result: makeResult(
        def,
        'unknown',
        subnetResource(id),
        unreadableDetail(`subnet ${resourceName(id)}`, resourceGroupOf(id), read.error)
      )
    }
  }
  return { subnet: read.value }
}

function lookup<T>(map: Record<string, Read<T>>, id: string): Read<T> | undefined {
  return map[resourceKey(id)]
}

function ruleText(m: RuleMatch): string {
  return `${m.isDefault ? 'default rule' : 'rule'} ${m.rule.name} (priority ${m.rule.priority}, ${m.rule.access})`
}

function allowRuleCommand(
  nsg: NetworkSecurityGroup,
  priority: number | undefined,
  region: string,
  sourcePrefixes: string[],
  destination: string = registryTag(region)
): string {
  const source = sourcePrefixes.length > 0 ? sourcePrefixes.join(' ') : 'VirtualNetwork'
  const name = `Allow${destination.split('.')[0]}Outbound`
  return (
    `az network nsg rule create --resource-group ${resourceGroupOf(nsg.id) ?? '<resource-group>'} --nsg-name ${nsg.name} ` +
    `--name ${name} --priority ${priority ?? '<priority below the deny>'} --direction Outbound --access Allow --protocol Tcp ` +
    `--source-address-prefixes ${source} --source-port-ranges '*' --destination-address-prefixes ${destination} --destination-port-ranges ${PORT}`
  )
}

/** Why a destination tag's prefixes are not known. */
function tagMissing(ctx: Extract<Context, { kind: 'ok' }>, tag: string): string {
  if (tag === registryTag(ctx.region)) return ctx.tagsMissing ?? 'they were not read'
  if (/^virtualnetwork$/i.test(tag)) return "the private endpoint's address is not read"
  return ctx.tagPrefixes
    ? `the Service Tags discovery API did not list ${tag}`
    : (ctx.tagsMissing ?? 'they were not read').replace(registryTag(ctx.region), tag)
}

// ---------------------------------------------------------------- OUT-01

export const OUT_01: Check = defineCheck(OUT_01_RULE, (snapshot, def) => {
  const ctx = context(snapshot, def)
  if (ctx.kind === 'done') return ctx.results
  const perSubnet = ctx.subnets.map(({ id, read }) => {
    const s = subnetOrUnknown(def, id, read)
    if ('result' in s) return s.result
    const subnet = s.subnet
    if (!subnet.networkSecurityGroupId) {
      return makeResult(
        def,
        'pass',
        subnetResource(id),
        `Subnet ${subnet.name} has no network security group, so nothing limits its outbound traffic at the NSG layer (OUT-04 checks its route table).`
      )
    }
    const nsgId = subnet.networkSecurityGroupId
    const nsgRead = lookup(snapshot.networkSecurityGroups, nsgId)
    const resource = resourceOf(nsgId, NSG_TYPE)
    if (!nsgRead) return makeResult(def, 'unknown', resource, notRead(`NSG ${resourceName(nsgId)}`))
    if (!nsgRead.ok) {
      return makeResult(
        def,
        'unknown',
        resource,
        unreadableDetail(
          `network security group ${resourceName(nsgId)} of subnet ${subnet.name}`,
          resourceGroupOf(nsgId),
          nsgRead.error
        )
      )
    }
    const nsg = nsgRead.value
    const path = registryPath(snapshot, ctx.region)
    if (path.kind === 'unreachable') return makeResult(def, 'fail', path.resource, path.detail)
    const results = path.destinations.map(d => judgeNsg(def, ctx, subnet, nsg, resource, d))
    const worst = results.reduce((a, b) => (RANK[b.outcome] > RANK[a.outcome] ? b : a))
    const detail =
      results.length === 1
        ? worst.detail
        : `${path.note} ${results.map(r => `${r.outcome}: ${r.detail}`).join(' | ')}`
    if (path.unread && worst.outcome === 'pass') {
      return makeResult(def, 'unknown', resource, `${detail} ${path.unread}`)
    }
    return makeResult(
      def,
      worst.outcome,
      resource,
      results.length === 1 && path.note ? `${detail} ${path.note}` : detail
    )
  })
  return [...perSubnet.map((r, k) => judged(r, ctx.subnets[k]!)), ...ctx.extra]
})

/** A destination registry traffic goes to: a service tag (or VirtualNetwork) and how to name it. */
interface Destination {
  tag: string
  label: string
}

type RegistryPath =
  | {
      kind: 'destinations'
      destinations: Destination[]
      /** Why these destinations, for the result. */
      note: string
      /** The registry could not be read: a pass is not certain. */
      unread?: string
    }
  | { kind: 'unreachable'; resource: CheckResult['resource']; detail: string }

/**
 * Where image pulls go, from the registry as read: its private endpoint
 * (VirtualNetwork traffic), or its public endpoints: the registry tag, plus the
 * registry's storage (`Storage.<Region>`) when it has no dedicated data
 * endpoints (https://learn.microsoft.com/azure/container-registry/container-registry-dedicated-data-endpoints).
 */
function registryPath(snapshot: Snapshot, region: string): RegistryPath {
  const acr: Destination = {
    tag: registryTag(region),
    label: `the container registry (${registryTag(region)}, TCP ${PORT})`
  }
  const registryId = snapshot.workspace.ok ? snapshot.workspace.value.containerRegistry : undefined
  const read = registryId ? snapshot.containerRegistries?.[resourceKey(registryId)] : undefined
  if (!registryId || !read) return { kind: 'destinations', destinations: [acr], note: '' }
  if (!read.ok) {
    return {
      kind: 'destinations',
      destinations: [acr],
      note: '',
      unread: `The registry's data path is not known. ${unreadableDetail(`container registry ${resourceName(registryId)}`, resourceGroupOf(registryId), read.error)} Reading the registry (Microsoft.ContainerRegistry/registries/read) shows whether its layers come from its storage or a private endpoint.`
    }
  }
  const registry = read.value
  const approved = registry.privateEndpointConnections.filter(c =>
    /^approved$/i.test(c.status ?? '')
  )
  if (approved.length > 0) {
    return {
      kind: 'destinations',
      destinations: [
        {
          tag: 'VirtualNetwork',
          label: `the registry's private endpoint (VirtualNetwork, TCP ${PORT})`
        }
      ],
      note: `Registry ${registry.name} has approved private endpoint(s) (${approved.map(c => resourceName(c.privateEndpointId ?? c.name)).join(', ')}): pulls stay in the virtual network when the privatelink.azurecr.io DNS zone resolves it there (this or a peered network).`
    }
  }
  if (/^disabled$/i.test(registry.publicNetworkAccess ?? '')) {
    return {
      kind: 'unreachable',
      resource: resourceOf(registry.id || registryId, 'Microsoft.ContainerRegistry/registries'),
      detail: `Registry ${registry.name} has public network access disabled and no approved private endpoint, so images cannot be pulled from it at all. Fix: add a private endpoint in the virtual network (az network private-endpoint create --group-id registry --private-connection-resource-id ${registry.id || registryId} ...) or enable public access.`
    }
  }
  if (registry.dataEndpointEnabled === true)
    return {
      kind: 'destinations',
      destinations: [acr],
      note: `Registry ${registry.name} serves layers from its dedicated data endpoints, which the registry tag covers.`
    }
  const storage = `Storage.${serviceTagRegion(region)}`
  return {
    kind: 'destinations',
    destinations: [
      acr,
      {
        tag: storage,
        label: `the registry's storage (${storage}, TCP ${PORT}), which serves image layers because registry ${registry.name} has no dedicated data endpoints`
      }
    ],
    note: `Registry ${registry.name} has no dedicated data endpoints, so its layers come from its storage (*.blob.core.windows.net, ${storage}) as well as the registry tag.`
  }
}

/** OUT-01 for one NSG and one destination. */
function judgeNsg(
  def: CheckDefinition,
  ctx: Extract<Context, { kind: 'ok' }>,
  subnet: Subnet,
  nsg: NetworkSecurityGroup,
  resource: CheckResult['resource'],
  destination: Destination
): CheckResult {
  const tag = destination.tag
  const sourcePrefixes = subnet.addressPrefixes.filter(isIpv4)
  const decision = evaluateNsg(nsg, {
    sourcePrefixes,
    region: ctx.region,
    port: PORT,
    destinationTag: tag,
    ...(ctx.tagPrefixes ? { tagPrefixes: ctx.tagPrefixes } : {})
  })
  const command = (priority: number | undefined): string =>
    allowRuleCommand(nsg, priority, ctx.region, sourcePrefixes, tag)
  const flow = `from subnet ${subnet.name} to ${destination.label}`
  if (decision.verdict === 'part') {
    const parts = decision.deciders
      .map(
        d =>
          `${ruleText(d.match)} ${d.allow ? 'allows' : 'denies'} ${d.known.length > 0 ? describeSet(d.known) : 'the rest'}`
      )
      .join('; ')
    return makeResult(
      def,
      'unknown',
      resource,
      `NSG ${nsg.name} denies part of the addresses of ${tag} and allows the rest, so pulls work or fail depending on which address the registry answers from (${parts}). ` +
        `Allow the whole tag before the deny: ${command(priorityBefore(nsg, Math.min(...decision.deciders.filter(d => !d.allow).map(d => d.match.rule.priority))))}`
    )
  }
  if (decision.uncertainBecause.length > 0) {
    const partial = decision.uncertainBecause
      .map(m => `${ruleText(m)}: ${m.partialReason ?? 'matches part of the traffic'}`)
      .join('; ')
    const why = decision.uncertainBecause.some(m =>
      /prefixes were not read/.test(m.partialReason ?? '')
    )
      ? ` Its address prefixes cannot be compared because ${tagMissing(ctx, tag)}.`
      : ''
    return makeResult(
      def,
      'unknown',
      resource,
      `NSG ${nsg.name} ${decision.allowed ? 'allows' : 'denies'} traffic ${flow} by ${ruleText(decision.decidedBy)}, but earlier rules match only part of it and decide otherwise for that part (${partial}).${why} ` +
        `Make the registry rule unconditional: ${command(priorityBefore(nsg, Math.min(...decision.uncertainBecause.map(m => m.rule.priority))))}`
    )
  }
  if (decision.allowed) {
    const limited = decision.outboundLimited
      ? 'Outbound traffic is limited (the NSG has outbound deny rules)'
      : 'Outbound traffic is not limited by custom deny rules'
    return makeResult(
      def,
      'pass',
      resource,
      `NSG ${nsg.name} allows traffic ${flow}: ${ruleText(decision.decidedBy)} decides. ${limited}.`
    )
  }
  const priority = decision.decidedBy.isDefault
    ? priorityBefore(nsg, 4097)
    : priorityBefore(nsg, decision.decidedBy.rule.priority)
  return makeResult(
    def,
    'fail',
    resource,
    `NSG ${nsg.name} denies traffic ${flow}: ${ruleText(decision.decidedBy)} matches first, so inference cannot pull images. ` +
      `Fix: ${command(priority)}`
  )
}

// ---------------------------------------------------------------- OUT-02

export const OUT_02: Check = defineCheck(OUT_02_RULE, (snapshot, def) => {
  const ctx = context(snapshot, def)
  if (ctx.kind === 'done') return ctx.results
  const expected = registryTag(ctx.region)
  const results: CheckResult[] = []
  const seen = new Set<string>()
  for (const { id, read } of ctx.subnets) {
    const s = subnetOrUnknown(def, id, read)
    if ('result' in s) {
      results.push(s.result)
      continue
    }
    const nsgId = s.subnet.networkSecurityGroupId
    if (!nsgId || seen.has(resourceKey(nsgId))) continue
    seen.add(resourceKey(nsgId))
    const resource = resourceOf(nsgId, NSG_TYPE)
    const nsgRead = lookup(snapshot.networkSecurityGroups, nsgId)
    if (!nsgRead?.ok) {
      results.push(
        makeResult(
          def,
          'unknown',
          resource,
          nsgRead
            ? unreadableDetail(
                `network security group ${resourceName(nsgId)}`,
                resourceGroupOf(nsgId),
                nsgRead.error
              )
            : notRead(`NSG ${resourceName(nsgId)}`)
        )
      )
      continue
    }
    const nsg = nsgRead.value
    const allows = nsg.securityRules.filter(
      r => /^outbound$/i.test(r.direction) && /^allow$/i.test(r.access)
    )
    const destinations = (r: (typeof allows)[number]): string[] => [
      ...(r.destinationAddressPrefix ? [r.destinationAddressPrefix] : []),
      ...(r.destinationAddressPrefixes ?? [])
    ]
    const wrong = allows.flatMap(r =>
      destinations(r)
        .map(d => wrongRegionRegistryTag(d, ctx.region))
        .filter((t): t is string => !!t)
        .map(tag => ({ rule: r, tag }))
    )
    const right = allows.filter(r =>
      destinations(r).some(d => {
        const t = parseServiceTag(d)
        return t.tag === 'azurecontainerregistry' && t.region === normalizeRegion(ctx.region)
      })
    )
    if (wrong.length > 0) {
      const list = wrong
        .map(w => `rule ${w.rule.name} (priority ${w.rule.priority}) allows ${w.tag}`)
        .join('; ')
      const first = wrong[0]!
      results.push(
        makeResult(
          def,
          'fail',
          resource,
          `NSG ${nsg.name}: ${list}, but the workspace is in ${ctx.region}, so the expected tag is ${expected}; an allow for another region does not reach the workspace registry. ` +
            `Fix: az network nsg rule update --resource-group ${resourceGroupOf(nsg.id) ?? '<resource-group>'} --nsg-name ${nsg.name} --name ${first.rule.name} --destination-address-prefixes ${expected}`
        )
      )
    } else if (right.length > 0) {
      results.push(
        makeResult(
          def,
          'pass',
          resource,
          `NSG ${nsg.name} names the workspace region's tag ${expected} (rule ${right.map(r => r.name).join(', ')}).`
        )
      )
    } else {
      results.push(
        makeResult(
          def,
          'skipped',
          resource,
          `NSG ${nsg.name} has no outbound allow for a region-specific AzureContainerRegistry tag; OUT-01 judges whether it lets registry traffic through.`
        )
      )
    }
  }
  if (results.length === 0) {
    return [
      makeResult(
        def,
        'skipped',
        workspaceResource(snapshot),
        'No relevant subnet has a network security group, so no service tag needs checking.'
      )
    ]
  }
  return [...results, ...ctx.extra]
})

// ---------------------------------------------------------------- OUT-04

/** The policy and its ancestors, child first, or why they cannot all be read. */
function policyChain(snapshot: Snapshot, policyId: string): FirewallPolicy[] | string {
  const chain: FirewallPolicy[] = []
  const seen = new Set<string>()
  for (let id: string | undefined = policyId; id;) {
    if (seen.has(resourceKey(id))) break
    seen.add(resourceKey(id))
    const read: Read<FirewallPolicy> | undefined = lookup(snapshot.firewallPolicies, id)
    if (!read) return notRead(`Firewall policy ${resourceName(id)}`)
    if (!read.ok) {
      return unreadableDetail(
        `firewall policy ${resourceName(id)}`,
        resourceGroupOf(id),
        read.error
      )
    }
    chain.push(read.value)
    id = read.value.basePolicyId
  }
  return chain
}

function firewallRuleText(decision: FirewallDecision): string {
  return decision.hosts
    .map(h =>
      h.decidedBy
        ? `${h.host}: ${h.decidedBy.kind} rule ${h.decidedBy.ruleName} in collection ${h.decidedBy.collection.name} (priority ${h.decidedBy.collection.priority}, ${h.decidedBy.collection.action})`
        : `${h.host}: no rule matches, so the firewall denies it`
    )
    .join('; ')
}

/**
 * The Azure Firewall a next hop address is (in the route table's subscription, or in the
 * subscription of the peered hub VNet whose address space holds it), or the result saying why
 * it is not known. `where` names the peering when the firewall was found through one.
 */
function nextHopFirewall(
  snapshot: Snapshot,
  subnet: Subnet,
  table: RouteTable,
  address: string,
  via: string,
  confirm: string
): { firewall: AzureFirewall; where: string } | { outcome: 'unknown' | 'fail'; detail: string } {
  const vnetId = parentVirtualNetworkId(subnet.id)
  const peerings = vnetId ? lookup(snapshot.virtualNetworkPeerings ?? {}, vnetId) : undefined
  const hop = resolveNextHopFirewall(
    address,
    subscriptionIdOf(table.id) ?? '',
    sub => snapshot.azureFirewalls[resourceKey(`/subscriptions/${sub}`)],
    peerings
  )
  const peered = (p: VirtualNetworkPeering): string =>
    `${address} is in the address space of virtual network ${resourceName(p.remoteVirtualNetworkId ?? '')} (subscription ${subscriptionIdOf(p.remoteVirtualNetworkId ?? '') ?? 'unknown'}), peered through ${p.name}`
  const unknown = (detail: string) => ({ outcome: 'unknown' as const, detail })
  switch (hop.kind) {
    case 'firewall':
      return {
        firewall: hop.firewall,
        where: hop.peering
          ? ` in subscription ${subscriptionIdOf(hop.firewall.id) ?? 'unknown'} (hub virtual network ${resourceName(hop.peering.remoteVirtualNetworkId ?? '')}, peered through ${hop.peering.name})`
          : ''
      }
    case 'peering-not-connected':
      return {
        outcome: 'fail',
        detail: `${via}. ${peered(hop.peering)}, whose state is ${hop.peering.peeringState ?? 'not reported'}: a peering carries traffic only once it is Connected, so registry traffic sent to ${address} is dropped and image pulls fail. Fix: create the matching peering in ${resourceName(hop.peering.remoteVirtualNetworkId ?? '')} back to this virtual network (az network vnet peering create --vnet-name ${resourceName(hop.peering.remoteVirtualNetworkId ?? '')} --remote-vnet ${vnetId ?? '<spoke-vnet-id>'} --allow-vnet-access --allow-forwarded-traffic ...) or sync the peering (az network vnet peering sync).`
      }
    case 'virtual-wan-hub':
      return unknown(
        `${via}. ${peered(hop.peering)}, a Virtual WAN hub: its secured-hub firewall and routing intent cannot be read through the APIs this tool uses. Registry traffic goes through that hub; ${confirm}`
      )
    case 'unlisted':
      if (hop.peering) {
        return unknown(
          `${via}. ${peered(hop.peering)}; the Azure Firewalls of subscription ${hop.subscriptionId} could not be listed${hop.error ? ` (${describeReadError(hop.error)})` : ''}, so the firewall that holds ${address} and its rules are not known. Grant the identity Reader on subscription ${hop.subscriptionId} (az role assignment create --role Reader --scope /subscriptions/${hop.subscriptionId} --assignee <client-id>), or ${confirm}`
        )
      }
      return unknown(
        `${via}.${hop.error ? ` Azure Firewalls of the subscription could not be listed (${describeReadError(hop.error)}).` : ''} Registry traffic goes through that appliance; ${confirm}`
      )
    case 'no-firewall':
      if (hop.peering) {
        return unknown(
          `${via}. ${peered(hop.peering)}, but no Azure Firewall of subscription ${hop.subscriptionId} holds that address: it is another appliance (a third-party network virtual appliance), which this tool cannot read. Registry traffic goes through that appliance; ${confirm}`
        )
      }
      return unknown(
        `${via}, which is not an Azure Firewall this identity can read in the subscription${peerings?.ok ? ", and no peering of the subnet's virtual network has it in its remote address space (a third-party appliance, or one reached over a gateway, which the APIs used cannot show)" : ''}.${hop.peeringsError ? ` The peerings of the subnet's virtual network could not be read (${describeReadError(hop.peeringsError)}).` : ''} Registry traffic goes through that appliance; ${confirm}`
      )
  }
}

function evaluateForcedTunnel(
  snapshot: Snapshot,
  def: CheckDefinition,
  subnet: Subnet,
  table: RouteTable,
  route: RouteTableRoute,
  region: string,
  tagPrefixes?: Record<string, string[]>,
  restrictTo?: AddressSet
): CheckResult {
  const resource = resourceOf(table.id, ROUTE_TABLE_TYPE)
  const hosts = registryHosts(snapshot, region)
  const tag = registryTag(region)
  const via = `Route table ${table.name} on subnet ${subnet.name} sends ${route.addressPrefix} (route ${route.name}) to ${route.nextHopType}${route.nextHopIpAddress ? ` ${route.nextHopIpAddress}` : ''}`
  const confirm = `confirm that it allows TCP ${PORT} to ${tag} and to ${hosts.join(' and ')}, or add a route for ${tag} with next hop Internet (az network route-table route create --resource-group ${resourceGroupOf(table.id) ?? '<resource-group>'} --route-table-name ${table.name} --name to-acr --address-prefix ${tag} --next-hop-type Internet).`
  if (/^virtualnetworkgateway$/i.test(route.nextHopType) || !route.nextHopIpAddress) {
    return makeResult(
      def,
      'unknown',
      resource,
      `${via}: registry traffic leaves through that hop, which the NSG does not cover and this tool cannot read; ${confirm}`
    )
  }
  const hop = nextHopFirewall(snapshot, subnet, table, route.nextHopIpAddress, via, confirm)
  if ('detail' in hop) return makeResult(def, hop.outcome, resource, hop.detail)
  const { firewall, where } = hop
  let collections
  let rulesFrom: string
  if (firewall.firewallPolicyId) {
    const chain = policyChain(snapshot, firewall.firewallPolicyId)
    if (typeof chain === 'string') {
      return makeResult(
        def,
        'unknown',
        resourceOf(firewall.id, FIREWALL_TYPE),
        `${via}: Azure Firewall ${firewall.name}${where}. ${chain}`
      )
    }
    collections = policyCollections(chain)
    rulesFrom = `firewall policy ${chain.map(p => p.name).join(' (child of ') + ')'.repeat(chain.length - 1)}`
  } else {
    collections = classicCollections(firewall)
    rulesFrom = 'its classic rule collections'
  }
  const flow: FirewallFlow = {
    sourcePrefixes: subnet.addressPrefixes.filter(isIpv4),
    region,
    port: PORT,
    hosts,
    ...(storageHost(snapshot)
      ? { hostTags: { [storageHost(snapshot)!]: `Storage.${serviceTagRegion(region)}` } }
      : {}),
    ipGroups: Object.fromEntries(
      Object.entries(snapshot.ipGroups ?? {}).flatMap(([id, r]) =>
        r.ok ? [[id, r.value.ipAddresses]] : []
      )
    ),
    ...(tagPrefixes ? { tagPrefixes } : {}),
    ...(restrictTo ? { restrictTo } : {})
  }
  const decision = evaluateFirewall(collections, flow)
  const fwResource = resourceOf(firewall.id, FIREWALL_TYPE)
  const summary = `${via}: Azure Firewall ${firewall.name}${where}, evaluated with ${rulesFrom}`
  if (decision.part) {
    return makeResult(
      def,
      'unknown',
      fwResource,
      `${summary}: its network rules allow part of the addresses of ${registryTag(region)} and deny the rest (${firewallRuleText(decision)}), so pulls work or fail depending on which address the registry answers from. ${capitalizeFirst(confirm)}`
    )
  }
  if (decision.uncertain) {
    const partial = decision.hosts
      .flatMap(h => h.uncertainBecause)
      .map(
        m =>
          `rule ${m.ruleName} in ${m.collection.name} (${m.partialReason ?? 'it matches part of the traffic'})`
      )
    return makeResult(
      def,
      'unknown',
      fwResource,
      `${summary}: ${firewallRuleText(decision)}; but ${[...new Set(partial)].join(', ')} may decide otherwise. ${capitalizeFirst(confirm)}`
    )
  }
  if (decision.allowed) {
    return makeResult(
      def,
      'pass',
      fwResource,
      `${summary}: registry traffic is allowed (${firewallRuleText(decision)}).`
    )
  }
  const source = flow.sourcePrefixes.join(' ') || '<subnet prefix>'
  const fix = firewall.firewallPolicyId
    ? `az network firewall policy rule-collection-group collection add-filter-collection --resource-group ${resourceGroupOf(firewall.firewallPolicyId) ?? '<resource-group>'} --policy-name ${resourceName(firewall.firewallPolicyId)} --rcg-name <group> --name allow-acr --collection-priority <priority> --action Allow --rule-type ApplicationRule --rule-name acr --protocols Https=443 --source-addresses ${source} --target-fqdns ${hosts.join(' ')}`
    : `az network firewall application-rule create --resource-group ${resourceGroupOf(firewall.id) ?? '<resource-group>'} --firewall-name ${firewall.name} --collection-name allow-acr --priority <priority> --action Allow --name acr --protocols Https=443 --source-addresses ${source} --target-fqdns ${hosts.join(' ')}`
  return makeResult(
    def,
    'fail',
    fwResource,
    `${summary}: registry traffic is denied (${firewallRuleText(decision)}). Fix: ${fix}`
  )
}

function capitalizeFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

export const OUT_04: Check = defineCheck(OUT_04_RULE, (snapshot, def) => {
  const ctx = context(snapshot, def)
  if (ctx.kind === 'done') return ctx.results
  const perSubnet = ctx.subnets.map(({ id, read }) => {
    const s = subnetOrUnknown(def, id, read)
    if ('result' in s) return s.result
    const subnet = s.subnet
    if (!subnet.routeTableId) {
      return makeResult(
        def,
        'pass',
        subnetResource(id),
        `Subnet ${subnet.name} has no route table, so its outbound traffic follows Azure's system routes (no forced tunnelling).`
      )
    }
    const tableRead = lookup(snapshot.routeTables, subnet.routeTableId)
    const resource = resourceOf(subnet.routeTableId, ROUTE_TABLE_TYPE)
    if (!tableRead)
      return makeResult(
        def,
        'unknown',
        resource,
        notRead(`Route table ${resourceName(subnet.routeTableId)}`)
      )
    if (!tableRead.ok) {
      return makeResult(
        def,
        'unknown',
        resource,
        unreadableDetail(
          `route table ${resourceName(subnet.routeTableId)} of subnet ${subnet.name}`,
          resourceGroupOf(subnet.routeTableId),
          tableRead.error
        )
      )
    }
    const table = tableRead.value
    return judgeRoutes(snapshot, def, subnet, table, ctx.region, ctx.tagPrefixes, ctx.tagsMissing)
  })
  return [...perSubnet.map((r, n) => judged(r, ctx.subnets[n]!)), ...ctx.extra]
})

/** What a route table cannot show, unless BGP propagation is off. */
function bgpCaveat(table: RouteTable): string {
  return table.disableBgpRoutePropagation === true
    ? ''
    : ` Route table ${table.name} propagates gateway routes (disableBgpRoutePropagation is not true): a route learned over BGP from a VPN or ExpressRoute gateway or a Virtual WAN hub (such as an advertised 0.0.0.0/0) overrides the system routes for the addresses no user-defined route holds, and is not in the route table; check the effective routes of a NIC in the subnet (az network nic show-effective-route-table).`
}

const RANK: Record<CheckResult['outcome'], number> = { fail: 3, unknown: 2, pass: 1, skipped: 0 }

/**
 * OUT-04 for one subnet: the registry's addresses split by the route that
 * wins for each (longest prefix), each part judged by its next hop; the
 * worst part decides.
 */
function judgeRoutes(
  snapshot: Snapshot,
  def: CheckDefinition,
  subnet: Subnet,
  table: RouteTable,
  region: string,
  tagPrefixes: Record<string, string[]> | undefined,
  tagsMissing: string | undefined
): CheckResult {
  const resource = resourceOf(table.id, ROUTE_TABLE_TYPE)
  const tag = registryTag(region)
  const flow = {
    sourcePrefixes: subnet.addressPrefixes.filter(isIpv4),
    region,
    port: PORT,
    ...(tagPrefixes ? { tagPrefixes } : {})
  }
  const path = registryPath(snapshot, region)
  if (path.kind === 'unreachable') return makeResult(def, 'fail', path.resource, path.detail)
  if (path.destinations[0]?.tag === 'VirtualNetwork') {
    return privateEndpointRoute(snapshot, def, subnet, table, path.note)
  }
  const selection = selectRoutes(table.routes, flow)
  const hop = (r: RouteTableRoute): string =>
    `route ${r.name} (${r.addressPrefix} → ${r.nextHopType}${r.nextHopIpAddress ? ` ${r.nextHopIpAddress}` : ''})`
  if (selection.uncertain.length > 0) {
    const winner = selection.parts[0]?.route
    return makeResult(
      def,
      'unknown',
      resource,
      `Route table ${table.name} on subnet ${subnet.name}: ${tagsMissing ?? `the address prefixes of ${tag} are not known`}, so which route registry traffic takes cannot be told: ` +
        `${winner ? `${hop(winner)} holds all of it, but ` : 'the system routes send it to Internet, but '}${selection.uncertain.map(hop).join(', ')} may be more specific for some of its addresses and go elsewhere. ` +
        `Route the tag explicitly: az network route-table route create --resource-group ${resourceGroupOf(table.id) ?? '<resource-group>'} --route-table-name ${table.name} --name to-acr --address-prefix ${tag} --next-hop-type <Internet or VirtualAppliance>`
    )
  }
  const results = selection.parts.map(part =>
    judgePart(snapshot, def, subnet, table, region, tagPrefixes, part)
  )
  if (results.length === 1) return results[0]!
  const worst = results.reduce((a, b) => (RANK[b.outcome] > RANK[a.outcome] ? b : a))
  const detail = selection.parts
    .map(
      (part, k) =>
        `${describeSet(part.known)} (${part.route ? `route ${part.route.name}` : 'system routes'}): ${results[k]!.outcome}: ${results[k]!.detail}`
    )
    .join(' | ')
  return makeResult(
    def,
    worst.outcome,
    worst.outcome === 'pass' ? resource : worst.resource,
    `Route table ${table.name} on subnet ${subnet.name} sends the addresses of ${tag} by different routes (longest prefix wins for each address): ${detail}`
  )
}

/**
 * A registry reached through its private endpoint: the system route for the
 * virtual network's address space (next hop VnetLocal) is more specific than
 * 0.0.0.0/0, so forced tunnelling does not take it; only a user-defined route
 * at least as specific as that address space, with another next hop, can.
 */
function privateEndpointRoute(
  snapshot: Snapshot,
  def: CheckDefinition,
  subnet: Subnet,
  table: RouteTable,
  note: string
): CheckResult {
  const resource = resourceOf(table.id, ROUTE_TABLE_TYPE)
  const vnetId = parentVirtualNetworkId(subnet.id)
  const vnet = vnetId ? snapshot.virtualNetworks[resourceKey(vnetId)] : undefined
  if (!vnet?.ok) {
    return makeResult(
      def,
      'unknown',
      resource,
      `${note} The virtual network of subnet ${subnet.name} was not read, so whether route table ${table.name} overrides the route to the private endpoint cannot be told.`
    )
  }
  const space = setOf(vnet.value.addressPrefixes)
  const shortest = Math.min(...vnet.value.addressPrefixes.map(p => routePrefixBits(p) ?? 128))
  const overriding = table.routes.filter(r => {
    const bits = routePrefixBits(r.addressPrefix)
    return (
      bits !== undefined &&
      bits >= shortest &&
      !/^vnetlocal$/i.test(r.nextHopType) &&
      coverage(setOf([r.addressPrefix]), space) !== 'none'
    )
  })
  if (overriding.length > 0) {
    return makeResult(
      def,
      'unknown',
      resource,
      `${note} Route table ${table.name} has route(s) ${overriding.map(r => `${r.name} (${r.addressPrefix} → ${r.nextHopType}${r.nextHopIpAddress ? ` ${r.nextHopIpAddress}` : ''})`).join(', ')} inside the virtual network's address space, which may take traffic to the private endpoint elsewhere; confirm the path (az network nic show-effective-route-table).`
    )
  }
  return makeResult(
    def,
    'pass',
    resource,
    `${note} Route table ${table.name} on subnet ${subnet.name} has no route inside the virtual network's address space (${vnet.value.addressPrefixes.join(', ')}), so the system route (next hop VnetLocal, or the peering) carries registry traffic to the private endpoint; routes such as 0.0.0.0/0 do not take it.`
  )
}

function judgePart(
  snapshot: Snapshot,
  def: CheckDefinition,
  subnet: Subnet,
  table: RouteTable,
  region: string,
  tagPrefixes: Record<string, string[]> | undefined,
  part: RoutedPart
): CheckResult {
  const resource = resourceOf(table.id, ROUTE_TABLE_TYPE)
  const route = part.route
  if (!route) {
    return makeResult(
      def,
      'pass',
      resource,
      `Route table ${table.name} on subnet ${subnet.name} has no route that holds ${part.opaque ? "the registry's addresses" : `the registry's addresses ${describeSet(part.known)}`}, so that traffic follows Azure's system route to Internet and is not forced through an appliance.${bgpCaveat(table)}`
    )
  }
  if (/^none$/i.test(route.nextHopType)) {
    return makeResult(
      def,
      'fail',
      resource,
      `Route table ${table.name} on subnet ${subnet.name} sends ${route.addressPrefix} (route ${route.name}) to next hop None, which drops registry traffic. ` +
        `Fix: az network route-table route create --resource-group ${resourceGroupOf(table.id) ?? '<resource-group>'} --route-table-name ${table.name} --name to-acr --address-prefix ${registryTag(region)} --next-hop-type Internet`
    )
  }
  if (/^internet$/i.test(route.nextHopType)) {
    return makeResult(
      def,
      'pass',
      resource,
      `Route table ${table.name} on subnet ${subnet.name} sends ${route.addressPrefix} (route ${route.name}) to Internet, not through an appliance.`
    )
  }
  if (!/^(virtualappliance|virtualnetworkgateway)$/i.test(route.nextHopType)) {
    return makeResult(
      def,
      'unknown',
      resource,
      `Route table ${table.name} on subnet ${subnet.name} sends ${route.addressPrefix} (route ${route.name}) to ${route.nextHopType}, which does not lead to the registry's public addresses; check where that traffic goes, or route ${registryTag(region)} to Internet or to a firewall that allows it.`
    )
  }
  return evaluateForcedTunnel(
    snapshot,
    def,
    subnet,
    table,
    route,
    region,
    tagPrefixes,
    part.opaque ? undefined : part.known
  )
}

export const OUTBOUND_NETWORK_CHECKS: Check[] = [OUT_01, OUT_02, OUT_04]
