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
  FirewallRuleCollection,
  Read,
  ReadError,
  RouteTable,
  RouteTableRoute,
  Snapshot,
  Subnet,
  VirtualNetworkPeering
} from '../../../model/snapshot.js'
import { parentVirtualNetworkId, resourceKey, resourceName } from '../../../model/snapshot.js'
import { cloudSuffixes } from '../../../model/clouds.js'
import {
  CLIENT_ID_PLACEHOLDER,
  defineCheck,
  makeResult,
  readProblem,
  resourceOf,
  shellArg,
  unreadableResult
} from '../common.js'
import type {
  Check,
  CheckDefinition,
  CheckResult,
  ResultCause,
  ResultFix
} from '../../../model/check.js'
import { concatText, joinText, ours, text, type Text } from '../../../model/text.js'
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
  groupArg,
  registryPath,
  shellArgs,
  type Context
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
function policyChain(
  snapshot: Snapshot,
  policyId: string
): FirewallPolicy[] | { detail: Text; cause?: ResultCause } {
  const chain: FirewallPolicy[] = []
  const seen = new Set<string>()
  for (let id: string | undefined = policyId; id;) {
    if (seen.has(resourceKey(id))) break
    seen.add(resourceKey(id))
    const read: Read<FirewallPolicy> | undefined = lookup(snapshot.firewallPolicies, id)
    if (!read) return { detail: notRead(text`Firewall policy \`${resourceName(id)}\``) }
    if (!read.ok) return readProblem(text`firewall policy \`${resourceName(id)}\``, id, read.error)
    chain.push(read.value)
    id = read.value.basePolicyId
  }
  return chain
}

function firewallRuleText(decision: FirewallDecision): Text {
  return joinText(
    decision.hosts.map(h =>
      h.decidedBy
        ? text`\`${h.host}\`: ${ours(h.decidedBy.kind)} rule \`${h.decidedBy.ruleName}\` in collection \`${h.decidedBy.collection.name}\` (priority ${h.decidedBy.collection.priority}, ${h.decidedBy.collection.action})`
        : text`\`${h.host}\`: no rule matches, so the firewall denies it`
    ),
    '; '
  )
}

/** What a next hop that cannot be judged asks for: confirm the hop allows it, or route the tag to Internet. */
interface Confirm {
  words: Text
  remedy: ResultFix
}

