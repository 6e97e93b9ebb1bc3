/**
 * OUT-04: the route each registry address takes from the subnets traffic
 * leaves from is direct, or reaches an Azure Firewall whose rules allow it.
 * Route selection is in src/evaluate/engine/routing.ts, firewall semantics in
 * src/evaluate/engine/firewall.ts.
 */
import {
  classicCollections,
  evaluateFirewall,
  policyCollections,
  type FirewallDecision,
  type FirewallFlow
} from '../../engine/firewall.js'
import { isIpv4, normalizeRegion, serviceTagRegion } from '../../engine/network.js'
import { coverage, describeSet, setOf, type AddressSet } from '../../engine/prefixes.js'
import { routePrefixBits, selectRoutes, type RoutedPart } from '../../engine/routing.js'
import { resolveNextHopFirewall, subscriptionIdOf } from '../../engine/next-hop.js'
import type {
  AzureFirewall,
  FirewallPolicy,
  Read,
  RouteTable,
  RouteTableRoute,
  Snapshot,
  Subnet,
  VirtualNetworkPeering
} from '../../../model/snapshot.js'
import { parentVirtualNetworkId, resourceKey, resourceName } from '../../../model/snapshot.js'
import { cloudSuffixes } from '../../../model/clouds.js'
import {
  defineCheck,
  describeReadError,
  makeResult,
  resourceGroupOf,
  resourceOf,
  unreadableDetail
} from '../common.js'
import type { Check, CheckDefinition, CheckResult } from '../../../model/check.js'
import {
  PORT,
  registryTag,
  context,
  judged,
  subnetResource,
  notRead,
  subnetOrUnknown,
  lookup,
  RANK,
  registryPath
} from './egress.js'
import { OUT_04_RULE } from '../rules/outbound.js'
import { workspaceRegistryId } from '../../dependencies.js'

const ROUTE_TABLE_TYPE = 'Microsoft.Network/routeTables'
const FIREWALL_TYPE = 'Microsoft.Network/azureFirewalls'

/**
 * The registry's login and data host names (patterns when the registry is not
 * known); without dedicated data endpoints, layers come from the registry's
 * storage (`*.blob.core.windows.net`, tag `Storage.<Region>`).
 */
function registryHosts(snapshot: Snapshot, region: string): string[] {
  const suffix = cloudSuffixes(snapshot.cloud).containerRegistry
  const registry = workspaceRegistryId(snapshot)
  if (!registry) return [`*.${suffix}`, `*.data.${suffix}`]
  const name = resourceName(registry).toLowerCase()
  if (storageHost(snapshot)) return [`${name}.${suffix}`, storageHost(snapshot)!]
  return [`${name}.${suffix}`, `${name}.${normalizeRegion(region)}.data.${suffix}`]
}

/** The blob host pattern layers come from when the registry read says it has no dedicated data endpoints. */
function storageHost(snapshot: Snapshot): string | undefined {
  const id = workspaceRegistryId(snapshot)
  const read = id ? snapshot.containerRegistries?.[resourceKey(id)] : undefined
  if (!read?.ok || read.value.dataEndpointEnabled !== false) return undefined
  return `*.blob.${cloudSuffixes(snapshot.cloud).storage}`
}

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
