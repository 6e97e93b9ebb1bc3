/**
 * OUT-03: an AllowOnlyApprovedOutbound managed network has an active outbound
 * rule that lets deployments pull images from the container registry.
 */
import type { OutboundRule } from '../../../model/snapshot.js'
import {
  defineCheck,
  equalsIgnoreCase,
  makeResult,
  resourceOf,
  shellArg,
  workspaceResource,
  workspaceUnreadable,
  workspaceListUnreadable
} from '../common.js'
import {
  hasManagedNetwork,
  isActive,
  isApprovedOutboundOnly,
  outboundRulesOf,
  skipUnlessRoute
} from '../routes.js'
import type { Check } from '../../../model/check.js'
import { joinText, text, type Text } from '../../../model/text.js'
import { OUT_03_RULE } from '../rules/outbound.js'

/** `443`, `80,443`, `1-1024`, `*`: does the list include port 443? Absent means the rule's default (all). */
export function includesHttps(portRanges: string | undefined): boolean {
  if (portRanges === undefined || portRanges.trim() === '') return true
  return portRanges.split(',').some(part => {
    const range = part.trim()
    if (range === '*') return true
    const match = /^(\d+)(?:\s*-\s*(\d+))?$/.exec(range)
    if (!match) return false
    const low = Number(match[1])
    const high = match[2] === undefined ? low : Number(match[2])
    return low <= 443 && 443 <= high
  })
}

/** `AzureContainerRegistry` or the regional tag of the workspace's region (`AzureContainerRegistry.EastUS2`). */
function isRegistryTag(tag: string | undefined, location: string): boolean {
  if (!tag) return false
  const region = location.replace(/\s+/g, '')
  return (
    equalsIgnoreCase(tag, 'AzureContainerRegistry') ||
    (region !== '' && equalsIgnoreCase(tag, `AzureContainerRegistry.${region}`))
  )
}

/** `allow-acr (Inactive), deny-acr (Active)`: names as code, statuses as values. */
function describeRules(rules: OutboundRule[]): Text {
  return joinText(
    rules.map(r =>
      r.status ? text`\`${r.name}\` (${r.status})` : text`\`${r.name}\` (no status)`
    ),
    ', '
  )
}

function allowsHttpsTcp(rule: OutboundRule): boolean {
  const protocol = rule.protocol?.toUpperCase()
  return (
    (protocol === undefined || protocol === 'TCP' || protocol === '*') &&
    includesHttps(rule.portRanges)
  )
}