/** A hop's verdict when it is not a firewall this tool can judge. */
type HopProblem = {
  outcome: 'unknown' | 'fail'
  detail: Text
  remedy?: ResultFix
  cause?: ResultCause
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
  via: Text,
  confirm: Confirm
): { firewall: AzureFirewall; where: Text } | HopProblem {
  const vnetId = parentVirtualNetworkId(subnet.id)
  const peerings = vnetId ? lookup(snapshot.virtualNetworkPeerings ?? {}, vnetId) : undefined
  const hop = resolveNextHopFirewall(
    address,
    subscriptionIdOf(table.id) ?? '',
    sub => snapshot.azureFirewalls[resourceKey(`/subscriptions/${sub}`)],
    peerings
  )
  const peered = (p: VirtualNetworkPeering): Text =>
    text`${address} is in the address space of virtual network \`${resourceName(p.remoteVirtualNetworkId ?? '')}\` (subscription \`${subscriptionIdOf(p.remoteVirtualNetworkId ?? '') ?? 'unknown'}\`), peered through \`${p.name}\``
  const unknown = (detail: Text, cause?: ResultCause): HopProblem => ({
    outcome: 'unknown',
    detail,
    remedy: confirm.remedy,
    ...(cause ? { cause } : {})
  })
  const firewallsOf = (subscription: string): Text =>
    text`the Azure Firewalls of subscription \`${subscription}\``
  switch (hop.kind) {
    case 'firewall':
      return {
        firewall: hop.firewall,
        where: hop.peering
          ? text` in subscription \`${subscriptionIdOf(hop.firewall.id) ?? 'unknown'}\` (hub virtual network \`${resourceName(hop.peering.remoteVirtualNetworkId ?? '')}\`, peered through \`${hop.peering.name}\`)`
          : text``
      }
    case 'peering-not-connected': {
      const hub = hop.peering.remoteVirtualNetworkId ?? ''
      const hubName = resourceName(hub)
      const spokeName = vnetId ? resourceName(vnetId) : '<spoke-vnet>'
      return {
        outcome: 'fail',
        detail: text`${via}. ${peered(hop.peering)}, whose state is ${hop.peering.peeringState ?? ours('not reported')}: a peering carries traffic only once it is \`Connected\`, so registry traffic sent to ${address} is dropped and image pulls fail. Create the matching peering in \`${hubName}\` back to this virtual network (or sync the peering with \`az network vnet peering sync\` if it exists).`,
        remedy: {
          commands: [
            `az network vnet peering create${inSubscription(hub, table.id)} --resource-group ${groupArg(hub)} --vnet-name ${shellArg(hubName)} --name ${shellArg(`${hubName}-to-${spokeName}`)} --remote-vnet ${vnetId ? shellArg(vnetId) : '<spoke-vnet-id>'} --allow-vnet-access --allow-forwarded-traffic`
          ]
        }
      }
    }
    case 'virtual-wan-hub':
      return unknown(
        text`${via}. ${peered(hop.peering)}, a Virtual WAN hub: its secured-hub firewall and routing intent cannot be read through the APIs this tool uses. Registry traffic goes through that hub; ${confirm.words}`
      )
    case 'unlisted': {
      const problem = hop.error
        ? readProblem(
            firewallsOf(hop.subscriptionId),
            `/subscriptions/${hop.subscriptionId}`,
            hop.error
          )
        : undefined
      if (hop.peering) {
        return unknown(
          text`${via}. ${peered(hop.peering)}; ${firewallsOf(hop.subscriptionId)} could not be listed${problem ? text` (${statusOf(hop.error!)})` : text``}, so the firewall that holds ${address} and its rules are not known. Grant the identity Reader on subscription \`${hop.subscriptionId}\`, or ${confirm.words}`,
          problem?.cause ?? readerCause(hop.subscriptionId)
        )
      }
      return unknown(
        text`${via}.${problem ? text` Azure Firewalls of the subscription could not be listed (${statusOf(hop.error!)}).` : text``} Registry traffic goes through that appliance; ${confirm.words}`,
        problem?.cause
      )
    }
    case 'no-firewall': {
      const problem =
        hop.peeringsError && vnetId
          ? readProblem(
              text`the peerings of virtual network \`${resourceName(vnetId)}\``,
              vnetId,
              hop.peeringsError
            )
          : undefined
      if (hop.peering) {
        return unknown(
          text`${via}. ${peered(hop.peering)}, but no Azure Firewall of subscription \`${hop.subscriptionId}\` holds that address: it is another appliance (a third-party network virtual appliance), which this tool cannot read. Registry traffic goes through that appliance; ${confirm.words}`
        )
      }
      return unknown(
        text`${via}, which is not an Azure Firewall this identity can read in the subscription${peerings?.ok ? text`, and no peering of the subnet's virtual network has it in its remote address space (a third-party appliance, or one reached over a gateway, which the APIs used cannot show)` : text``}.${hop.peeringsError ? text` The peerings of the subnet's virtual network could not be read (${statusOf(hop.peeringsError)}).` : text``} Registry traffic goes through that appliance; ${confirm.words}`,
        problem?.cause
      )
    }
  }
}

/** `HTTP 403 AuthorizationFailed` (Azure's message goes to the cause's raw text). */
function statusOf(error: ReadError): Text {
  return error.status === null
    ? text`no response, ${error.code}`
    : text`HTTP ${error.status} ${error.code}`
}

