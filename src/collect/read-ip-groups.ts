/**
 * IP groups (`Microsoft.Network/ipGroups`) named by the firewall rules that
 * were read, so rules sourced from or sent to a group compare its addresses
 * instead of counting as partial matches. Read after the firewalls and
 * policies (their ids come from the rules), each group once.
 */
import type { IpGroup, Read, Snapshot } from '../model/snapshot.js'
import type { NetworkReader } from './network-reader.js'
import { mapRead } from './read.js'

export function toIpGroup(raw: unknown): IpGroup {
  const body = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>
  const props = (body['properties'] ?? {}) as Record<string, unknown>
  const addresses = Array.isArray(props['ipAddresses'])
    ? props['ipAddresses'].filter((a): a is string => typeof a === 'string')
    : []
  return {
    id: typeof body['id'] === 'string' ? body['id'] : '',
    name: typeof body['name'] === 'string' ? body['name'] : '',
    ipAddresses: addresses
  }
}

/** Every IP group id the firewall rules in `access` name. */
export function ipGroupIds(
  access: Pick<Snapshot, 'azureFirewalls' | 'firewallPolicies'>
): string[] {
  const collections = [
    ...Object.values(access.azureFirewalls).flatMap(r =>
      r.ok ? r.value.flatMap(f => f.ruleCollections) : []
    ),
    ...Object.values(access.firewallPolicies).flatMap(r =>
      r.ok ? r.value.ruleCollectionGroups.flatMap(g => g.ruleCollections) : []
    )
  ]
  const ids = collections.flatMap(c => [
    ...c.networkRules.flatMap(r => [...r.sourceIpGroups, ...r.destinationIpGroups]),
    ...c.applicationRules.flatMap(r => r.sourceIpGroups)
  ])
  return [...new Map(ids.map(id => [id.toLowerCase(), id])).values()]
}

export async function readIpGroups(
  network: NetworkReader,
  access: Pick<Snapshot, 'azureFirewalls' | 'firewallPolicies'>
): Promise<Record<string, Read<IpGroup>>> {
  const ids = ipGroupIds(access)
  const reads = await Promise.all(
    ids.map(async id => [id.toLowerCase(), mapRead(await network.ipGroup(id), toIpGroup)] as const)
  )
  return Object.fromEntries(reads)
}
