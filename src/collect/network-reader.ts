/**
 * Reads of Microsoft.Network resources, each resource read once however many
 * paths lead to it (a subnet can be reached from a private endpoint, an input
 * and a node pool). Network resources may live in another subscription and
 * resource group than the workspace: the client follows the id.
 */
import {
  parentVirtualNetworkId,
  type AzureFirewall,
  type FirewallPolicy,
  type NetworkSecurityGroup,
  type PrivateEndpoint,
  type Read,
  type RouteTable,
  type Snapshot,
  type Subnet,
  type VirtualNetwork,
  type VirtualNetworkPeering
} from '../model/snapshot.js'
import { API_VERSIONS, type AzureClients } from './clients.js'
import type { KnownResources } from './known.js'
import { toPrivateEndpoint, toSubnet, toVirtualNetwork } from '../model/normalize.js'
import {
  toAzureFirewall,
  toFirewallPolicy,
  toNetworkSecurityGroup,
  toRouteTable
} from '../model/normalize-access.js'
import { getRaw, invalidResourceId, mapRead, read, ReadCache } from './read.js'
import { contextGet } from './client-context.js'
import { listByUrl } from './read-routes.js'
import { toVirtualNetworkPeering } from '../model/normalize-peering.js'
import { parseResourceId } from '../model/resource-id.js'

export class NetworkReader {
  private readonly privateEndpoints = new ReadCache<PrivateEndpoint>()
  private readonly subnets = new ReadCache<Subnet>()
  private readonly virtualNetworks = new ReadCache<VirtualNetwork>()
  private readonly networkSecurityGroups = new ReadCache<NetworkSecurityGroup>()
  private readonly routeTables = new ReadCache<RouteTable>()
  /** Keyed by `/subscriptions/{id}`: one list per subscription. */
  private readonly azureFirewalls = new ReadCache<AzureFirewall[]>()
  private readonly firewallPolicies = new ReadCache<FirewallPolicy>()
  /** Keyed by VNet id. */
  private readonly peerings = new ReadCache<VirtualNetworkPeering[]>()
  /** Raw VNet bodies by lower-cased id, for the subnets they embed. */
  private readonly vnetBodies = new Map<string, Promise<Read<unknown>>>()

  constructor(
    private readonly clients: AzureClients,
    private readonly known?: KnownResources
  ) {}

  privateEndpoint(id: string): Promise<Read<PrivateEndpoint>> {
    return this.privateEndpoints.get(id, () =>
      this.get(id, ['privateEndpoints']).then(r => mapRead(r, toPrivateEndpoint))
    )
  }

  /**
   * A subnet: taken from its VNet's GET when that VNet is read anyway (ARM embeds every
   * subnet's body in it, `properties.subnets`), else its own GET, also when the VNet read
   * failed (a role on the subnet alone) or does not embed it.
   */
  subnet(id: string): Promise<Read<Subnet>> {
    return this.subnets.get(id, async () => {
      const embedded = await this.embeddedSubnet(id)
      if (embedded !== undefined) return { ok: true as const, value: toSubnet(embedded) }
      const r = await this.get(id, ['virtualNetworks', 'subnets'])
      return mapRead(r, toSubnet)
    })
  }

  virtualNetwork(id: string): Promise<Read<VirtualNetwork>> {
    return this.virtualNetworks.get(id, () =>
      this.rawVirtualNetwork(id).then(r => mapRead(r, toVirtualNetwork))
    )
  }

  /**
   * A VNet's raw body (its peerings, its embedded subnets), read once however many ask; only
   * `virtualNetwork` puts it in the snapshot's `virtualNetworks`.
   */
  /** True when the VNet (lower-cased id) was read or is being read. */
  hasRawVirtualNetwork(key: string): boolean {
    return this.vnetBodies.has(key.toLowerCase())
  }

  rawVirtualNetwork(id: string): Promise<Read<unknown>> {
    const key = id.toLowerCase()
    let raw = this.vnetBodies.get(key)
    if (!raw) {
      raw = this.get(id, ['virtualNetworks'])
      this.vnetBodies.set(key, raw)
    }
    return raw
  }

