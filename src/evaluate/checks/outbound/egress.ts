/**
 * What OUT-01, OUT-02 and OUT-04 share: the subnets traffic leaves from (from
 * egressSubnets in src/evaluate/network-target.ts) with the region's service
 * tags, and where image pulls go (the registry's data path as read).
 */
import { serviceTagRegion, tagKey, tagPrefixMap } from '../../engine/network.js'
import { egressSubnets } from '../../network-target.js'
import type { Read, Snapshot, Subnet } from '../../../model/snapshot.js'
import { resourceKey, resourceName } from '../../../model/snapshot.js'
import {
  RESOURCE_TYPES,
  makeResult,
  readProblem,
  resourceGroupOf,
  resourceOf,
  shellArg,
  unreadableResult,
  workspaceResource,
  workspaceUnreadable
} from '../common.js'
import type { CheckDefinition, CheckResult, ResultCause } from '../../../model/check.js'
import { workspaceRegistryId } from '../../dependencies.js'
import { joinText, plainText, text, type Text } from '../../../model/text.js'

export const NSG_TYPE = 'Microsoft.Network/networkSecurityGroups'
export const PORT = 443

export function registryTag(region: string): string {
  return `AzureContainerRegistry.${serviceTagRegion(region)}`
}

/** What every outbound check needs first: the region and the subnets to judge. */
export type Context =
  | {
      kind: 'ok'
      region: string
      /** The subnets traffic leaves from, and why each does (egressSubnets). */
      subnets: Array<{ id: string; read: Read<Subnet> | undefined; why: Text }>
      /** Results beside the subnets' own: an image-build compute that cannot be resolved, a registry image builds cannot reach (OUT-01). */
      extra: CheckResult[]
      /** Service tag prefixes read for the region (undefined: not read). */
      tagPrefixes: Record<string, string[]> | undefined
      /** Why the registry tag's prefixes are not known, when they are not. */
      tagsMissing?: Text
      /** The same reason for another tag (`Storage.<Region>`), when no tag was read. */
      tagsMissingFor?: (tag: string) => Text
      /** The refused read behind `tagsMissing`, when it is one. */
      tagsCause?: ResultCause
    }
  | { kind: 'done'; results: CheckResult[] }

/** The region's service tags from the snapshot, and why the registry tag is missing if it is. */
function serviceTagsOf(
  snapshot: Snapshot,
  region: string
): {
  tagPrefixes: Record<string, string[]> | undefined
  tagsMissing?: Text
  tagsMissingFor?: (tag: string) => Text
  tagsCause?: ResultCause
} {
  const read = snapshot.serviceTags?.[region.toLowerCase()]
  const tag = registryTag(region)
  const subscription = `/subscriptions/${snapshot.target.subscriptionId}`
  const what = text`the service tags of region \`${region}\``
  if (!read) {
    const missing = (t: string): Text =>
      text`the address prefixes of \`${t}\` were not read (Service Tags discovery API)`
    return { tagPrefixes: undefined, tagsMissing: missing(tag), tagsMissingFor: missing }
  }
  if (!read.ok) {
    const error = read.error
    const missing = (t: string): Text =>
      text`the address prefixes of \`${t}\` could not be read from the Service Tags discovery API (${statusOf(error)}; it needs \`Microsoft.Network/locations/serviceTags/read\` on the subscription, part of Reader)`
    return {
      tagPrefixes: undefined,
      tagsMissing: missing(tag),
      tagsMissingFor: missing,
      tagsCause: readProblem(what, subscription, error).cause
    }
  }
  const tagPrefixes = tagPrefixMap(read.value.tags)
  const pageError = read.value.pageError
  return tagPrefixes?.[tagKey(tag)]
    ? { tagPrefixes }
    : {
        tagPrefixes,
        tagsMissing: text`the Service Tags discovery API did not list \`${tag}\`${read.value.incomplete ? text` (a later page of its answer could not be read${pageError ? text`: ${statusOf(pageError)}` : text``})` : text``}`,
        ...(read.value.incomplete && pageError
          ? { tagsCause: readProblem(what, subscription, pageError).cause }
          : {})
      }
}

