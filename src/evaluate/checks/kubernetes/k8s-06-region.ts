/**
 * K8S-06: with a workspace private endpoint, the AKS cluster is in the workspace's region.
 */
import { K8S_06_RULE } from '../rules/kubernetes.js'
import { defineCheck, makeResult, resourceGroupOf, unreadableResult } from '../common.js'
import {
  attachCommand,
  clusterResource,
  createExtensionFix,
  eachAksCluster,
  joinFixes,
  orPlaceholder,
  sh
} from './shared.js'
import type { Check } from '../../../model/check.js'
import { text } from '../../../model/text.js'

/** Azure region names compare without case and spaces (`East US 2` is `eastus2`). */
function regionKey(region: string | undefined): string {
  return (region ?? '').replace(/\s+/g, '').toLowerCase()
}

export const K8S_06: Check = defineCheck(K8S_06_RULE, (snapshot, def) => {
  const { workspaceName, workspaceId } = snapshot.target
  return eachAksCluster(
    def,
    snapshot,
    name =>
      text`Cluster \`${name}\` is not an AKS cluster: the region requirement of the Kubernetes inferencing article is about AKS.`,
    (cluster, attached) => {
      const resource = clusterResource(attached)
      const rg = orPlaceholder(resourceGroupOf(cluster.id), '<resource-group>')
      const read = snapshot.workspace
      if (!read.ok) {
        return unreadableResult(
          def,
          resource,
          text`workspace \`${workspaceName}\``,
          workspaceId,
          read.error
        )
      }
      const ws = read.value
      if (ws.privateEndpointConnections.length === 0) {
        return makeResult(
          def,
          'skipped',
          resource,
          text`Workspace \`${ws.name}\` has no private endpoint, so AKS cluster \`${cluster.name}\` may be in another region (the article requires the same region only with a private endpoint).`
        )
      }
      if (!cluster.location) {
        return makeResult(
          def,
          'unknown',
          resource,
          text`AKS cluster \`${cluster.name}\` reports no location, so it could not be compared with the region of workspace \`${ws.name}\` (\`${ws.location}\`). The command prints the cluster's region.`,
          {
            remedy: {
              commands: [
                sh`az aks show --resource-group ${rg} --name ${cluster.name} --query location --output tsv`
              ]
            }
          }
        )
      }
      if (regionKey(cluster.location) === regionKey(ws.location)) {
        return makeResult(
          def,
          'pass',
          resource,
          text`AKS cluster \`${cluster.name}\` is in \`${cluster.location}\`, the region of workspace \`${ws.name}\`, which has a private endpoint.`
        )
      }
      // A cluster cannot move: a new one in the workspace's region, with the extension, attached.
      const region = regionKey(ws.location)
      const name = `${cluster.name.slice(0, 62 - region.length)}-${region}`
      const subscription = /^\/subscriptions\/([^/]+)/i.exec(cluster.id)?.[1] ?? '<subscription>'
      const newId = `/subscriptions/${subscription}/resourceGroups/${resourceGroupOf(cluster.id) ?? ''}/providers/Microsoft.ContainerService/managedClusters/${name}`
      const compute = `k8s-${region}`.slice(0, 16).replace(/-$/, '')
      const remedy = joinFixes([
        {
          commands: [
            sh`az aks create --resource-group ${rg} --name ${name} --location ${region} --vnet-subnet-id <subnet-id> --network-plugin azure --network-policy azure --enable-private-cluster`
          ],
          placeholders: text`\`<subnet-id>\` is the resource id of a subnet in \`${region}\` whose virtual network reaches the workspace's private endpoint.`
        },
        createExtensionFix({ id: newId, kind: 'aks', name }),
        { commands: [attachCommand(snapshot, newId, compute)] }
      ])
      return makeResult(
        def,
        'fail',
        resource,
        text`AKS cluster \`${cluster.name}\` is in \`${cluster.location}\`, but workspace \`${ws.name}\` has a private endpoint and is in \`${ws.location}\`; with a private endpoint the cluster must be in the workspace's region. A cluster cannot change region: create one in \`${region}\`, deploy the extension on it and attach it as compute \`${compute}\`, then move the deployments.`,
        remedy ? { remedy } : {}
      )
    }
  )
})
