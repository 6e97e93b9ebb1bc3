/**
 * Azure Firewall rule evaluation, pure, for registry traffic (TCP 443 from a
 * subnet to the container registry's names).
 *
 * Processing (Azure Firewall): network rules are evaluated before application
 * rules, each kind in priority order of its rule collections (with a policy:
 * parent policy first, then rule collection group priority, then collection
 * priority); the first matching rule decides with its collection's action;
 * traffic no rule matches is denied. NAT collections are inbound and ignored.
 *
 * A network rule matches on protocol (`TCP`/`Any`), destination port, source
 * (see sourceCoversSubnet; IP groups count with their addresses when read, and
 * a rule using a group that could not be read is a partial match) and destination (address prefixes and
 * service tags compared with the registry's addresses as in coverOf, or a
 * destination FQDN naming the host; destination IP groups count with their
 * addresses, and one that could not be read makes the rule a partial match). Each rule decides the part of the
 * registry's addresses still undecided that it covers. An application rule matches on
 * `Https` port 443 and a target FQDN pattern (`*.azurecr.io`) covering the
 * host. FQDN tags do not cover registries.
 */
import type {
  AzureFirewall,
  FirewallApplicationRule,
  FirewallNetworkRule,
  FirewallPolicy,
  FirewallRuleCollection
} from '../../model/snapshot.js'
import {
  allOf,
  anyOf,
  coverOf,
  destinationSpace,
  firstMatch,
  portRangeCovers,
  sourceCoversSubnet,
  type Candidate,
  type Cover,
  type DestinationSpace,
  type RegistryFlow,
  type Tri
} from './network.js'
import { patternContains } from './wildcard.js'
import { text, type Text } from '../../model/text.js'

export interface FirewallFlow extends RegistryFlow {
  /** Registry host names (or patterns, when the registry is not known) that must be reachable. */
  hosts: string[]
  /** A host whose addresses are another tag's (the registry's storage: `Storage.<Region>`). */
  hostTags?: Record<string, string>
  /** Addresses of the IP groups read (`Microsoft.Network/ipGroups`), keyed by lower-cased id. */
  ipGroups?: Record<string, string[]>
}

/** The addresses of the groups that were read, and whether some were not. */
function groupAddresses(
  groups: string[],
  flow: FirewallFlow
): { addresses: string[]; unread: boolean } {
  const found = groups.map(g => flow.ipGroups?.[g.toLowerCase()])
  return {
    addresses: found.flatMap(a => a ?? []),
    unread: found.some(a => a === undefined)
  }
}

export interface FirewallRuleMatch {
  collection: FirewallRuleCollection
  ruleName: string
  kind: 'network' | 'application'
  match: Tri
  /** Why a partial match is partial. */
  partialReason?: Text
}

export interface HostDecision {
  host: string
  /** Every address of the host's destination is allowed. */
  allowed: boolean
  /** `part`: a network rule allows or denies only part of the registry's addresses. */
  verdict: 'allowed' | 'denied' | 'part'
  /** Undefined: no rule matched and the firewall's implicit deny applies. */
  decidedBy?: FirewallRuleMatch
  /** Partial matches before the decision with the other action. */
  uncertainBecause: FirewallRuleMatch[]
}

export interface FirewallDecision {
  allowed: boolean
  uncertain: boolean
  /** A host's addresses are partly allowed and partly denied. */
  part: boolean
  hosts: HostDecision[]
}

function sourceMatch(addresses: string[], ipGroups: string[], flow: FirewallFlow): Tri {
  const groups = groupAddresses(ipGroups, flow)
  const fromAddresses = anyOf(
    [...addresses, ...groups.addresses].map(a => sourceCoversSubnet(a, flow.sourcePrefixes))
  )
  if (fromAddresses === 'yes') return 'yes'
  return groups.unread ? 'maybe' : fromAddresses
}

function sourcePartialReason(ipGroups: string[], flow: FirewallFlow): Text {
  return groupAddresses(ipGroups, flow).unread
    ? text`its source uses IP groups that could not be read`
    : text`its source holds only part of the subnet`
}

const ALL: Cover = { known: [], opaque: 'none' }