/** Reader on a subscription whose firewalls were not listed (no refused read to build it from). */
function readerCause(subscriptionId: string): ResultCause {
  const scope = `/subscriptions/${subscriptionId}`
  return {
    key: `reader:${scope.toLowerCase()}`,
    summary: text`The Azure Firewalls of subscription \`${subscriptionId}\` were not listed.`,
    action: text`Grant the identity the action signs in with the Reader role on subscription \`${subscriptionId}\`, then re-run.`,
    fix: {
      commands: [
        `az role assignment create --assignee <client-id> --role Reader --scope ${shellArg(scope)}`
      ],
      placeholders: CLIENT_ID_PLACEHOLDER
    }
  }
}

/** A route that sends the registry tag straight to Internet, in the subnet's route table. */
function internetRoute(table: RouteTable, tag: string): string {
  return `az network route-table route create --resource-group ${groupArg(table.id)} --route-table-name ${shellArg(table.name)} --name to-acr --address-prefix ${shellArg(tag)} --next-hop-type Internet`
}

/** ` --subscription <id>` when `id` is in another subscription than `from` (a hub's resources). */
function inSubscription(id: string, from: string): string {
  const subscription = subscriptionIdOf(id)
  return subscription && subscription.toLowerCase() !== subscriptionIdOf(from)?.toLowerCase()
    ? ` --subscription ${shellArg(subscription)}`
    : ''
}

/** Custom rule collection priorities run from 100 to 65000. */
const MIN_COLLECTION_PRIORITY = 100
const MAX_COLLECTION_PRIORITY = 65000

/** The highest free priority smaller than `before` (so the new collection is processed first). */
function freePriority(used: number[], before: number): number | undefined {
  const taken = new Set(used)
  for (let p = Math.min(before, MAX_COLLECTION_PRIORITY + 1) - 1; p >= MIN_COLLECTION_PRIORITY; p--)
    if (!taken.has(p)) return p
  return undefined
}

/**
 * A rule collection that allows the registry, processed before the rules that deny it (or may).
 * Network rules are processed before application rules: when a network rule decides, the fix is
 * a network rule to the registry's service tags with a smaller priority; otherwise an
 * application rule to the registry's host names (Https 443) before the deciding collection.
 * In a policy, it goes in the policy and group that hold the deciding collection.
 */
