/**
 * The Kubernetes clusters attached to the workspace, found once for every reader: which computes
 * attach a cluster, the cluster each names, whether it is AKS or Arc-enabled, and what the
 * snapshot holds of an AKS cluster's body. Pure; route.ts, network-target.ts and the K8S checks
 * use it.
 */
import { parseResourceId } from '../model/resource-id.js'
import {
  resourceKey,
  resourceName,
  type Compute,
  type ManagedCluster,
  type ReadError,
  type Snapshot
} from '../model/snapshot.js'

/** Kubernetes computes (AKS or Arc, through the extension) and legacy AKS computes attach a cluster. */
export function isClusterCompute(compute: Compute): boolean {
  const type = compute.computeType?.toLowerCase()
  return type === 'kubernetes' || type === 'aks'
}

export function isLegacyAksCompute(compute: Compute): boolean {
  return compute.computeType?.toLowerCase() === 'aks'
}

export type ClusterKind = 'aks' | 'arc' | 'other'

/** What a compute's `resourceId` points at. */
export function clusterKind(id: string): ClusterKind {
  const parts = parseResourceId(id)
  const type = `${parts?.provider}/${parts?.segments[0]}`.toLowerCase()
  if (parts?.segments.length !== 2) return 'other'
  if (type === 'microsoft.containerservice/managedclusters') return 'aks'
  if (type === 'microsoft.kubernetes/connectedclusters') return 'arc'
  return 'other'
}

/** A cluster attached through one or more computes. */
export interface AttachedCluster {
  id: string
  name: string
  kind: ClusterKind
  computes: Compute[]
  /** Attached through a Kubernetes compute (the extension route), not only a legacy AKS compute. */
  viaExtension: boolean
}

/** The clusters the computes attach, one per cluster id (case-insensitive), in compute order. */
export function attachedClusters(computes: Compute[]): AttachedCluster[] {
  const byId = new Map<string, AttachedCluster>()
  for (const compute of computes.filter(isClusterCompute)) {
    if (!compute.resourceId) continue
    const key = resourceKey(compute.resourceId)
    const cluster = byId.get(key) ?? {
      id: compute.resourceId,
      name: resourceName(compute.resourceId),
      kind: clusterKind(compute.resourceId),
      computes: [],
      viaExtension: false
    }
    cluster.computes.push(compute)
    cluster.viaExtension ||= !isLegacyAksCompute(compute)
    byId.set(key, cluster)
  }
  return [...byId.values()]
}

/** What the snapshot holds of an attached cluster's AKS body, or why it holds none. */
export type AksClusterRead =
  | { kind: 'found'; cluster: ManagedCluster }
  /** Arc-enabled or not a cluster at all: there is no AKS body to read. */
  | { kind: 'not-aks' }
  /** Collection did not read it: a bug of ours. */
  | { kind: 'not-read' }
  /** HTTP 404: the cluster no longer exists. */
  | { kind: 'gone'; error: ReadError }
  | { kind: 'unreadable'; error: ReadError }

export function aksClusterRead(
  managedClusters: Snapshot['managedClusters'],
  cluster: AttachedCluster
): AksClusterRead {
  if (cluster.kind !== 'aks') return { kind: 'not-aks' }
  const read = managedClusters[resourceKey(cluster.id)]
  if (!read) return { kind: 'not-read' }
  if (!read.ok) {
    return read.error.status === 404
      ? { kind: 'gone', error: read.error }
      : { kind: 'unreadable', error: read.error }
  }
  return { kind: 'found', cluster: read.value }
}
