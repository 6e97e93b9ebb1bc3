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
 * (see sourceCoversSubnet; IP groups are not read, so a rule sourced only from
 * IP groups is a partial match) and destination (a registry service tag,
 * `*`, or a destination FQDN naming the host). An application rule matches on
 * `Https` port 443 and a target FQDN pattern (`*.azurecr.io`) covering the
 * host. FQDN tags do not cover registries.
 */
import type {
  AzureFirewall,
  FirewallApplicationRule,
  FirewallNetworkRule,
  FirewallPolicy,
  FirewallRuleCollection
} from '../snapshot.js'
import {
  allOf,
  anyOf,
  destinationCoversRegistry,
  portRangeCovers,
  sourceCoversSubnet,
  type RegistryFlow,
  type Tri
} from './network.js'
import { patternContains } from './wildcard.js'

export interface FirewallFlow extends RegistryFlow {
  /** Registry host names (or patterns, when the registry is not known) that must be reachable. */
  hosts: string[]
}

export interface FirewallRuleMatch {
  collection: FirewallRuleCollection
  ruleName: string
  kind: 'network' | 'application'
  match: Tri
}

export interface HostDecision {
  host: string
  allowed: boolean
  /** Undefined: no rule matched and the firewall's implicit deny applies. */
  decidedBy?: FirewallRuleMatch
  /** Partial matches before the decision with the other action. */
  uncertainBecause: FirewallRuleMatch[]
}

export interface FirewallDecision {
  allowed: boolean
  uncertain: boolean
  hosts: HostDecision[]
}

function sourceMatch(addresses: string[], ipGroups: string[], flow: RegistryFlow): Tri {
  const fromAddresses = anyOf(addresses.map(a => sourceCoversSubnet(a, flow.sourcePrefixes)))
  if (fromAddresses === 'yes') return 'yes'
  return ipGroups.length > 0 ? 'maybe' : fromAddresses
}

export function matchNetworkRule(rule: FirewallNetworkRule, flow: FirewallFlow, host: string): Tri {
  if (!rule.protocols.some(p => /^(tcp|any)$/i.test(p))) return 'no'
  if (!rule.destinationPorts.some(p => portRangeCovers(p, flow.port))) return 'no'
  const destination =
    rule.destinationAddresses.some(d => destinationCoversRegistry(d, flow.region)) ||
    rule.destinationFqdns.some(f => patternContains(f, host))
  if (!destination) return 'no'
  return sourceMatch(rule.sourceAddresses, rule.sourceIpGroups, flow)
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
    hosts
  }
}

function evaluateHost(
  collections: FirewallRuleCollection[],
  flow: FirewallFlow,
  host: string
): HostDecision {
  const partial: FirewallRuleMatch[] = []
  for (const collection of collections) {
    const allow = /^allow$/i.test(collection.action)
    const matches: FirewallRuleMatch[] =
      collection.kind === 'network'
        ? collection.networkRules.map(r => ({
            collection,
            ruleName: r.name,
            kind: 'network' as const,
            match: matchNetworkRule(r, flow, host)
          }))
        : collection.applicationRules.map(r => ({
            collection,
            ruleName: r.name,
            kind: 'application' as const,
            match: matchApplicationRule(r, flow, host)
          }))
    for (const m of matches) {
      if (m.match === 'maybe') partial.push(m)
      if (m.match !== 'yes') continue
      return {
        host,
        allowed: allow,
        decidedBy: m,
        uncertainBecause: partial.filter(p => /^allow$/i.test(p.collection.action) !== allow)
      }
    }
  }
  return {
    host,
    allowed: false,
    uncertainBecause: partial.filter(p => /^allow$/i.test(p.collection.action))
  }
}
