/**
 * The read plan: what depends on what, read concurrently where independent,
 * every failure recorded in the snapshot rather than thrown.
 *
 *   workspace ─┬─ private endpoint ─┬─ subnet
 *              │                    └─ virtual network (id derived from the subnet id)
 *   endpoints ─┘ (concurrent with the workspace)
 */
import { ConfigurationError } from '../errors.js'
import {
  SNAPSHOT_SCHEMA_VERSION,
  parentVirtualNetworkId,
  resourceKey,
  type Read,
  type ReadError,
  type Snapshot,
  type SnapshotTarget
} from '../snapshot.js'
import { API_VERSIONS, type AzureClients } from './clients.js'
import {
  toOnlineEndpoint,
  toPrivateEndpoint,
  toSubnet,
  toVirtualNetwork,
  toWorkspace
} from './normalize.js'
import { parseResourceId } from './resource-id.js'

export interface CollectInput {
  clients: AzureClients
  target: SnapshotTarget
  cloud: string
  now?: () => Date
}

/**
 * What the SDK's `onResponse` hands us. Only the body text is used: the SDK's
 * `parsedBody` is already deserialized into its (older) models, which flatten
 * `properties` and drop fields they do not know.
 */
interface RawResponse {
  status: number
  bodyAsText?: string | null
}
type RawOptions = { onResponse: (response: RawResponse) => void }

export async function collectSnapshot(input: CollectInput): Promise<Snapshot> {
  const { clients, target } = input
  const collectedAt = (input.now ?? (() => new Date()))().toISOString()
  const ml = clients.machineLearning(target.subscriptionId)

  const [workspaceRaw, endpointsRaw] = await Promise.all([
    read(() => getRaw(o => ml.workspaces.get(target.resourceGroup, target.workspaceName, o))),
    read(() =>
      listRaw(o => ml.onlineEndpoints.list(target.resourceGroup, target.workspaceName, o).byPage())
    )
  ])
  throwIfFatal(workspaceRaw, target)
  const workspace = mapRead(workspaceRaw, toWorkspace)
  const onlineEndpoints = mapRead(endpointsRaw, items => items.map(toOnlineEndpoint))

  const network = new NetworkReader(clients)
  const privateEndpointIds = workspace.ok
    ? workspace.value.privateEndpointConnections
        .map(c => c.privateEndpointId)
        .filter((id): id is string => Boolean(id))
    : []
  await Promise.all(
    privateEndpointIds.map(async id => {
      const pe = await network.privateEndpoint(id)
      const subnetId = pe.ok ? pe.value.subnetId : undefined
      if (!subnetId) return
      const vnetId = parentVirtualNetworkId(subnetId)
      await Promise.all([network.subnet(subnetId), vnetId ? network.virtualNetwork(vnetId) : null])
    })
  )

  return {
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    collectedAt,
    cloud: input.cloud,
    apiVersions: { ...API_VERSIONS },
    target,
    workspace,
    onlineEndpoints,
    ...(await network.results())
  }
}

/**
 * Network reads, each resource read once however many paths lead to it.
 * Results are kept by lower-cased id, as the snapshot wants them.
 */
class NetworkReader {
  private readonly privateEndpoints = new Map<
    string,
    Promise<Read<ReturnType<typeof toPrivateEndpoint>>>
  >()
  private readonly subnets = new Map<string, Promise<Read<ReturnType<typeof toSubnet>>>>()
  private readonly virtualNetworks = new Map<
    string,
    Promise<Read<ReturnType<typeof toVirtualNetwork>>>
  >()

  constructor(private readonly clients: AzureClients) {}

  privateEndpoint(id: string): Promise<Read<ReturnType<typeof toPrivateEndpoint>>> {
    return once(this.privateEndpoints, id, () =>
      this.readNetwork(id, ['privateEndpoints'], (client, rg, names, o) =>
        client.privateEndpoints.get(rg, names[0]!, o)
      ).then(r => mapRead(r, toPrivateEndpoint))
    )
  }

  subnet(id: string): Promise<Read<ReturnType<typeof toSubnet>>> {
    return once(this.subnets, id, () =>
      this.readNetwork(id, ['virtualNetworks', 'subnets'], (client, rg, names, o) =>
        client.subnets.get(rg, names[0]!, names[1]!, o)
      ).then(r => mapRead(r, toSubnet))
    )
  }

  virtualNetwork(id: string): Promise<Read<ReturnType<typeof toVirtualNetwork>>> {
    return once(this.virtualNetworks, id, () =>
      this.readNetwork(id, ['virtualNetworks'], (client, rg, names, o) =>
        client.virtualNetworks.get(rg, names[0]!, o)
      ).then(r => mapRead(r, toVirtualNetwork))
    )
  }

