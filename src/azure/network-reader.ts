/**
 * Reads of Microsoft.Network resources, each resource read once however many
 * paths lead to it (a subnet can be reached from a private endpoint, an input
 * and a node pool). Network resources may live in another subscription and
 * resource group than the workspace: the client follows the id.
 */
import type { PrivateEndpoint, Read, Snapshot, Subnet, VirtualNetwork } from '../snapshot.js'
import type { AzureClients } from './clients.js'
import { toPrivateEndpoint, toSubnet, toVirtualNetwork } from './normalize.js'
import { getRaw, invalidResourceId, mapRead, read, ReadCache, type RawOptions } from './read.js'
import { parseResourceId } from './resource-id.js'

type NetworkClient = ReturnType<AzureClients['networkFor']>

export class NetworkReader {
  private readonly privateEndpoints = new ReadCache<PrivateEndpoint>()
  private readonly subnets = new ReadCache<Subnet>()
  private readonly virtualNetworks = new ReadCache<VirtualNetwork>()

  constructor(private readonly clients: AzureClients) {}

  privateEndpoint(id: string): Promise<Read<PrivateEndpoint>> {
    return this.privateEndpoints.get(id, () =>
      this.get(id, ['privateEndpoints'], (client, rg, names, o) =>
        client.privateEndpoints.get(rg, names[0]!, o)
      ).then(r => mapRead(r, toPrivateEndpoint))
    )
  }

  subnet(id: string): Promise<Read<Subnet>> {
    return this.subnets.get(id, () =>
      this.get(id, ['virtualNetworks', 'subnets'], (client, rg, names, o) =>
        client.subnets.get(rg, names[0]!, names[1]!, o)
      ).then(r => mapRead(r, toSubnet))
    )
  }

  virtualNetwork(id: string): Promise<Read<VirtualNetwork>> {
    return this.virtualNetworks.get(id, () =>
      this.get(id, ['virtualNetworks'], (client, rg, names, o) =>
        client.virtualNetworks.get(rg, names[0]!, o)
      ).then(r => mapRead(r, toVirtualNetwork))
    )
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
  protected get(
    id: string,
    types: string[],
    call: (
      client: NetworkClient,
      resourceGroup: string,
      names: string[],
      options: RawOptions
    ) => Promise<unknown>
  ): Promise<Read<unknown>> {
    const parts = parseResourceId(id)
    const names = parts?.segments.filter((_, i) => i % 2 === 1) ?? []
    const actualTypes = parts?.segments.filter((_, i) => i % 2 === 0) ?? []
    if (
      !parts ||
      parts.provider.toLowerCase() !== 'microsoft.network' ||
      actualTypes.join('/').toLowerCase() !== types.join('/').toLowerCase()
    ) {
      return Promise.resolve(invalidResourceId(id, `Microsoft.Network/${types.join('/')}`))
    }
    const client = this.clients.networkFor(parts.subscriptionId)
    return read(() => getRaw(o => call(client, parts.resourceGroup, names, o)))
  }
}
