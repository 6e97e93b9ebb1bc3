/**
 * The workspace as it will be: the live snapshot with its `planned` resources laid over it,
 * in the shapes ARM reports (src/model/normalize.ts), so every check judges it unchanged.
 * A planned endpoint replaces the live one of the same name (names compare case-insensitively,
 * as ARM's do) or is added; a planned deployment likewise under its endpoint. A key the file
 * leaves out is absent, as on a resource created from that file: the service default applies.
 * A live list that could not be read stays unread: what is planned cannot make it known.
 */
import {
  resourceKey,
  type OnlineDeployment,
  type OnlineEndpoint,
  type PlannedResource,
  type Snapshot
} from '../model/snapshot.js'

export function overlayPlanned(snapshot: Snapshot): Snapshot {
  const planned = snapshot.planned
  if (!planned || planned.resources.length === 0) return snapshot
  const workspaceId = snapshot.target.workspaceId
  const live = snapshot.onlineEndpoints
  const endpoints = live.ok ? [...live.value] : []
  for (const resource of planned.resources) {
    if (resource.kind !== 'onlineEndpoint') continue
    const index = endpoints.findIndex(e => sameName(e.name, resource.name))
    const id = index >= 0 ? endpoints[index]!.id : `${workspaceId}/onlineEndpoints/${resource.name}`
    const endpoint = plannedEndpoint(resource, id, workspaceId)
    if (index >= 0) endpoints[index] = endpoint
    else endpoints.push(endpoint)
  }
  const onlineDeployments = { ...snapshot.onlineDeployments }
  // A new endpoint starts with no deployments but the planned ones.
  for (const endpoint of endpoints) {
    const key = resourceKey(endpoint.id)
    if (live.ok && !live.value.some(e => e.id === endpoint.id) && !onlineDeployments[key]) {
      onlineDeployments[key] = { ok: true, value: [] }
    }
  }
  for (const resource of planned.resources) {
    if (resource.kind !== 'onlineDeployment' || !resource.endpointName) continue
    const endpointName = resource.endpointName
    const endpointId =
      endpoints.find(e => sameName(e.name, endpointName))?.id ??
      `${workspaceId}/onlineEndpoints/${endpointName}`
    const key = resourceKey(endpointId)
    const read = onlineDeployments[key] ?? { ok: true, value: [] }
    if (!read.ok) continue
    const list = [...read.value]
    const index = list.findIndex(d => sameName(d.name, resource.name))
    const deployment = plannedDeployment(
      resource,
      index >= 0 ? list[index]!.id : `${endpointId}/deployments/${resource.name}`,
      // An update keeps the deployment's creation time; a new one is created after this read.
      index >= 0 ? list[index]!.createdAt : snapshot.collectedAt
    )
    if (index >= 0) list[index] = deployment
    else list.push(deployment)
    onlineDeployments[key] = { ok: true, value: list }
  }
  return {
    ...snapshot,
    onlineEndpoints: live.ok ? { ok: true, value: endpoints } : live,
    onlineDeployments
  }
}

/**
 * Planned deployments whose endpoint is neither live nor planned: `az ml` would refuse them, and
 * no check sees them, so the run says so rather than pass them in silence.
 */
export function unattachedDeployments(overlaid: Snapshot): PlannedResource[] {
  const endpoints = overlaid.onlineEndpoints
  if (!endpoints.ok) return []
  return (overlaid.planned?.resources ?? []).filter(
    r =>
      r.kind === 'onlineDeployment' &&
      !endpoints.value.some(e => sameName(e.name, r.endpointName ?? ''))
  )
}

/** The planned resource an endpoint or deployment of the overlaid snapshot comes from. */
export function plannedSourceOf(
  snapshot: Pick<Snapshot, 'planned'>,
  resourceId: string
): PlannedResource | undefined {
  const id = resourceId.toLowerCase()
  return snapshot.planned?.resources.find(r => {
    const tail =
      r.kind === 'onlineEndpoint'
        ? `/onlineendpoints/${r.name}`
        : `/onlineendpoints/${r.endpointName ?? ''}/deployments/${r.name}`
    return id.endsWith(tail.toLowerCase())
  })
}

function plannedEndpoint(
  resource: PlannedResource,
  id: string,
  workspaceId: string
): OnlineEndpoint {
  return {
    id,
    name: resource.name,
    computeType: resource.computeType,
    // ARM reports a Kubernetes endpoint's compute as the compute's id.
    ...(resource.compute ? { compute: `${workspaceId}/computes/${resource.compute}` } : {}),
    ...(resource.publicNetworkAccess ? { publicNetworkAccess: resource.publicNetworkAccess } : {})
  }
}

function plannedDeployment(
  resource: PlannedResource,
  id: string,
  createdAt: string | undefined
): OnlineDeployment {
  return {
    id,
    name: resource.name,
    endpointComputeType: resource.computeType,
    ...(resource.egressPublicNetworkAccess
      ? { egressPublicNetworkAccess: resource.egressPublicNetworkAccess }
      : {}),
    ...(createdAt ? { createdAt } : {})
  }
}

function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase()
}
