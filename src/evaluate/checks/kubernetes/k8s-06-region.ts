/**
 * K8S-06: with a workspace private endpoint, the AKS cluster is in the workspace's region.
 */
import { K8S_06_RULE } from '../rules/kubernetes.js'
import { defineCheck, makeResult, resourceGroupOf } from '../common.js'
import { clusterResource, eachAksCluster } from './shared.js'
import type { Check } from '../../../model/check.js'

/** Azure region names compare without case and spaces (`East US 2` is `eastus2`). */
function regionKey(region: string | undefined): string {
  return (region ?? '').replace(/\s+/g, '').toLowerCase()
}

export const K8S_06: Check = defineCheck(K8S_06_RULE, (snapshot, def) => {
  const ws = snapshot.workspace.ok ? snapshot.workspace.value : undefined
  return eachAksCluster(
    def,
    snapshot,
    name =>
      `Cluster ${name} is not an AKS cluster: the region requirement of the Kubernetes inferencing article is about AKS.`,
    (cluster, attached) => {
      const resource = clusterResource(attached)
      if (!ws) {
        return makeResult(
          def,
          'unknown',
          resource,
          `The workspace could not be read, so whether AKS cluster ${cluster.name} must share its region is unknown; see the workspace results.`
        )
      }
      if (ws.privateEndpointConnections.length === 0) {
        return makeResult(
          def,
          'skipped',
          resource,
          `Workspace ${ws.name} has no private endpoint, so AKS cluster ${cluster.name} may be in another region (the article requires the same region only with a private endpoint).`
        )
      }
      if (!cluster.location) {
        return makeResult(
          def,
          'unknown',
          resource,
          `AKS cluster ${cluster.name} reports no location, so it could not be compared with the region of workspace ${ws.name} (${ws.location}).`
        )
      }
      if (regionKey(cluster.location) === regionKey(ws.location)) {
        return makeResult(
          def,
          'pass',
          resource,
          `AKS cluster ${cluster.name} is in ${cluster.location}, the region of workspace ${ws.name}, which has a private endpoint.`
        )
      }
      const rg = resourceGroupOf(cluster.id) ?? '<resource-group>'
      return makeResult(
        def,
        'fail',
        resource,
        `AKS cluster ${cluster.name} is in ${cluster.location}, but workspace ${ws.name} has a private endpoint and is in ${ws.location}; with a private endpoint the cluster must be in the workspace's region. ` +
          `A cluster cannot change region: create one in ${ws.location} (az aks create --resource-group ${rg} --name <cluster> --location ${regionKey(ws.location)} ...), deploy the extension and attach it (az ml compute attach --resource-group ${snapshot.target.resourceGroup} --workspace-name ${snapshot.target.workspaceName} --type Kubernetes --name <compute> --resource-id <new-cluster-id>), then move the deployments.`
      )
    }
  )
})
