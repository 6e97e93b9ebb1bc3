/**
 * NSG outbound evaluation, pure, for registry traffic from a subnet: outbound
 * rules (custom and the platform's defaults) in priority order, the first
 * match wins.
 *
 * A rule matches on protocol (`Tcp` or `*`), destination port
 * (`destinationPortRange` and `destinationPortRanges`), source
 * (`sourceAddressPrefix(es)`: `*`, `VirtualNetwork`, or a prefix containing the
 * subnet's prefix) and destination (`destinationAddressPrefix(es)`; see
 * coverOf: tags containing the registry's by name, and address prefixes and
 * listed tags compared address by address). Each rule decides the part of the
 * destination's addresses still undecided that it covers (firstMatch), so a
 * deny of part of the registry's addresses is seen. Source port ranges other than `*`, source
 * application security groups and prefixes holding only part of the subnet
 * match only some of the traffic: such a rule is a partial match, and the
 * answer is uncertain when it has another access than the deciding rule.
 */
import type { NetworkSecurityGroup, SecurityRule } from '../../model/snapshot.js'
import type { AddressSet } from './prefixes.js'
import { joinText, plainText, text, type Text } from '../../model/text.js'
import {
  allOf,
  anyOf,
  coverOf,
  destinationSpace,
  firstMatch,
  portRangeCovers,
  sourceCoversSubnet,
  type Cover,
  type DestinationSpace,
  type RegistryFlow,
  type Tri
} from './network.js'

/** The platform's outbound defaults; every NSG has them and they cannot be changed. */
export const DEFAULT_OUTBOUND_RULES: SecurityRule[] = [
  defaultRule('AllowVnetOutBound', 65000, 'Allow', 'VirtualNetwork', 'VirtualNetwork'),
  defaultRule('AllowInternetOutBound', 65001, 'Allow', '*', 'Internet'),
  defaultRule('DenyAllOutBound', 65500, 'Deny', '*', '*')
]

function defaultRule(
  name: string,
  priority: number,
  access: string,
  source: string,
  destination: string
): SecurityRule {
  return {
    name,
    priority,
    direction: 'Outbound',
    access,
    protocol: '*',
    sourcePortRange: '*',
    destinationPortRange: '*',
    sourceAddressPrefix: source,
    destinationAddressPrefix: destination
  }
}

function plural(single: string | undefined, many: string[] | undefined): string[] {
  return [...(single ? [single] : []), ...(many ?? [])].filter(v => v.trim() !== '')
}

export interface RuleMatch {
  rule: SecurityRule
  isDefault: boolean
  match: Tri
  /** Why a partial match is partial. */
  partialReason?: Text
  /** The part of the destination its destinations cover. */
  cover?: Cover
}

/** How one rule treats the flow. */
export function matchRule(
  rule: SecurityRule,
  flow: RegistryFlow,
  space: DestinationSpace = destinationSpace(flow)
): Omit<RuleMatch, 'isDefault'> {
  const no = { rule, match: 'no' as const }
  if (!/^outbound$/i.test(rule.direction)) return no
  if (!/^(tcp|\*|any)$/i.test(rule.protocol.trim())) return no
  const ports = plural(rule.destinationPortRange, rule.destinationPortRanges)
  if (!ports.some(p => portRangeCovers(p, flow.port))) return no
  const destinations = plural(rule.destinationAddressPrefix, rule.destinationAddressPrefixes)
  // Destination application security groups hold NICs in the VNet, never the registry.
  const cover = coverOf(destinations, flow, space)
  if (cover.known.length === 0 && cover.opaque === 'none') return no

  const reasons: Text[] = []
  const sources = plural(rule.sourceAddressPrefix, rule.sourceAddressPrefixes)
  let source: Tri
  if (sources.length > 0) {
    source = anyOf(sources.map(s => sourceCoversSubnet(s, flow.sourcePrefixes)))
    if (source === 'maybe') reasons.push(text`its source holds only part of the subnet`)
  } else if ((rule.sourceApplicationSecurityGroupIds ?? []).length > 0) {
    // Whether the subnet's NICs are in the group is not read.
    source = 'maybe'
    reasons.push(text`its source is an application security group`)
  } else {
    source = 'no'
  }
  const sourcePorts = plural(rule.sourcePortRange, rule.sourcePortRanges)
  const anySourcePort =
    sourcePorts.length === 0 || sourcePorts.some(p => /^(\*|any)$/i.test(p.trim()))
  const sourcePort: Tri = anySourcePort ? 'yes' : 'maybe'
  if (!anySourcePort) reasons.push(text`it matches only source ports ${sourcePorts.join(', ')}`)
  const match = allOf([source, sourcePort])
  return match === 'maybe'
    ? { rule, match, partialReason: joinText(reasons, ' and '), cover }
    : { rule, match, cover }
}