function firewallFix(
  from: string,
  firewall: AzureFirewall,
  chain: FirewallPolicy[] | undefined,
  deciders: FirewallRuleCollection[],
  source: string,
  destinations: string[],
  hosts: string[]
): ResultFix {
  const kind: FirewallRuleCollection['kind'] = deciders.some(c => c.kind === 'network')
    ? 'network'
    : 'application'
  const sameKind = deciders.filter(c => c.kind === kind)
  const placeholder = (priority: number | undefined): string =>
    priority === undefined ? '<priority>' : String(priority)
  const note = text`\`<priority>\`: no priority below the deciding collection's is free; free one and use a number smaller than its priority.`
  if (!chain) {
    const before = Math.min(...sameKind.map(c => c.priority), MAX_COLLECTION_PRIORITY + 1)
    const priority = freePriority(
      firewall.ruleCollections.filter(c => c.kind === kind).map(c => c.priority),
      before
    )
    const head = `${inSubscription(firewall.id, from)} --resource-group ${groupArg(firewall.id)} --firewall-name ${shellArg(firewall.name)} --collection-name allow-acr --priority ${placeholder(priority)} --action Allow --name acr`
    return {
      commands: [
        kind === 'network'
          ? `az network firewall network-rule create${head} --protocols TCP --source-addresses ${source} --destination-addresses ${shellArgs(destinations)} --destination-ports ${PORT}`
          : `az network firewall application-rule create${head} --protocols Https=${PORT} --source-addresses ${source} --target-fqdns ${shellArgs(hosts)}`
      ],
      ...(priority === undefined ? { placeholders: note } : {})
    }
  }
  // The policy and group holding the first deciding collection (parents' rules come first).
  const decider = sameKind[0]
  const holder = decider
    ? chain.flatMap(policy =>
        policy.ruleCollectionGroups.flatMap(group =>
          group.ruleCollections.some(c => c === decider) ? [{ policy, group }] : []
        )
      )[0]
    : undefined
  const policy = holder?.policy ?? chain[0]!
  const group =
    holder?.group ?? [...policy.ruleCollectionGroups].sort((a, b) => a.priority - b.priority)[0]
  const policyGroup = groupArg(policy.id)
  const commands: string[] = []
  let groupName: string
  let priority: number | undefined
  if (group) {
    groupName = group.name
    priority = freePriority(
      group.ruleCollections.map(c => c.priority),
      decider && holder ? decider.priority : MAX_COLLECTION_PRIORITY + 1
    )
  } else {
    groupName = 'allow-acr'
    priority = MIN_COLLECTION_PRIORITY
    commands.push(
      `az network firewall policy rule-collection-group create${inSubscription(policy.id, from)} --resource-group ${policyGroup} --policy-name ${shellArg(policy.name)} --name ${shellArg(groupName)} --priority ${MIN_COLLECTION_PRIORITY}`
    )
  }
  const rule =
    kind === 'network'
      ? `--rule-type NetworkRule --rule-name acr --ip-protocols TCP --source-addresses ${source} --destination-addresses ${shellArgs(destinations)} --destination-ports ${PORT}`
      : `--rule-type ApplicationRule --rule-name acr --protocols Https=${PORT} --source-addresses ${source} --target-fqdns ${shellArgs(hosts)}`
  commands.push(
    `az network firewall policy rule-collection-group collection add-filter-collection${inSubscription(policy.id, from)} --resource-group ${policyGroup} --policy-name ${shellArg(policy.name)} --rcg-name ${shellArg(groupName)} --name allow-acr --collection-priority ${placeholder(priority)} --action Allow ${rule}`
  )
  return { commands, ...(priority === undefined ? { placeholders: note } : {}) }
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
  const hop = route.nextHopIpAddress ? text` ${route.nextHopIpAddress}` : text``
  const via = text`Route table \`${table.name}\` on subnet \`${subnet.name}\` sends ${route.addressPrefix} (route \`${route.name}\`) to ${route.nextHopType}${hop}`
  const hostList = joinText(
    hosts.map(h => text`\`${h}\``),
    ' and '
  )
  const confirm: Confirm = {
    words: text`confirm that it allows TCP ${PORT} to \`${tag}\` and to ${hostList}, or add a route for \`${tag}\` with next hop \`Internet\`.`,
    remedy: { commands: [internetRoute(table, tag)] }
  }
  if (/^virtualnetworkgateway$/i.test(route.nextHopType) || !route.nextHopIpAddress) {
    return makeResult(
      def,
      'unknown',
      resource,
      text`${via}: registry traffic leaves through that hop, which the NSG does not cover and this tool cannot read; ${confirm.words}`,
      { remedy: confirm.remedy }
    )
  }
  const next = nextHopFirewall(snapshot, subnet, table, route.nextHopIpAddress, via, confirm)
  if ('detail' in next) {
    return makeResult(def, next.outcome, resource, next.detail, {
      ...(next.remedy ? { remedy: next.remedy } : {}),
      ...(next.cause ? { cause: next.cause } : {})
    })
  }
  const { firewall, where } = next
  let collections
  let rulesFrom: Text
  let chain: FirewallPolicy[] | undefined
  if (firewall.firewallPolicyId) {
    const read = policyChain(snapshot, firewall.firewallPolicyId)
    if (!Array.isArray(read)) {
      return makeResult(
        def,
        'unknown',
        resourceOf(firewall.id, FIREWALL_TYPE),
        text`${via}: Azure Firewall \`${firewall.name}\`${where}. ${read.detail}`,
        read.cause ? { cause: read.cause } : { remedy: confirm.remedy }
      )
    }
    chain = read
    collections = policyCollections(chain)
    rulesFrom = text`firewall policy ${joinText(
      chain.map(p => text`\`${p.name}\``),
      ' (child of '
    )}${ours(')'.repeat(chain.length - 1))}`
  } else {
    collections = classicCollections(firewall)
    rulesFrom = text`its classic rule collections`
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
  const summary = text`${via}: Azure Firewall \`${firewall.name}\`${where}, evaluated with ${rulesFrom}`
  const source = shellArgs(flow.sourcePrefixes) || '<subnet-prefix>'
  const destinations = [
    tag,
    ...(storageHost(snapshot) ? [`Storage.${serviceTagRegion(region)}`] : [])
  ]
  // The collections the new allow must come before: the denies, or the rules that may decide otherwise.
  const denying = decision.hosts
    .filter(h => !h.allowed)
    .flatMap(h => (h.decidedBy ? [h.decidedBy.collection] : []))
  const uncertainBy = decision.hosts.flatMap(h => h.uncertainBecause.map(m => m.collection))
  const fix = firewallFix(
    table.id,
    firewall,
    chain,
    decision.uncertain && !decision.part ? uncertainBy : denying,
    source,
    destinations,
    hosts
  )
  const withSourceNote = (f: ResultFix): ResultFix =>
    source === '<subnet-prefix>'
      ? {
          ...f,
          placeholders: concatText(
            text`\`<subnet-prefix>\`: the address prefix of subnet \`${subnet.name}\` (\`${`az network vnet subnet show --ids ${shellArg(subnet.id)} --query addressPrefix`}\`).`,
            f.placeholders ? text` ${f.placeholders}` : text``
          )
        }
      : f
  if (decision.part) {
    return makeResult(
      def,
      'unknown',
      fwResource,
      text`${summary}: its network rules allow part of the addresses of \`${registryTag(region)}\` and deny the rest (${firewallRuleText(decision)}), so pulls work or fail depending on which address the registry answers from. Allow the whole tag before the deny, or add a route for \`${tag}\` with next hop \`Internet\`.`,
      { remedy: withSourceNote(fix) }
    )
  }
  if (decision.uncertain) {
    const partial = [
      ...new Map(
        decision.hosts
          .flatMap(h => h.uncertainBecause)
          .map(m => {
            const t = text`rule \`${m.ruleName}\` in \`${m.collection.name}\` (${m.partialReason ?? text`it matches part of the traffic`})`
            return [JSON.stringify(t), t] as const
          })
      ).values()
    ]
    return makeResult(
      def,
      'unknown',
      fwResource,
      text`${summary}: ${firewallRuleText(decision)}; but ${joinText(partial, ', ')} may decide otherwise. Allow the registry unconditionally before those rules, or add a route for \`${tag}\` with next hop \`Internet\`.`,
      { remedy: withSourceNote(fix) }
    )
  }
  if (decision.allowed) {
    return makeResult(
      def,
      'pass',
      fwResource,
      text`${summary}: registry traffic is allowed (${firewallRuleText(decision)}).`
    )
  }
  return makeResult(
    def,
    'fail',
    fwResource,
    text`${summary}: registry traffic is denied (${firewallRuleText(decision)}). Allow the registry in a rule collection processed before the deny.`,
    { remedy: withSourceNote(fix) }
  )
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
        text`Subnet \`${subnet.name}\` has no route table, so its outbound traffic follows Azure's system routes (no forced tunnelling).`
      )
    }
    const tableRead = lookup(snapshot.routeTables, subnet.routeTableId)
    const resource = resourceOf(subnet.routeTableId, ROUTE_TABLE_TYPE)
    if (!tableRead)
      return makeResult(
        def,
        'unknown',
        resource,
        notRead(text`Route table \`${resourceName(subnet.routeTableId)}\``)
      )
    if (!tableRead.ok) {
      return unreadableResult(
        def,
        resource,
        text`route table \`${resourceName(subnet.routeTableId)}\` of subnet \`${subnet.name}\``,
        subnet.routeTableId,
        tableRead.error
      )
    }
    const table = tableRead.value
    return judgeRoutes(snapshot, def, subnet, table, ctx)
  })
  return [...perSubnet.map((r, n) => judged(r, ctx.subnets[n]!)), ...ctx.extra]
})