/** How a network rule treats the flow to `host`: source and port match, and the part of the destination covered. */
export function matchNetworkRule(
  rule: FirewallNetworkRule,
  flow: FirewallFlow,
  host: string,
  space: DestinationSpace = destinationSpace(flow)
): { match: Tri; cover: Cover; partialReason?: Text } {
  const no = { match: 'no' as const, cover: ALL }
  if (!rule.protocols.some(p => /^(tcp|any)$/i.test(p))) return no
  if (!rule.destinationPorts.some(p => portRangeCovers(p, flow.port))) return no
  const source = sourceMatch(rule.sourceAddresses, rule.sourceIpGroups, flow)
  if (source === 'no') return no
  const whole: Cover = { known: space.known, opaque: space.opaque ? 'all' : 'none' }
  const sourceReason =
    source === 'maybe' ? { partialReason: sourcePartialReason(rule.sourceIpGroups, flow) } : {}
  if (rule.destinationFqdns.some(f => patternContains(f, host)))
    return { match: source, cover: whole, ...sourceReason }
  const groups = groupAddresses(rule.destinationIpGroups, flow)
  const cover = coverOf([...rule.destinationAddresses, ...groups.addresses], flow, space)
  if (cover.known.length > 0 || cover.opaque !== 'none')
    return { match: source, cover, ...sourceReason }
  if (groups.unread) {
    // Which addresses the groups hold is not read: the rule may match any part.
    return {
      match: 'maybe',
      cover: whole,
      partialReason: text`its destination uses IP groups that could not be read`
    }
  }
  return no
}

export function matchApplicationRule(
  rule: FirewallApplicationRule,
  flow: FirewallFlow,
  host: string
): Tri {
  const https = rule.protocols.some(
    p => /^https$/i.test(p.protocolType) && (p.port ?? 443) === flow.port
  )
  if (!https) return 'no'
  if (!rule.targetFqdns.some(f => patternContains(f, host))) return 'no'
  return allOf([sourceMatch(rule.sourceAddresses, rule.sourceIpGroups, flow)])
}

/** Collections in processing order: network before application, each by priority (stable). */
export function processingOrder(collections: FirewallRuleCollection[]): FirewallRuleCollection[] {
  const byKind = (kind: 'network' | 'application'): FirewallRuleCollection[] =>
    collections.filter(c => c.kind === kind)
  return [...byKind('network'), ...byKind('application')]
}

/** A classic firewall's collections, ordered. */
export function classicCollections(firewall: AzureFirewall): FirewallRuleCollection[] {
  return processingOrder([...firewall.ruleCollections].sort((a, b) => a.priority - b.priority))
}

/**
 * A policy's collections, ordered: `chain` is the policy and its ancestors,
 * the policy first; parent rules are processed before the child's.
 */
export function policyCollections(chain: FirewallPolicy[]): FirewallRuleCollection[] {
  const ordered = [...chain]
    .reverse()
    .flatMap(policy =>
      [...policy.ruleCollectionGroups]
        .sort((a, b) => a.priority - b.priority)
        .flatMap(group => [...group.ruleCollections].sort((a, b) => a.priority - b.priority))
    )
  return processingOrder(ordered)
}

export function evaluateFirewall(
  collections: FirewallRuleCollection[],
  flow: FirewallFlow
): FirewallDecision {
  const hosts = flow.hosts.map(host => evaluateHost(collections, flow, host))
  return {
    allowed: hosts.every(h => h.allowed),
    uncertain: hosts.some(h => h.uncertainBecause.length > 0),
    part: hosts.some(h => h.verdict === 'part'),
    hosts
  }
}

function evaluateHost(
  collections: FirewallRuleCollection[],
  flow: FirewallFlow,
  host: string
): HostDecision {
  const tag = flow.hostTags?.[host]
  if (tag) {
    // Another tag's addresses: the route part (restrictTo) of the registry tag does not apply.
    flow = { ...flow, destinationTag: tag, restrictTo: undefined }
  }
  const space = destinationSpace(flow)
  const whole: Cover = { known: space.known, opaque: space.opaque ? 'all' : 'none' }
  const candidates: Array<Candidate<FirewallRuleMatch>> = collections.flatMap(collection => {
    const allow = /^allow$/i.test(collection.action)
    if (collection.kind === 'network') {
      return collection.networkRules.map(r => {
        const m = matchNetworkRule(r, flow, host, space)
        const item: FirewallRuleMatch = {
          collection,
          ruleName: r.name,
          kind: 'network',
          match: m.match,
          ...(m.partialReason ? { partialReason: m.partialReason } : {})
        }
        return { item, allow, match: m.match, cover: m.cover }
      })
    }
    return collection.applicationRules.map(r => {
      const match = matchApplicationRule(r, flow, host)
      const item: FirewallRuleMatch = {
        collection,
        ruleName: r.name,
        kind: 'application',
        match,
        ...(match === 'maybe' ? { partialReason: sourcePartialReason(r.sourceIpGroups, flow) } : {})
      }
      // An application rule matches by name, so it covers every address of the host.
      return { item, allow, match, cover: whole }
    })
  })
  const decision = firstMatch(space, candidates)
  const first = decision.parts.find(p => !p.allow) ?? decision.parts[0]
  return {
    host,
    allowed: decision.verdict === 'allowed',
    verdict: decision.verdict,
    ...(first?.item ? { decidedBy: first.item } : {}),
    uncertainBecause: decision.uncertainBecause.map(c =>
      c.partialReason && !c.item.partialReason
        ? { ...c.item, partialReason: c.partialReason }
        : c.item
    )
  }
}
