/**
 * Managed network V2 (Microsoft.MachineLearningServices 2025-12-01): a workspace
 * whose `managedNetwork.managedNetworkKind` is V2 keeps its managed network in
 * the child resource `managedNetworks/default` and its outbound rules in
 * `managedNetworks/default/outboundRules` (ManagedNetworkSettings_Get,
 * OutboundRule_List), not on the workspace. Both are read for such a
 * workspace, so the rule checks judge its real rules, not an empty set.
 */
import type { ManagedNetwork, OutboundRule, Read, Workspace } from '../model/snapshot.js'
import type { AzureClients } from './clients.js'
import { toManagedNetwork, toOutboundRule } from '../model/normalize.js'
import { listByUrl } from './read-routes.js'
import { getArmJson, leafRead, mapRead, read } from './read.js'

type MachineLearningClient = Awaited<ReturnType<AzureClients['machineLearning']>>

export interface ManagedNetworkV2 {
  network: Read<ManagedNetwork>
  outboundRules: Read<OutboundRule[]>
}

export function usesManagedNetworkV2(workspace: Read<Workspace>): boolean {
  return workspace.ok && workspace.value.managedNetwork?.managedNetworkKind?.toUpperCase() === 'V2'
}

/** Both V2 reads for a V2 workspace; undefined for any other. */
export async function readManagedNetworkV2(
  ml: Pick<MachineLearningClient, 'sendRequest'>,
  armEndpoint: string,
  workspaceId: string,
  workspace: Read<Workspace>
): Promise<ManagedNetworkV2 | undefined> {
  if (!usesManagedNetworkV2(workspace)) return undefined
  const base = `${workspaceId}/managedNetworks/default`
  const [network, rules] = await Promise.all([
    read(() => leafRead(() => getByUrl(ml, armEndpoint, base))),
    read(() => leafRead(() => listByUrl(ml, armEndpoint, `${base}/outboundRules`)))
  ])
  return {
    network: mapRead(network, body =>
      toManagedNetwork(
        (body['properties'] as Record<string, unknown> | undefined)?.['managedNetwork']
      )
    ),
    outboundRules: mapRead(rules, items => items.map(toOutboundRule))
  }
}

/** The workspace with its managed network settings completed by the V2 resource (which wins). */
export function withManagedNetworkV2(
  workspace: Read<Workspace>,
  v2: ManagedNetworkV2 | undefined
): Read<Workspace> {
  if (!workspace.ok || !v2?.network.ok) return workspace
  const defined = Object.fromEntries(
    Object.entries(v2.network.value).filter(([, value]) => value !== undefined)
  )
  return {
    ok: true,
    value: { ...workspace.value, managedNetwork: { ...workspace.value.managedNetwork, ...defined } }
  }
}

async function getByUrl(
  ml: Pick<MachineLearningClient, 'sendRequest'>,
  armEndpoint: string,
  path: string
): Promise<Record<string, unknown>> {
  const url = `${new URL(armEndpoint).origin}${path}?api-version=2025-12-01`
  return getArmJson(ml, url, 'resource')
}
