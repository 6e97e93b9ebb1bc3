/**
 * OUT-01: the NSG of each subnet traffic leaves from lets TCP 443 reach the
 * registry's data path. NSG semantics are in src/evaluate/engine/nsg.ts.
 */
import { isIpv4 } from '../../engine/network.js'
import { describeSet } from '../../engine/prefixes.js'
import { evaluateNsg, priorityBefore, type RuleMatch } from '../../engine/nsg.js'
import type { NetworkSecurityGroup, Subnet } from '../../../model/snapshot.js'
import { resourceName } from '../../../model/snapshot.js'
import {
  defineCheck,
  makeResult,
  resourceGroupOf,
  resourceOf,
  unreadableDetail
} from '../common.js'
import type { Check, CheckDefinition, CheckResult } from '../../../model/check.js'
import {
  NSG_TYPE,
  PORT,
  registryTag,
  context,
  judged,
  subnetResource,
  notRead,
  subnetOrUnknown,
  lookup,
  RANK,
  registryPath,
  type Context,
  type Destination
} from './egress.js'
import { OUT_01_RULE } from '../rules/outbound.js'

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
