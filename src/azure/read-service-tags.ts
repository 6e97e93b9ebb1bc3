/**
 * The Service Tags discovery API (`GET /subscriptions/{id}/providers/
 * Microsoft.Network/locations/{location}/serviceTags`, REST operation
 * ServiceTags_List): the address prefixes behind tags such as
 * `AzureContainerRegistry.WestEurope`, read once per region, so rules written
 * as address prefixes can be compared with the registry's addresses.
 * https://learn.microsoft.com/rest/api/virtualnetwork/service-tags/list
 *
 * The whole list is large (thousands of tags); the snapshot keeps only the
 * tags the outbound checks compare (keepServiceTags), which is also what an
 * offline re-evaluation needs.
 */
import type { Read, ServiceTag, ServiceTagList, Snapshot } from '../snapshot.js'
import type { AzureClients } from './clients.js'
import type { KnownResources } from './known.js'
import { getRaw, mapRead, read } from './read.js'
import { normalizeRegion, tagKey } from '../engine/network.js'

type Json = Record<string, unknown>

function obj(value: unknown): Json {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {}
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}

export function toServiceTagList(raw: unknown): ServiceTagList {
  const body = obj(raw)
  const values = Array.isArray(body['values']) ? body['values'] : []
  const tags: ServiceTag[] = values.flatMap(v => {
    const item = obj(v)
    const name = str(item['name']) ?? str(item['id'])
    if (!name) return []
    const p = obj(item['properties'])
    const prefixes = Array.isArray(p['addressPrefixes'])
      ? p['addressPrefixes'].filter((x): x is string => typeof x === 'string')
      : []
    const region = str(p['region'])
    const systemService = str(p['systemService'])
    return [
      {
        name,
        ...(region ? { region: region.toLowerCase() } : {}),
        ...(systemService ? { systemService } : {}),
        addressPrefixes: prefixes
      }
    ]
  })
  const changeNumber = str(body['changeNumber'])
  const cloud = str(body['cloud'])
  return {
    ...(changeNumber ? { changeNumber } : {}),
    ...(cloud ? { cloud } : {}),
    ...(str(body['nextLink']) ? { incomplete: true } : {}),
    tags
  }
}

/** Reads the service tags of `location` (all of them; filter with keepServiceTags). */
export async function readServiceTags(
  clients: AzureClients,
  subscriptionId: string,
  location: string,
  known?: KnownResources
): Promise<Read<ServiceTagList>> {
  const start = (): Promise<Read<unknown>> =>
    read(async () => {
      const client = await clients.networkFor(subscriptionId)
      return getRaw(({ onResponse }) => client.serviceTags.list(location, { onResponse }))
    })
  // An estate scan reads each region's list once for all its workspaces.
  const key = `serviceTags ${location.toLowerCase()}`
  const raw = await (known?.share ? known.share(key, start) : start())
  return mapRead(raw, toServiceTagList)
}

/**
 * The tags the outbound checks compare: the registry's and its data path's
 * (`AzureContainerRegistry`, `Storage`, each global and for `region`),
 * `MicrosoftContainerRegistry`, `AzureActiveDirectory`, `AzureMachineLearning`,
 * and every tag a read NSG rule, route or firewall network rule names.
 */
export function neededServiceTags(snapshot: Partial<Snapshot>, region: string): Set<string> {
  const names = new Set<string>()
  for (const base of ['AzureContainerRegistry', 'Storage', 'AzureMachineLearning']) {
    names.add(base.toLowerCase())
    names.add(`${base.toLowerCase()}.${normalizeRegion(region)}`)
  }
  for (const global of [
    'MicrosoftContainerRegistry',
    'AzureActiveDirectory',
    'AzureFrontDoor.FirstParty'
  ])
    names.add(global.toLowerCase())
  const named = (entry: string): void => {
    if (/^[a-z][a-z0-9]*(\.[a-z0-9 ]+)?$/i.test(entry.trim())) names.add(tagKey(entry))
  }
  for (const nsg of Object.values(snapshot.networkSecurityGroups ?? {})) {
    if (!nsg.ok) continue
    for (const rule of nsg.value.securityRules) {
      for (const d of [
        rule.destinationAddressPrefix ?? '',
        ...(rule.destinationAddressPrefixes ?? [])
      ])
        named(d)
    }
  }
  // Routes may name a service tag as their address prefix.
  for (const table of Object.values(snapshot.routeTables ?? {})) {
    if (table.ok) for (const route of table.value.routes) named(route.addressPrefix)
  }
  const collections = [
    ...Object.values(snapshot.azureFirewalls ?? {}).flatMap(r =>
      r.ok ? r.value.flatMap(f => f.ruleCollections) : []
    ),
    ...Object.values(snapshot.firewallPolicies ?? {}).flatMap(r =>
      r.ok ? r.value.ruleCollectionGroups.flatMap(g => g.ruleCollections) : []
    )
  ]
  for (const c of collections)
    for (const rule of c.networkRules) for (const d of rule.destinationAddresses) named(d)
  return names
}

/** Only the tags named in `needed` (tag keys, see tagKey). */
export function keepServiceTags(list: ServiceTagList, needed: Set<string>): ServiceTagList {
  return { ...list, tags: list.tags.filter(t => needed.has(tagKey(t.name))) }
}

/** The snapshot field: the workspace region's list, kept to the tags the checks compare. */
export async function serviceTagsField(
  pending: Promise<Read<ServiceTagList>> | undefined,
  location: string | undefined,
  snapshot: Partial<Snapshot>
): Promise<Record<string, Read<ServiceTagList>>> {
  if (!pending || !location) return {}
  const list = await pending
  const kept = mapRead(list, l => keepServiceTags(l, neededServiceTags(snapshot, location)))
  return { [location.toLowerCase()]: kept }
}