export const OUT_03: Check = defineCheck(OUT_03_RULE, (snapshot, def) => {
  const skip = skipUnlessRoute(def, snapshot, 'managed')
  if (skip) return skip
  if (!snapshot.workspace.ok) return [workspaceUnreadable(def, snapshot, snapshot.workspace.error)]
  const ws = snapshot.workspace.value
  const { resourceGroup, workspaceName } = snapshot.target
  const resource = workspaceResource(snapshot)
  if (!isApprovedOutboundOnly(ws)) {
    const why = hasManagedNetwork(ws)
      ? text`allows internet outbound (\`${ws.managedNetwork?.isolationMode ?? ''}\`), so image pulls are not limited by outbound rules`
      : text`has no managed virtual network; outbound limits of your own virtual network are checked by the other OUT checks`
    return [
      makeResult(
        def,
        'skipped',
        resource,
        text`Applies to the \`AllowOnlyApprovedOutbound\` managed network: workspace \`${ws.name}\` ${why}.`
      )
    ]
  }
  const rules = outboundRulesOf(snapshot, ws)
  if (!rules.ok) {
    return [workspaceListUnreadable(def, snapshot, 'managed network outbound rules', rules.error)]
  }
  const registry = ws.containerRegistry
  const privateEndpoint = registry
    ? rules.rules.filter(
        r =>
          equalsIgnoreCase(r.type, 'PrivateEndpoint') &&
          equalsIgnoreCase(r.serviceResourceId, registry)
      )
    : []
  const registryTagRules = rules.rules.filter(
    r =>
      equalsIgnoreCase(r.type, 'ServiceTag') &&
      isRegistryTag(r.serviceTag, ws.location) &&
      allowsHttpsTcp(r)
  )
  // A ServiceTag rule with `action: Deny` (api-version 2025-12-01) blocks the tag; it never lets images through.
  const isDeny = (r: OutboundRule): boolean => /^deny$/i.test(r.action?.trim() ?? '')
  const serviceTag = registryTagRules.filter(r => !isDeny(r))
  const denies = registryTagRules.filter(r => isDeny(r) && isActive(r))
  const candidates = [...privateEndpoint, ...serviceTag]
  const active = candidates.filter(isActive)
  const target = registry
    ? resourceOf(registry, 'Microsoft.ContainerRegistry/registries')
    : resource
  const activePe = active.filter(r => equalsIgnoreCase(r.type, 'PrivateEndpoint'))
  const provision = `az ml workspace provision-network --resource-group ${shellArg(resourceGroup)} --name ${shellArg(workspaceName)}`
  if (activePe.length === 0 && active.length > 0 && denies.length > 0) {
    return [
      makeResult(
        def,
        'unknown',
        target,
        text`The managed network of workspace \`${ws.name}\` has rule(s) ${describeRules(active)} allowing the registry's service tag and rule(s) ${describeRules(denies)} denying it (action \`Deny\`); which one wins is not documented, so whether images can be pulled cannot be told. Remove the deny, or add a \`PrivateEndpoint\` rule to the registry (traffic to it does not use the tag).`,
        {
          remedy: {
            commands: [
              ...denies.map(
                d =>
                  `az ml workspace outbound-rule remove --resource-group ${shellArg(resourceGroup)} --workspace-name ${shellArg(workspaceName)} --rule ${shellArg(d.name)}`
              )
            ]
          }
        }
      )
    ]
  }
  if (active.length > 0) {
    return [
      makeResult(
        def,
        'pass',
        target,
        text`The managed network of workspace \`${ws.name}\` can pull images through active rule(s) ${joinText(
          active.map(r =>
            r.serviceTag
              ? text`\`${r.name}\` (${r.type ?? ''} ${r.serviceTag})`
              : text`\`${r.name}\` (${r.type ?? ''})`
          ),
          ', '
        )}.`
      )
    ]
  }
  if (candidates.length > 0) {
    return [
      makeResult(
        def,
        'fail',
        target,
        text`The registry rule(s) of workspace \`${ws.name}\` are not Active: ${describeRules(candidates)}. Provision the managed network to activate them.`,
        { remedy: { commands: [provision] } }
      )
    ]
  }
  const region = ws.location ? `AzureContainerRegistry.${ws.location}` : 'AzureContainerRegistry'
  const missing = registry
    ? text` (no \`PrivateEndpoint\` rule to \`${resourceOf(registry, '').name}\`, no \`AzureContainerRegistry\` service tag rule on TCP 443)`
    : text` (no \`AzureContainerRegistry\` service tag rule on TCP 443)`
  const denied =
    denies.length > 0
      ? text`; rule(s) ${describeRules(denies)} deny the registry's service tag (action \`Deny\`)`
      : text``
  return [
    makeResult(
      def,
      'fail',
      target,
      text`The managed network of workspace \`${ws.name}\` allows only approved outbound traffic, and no active rule allows Azure Container Registry${missing}${denied}, so deployments cannot pull images. Add a service tag rule for the registry, then provision the managed network.`,
      {
        remedy: {
          commands: [
            `az ml workspace outbound-rule set --resource-group ${shellArg(resourceGroup)} --workspace-name ${shellArg(workspaceName)} --rule allow-acr --type service_tag --service-tag ${shellArg(region)} --protocol TCP --port-ranges 443`,
            provision
          ]
        }
      }
    )
  ]
})