  /** The subnet's full body as its VNet's GET embeds it, when that VNet read was started. */
  private async embeddedSubnet(id: string): Promise<unknown> {
    const vnetId = parentVirtualNetworkId(id)
    const vnet = vnetId ? await this.vnetBodies.get(vnetId.toLowerCase()) : undefined
    if (!vnet?.ok) return undefined
    const props = (vnet.value as { properties?: { subnets?: unknown } }).properties
    const subnets = Array.isArray(props?.subnets) ? (props.subnets as unknown[]) : []
    return subnets.find(s => {
      const body = s as { id?: unknown; properties?: unknown } | null
      // Only a whole body: a VNet that lists its subnets by id alone says nothing of them.
      return (
        typeof body?.id === 'string' &&
        body.id.toLowerCase() === id.toLowerCase() &&
        typeof body.properties === 'object' &&
        body.properties !== null &&
        !Array.isArray(body.properties)
      )
    })
  }

  networkSecurityGroup(id: string): Promise<Read<NetworkSecurityGroup>> {
    return this.networkSecurityGroups.get(id, () =>
      this.get(id, ['networkSecurityGroups']).then(r => mapRead(r, toNetworkSecurityGroup))
    )
  }

  routeTable(id: string): Promise<Read<RouteTable>> {
    return this.routeTables.get(id, () =>
      this.get(id, ['routeTables']).then(r => mapRead(r, toRouteTable))
    )
  }

  /** Every Azure Firewall of a subscription (a next hop names an IP, not a firewall). */
  azureFirewallsIn(subscriptionId: string): Promise<Read<AzureFirewall[]>> {
    return this.azureFirewalls.get(`/subscriptions/${subscriptionId}`, () =>
      this.share(`azureFirewalls ${subscriptionId.toLowerCase()}`, () =>
        read(() =>
          this.list(
            subscriptionId,
            `/subscriptions/${encodeURIComponent(subscriptionId)}/providers/Microsoft.Network/azureFirewalls`
          )
        )
      ).then(r => mapRead(r, items => items.map(toAzureFirewall)))
    )
  }

  /** A firewall policy with its rule collection groups; the read fails if either does. */
  firewallPolicy(id: string): Promise<Read<FirewallPolicy>> {
    return this.firewallPolicies.get(id, async () => {
      const parts = parseResourceId(id)
      const [policy, groups] = await Promise.all([
        this.get(id, ['firewallPolicies']),
        parts
          ? this.share(`ruleCollectionGroups ${id.toLowerCase()}`, () =>
              read(() =>
                this.list(
                  parts.subscriptionId,
                  `/subscriptions/${encodeURIComponent(parts.subscriptionId)}/resourceGroups/${encodeURIComponent(parts.resourceGroup)}/providers/Microsoft.Network/firewallPolicies/${encodeURIComponent(parts.segments[1] ?? '')}/ruleCollectionGroups`
                )
              )
            )
          : Promise.resolve(invalidResourceId(id, 'Microsoft.Network/firewallPolicies'))
      ])
      if (!policy.ok) return policy
      if (!groups.ok) return groups
      return { ok: true as const, value: toFirewallPolicy(policy.value, groups.value) }
    })
  }

  /** The peerings of a VNet (VirtualNetworkPeerings_List, every page). */
  virtualNetworkPeerings(vnetId: string): Promise<Read<VirtualNetworkPeering[]>> {
    return this.peerings.get(vnetId, async () => {
      const parts = parseResourceId(vnetId)
      if (
        !parts ||
        parts.provider.toLowerCase() !== 'microsoft.network' ||
        parts.segments.length !== 2 ||
        parts.segments[0]!.toLowerCase() !== 'virtualnetworks'
      ) {
        return invalidResourceId(vnetId, 'Microsoft.Network/virtualNetworks')
      }
      const path = `/subscriptions/${encodeURIComponent(parts.subscriptionId)}/resourceGroups/${encodeURIComponent(parts.resourceGroup)}/providers/Microsoft.Network/virtualNetworks/${encodeURIComponent(parts.segments[1]!)}/virtualNetworkPeerings`
      const raw = await this.share(`virtualNetworkPeerings ${vnetId.toLowerCase()}`, () =>
        read(() => this.list(parts.subscriptionId, path))
      )
      return mapRead(raw, items => items.map(toVirtualNetworkPeering))
    })
  }

