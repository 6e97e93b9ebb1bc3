/**
 * OUT-01: the NSG of each subnet traffic leaves from lets TCP 443 reach the
 * registry's data path. NSG semantics are in src/evaluate/engine/nsg.ts.
 */
import { isIpv4 } from '../../engine/network.js'
import { describeSet } from '../../engine/prefixes.js'
import { evaluateNsg, priorityBefore, type RuleMatch } from '../../engine/nsg.js'
import type { NetworkSecurityGroup, Subnet } from '../../../model/snapshot.js'
import { resourceName } from '../../../model/snapshot.js'
import { defineCheck, makeResult, resourceOf, shellArg, unreadableResult } from '../common.js'
import type {
  Check,
  CheckDefinition,
  CheckResult,
  ResultCause,
  ResultFix
} from '../../../model/check.js'
import { joinText, ours, plainText, text, type Text } from '../../../model/text.js'
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
  groupArg,
  shellArgs,
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
        text`Subnet \`${subnet.name}\` has no network security group, so nothing limits its outbound traffic at the NSG layer (OUT-04 checks its route table).`
      )
    }
    const nsgId = subnet.networkSecurityGroupId
    const nsgRead = lookup(snapshot.networkSecurityGroups, nsgId)
    const resource = resourceOf(nsgId, NSG_TYPE)
    if (!nsgRead)
      return makeResult(def, 'unknown', resource, notRead(text`NSG \`${resourceName(nsgId)}\``))
    if (!nsgRead.ok) {
      return unreadableResult(
        def,
        resource,
        text`network security group \`${resourceName(nsgId)}\` of subnet \`${subnet.name}\``,
        nsgId,
        nsgRead.error
      )
    }
    const nsg = nsgRead.value
    const path = registryPath(snapshot, ctx.region, subnet.id)
    if (path.kind === 'unreachable')
      return makeResult(def, 'fail', path.resource, path.detail, { remedy: path.remedy })
    const judgements = path.destinations.map(d => judgeNsg(def, ctx, subnet, nsg, d))
    const worst = judgements.reduce((a, b) => (RANK[b.outcome] > RANK[a.outcome] ? b : a))
    const detail =
      judgements.length === 1
        ? worst.detail
        : text`${path.note} ${joinText(
            judgements.map(r => text`${ours(r.outcome)}: ${r.detail}`),
            ' | '
          )}`
    // Every destination's fix: one rule each (the registry tag, the registry's storage).
    const commands = judgements.flatMap(r => (r.outcome === 'pass' ? [] : r.commands))
    const remedy: ResultFix | undefined =
      commands.length > 0
        ? {
            commands,
            ...(commands.some(c => c.includes('<priority'))
              ? { placeholders: priorityPlaceholder(nsg) }
              : {})
          }
        : undefined
    const cause = judgements.find(r => r.outcome !== 'pass' && r.cause)?.cause
    if (path.unread && worst.outcome === 'pass') {
      return makeResult(def, 'unknown', resource, text`${detail} ${path.unread.detail}`, {
        cause: path.unread.cause
      })
    }
    return makeResult(
      def,
      worst.outcome,
      resource,
      judgements.length === 1 && path.note.length > 0 ? text`${detail} ${path.note}` : detail,
      worst.outcome === 'pass' ? {} : { ...(remedy ? { remedy } : {}), ...(cause ? { cause } : {}) }
    )
  })
  return [...perSubnet.map((r, k) => judged(r, ctx.subnets[k]!)), ...ctx.extra]
})

function ruleText(m: RuleMatch): Text {
  return text`${ours(m.isDefault ? 'default rule' : 'rule')} \`${m.rule.name}\` (priority ${m.rule.priority}, ${m.rule.access})`
}

/** When no priority below the deciding rule is free (100-4096 all taken before it). */
function priorityPlaceholder(nsg: NetworkSecurityGroup): Text {
  const list = `az network nsg rule list --resource-group ${groupArg(nsg.id)} --nsg-name ${shellArg(nsg.name)} --query "[?direction=='Outbound'].priority"`
  return text`\`<priority>\`: every priority from 100 up to the deciding rule is taken in NSG \`${nsg.name}\`; free one (\`${list}\` lists them) and use a number smaller than the deny's.`
}

function allowRuleCommand(
  nsg: NetworkSecurityGroup,
  priority: number | undefined,
  region: string,
  sourcePrefixes: string[],
  destination: string = registryTag(region)
): string {
  const source = sourcePrefixes.length > 0 ? shellArgs(sourcePrefixes) : 'VirtualNetwork'
  const name = `Allow${destination.split('.')[0]}Outbound`
  return (
    `az network nsg rule create --resource-group ${groupArg(nsg.id)} --nsg-name ${shellArg(nsg.name)} ` +
    `--name ${shellArg(name)} --priority ${priority ?? '<priority>'} --direction Outbound --access Allow --protocol Tcp ` +
    `--source-address-prefixes ${source} --source-port-ranges '*' --destination-address-prefixes ${shellArg(destination)} --destination-port-ranges ${PORT}`
  )
}

