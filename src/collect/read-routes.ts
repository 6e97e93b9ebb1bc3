/**
 * Reads for the two inference routes, every failure recorded:
 *
 *   endpoints ── deployments (one list per endpoint, concurrently)
 *   computes ──┬─ AKS clusters named by Kubernetes/AKS computes (Arc clusters are not read)
 *              └─ extensions of each of those clusters (AKS and Arc)
 *   outbound rules (the workspace's managed network; concurrent with the rest)
 *
 * Computes and outbound rules need only the workspace id, so they start with
 * the first reads; deployments start as soon as the endpoint list is in.
 */
import { createPipelineRequest } from '@azure/core-rest-pipeline'
import { clusterKind, isClusterCompute } from '../evaluate/clusters.js'
import {
  resourceKey,
  type ClusterExtension,
  type Compute,
  type ManagedCluster,
  type OnlineEndpoint,
  type Read,
  type Snapshot,
  type SnapshotTarget
} from '../model/snapshot.js'
import { API_VERSIONS, type AzureClients } from './clients.js'
import { refuseForeignLink } from './pipeline.js'
import type { KnownResources } from './known.js'
import {
  toClusterExtension,
  toCompute,
  toManagedCluster,
  toOnlineDeployment,
  toOutboundRule
} from '../model/normalize.js'
import {
  PageLinks,
  getRaw,
  invalidResourceId,
  leafRead,
  listRaw,
  listShapeError,
  mapRead,
  read
} from './read.js'
import { parseResourceId } from '../model/resource-id.js'
import { contextGet } from './client-context.js'

export type RouteResources = Pick<
  Snapshot,
  'onlineDeployments' | 'computes' | 'outboundRules' | 'managedClusters' | 'clusterExtensions'
>

type MachineLearningClient = Awaited<ReturnType<AzureClients['machineLearning']>>

/** Route reads, each started as soon as what it needs is known; awaited separately by collection. */
export interface RouteReads {
  onlineDeployments: Promise<RouteResources['onlineDeployments']>
  computes: Promise<RouteResources['computes']>
  outboundRules: Promise<RouteResources['outboundRules']>
  clusters: Promise<Pick<RouteResources, 'managedClusters' | 'clusterExtensions'>>
}

/** Starts the route reads: computes and outbound rules now, deployments once the endpoint list is in. */
export function startRouteReads(
  clients: AzureClients,
  ml: MachineLearningClient,
  target: SnapshotTarget,
  onlineEndpoints: Promise<Read<OnlineEndpoint[]>>,
  known?: KnownResources
): RouteReads {
  const { resourceGroup, workspaceName } = target

  const deployments = onlineEndpoints.then(endpoints =>
    Promise.all(
      (endpoints.ok ? endpoints.value : []).map(async endpoint => {
        // Leaf reads: nothing waits for a deployment list, and 200 of them must not hold up the
        // network chain behind the concurrency bound.
        const raw = await read(() =>
          leafRead(() =>
            listRaw(o =>
              ml.onlineDeployments.list(resourceGroup, workspaceName, endpoint.name, o).byPage()
            )
          )
        )
        return [
          resourceKey(endpoint.id),
          mapRead(raw, items => items.map(toOnlineDeployment))
        ] as const
      })
    )
  )
  // The SDK (2022-10-01) has no operation for this list: the request goes through its pipeline.
  // A leaf read too: no other read depends on the outbound rules.
  const outboundRules = read(() =>
    leafRead(() => listByUrl(ml, clients.armEndpoint, `${target.workspaceId}/outboundRules`))
  ).then(raw => mapRead(raw, items => items.map(toOutboundRule)))
  const computes = read(() =>
    listRaw(o => ml.computeOperations.list(resourceGroup, workspaceName, o).byPage())
  ).then(raw => mapRead(raw, items => items.map(toCompute)))

  return {
    onlineDeployments: deployments.then(entries => Object.fromEntries(entries)),
    computes,
    outboundRules,
    clusters: computes.then(result => readClusters(clients, result, known))
  }
}

/** Cluster ids named by Kubernetes and AKS computes, first spelling kept. */
function clusterIds(computes: Read<Compute[]>): string[] {
  if (!computes.ok) return []
  const ids = new Map<string, string>()
  for (const compute of computes.value) {
    if (isClusterCompute(compute) && compute.resourceId) {
      ids.set(
        resourceKey(compute.resourceId),
        ids.get(resourceKey(compute.resourceId)) ?? compute.resourceId
      )
    }
  }
  return [...ids.values()]
}