  /** The peerings read so far (OUT-04's hub firewalls), keyed by lower-cased VNet id. */
  peeringResults(): Promise<Record<string, Read<VirtualNetworkPeering[]>>> {
    return this.peerings.settled()
  }

  /** An IP group's raw body (normalised by read-ip-groups.ts). */
  ipGroup(id: string): Promise<Read<unknown>> {
    return this.get(id, ['ipGroups'])
  }

  /** The RBAC-and-outbound part of the snapshot this reader holds. */
  async accessResults(): Promise<
    Pick<Snapshot, 'networkSecurityGroups' | 'routeTables' | 'azureFirewalls' | 'firewallPolicies'>
  > {
    const [networkSecurityGroups, routeTables, azureFirewalls, firewallPolicies] =
      await Promise.all([
        this.networkSecurityGroups.settled(),
        this.routeTables.settled(),
        this.azureFirewalls.settled(),
        this.firewallPolicies.settled()
      ])
    return { networkSecurityGroups, routeTables, azureFirewalls, firewallPolicies }
  }

  /** The private endpoints read so far, settled: without waiting for their subnets and VNets. */
  privateEndpointResults(): Promise<Snapshot['privateEndpoints']> {
    return this.privateEndpoints.settled()
  }

  async results(): Promise<Pick<Snapshot, 'privateEndpoints' | 'subnets' | 'virtualNetworks'>> {
    const [privateEndpoints, subnets, virtualNetworks] = await Promise.all([
      this.privateEndpoints.settled(),
      this.subnets.settled(),
      this.virtualNetworks.settled()
    ])
    return { privateEndpoints, subnets, virtualNetworks }
  }

  /** GET of a Microsoft.Network resource of the given type path, raw body. */
  protected async get(id: string, types: string[]): Promise<Read<unknown>> {
    const parts = parseResourceId(id)
    const names = parts?.segments.filter((_, i) => i % 2 === 1) ?? []
    const actualTypes = parts?.segments.filter((_, i) => i % 2 === 0) ?? []
    if (
      !parts ||
      parts.provider.toLowerCase() !== 'microsoft.network' ||
      actualTypes.join('/').toLowerCase() !== types.join('/').toLowerCase()
    ) {
      return invalidResourceId(id, `Microsoft.Network/${types.join('/')}`)
    }
    const body = this.known?.body(id)
    if (body !== undefined) return { ok: true as const, value: body }
    const client = await this.clients.networkFor(parts.subscriptionId)
    // The path the generated `<group>.get` operation builds, with its api-version.
    const path = `/subscriptions/${encodeURIComponent(parts.subscriptionId)}/resourceGroups/${encodeURIComponent(parts.resourceGroup)}/providers/Microsoft.Network/${types.map((type, i) => `${type}/${encodeURIComponent(names[i]!)}`).join('/')}?api-version=${API_VERSIONS['Microsoft.Network']}`
    return this.share(`GET ${id.toLowerCase()}`, () =>
      read(() => getRaw(({ onResponse }) => contextGet(client, path, onResponse)))
    )
  }

  /**
   * Every item of every page of a Microsoft.Network list, from the raw bodies. The generated
   * pager requests the pages after the first without the caller's `onResponse`, so their raw
   * bodies would be lost: the pages are followed here, through the client's pipeline.
   */
  private async list(subscriptionId: string, path: string): Promise<unknown[]> {
    const client = await this.clients.networkFor(subscriptionId)
    return listByUrl(
      this.clients.sender(client),
      this.clients.armEndpoint,
      path,
      API_VERSIONS['Microsoft.Network']
    )
  }

  /** Through `known.share` when an estate scan shares reads across workspaces. */
  private share<T>(key: string, start: () => Promise<Read<T>>): Promise<Read<T>> {
    return this.known?.share ? this.known.share(key, start) : start()
  }
}
