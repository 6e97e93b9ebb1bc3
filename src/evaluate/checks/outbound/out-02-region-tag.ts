/** OUT-02: every `AzureContainerRegistry.<Region>` allow of those NSGs names the workspace's region. */
import { normalizeRegion, parseServiceTag, wrongRegionRegistryTag } from '../../engine/network.js'
import { resourceKey, resourceName } from '../../../model/snapshot.js'
import {
  defineCheck,
  makeResult,
  resourceOf,
  shellArg,
  unreadableResult,
  workspaceResource
} from '../common.js'
import type { Check, CheckResult } from '../../../model/check.js'
import { joinText, text } from '../../../model/text.js'
import {
  NSG_TYPE,
  registryTag,
  context,
  groupArg,
  notRead,
  subnetOrUnknown,
  lookup
} from './egress.js'
import { OUT_02_RULE } from '../rules/outbound.js'

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
        nsgRead
          ? unreadableResult(
              def,
              resource,
              text`network security group \`${resourceName(nsgId)}\``,
              nsgId,
              nsgRead.error
            )
          : makeResult(def, 'unknown', resource, notRead(text`NSG \`${resourceName(nsgId)}\``))
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
      const list = joinText(
        wrong.map(
          w => text`rule \`${w.rule.name}\` (priority ${w.rule.priority}) allows \`${w.tag}\``
        ),
        '; '
      )
      // One update per rule; a service tag stands alone in a rule, so the tag replaces its destination.
      const names = [...new Set(wrong.map(w => w.rule.name))]
      const commands = names.map(
        name =>
          `az network nsg rule update --resource-group ${groupArg(nsg.id)} --nsg-name ${shellArg(nsg.name)} --name ${shellArg(name)} --destination-address-prefixes ${shellArg(expected)}`
      )
      results.push(
        makeResult(
          def,
          'fail',
          resource,
          text`NSG \`${nsg.name}\`: ${list}, but the workspace is in \`${ctx.region}\`, so the expected tag is \`${expected}\`; an allow for another region does not reach the workspace registry. Point the rule at \`${expected}\`.`,
          { remedy: { commands } }
        )
      )
    } else if (right.length > 0) {
      results.push(
        makeResult(
          def,
          'pass',
          resource,
          text`NSG \`${nsg.name}\` names the workspace region's tag \`${expected}\` (rule ${joinText(
            right.map(r => text`\`${r.name}\``),
            ', '
          )}).`
        )
      )
    } else {
      results.push(
        makeResult(
          def,
          'skipped',
          resource,
          text`NSG \`${nsg.name}\` has no outbound allow for a region-specific \`AzureContainerRegistry\` tag; OUT-01 judges whether it lets registry traffic through.`
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
        text`No relevant subnet has a network security group, so no service tag needs checking.`
      )
    ]
  }
  return [...results, ...ctx.extra]
})