/** What a route table cannot show, unless BGP propagation is off. */
function bgpCaveat(table: RouteTable): Text {
  return table.disableBgpRoutePropagation === true
    ? text``
    : text` Route table \`${table.name}\` propagates gateway routes (\`disableBgpRoutePropagation\` is not true): a route learned over BGP from a VPN or ExpressRoute gateway or a Virtual WAN hub (such as an advertised \`0.0.0.0/0\`) overrides the system routes for the addresses no user-defined route holds, and is not in the route table; check the effective routes of a NIC in the subnet (\`az network nic show-effective-route-table\`).`
}

/** `route r1 (0.0.0.0/0 → VirtualAppliance 10.0.0.4)` */
function hopText(r: RouteTableRoute): Text {
  return r.nextHopIpAddress
    ? text`route \`${r.name}\` (${r.addressPrefix} → ${r.nextHopType} ${r.nextHopIpAddress})`
    : text`route \`${r.name}\` (${r.addressPrefix} → ${r.nextHopType})`
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
  ctx: Extract<Context, { kind: 'ok' }>
): CheckResult {
  const { region, tagPrefixes, tagsMissing } = ctx
  const resource = resourceOf(table.id, ROUTE_TABLE_TYPE)
  const tag = registryTag(region)
  const flow = {
    sourcePrefixes: subnet.addressPrefixes.filter(isIpv4),
    region,
    port: PORT,
    ...(tagPrefixes ? { tagPrefixes } : {})
  }
  const path = registryPath(snapshot, region, subnet.id)
  if (path.kind === 'unreachable')
    return makeResult(def, 'fail', path.resource, path.detail, { remedy: path.remedy })
  if (path.destinations[0]?.tag === 'VirtualNetwork') {
    return privateEndpointRoute(snapshot, def, subnet, table, path.note)
  }
  const selection = selectRoutes(table.routes, flow)
  if (selection.uncertain.length > 0) {
    const winner = selection.parts[0]?.route
    return makeResult(
      def,
      'unknown',
      resource,
      text`Route table \`${table.name}\` on subnet \`${subnet.name}\`: ${tagsMissing ?? text`the address prefixes of \`${tag}\` are not known`}, so which route registry traffic takes cannot be told: ${winner ? text`${hopText(winner)} holds all of it, but ` : text`the system routes send it to Internet, but `}${joinText(selection.uncertain.map(hopText), ', ')} may be more specific for some of its addresses and go elsewhere. Route the tag explicitly: to \`Internet\` (below), or to your firewall with \`--next-hop-type VirtualAppliance --next-hop-ip-address <firewall-ip>\`.`,
      {
        remedy: { commands: [internetRoute(table, tag)] },
        ...(ctx.tagsCause ? { cause: ctx.tagsCause } : {})
      }
    )
  }
  const results = selection.parts.map(part =>
    judgePart(snapshot, def, subnet, table, region, tagPrefixes, part)
  )
  if (results.length === 1) return results[0]!
  const worst = results.reduce((a, b) => (RANK[b.outcome] > RANK[a.outcome] ? b : a))
  const detail = joinText(
    selection.parts.map(
      (part, k) =>
        text`${describeSet(part.known)} (${part.route ? text`route \`${part.route.name}\`` : text`system routes`}): ${ours(results[k]!.outcome)}: ${results[k]!.message ?? text``}`
    ),
    ' | '
  )
  const commands = [
    ...new Set(results.filter(r => r.outcome !== 'pass').flatMap(r => r.remedy?.commands ?? []))
  ]
  const placeholders = results.find(r => r.outcome !== 'pass' && r.remedy?.placeholders)?.remedy
    ?.placeholders
  const cause = results.find(r => r.outcome !== 'pass' && r.cause)?.cause
  return makeResult(
    def,
    worst.outcome,
    worst.outcome === 'pass' ? resource : worst.resource,
    text`Route table \`${table.name}\` on subnet \`${subnet.name}\` sends the addresses of \`${tag}\` by different routes (longest prefix wins for each address): ${detail}`,
    {
      ...(commands.length > 0
        ? { remedy: { commands, ...(placeholders ? { placeholders } : {}) } }
        : {}),
      ...(cause ? { cause } : {})
    }
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
  note: Text
): CheckResult {
  const resource = resourceOf(table.id, ROUTE_TABLE_TYPE)
  const vnetId = parentVirtualNetworkId(subnet.id)
  const vnet = vnetId ? snapshot.virtualNetworks[resourceKey(vnetId)] : undefined
  if (!vnet?.ok) {
    const lead = text`${note} Whether route table \`${table.name}\` overrides the route to the private endpoint cannot be told:`
    if (vnet && vnetId) {
      return unreadableResult(
        def,
        resource,
        text`virtual network \`${resourceName(vnetId)}\` of subnet \`${subnet.name}\``,
        vnetId,
        vnet.error,
        lead
      )
    }
    return makeResult(
      def,
      'unknown',
      resource,
      text`${lead} ${notRead(text`The virtual network of subnet \`${subnet.name}\``)}`
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
      text`${note} Route table \`${table.name}\` has route(s) ${joinText(
        overriding.map(r =>
          r.nextHopIpAddress
            ? text`\`${r.name}\` (${r.addressPrefix} → ${r.nextHopType} ${r.nextHopIpAddress})`
            : text`\`${r.name}\` (${r.addressPrefix} → ${r.nextHopType})`
        ),
        ', '
      )} inside the virtual network's address space, which may take traffic to the private endpoint elsewhere; confirm the path with the effective routes of a NIC in the subnet.`,
      {
        remedy: {
          commands: [
            `az network nic show-effective-route-table --resource-group ${groupArg(subnet.id)} --name <nic-in-subnet> --output table`
          ],
          placeholders: text`\`<nic-in-subnet>\`: a network interface in subnet \`${subnet.name}\` (\`${`az network vnet subnet show --ids ${shellArg(subnet.id)} --query 'ipConfigurations[].id'`}\` lists them; a NIC may sit in another resource group).`
        }
      }
    )
  }
  return makeResult(
    def,
    'pass',
    resource,
    text`${note} Route table \`${table.name}\` on subnet \`${subnet.name}\` has no route inside the virtual network's address space (${vnet.value.addressPrefixes.join(', ')}), so the system route (next hop \`VnetLocal\`, or the peering) carries registry traffic to the private endpoint; routes such as \`0.0.0.0/0\` do not take it.`
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
      text`Route table \`${table.name}\` on subnet \`${subnet.name}\` has no route that holds ${part.opaque ? text`the registry's addresses` : text`the registry's addresses ${describeSet(part.known)}`}, so that traffic follows Azure's system route to Internet and is not forced through an appliance.${bgpCaveat(table)}`
    )
  }
  if (/^none$/i.test(route.nextHopType)) {
    return makeResult(
      def,
      'fail',
      resource,
      text`Route table \`${table.name}\` on subnet \`${subnet.name}\` sends ${route.addressPrefix} (route \`${route.name}\`) to next hop \`None\`, which drops registry traffic. Add a route for \`${registryTag(region)}\` with next hop \`Internet\`.`,
      { remedy: { commands: [internetRoute(table, registryTag(region))] } }
    )
  }
  if (/^internet$/i.test(route.nextHopType)) {
    return makeResult(
      def,
      'pass',
      resource,
      text`Route table \`${table.name}\` on subnet \`${subnet.name}\` sends ${route.addressPrefix} (route \`${route.name}\`) to Internet, not through an appliance.`
    )
  }
  if (!/^(virtualappliance|virtualnetworkgateway)$/i.test(route.nextHopType)) {
    return makeResult(
      def,
      'unknown',
      resource,
      text`Route table \`${table.name}\` on subnet \`${subnet.name}\` sends ${route.addressPrefix} (route \`${route.name}\`) to ${route.nextHopType}, which does not lead to the registry's public addresses; check where that traffic goes, or route \`${registryTag(region)}\` to Internet or to a firewall that allows it.`,
      { remedy: { commands: [internetRoute(table, registryTag(region))] } }
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