export interface NsgDecision {
  /** The first rule that decides (part of) the flow. */
  decidedBy: RuleMatch
  /** Every address of the destination is allowed. */
  allowed: boolean
  /** `part`: some of the destination's addresses are allowed and others denied. */
  verdict: 'allowed' | 'denied' | 'part'
  /** The rules that decide, each with the part of the destination it decides. */
  deciders: Array<{ match: RuleMatch; allow: boolean; known: AddressSet; opaque: boolean }>
  /** Denied destination addresses (when the destination's prefixes are known). */
  denied: AddressSet
  /** Partial matches before it with the other access: the outcome depends on which addresses or ports are used. */
  uncertainBecause: RuleMatch[]
  /** Whether any custom outbound rule denies something (outbound is limited at all). */
  outboundLimited: boolean
  /** Outbound rules in evaluation order (custom by priority, then defaults). */
  evaluated: RuleMatch[]
}

/** Outbound rules in evaluation order: custom rules by priority, then the platform defaults. */
export function outboundRules(
  nsg: NetworkSecurityGroup
): Array<{ rule: SecurityRule; isDefault: boolean }> {
  const custom = nsg.securityRules
    .filter(r => /^outbound$/i.test(r.direction))
    .sort((a, b) => a.priority - b.priority)
    .map(rule => ({ rule, isDefault: false }))
  return [...custom, ...DEFAULT_OUTBOUND_RULES.map(rule => ({ rule, isDefault: true }))]
}

export function evaluateNsg(nsg: NetworkSecurityGroup, flow: RegistryFlow): NsgDecision {
  const space = destinationSpace(flow)
  const outboundLimited = nsg.securityRules.some(
    r => /^outbound$/i.test(r.direction) && /^deny$/i.test(r.access)
  )
  const evaluated: RuleMatch[] = outboundRules(nsg).map(({ rule, isDefault }) => ({
    ...matchRule(rule, flow, space),
    isDefault
  }))
  const decision = firstMatch(
    space,
    evaluated.map(m => ({
      item: m,
      allow: /^allow$/i.test(m.rule.access),
      match: m.match,
      cover: m.cover ?? { known: [], opaque: 'none' },
      ...(m.partialReason ? { partialReason: m.partialReason } : {})
    }))
  )
  // DenyAllOutBound covers every address, so every part has a rule.
  const deciders = decision.parts
    .filter(p => p.item !== undefined)
    .map(p => ({ match: p.item!, allow: p.allow, known: p.known, opaque: p.opaque }))
  if (deciders.length === 0) throw new Error('no NSG rule matched, not even DenyAllOutBound')
  return {
    decidedBy: deciders.find(d => !d.allow)?.match ?? deciders[0]!.match,
    allowed: decision.verdict === 'allowed',
    verdict: decision.verdict,
    deciders,
    denied: decision.denied,
    uncertainBecause: decision.uncertainBecause.map(c =>
      c.partialReason && !sameText(c.partialReason, c.item.partialReason)
        ? { ...c.item, partialReason: c.partialReason }
        : c.item
    ),
    outboundLimited,
    evaluated
  }
}

/**
 * A free priority just below (numerically smaller than) `priority`, so that an
 * allow rule is evaluated before the rule at `priority`. Custom rules use 100-4096.
 */
export function priorityBefore(nsg: NetworkSecurityGroup, priority: number): number | undefined {
  const used = new Set(
    nsg.securityRules.filter(r => /^outbound$/i.test(r.direction)).map(r => r.priority)
  )
  for (let p = Math.min(priority, 4097) - 1; p >= 100; p--) if (!used.has(p)) return p
  return undefined
}

function sameText(a: Text, b: Text | undefined): boolean {
  return b !== undefined && plainText(a) === plainText(b)
}
