/**
 * The prologue the K8S checks share: the attached clusters to judge (or why there are none), the
 * result resource and CLI arguments of a cluster, and an AKS cluster's body (or why it is missing).
 */
import { aksClusterRead, attachedClusters, type AttachedCluster } from '../../clusters.js'
import type { ManagedCluster, Snapshot } from '../../../model/snapshot.js'
import {
  makeResult,
  resourceGroupOf,
  resourceOf,
  unreadableDetail,
  workspaceListUnreadable,
  workspaceResource
} from '../common.js'
import { skipUnlessRoute } from '../routes.js'
import type { CheckDefinition, CheckResult } from '../../../model/check.js'

export const TYPES = {
  aks: 'Microsoft.ContainerService/managedClusters',
  arc: 'Microsoft.Kubernetes/connectedClusters',
  compute: 'Microsoft.MachineLearningServices/workspaces/computes',
  extension: 'Microsoft.KubernetesConfiguration/extensions'
}

export const NOT_COLLECTED =
  'was not read (a bug in aml-inference-guard: please report it with the JSON report attached)'

export function clusterResource(cluster: AttachedCluster): CheckResult['resource'] {
  return resourceOf(cluster.id, cluster.kind === 'arc' ? TYPES.arc : TYPES.aks, cluster.name)
}

/** `--cluster-type managedClusters|connectedClusters --cluster-name <c> --resource-group <rg>` */
export function clusterArgs(cluster: AttachedCluster): string {
  const type = cluster.kind === 'arc' ? 'connectedClusters' : 'managedClusters'
  return `--cluster-type ${type} --cluster-name ${cluster.name} --resource-group ${resourceGroupOf(cluster.id) ?? '<resource-group>'}`
}

/** Route, then the compute list: the clusters to evaluate, or the results to return instead. */
export function clustersOrResults(
  def: CheckDefinition,
  snapshot: Snapshot
): { results: CheckResult[] } | { clusters: AttachedCluster[] } {
  const skip = skipUnlessRoute(def, snapshot, 'kubernetes')
  if (skip) return { results: skip }
  const { workspaceName } = snapshot.target
  if (!snapshot.computes.ok) {
    return {
      results: [workspaceListUnreadable(def, snapshot, 'computes', snapshot.computes.error)]
    }
  }
  const clusters = attachedClusters(snapshot.computes.value)
  if (clusters.length === 0) {
    return {
      results: [
        makeResult(
          def,
          'skipped',
          workspaceResource(snapshot),
          `No Kubernetes cluster is attached to workspace ${workspaceName} yet, so there is no cluster to check; K8S-04 says how to attach one.`
        )
      ]
    }
  }
  return { clusters }
}

/**
 * An AKS cluster's body for a check that needs it, or the result that says why it is missing
 * (Arc clusters: `arcDetail`; a cluster that no longer exists is K8S-01's to report).
 */
function aksClusterOr(
  def: CheckDefinition,
  snapshot: Snapshot,
  cluster: AttachedCluster,
  arcDetail: string
): { cluster: ManagedCluster } | { result: CheckResult } {
  const resource = clusterResource(cluster)
  const read = aksClusterRead(snapshot.managedClusters, cluster)
  switch (read.kind) {
    case 'found':
      return { cluster: read.cluster }
    case 'not-aks':
      return { result: makeResult(def, 'skipped', resource, arcDetail) }
    case 'not-read':
      return {
        result: makeResult(
          def,
          'unknown',
          resource,
          `AKS cluster ${cluster.name} ${NOT_COLLECTED}.`
        )
      }
    case 'gone':
      return {
        result: makeResult(
          def,
          'unknown',
          resource,
          `AKS cluster ${cluster.name} no longer exists; K8S-01 says how to detach it.`
        )
      }
    case 'unreadable':
      return {
        result: makeResult(
          def,
          'unknown',
          resource,
          unreadableDetail(`AKS cluster ${cluster.name}`, resourceGroupOf(cluster.id), read.error)
        )
      }
  }
}

/**
 * The prologue K8S-06, K8S-07 and K8S-09 share: the route, the attached clusters, then each AKS
 * cluster's body handed to `judge` (Arc clusters skipped with `arcDetail`, unreadable ones unknown).
 */
export function eachAksCluster(
  def: CheckDefinition,
  snapshot: Snapshot,
  arcDetail: (clusterName: string) => string,
  judge: (cluster: ManagedCluster, attached: AttachedCluster) => CheckResult | CheckResult[]
): CheckResult[] {
  const pre = clustersOrResults(def, snapshot)
  if ('results' in pre) return pre.results
  return pre.clusters.flatMap(attached => {
    const found = aksClusterOr(def, snapshot, attached, arcDetail(attached.name))
    return 'result' in found ? [found.result] : judge(found.cluster, attached)
  })
}