  async results(): Promise<Pick<Snapshot, 'privateEndpoints' | 'subnets' | 'virtualNetworks'>> {
    return {
      privateEndpoints: await settle(this.privateEndpoints),
      subnets: await settle(this.subnets),
      virtualNetworks: await settle(this.virtualNetworks)
    }
  }

  private readNetwork(
    id: string,
    types: string[],
    call: (
      client: ReturnType<AzureClients['networkFor']>,
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
      return Promise.resolve({
        ok: false,
        error: {
          status: null,
          code: 'InvalidResourceId',
          message: `'${id}' is not a Microsoft.Network/${types.join('/')} resource id`
        }
      })
    }
    const client = this.clients.networkFor(parts.subscriptionId)
    return read(() => getRaw(o => call(client, parts.resourceGroup, names, o)))
  }
}

function once<T>(map: Map<string, Promise<T>>, id: string, start: () => Promise<T>): Promise<T> {
  const key = resourceKey(id)
  let pending = map.get(key)
  if (!pending) {
    pending = start()
    map.set(key, pending)
  }
  return pending
}

async function settle<T>(map: Map<string, Promise<T>>): Promise<Record<string, T>> {
  const entries = await Promise.all(
    [...map].map(async ([key, value]) => [key, await value] as const)
  )
  return Object.fromEntries(entries)
}

async function getRaw(call: (options: RawOptions) => Promise<unknown>): Promise<unknown> {
  let body: unknown
  await call({
    onResponse: response => {
      body = parseBody(response)
    }
  })
  return body
}

/** Collects every item of every page from the raw bodies, so fields the SDK models drop survive. */
async function listRaw(
  pages: (options: RawOptions) => AsyncIterableIterator<unknown>
): Promise<unknown[]> {
  const items: unknown[] = []
  const iterator = pages({
    onResponse: response => {
      const value = (parseBody(response) as { value?: unknown } | undefined)?.value
      if (response.status === 200 && Array.isArray(value)) items.push(...value)
    }
  })
  // Pages are consumed for their raw bodies, collected above.
  for (let page = await iterator.next(); !page.done; page = await iterator.next()) continue
  return items
}

function parseBody(response: RawResponse): unknown {
  if (!response.bodyAsText) return undefined
  try {
    return JSON.parse(response.bodyAsText)
  } catch {
    // The SDK has already rejected a malformed success body; an error body may be anything.
    return undefined
  }
}

async function read<T>(call: () => Promise<T>): Promise<Read<T>> {
  try {
    return { ok: true, value: await call() }
  } catch (error) {
    return { ok: false, error: toReadError(error) }
  }
}

function mapRead<T, U>(result: Read<T>, map: (value: T) => U): Read<U> {
  return result.ok ? { ok: true, value: map(result.value) } : result
}

export function toReadError(error: unknown): ReadError {
  const e = (error ?? {}) as { statusCode?: unknown; code?: unknown; message?: unknown }
  return {
    status: typeof e.statusCode === 'number' ? e.statusCode : null,
    code: typeof e.code === 'string' && e.code ? e.code : 'RequestFailed',
    message: typeof e.message === 'string' ? e.message : String(error)
  }
}

/** Failures no check can turn into a useful result: the target itself is wrong, or login is. */
function throwIfFatal(workspace: Read<unknown>, target: SnapshotTarget): void {
  if (workspace.ok) return
  const { status, code, message } = workspace.error
  if (status === 404) {
    const where =
      code === 'ResourceGroupNotFound'
        ? `Resource group '${target.resourceGroup}' was not found in subscription '${target.subscriptionId}'.`
        : `Workspace '${target.workspaceName}' was not found in resource group '${target.resourceGroup}' of subscription '${target.subscriptionId}'.`
    throw new ConfigurationError(
      `${where}\nFix: check the inputs \`subscription-id\`, \`resource-group\` and \`workspace-name\` (az ml workspace list --subscription ${target.subscriptionId} --query "[].{name:name, resourceGroup:resourceGroup}" -o table).\nAzure said: ${code}: ${message}`
    )
  }
  if (status === 401) {
    throw new ConfigurationError(
      `Azure Resource Manager rejected the access token (401 ${code}).\nFix: check that \`environment\` (and \`arm-endpoint\`, if set) names the cloud subscription '${target.subscriptionId}' lives in, and that \`tenant-id\` is that subscription's tenant.\nAzure said: ${message}`
    )
  }
}