/** `HTTP 403 AuthorizationFailed` (Azure's message goes to a cause's raw text, not here). */
function statusOf(error: { status: number | null; code: string }): Text {
  return error.status === null
    ? text`no response, ${error.code}`
    : text`HTTP ${error.status} ${error.code}`
}

export function context(snapshot: Snapshot, def: CheckDefinition): Context {
  if (!snapshot.workspace.ok) {
    return { kind: 'done', results: [workspaceUnreadable(def, snapshot, snapshot.workspace.error)] }
  }
  const egress = egressSubnets(snapshot)
  const { resourceGroup, workspaceName } = snapshot.target
  const buildComputeFix = {
    commands: [
      `az ml workspace update --resource-group ${shellArg(resourceGroup)} --name ${shellArg(workspaceName)} --image-build-compute <compute-cluster>`
    ],
    placeholders: text`\`<compute-cluster>\` is the name of a CPU compute cluster of workspace \`${workspaceName}\` in a subnet of your virtual network (\`${`az ml compute list --resource-group ${shellArg(resourceGroup)} --workspace-name ${shellArg(workspaceName)} --type amlcompute`}\`).`
  }
  const unresolvedRead = egress.unresolvedRead
  const extra: CheckResult[] = [
    ...(egress.unresolved
      ? [
          makeResult(
            def,
            'unknown',
            workspaceResource(snapshot),
            egress.unresolved,
            unresolvedRead
              ? {
                  cause: readProblem(
                    unresolvedRead.what,
                    unresolvedRead.resourceId,
                    unresolvedRead.error
                  ).cause
                }
              : egress.buildComputeMissing
                ? { remedy: buildComputeFix }
                : {}
          )
        ]
      : []),
    // Image builds that cannot reach the registry is a registry finding: OUT-01 carries it.
    ...(egress.unbuildable && def.id === 'OUT-01'
      ? [
          makeResult(
            def,
            'fail',
            resourceOf(egress.unbuildable.registryId, 'Microsoft.ContainerRegistry/registries'),
            egress.unbuildable.detail,
            { remedy: buildComputeFix }
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
          egress.none?.reason ?? text`No subnet of yours sends inference traffic.`
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
export function judged(result: CheckResult, subnet: { id: string; why: Text }): CheckResult {
  const lead = text`Subnet \`${resourceName(subnet.id)}\` is judged because ${subnet.why}.`
  return {
    ...result,
    detail: `${plainText(lead)} ${result.detail}`,
    message: text`${lead} ${result.message ?? text``}`
  }
}

export function subnetResource(id: string): CheckResult['resource'] {
  return resourceOf(id, RESOURCE_TYPES.subnet)
}

export function notRead(what: Text): Text {
  return text`${what} was referenced but not read (a bug in aml-inference-guard: please report it with the JSON report attached).`
}

/** A subnet's read, or the unknown result explaining why it is missing. */
export function subnetOrUnknown(
  def: CheckDefinition,
  id: string,
  read: Read<Subnet> | undefined
): { subnet: Subnet } | { result: CheckResult } {
  if (!read)
    return {
      result: makeResult(
        def,
        'unknown',
        subnetResource(id),
        notRead(text`Subnet \`${resourceName(id)}\``)
      )
    }
  if (!read.ok) {
    return {
      result: unreadableResult(
        def,
        subnetResource(id),
        text`subnet \`${resourceName(id)}\``,
        id,
        read.error
      )
    }
  }
  return { subnet: read.value }
}

export function lookup<T>(map: Record<string, Read<T>>, id: string): Read<T> | undefined {
  return map[resourceKey(id)]
}

export const RANK: Record<CheckResult['outcome'], number> = {
  fail: 3,
  unknown: 2,
  pass: 1,
  skipped: 0
}

/** The resource group of an ARM id as one shell word (a placeholder when the id has none). */
export function groupArg(id: string): string {
  const group = resourceGroupOf(id)
  return group ? shellArg(group) : '<resource-group>'
}

/** Azure values as shell words, space-separated (a list argument). */
export function shellArgs(values: string[]): string {
  return values.map(shellArg).join(' ')
}

/** A destination registry traffic goes to: a service tag (or VirtualNetwork) and how to name it. */
export interface Destination {
  tag: string
  label: Text
}

export type RegistryPath =
  | {
      kind: 'destinations'
      destinations: Destination[]
      /** Why these destinations, for the result. */
      note: Text
      /** The registry could not be read: a pass is not certain. */
      unread?: { detail: Text; cause: ResultCause }
    }
  | {
      kind: 'unreachable'
      resource: CheckResult['resource']
      detail: Text
      remedy: { commands: string[] }
    }

/**
 * Where image pulls go, from the registry as read: its private endpoint
 * (VirtualNetwork traffic), or its public endpoints: the registry tag, plus the
 * registry's storage (`Storage.<Region>`) when it has no dedicated data
 * endpoints (https://learn.microsoft.com/azure/container-registry/container-registry-dedicated-data-endpoints).
 */
export function registryPath(snapshot: Snapshot, region: string, subnetId: string): RegistryPath {
  const acr: Destination = {
    tag: registryTag(region),
    label: text`the container registry (\`${registryTag(region)}\`, TCP ${PORT})`
  }
  const registryId = workspaceRegistryId(snapshot)
  const read = registryId ? snapshot.containerRegistries?.[resourceKey(registryId)] : undefined
  if (!registryId || !read) return { kind: 'destinations', destinations: [acr], note: text`` }
  if (!read.ok) {
    const problem = readProblem(
      text`container registry \`${resourceName(registryId)}\``,
      registryId,
      read.error
    )
    return {
      kind: 'destinations',
      destinations: [acr],
      note: text``,
      unread: {
        detail: text`The registry's data path is not known. ${problem.detail} Reading the registry (\`Microsoft.ContainerRegistry/registries/read\`) shows whether its layers come from its storage or a private endpoint.`,
        cause: problem.cause
      }
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
          label: text`the registry's private endpoint (\`VirtualNetwork\`, TCP ${PORT})`
        }
      ],
      note: text`Registry \`${registry.name}\` has approved private endpoint(s) (${joinText(
        approved.map(c => text`\`${resourceName(c.privateEndpointId ?? c.name)}\``),
        ', '
      )}): pulls stay in the virtual network when the \`privatelink.azurecr.io\` DNS zone resolves it there (this or a peered network).`
    }
  }
  if (/^disabled$/i.test(registry.publicNetworkAccess ?? '')) {
    const id = registry.id || registryId
    return {
      kind: 'unreachable',
      resource: resourceOf(id, 'Microsoft.ContainerRegistry/registries'),
      detail: text`Registry \`${registry.name}\` has public network access disabled and no approved private endpoint, so images cannot be pulled from it at all. Add a private endpoint for it in the virtual network of subnet \`${resourceName(subnetId)}\` (and the \`privatelink.azurecr.io\` DNS zone), or enable its public access.`,
      remedy: { commands: [privateEndpointCommand(id, registry.name, subnetId)] }
    }
  }
  if (registry.dataEndpointEnabled === true)
    return {
      kind: 'destinations',
      destinations: [acr],
      note: text`Registry \`${registry.name}\` serves layers from its dedicated data endpoints, which the registry tag covers.`
    }
  const storage = `Storage.${serviceTagRegion(region)}`
  return {
    kind: 'destinations',
    destinations: [
      acr,
      {
        tag: storage,
        label: text`the registry's storage (\`${storage}\`, TCP ${PORT}), which serves image layers because registry \`${registry.name}\` has no dedicated data endpoints`
      }
    ],
    note: text`Registry \`${registry.name}\` has no dedicated data endpoints, so its layers come from its storage (\`*.blob.core.windows.net\`, \`${storage}\`) as well as the registry tag.`
  }
}

/** A private endpoint for the registry in the subnet's virtual network (its resource group). */
function privateEndpointCommand(
  registryId: string,
  registryName: string,
  subnetId: string
): string {
  const vnet = /\/virtualNetworks\/([^/]+)/i.exec(subnetId)?.[1] ?? '<vnet>'
  return (
    `az network private-endpoint create --resource-group ${groupArg(subnetId)} ` +
    `--name ${shellArg(`${registryName}-pe`)} --vnet-name ${shellArg(vnet)} --subnet ${shellArg(resourceName(subnetId))} ` +
    `--private-connection-resource-id ${shellArg(registryId)} --group-id registry --connection-name ${shellArg(`${registryName}-pe`)}`
  )
}