/** Why a destination tag's prefixes are not known. */
function tagMissing(ctx: Extract<Context, { kind: 'ok' }>, tag: string): Text {
  if (tag === registryTag(ctx.region)) return ctx.tagsMissing ?? text`they were not read`
  if (/^virtualnetwork$/i.test(tag)) return text`the private endpoint's address is not read`
  if (ctx.tagPrefixes) return text`the Service Tags discovery API did not list \`${tag}\``
  return ctx.tagsMissingFor?.(tag) ?? text`they were not read`
}

/** One destination's verdict: its words, its fix commands, the cause of an unknown. */
interface Judgement {
  outcome: CheckResult['outcome']
  detail: Text
  commands: string[]
  cause?: ResultCause
}

/** OUT-01 for one NSG and one destination. */
function judgeNsg(
  def: CheckDefinition,
  ctx: Extract<Context, { kind: 'ok' }>,
  subnet: Subnet,
  nsg: NetworkSecurityGroup,
  destination: Destination
): Judgement {
  const tag = destination.tag
  const sourcePrefixes = subnet.addressPrefixes.filter(isIpv4)
  const decision = evaluateNsg(nsg, {
    sourcePrefixes,
    region: ctx.region,
    port: PORT,
    destinationTag: tag,
    ...(ctx.tagPrefixes ? { tagPrefixes: ctx.tagPrefixes } : {})
  })
  const command = (priority: number | undefined): string[] => [
    allowRuleCommand(nsg, priority, ctx.region, sourcePrefixes, tag)
  ]
  const flow = text`from subnet \`${subnet.name}\` to ${destination.label}`
  if (decision.verdict === 'part') {
    const parts = joinText(
      decision.deciders.map(
        d =>
          text`${ruleText(d.match)} ${ours(d.allow ? 'allows' : 'denies')} ${d.known.length > 0 ? describeSet(d.known) : text`the rest`}`
      ),
      '; '
    )
    return {
      outcome: 'unknown',
      detail: text`NSG \`${nsg.name}\` denies part of the addresses of \`${tag}\` and allows the rest, so pulls work or fail depending on which address the registry answers from (${parts}). Allow the whole tag before the deny.`,
      commands: command(
        priorityBefore(
          nsg,
          Math.min(...decision.deciders.filter(d => !d.allow).map(d => d.match.rule.priority))
        )
      )
    }
  }
  if (decision.uncertainBecause.length > 0) {
    const partial = joinText(
      decision.uncertainBecause.map(
        m => text`${ruleText(m)}: ${m.partialReason ?? text`matches part of the traffic`}`
      ),
      '; '
    )
    const unread = decision.uncertainBecause.some(m =>
      /prefixes were not read/.test(m.partialReason ? plainText(m.partialReason) : '')
    )
    const why = unread
      ? text` Its address prefixes cannot be compared because ${tagMissing(ctx, tag)}.`
      : text``
    return {
      outcome: 'unknown',
      detail: text`NSG \`${nsg.name}\` ${ours(decision.allowed ? 'allows' : 'denies')} traffic ${flow} by ${ruleText(decision.decidedBy)}, but earlier rules match only part of it and decide otherwise for that part (${partial}).${why} Make the registry rule unconditional.`,
      commands: command(
        priorityBefore(nsg, Math.min(...decision.uncertainBecause.map(m => m.rule.priority)))
      ),
      ...(unread && ctx.tagsCause ? { cause: ctx.tagsCause } : {})
    }
  }
  if (decision.allowed) {
    const limited = decision.outboundLimited
      ? text`Outbound traffic is limited (the NSG has outbound deny rules)`
      : text`Outbound traffic is not limited by custom deny rules`
    return {
      outcome: 'pass',
      detail: text`NSG \`${nsg.name}\` allows traffic ${flow}: ${ruleText(decision.decidedBy)} decides. ${limited}.`,
      commands: []
    }
  }
  const priority = decision.decidedBy.isDefault
    ? priorityBefore(nsg, 4097)
    : priorityBefore(nsg, decision.decidedBy.rule.priority)
  return {
    outcome: 'fail',
    detail: text`NSG \`${nsg.name}\` denies traffic ${flow}: ${ruleText(decision.decidedBy)} matches first, so inference cannot pull images. Add an outbound allow rule before it.`,
    commands: command(priority)
  }
}
