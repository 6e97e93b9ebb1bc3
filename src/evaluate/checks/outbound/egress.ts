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
  describeReadError,
  makeResult,
  resourceGroupOf,
  resourceOf,
  unreadableDetail,
  workspaceResource,
  workspaceUnreadable
} from '../common.js'
import type { CheckDefinition, CheckResult } from '../../../model/check.js'
import { workspaceRegistryId } from '../../dependencies.js'

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
      subnets: Array<{ id: string; read: Read<Subnet> | undefined; why: string }>
      /** Results beside the subnets' own: an image-build compute that cannot be resolved, a registry image builds cannot reach (OUT-01). */
      extra: CheckResult[]
      /** Service tag prefixes read for the region (undefined: not read). */
      tagPrefixes: Record<string, string[]> | undefined
      /** Why the registry tag's prefixes are not known, when they are not. */
      tagsMissing?: string
    }
  | { kind: 'done'; results: CheckResult[] }

/** The region's service tags from the snapshot, and why the registry tag is missing if it is. */
function serviceTagsOf(
  snapshot: Snapshot,
  region: string
): { tagPrefixes: Record<string, string[]> | undefined; tagsMissing?: string } {
  const read = snapshot.serviceTags?.[region.toLowerCase()]
  const tag = registryTag(region)
  if (!read) {
    return {
      tagPrefixes: undefined,
      tagsMissing: `the address prefixes of ${tag} were not read (Service Tags discovery API)`
    }
  }
  if (!read.ok) {
    return {
      tagPrefixes: undefined,
      tagsMissing: `the address prefixes of ${tag} could not be read from the Service Tags discovery API (${describeReadError(read.error)}; it needs Microsoft.Network/locations/serviceTags/read on the subscription, part of Reader)`
    }
  }
  const tagPrefixes = tagPrefixMap(read.value.tags)
  return tagPrefixes?.[tagKey(tag)]
    ? { tagPrefixes }
    : {
        tagPrefixes,
        tagsMissing: `the Service Tags discovery API did not list ${tag}${read.value.incomplete ? ` (a later page of its answer could not be read${read.value.pageError ? `: ${describeReadError(read.value.pageError)}` : ''})` : ''}`
      }
}

export function context(snapshot: Snapshot, def: CheckDefinition): Context {
  if (!snapshot.workspace.ok) {
    return { kind: 'done', results: [workspaceUnreadable(def, snapshot, snapshot.workspace.error)] }
  }
  const egress = egressSubnets(snapshot)
  const extra: CheckResult[] = [
    ...(egress.unresolved
      ? [makeResult(def, 'unknown', workspaceResource(snapshot), egress.unresolved)]
      : []),
    // Image builds that cannot reach the registry is a registry finding: OUT-01 carries it.
    ...(egress.unbuildable && def.id === 'OUT-01'
      ? [
          makeResult(
            def,
            'fail',
            resourceOf(egress.unbuildable.registryId, 'Microsoft.ContainerRegistry/registries'),
            egress.unbuildable.detail
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
          egress.none?.reason ?? 'No subnet of yours sends inference traffic.'
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
export function judged(result: CheckResult, subnet: { id: string; why: string }): CheckResult {
  return {
    ...result,
    detail: `Subnet ${resourceName(subnet.id)} is judged because ${subnet.why}. ${result.detail}`
  }
}

export function subnetResource(id: string): CheckResult['resource'] {
  return resourceOf(id, RESOURCE_TYPES.subnet)
}

export function notRead(what: string): string {
  return `${what} was referenced but not read (a bug in aml-inference-guard: please report it with the JSON report attached).`
}

/** A subnet's read, or the unknown result explaining why it is missing. */
export function subnetOrUnknown(
  def: CheckDefinition,
  id: string,
  read: Read<Subnet> | undefined
): { subnet: Subnet } | { result: CheckResult } {
  if (!read)
    return {
      result: makeResult(def, 'unknown', subnetResource(id), notRead(`Subnet ${resourceName(id)}`))
    }
  if (!read.ok) {
    return {
      result: makeResult(
        def,
        'unknown',
        subnetResource(id),
        unreadableDetail(`subnet ${resourceName(id)}`, resourceGroupOf(id), read.error)
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

/** A destination registry traffic goes to: a service tag (or VirtualNetwork) and how to name it. */
export interface Destination {
  tag: string
  label: string
}

export type RegistryPath =
  | {
      kind: 'destinations'
      destinations: Destination[]
      /** Why these destinations, for the result. */
      note: string
      /** The registry could not be read: a pass is not certain. */
      unread?: string
    }
  | { kind: 'unreachable'; resource: CheckResult['resource']; detail: string }

/**
 * Where image pulls go, from the registry as read: its private endpoint
 * (VirtualNetwork traffic), or its public endpoints: the registry tag, plus the
 * registry's storage (`Storage.<Region>`) when it has no dedicated data
 * endpoints (https://learn.microsoft.com/azure/container-registry/container-registry-dedicated-data-endpoints).
 */
export function registryPath(snapshot: Snapshot, region: string): RegistryPath {
  const acr: Destination = {
    tag: registryTag(region),
    label: `the container registry (${registryTag(region)}, TCP ${PORT})`
  }
  const registryId = workspaceRegistryId(snapshot)
  const read = registryId ? snapshot.containerRegistries?.[resourceKey(registryId)] : undefined
  if (!registryId || !read) return { kind: 'destinations', destinations: [acr], note: '' }
  if (!read.ok) {
    return {
      kind: 'destinations',
      destinations: [acr],
      note: '',
      unread: `The registry's data path is not known. ${unreadableDetail(`container registry ${resourceName(registryId)}`, resourceGroupOf(registryId), read.error)} Reading the registry (Microsoft.ContainerRegistry/registries/read) shows whether its layers come from its storage or a private endpoint.`
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
          label: `the registry's private endpoint (VirtualNetwork, TCP ${PORT})`
        }
      ],
      note: `Registry ${registry.name} has approved private endpoint(s) (${approved.map(c => resourceName(c.privateEndpointId ?? c.name)).join(', ')}): pulls stay in the virtual network when the privatelink.azurecr.io DNS zone resolves it there (this or a peered network).`
    }
  }
  if (/^disabled$/i.test(registry.publicNetworkAccess ?? '')) {
    return {
      kind: 'unreachable',
      resource: resourceOf(registry.id || registryId, 'Microsoft.ContainerRegistry/registries'),
      detail: `Registry ${registry.name} has public network access disabled and no approved private endpoint, so images cannot be pulled from it at all. Fix: add a private endpoint in the virtual network (az network private-endpoint create --group-id registry --private-connection-resource-id ${registry.id || registryId} ...) or enable public access.`
    }
  }
  if (registry.dataEndpointEnabled === true)
    return {
      kind: 'destinations',
      destinations: [acr],
      note: `Registry ${registry.name} serves layers from its dedicated data endpoints, which the registry tag covers.`
    }
  const storage = `Storage.${serviceTagRegion(region)}`
  return {
    kind: 'destinations',
    destinations: [
      acr,
      {
        tag: storage,
        label: `the registry's storage (${storage}, TCP ${PORT}), which serves image layers because registry ${registry.name} has no dedicated data endpoints`
      }
    ],
    note: `Registry ${registry.name} has no dedicated data endpoints, so its layers come from its storage (*.blob.core.windows.net, ${storage}) as well as the registry tag.`
  }
}
