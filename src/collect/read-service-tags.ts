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
import type { Read, ServiceTag, ServiceTagList, Snapshot } from '../model/snapshot.js'
import { API_VERSIONS, type AzureClients } from './clients.js'
import { contextGet } from './client-context.js'
import type { KnownResources } from './known.js'
import { refuseForeignLink } from './pipeline.js'
import {
  getArmJson,
  getRaw,
  mapRead,
  PageLinks,
  read,
  toReadError,
  type RawSender
} from './read.js'
import { normalizeRegion, tagKey } from '../evaluate/engine/network.js'
import { asObject as obj } from '../model/json-shape.js'

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}

/** The tags of one page of the answer (the pages after it: followServiceTagPages). */
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
    tags
  }
}

/**
 * The tags of every page after `first`, followed through `sender` (the network client's
 * pipeline) like any other ARM list: a nextLink on another host is refused (it would receive
 * the ARM token), a repeated one or more than MAX_PAGES pages ends the list. A page that cannot
 * be read leaves the list `incomplete`, with the reason, and keeps the tags read before it.
 */
export async function followServiceTagPages(
  first: ServiceTagList & { nextLink?: string },
  sender: RawSender,
  armEndpoint: string
): Promise<ServiceTagList> {
  const { nextLink: firstLink, ...list } = first
  const origin = new URL(armEndpoint).origin
  const links = new PageLinks()
  links.add(firstLink)
  const tags = [...list.tags]
  let link = firstLink
  while (link) {
    try {
      links.check()
      const url = new URL(link, origin).href
      refuseForeignLink(url, origin)
      const page = pageOf(await getArmJson(sender, url, 'resource'))
      tags.push(...page.tags)
      links.add(page.nextLink)
      link = page.nextLink
    } catch (error) {
      return { ...list, tags, incomplete: true, pageError: toReadError(error) }
    }
  }
  return { ...list, tags }
}

/** One page of a ServiceTags_List answer: its tags and the link to the next page, if any. */
function pageOf(raw: unknown): ServiceTagList & { nextLink?: string } {
  const body = obj(raw)
  if (!Array.isArray(body['values'])) {
    throw malformedPage(`its \`values\` is not an array`)
  }
  const next = str(body['nextLink'])
  return { ...toServiceTagList(raw), ...(next ? { nextLink: next } : {}) }
}

function malformedPage(what: string): Error {
  return Object.assign(new Error(`ARM answered 200 with a service tags page whose ${what}`), {
    statusCode: 200,
    code: 'MalformedResponse'
  })
}

/** Reads the service tags of `location` (every page; filter with keepServiceTags). */
export async function readServiceTags(
  clients: AzureClients,
  subscriptionId: string,
  location: string,
  known?: KnownResources
): Promise<Read<ServiceTagList>> {
  const start = (): Promise<Read<ServiceTagList>> =>
    read(async () => {
      const client = await clients.networkFor(subscriptionId)
      // The path ServiceTags_List (the generated `serviceTags.list`) sends.
      const path = `/subscriptions/${encodeURIComponent(subscriptionId)}/providers/Microsoft.Network/locations/${encodeURIComponent(location)}/serviceTags?api-version=${API_VERSIONS['Microsoft.Network']}`
      const first = pageOf(await getRaw(({ onResponse }) => contextGet(client, path, onResponse)))
      return followServiceTagPages(first, clients.sender(client), clients.armEndpoint)
    })
  // An estate scan reads each region's list once for all its workspaces.
  const key = `serviceTags ${location.toLowerCase()}`
  return known?.share ? known.share(key, start) : start()
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