async function readClusters(
  clients: AzureClients,
  computes: Read<Compute[]>,
  known: KnownResources | undefined
): Promise<Pick<RouteResources, 'managedClusters' | 'clusterExtensions'>> {
  const ids = clusterIds(computes)
  const [clusters, extensions] = await Promise.all([
    Promise.all(
      ids
        .filter(id => clusterKind(id) === 'aks')
        .map(async id => [resourceKey(id), await readManagedCluster(clients, id, known)] as const)
    ),
    Promise.all(
      ids
        .filter(id => clusterKind(id) !== 'other')
        .map(async id => [resourceKey(id), await readExtensions(clients, id, known)] as const)
    )
  ])
  return {
    managedClusters: Object.fromEntries(clusters),
    clusterExtensions: Object.fromEntries(extensions)
  }
}

async function readManagedCluster(
  clients: AzureClients,
  id: string,
  known: KnownResources | undefined
): Promise<Read<ManagedCluster>> {
  const parts = parseResourceId(id)
  if (!parts || parts.segments.length !== 2) {
    return invalidResourceId(id, 'Microsoft.ContainerService/managedClusters')
  }
  const body = known?.body(id)
  if (body !== undefined) return { ok: true, value: toManagedCluster(body) }
  const client = await clients.containerService(parts.subscriptionId)
  // The path ManagedClusters_Get builds in the generated `managedClusters.get` (RFC 3986
  // escaping of its parameters), with the pinned api-version; sent through the client context.
  const path = `/subscriptions/${rfc3986(parts.subscriptionId)}/resourceGroups/${rfc3986(parts.resourceGroup)}/providers/Microsoft.ContainerService/managedClusters/${rfc3986(parts.segments[1]!)}?api-version=${API_VERSIONS['Microsoft.ContainerService']}`
  const raw = await read(() => getRaw(({ onResponse }) => contextGet(client, path, onResponse)))
  return mapRead(raw, toManagedCluster)
}

/** A path parameter escaped as the generated TypeSpec operations escape it (`!'()*` too). */
function rfc3986(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    c => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
  )
}

async function readExtensions(
  clients: AzureClients,
  id: string,
  known: KnownResources | undefined
): Promise<Read<ClusterExtension[]>> {
  const parts = parseResourceId(id)
  if (!parts || parts.segments.length !== 2) return invalidResourceId(id, 'Kubernetes cluster')
  const extensions = known?.clusterExtensions(id)
  if (extensions !== undefined) return { ok: true, value: extensions.map(toClusterExtension) }
  // clusterRp / clusterResourceName as the extensions API names them.
  const [rp, type] =
    clusterKind(id) === 'arc'
      ? ['Microsoft.Kubernetes', 'connectedClusters']
      : ['Microsoft.ContainerService', 'managedClusters']
  const client = await clients.kubernetesConfiguration(parts.subscriptionId)
  const raw = await read(() =>
    listRaw(o =>
      client.extensions.list(parts.resourceGroup, rp, type, parts.segments[1]!, o).byPage()
    )
  )
  return mapRead(raw, items => items.map(toClusterExtension))
}

/**
 * GET a list by path through the SDK client's pipeline (its credential and
 * scope), following `nextLink` pages. A nextLink to another host is refused:
 * the pipeline would send it the ARM token.
 */
export async function listByUrl(
  client: Pick<MachineLearningClient, 'sendRequest'>,
  armEndpoint: string,
  path: string,
  apiVersion: string = API_VERSIONS['Microsoft.MachineLearningServices']
): Promise<unknown[]> {
  const origin = new URL(armEndpoint).origin
  const items: unknown[] = []
  const links = new PageLinks()
  let url: string | undefined = `${origin}${path}?api-version=${encodeURIComponent(apiVersion)}`
  // PageLinks ends a list that never ends (a repeated link, or more than MAX_PAGES pages).
  while (url !== undefined) {
    const response = await client.sendRequest(createPipelineRequest({ url, method: 'GET' }))
    const body = parseJson(response.bodyAsText)
    if (response.status !== 200) {
      const error = (body?.['error'] ?? {}) as { code?: unknown; message?: unknown }
      throw Object.assign(
        new Error(typeof error.message === 'string' ? error.message : `HTTP ${response.status}`),
        {
          statusCode: response.status,
          code: typeof error.code === 'string' ? error.code : 'RequestFailed'
        }
      )
    }
    const malformed = listShapeError(body, response)
    if (malformed) throw malformed
    const { value, nextLink: next } = body as { value: unknown[]; nextLink?: string | null }
    items.push(...value)
    links.add(next)
    links.check()
    url = typeof next === 'string' && next ? next : undefined
    if (url !== undefined) url = new URL(url, origin).href
    if (url !== undefined) refuseForeignLink(url, origin)
  }
  return items
}

function parseJson(text: string | null | undefined): Record<string, unknown> | undefined {
  if (!text) return undefined
  try {
    // Any JSON value: listShapeError names what it is when it is not an object.
    return JSON.parse(text) as Record<string, unknown>
  } catch {
    return undefined
  }
}
