/**
 * K8S-07: a private AKS cluster has no public FQDN.
 */
import { K8S_07_RULE } from '../rules/kubernetes.js'
import { defineCheck, makeResult, resourceGroupOf } from '../common.js'
import { clusterResource, eachAksCluster, orPlaceholder, sh } from './shared.js'
import type { Check } from '../../../model/check.js'
import { text } from '../../../model/text.js'

export const K8S_07: Check = defineCheck(K8S_07_RULE, (snapshot, def) => {
  return eachAksCluster(
    def,
    snapshot,
    name => text`Cluster \`${name}\` is not an AKS cluster: the public FQDN setting is AKS's.`,
    (cluster, attached) => {
      const resource = clusterResource(attached)
      if (cluster.enablePrivateCluster !== true) {
        return makeResult(
          def,
          'skipped',
          resource,
          text`AKS cluster \`${cluster.name}\` is not a private cluster, so it has no private-cluster public FQDN; K8S-01 judges its API server.`
        )
      }
      if (cluster.enablePrivateClusterPublicFqdn === true) {
        return makeResult(
          def,
          'fail',
          resource,
          text`Private AKS cluster \`${cluster.name}\` also has a public FQDN (\`enablePrivateClusterPublicFQDN\`), which Azure Machine Learning does not support. Remove it.`,
          {
            remedy: {
              commands: [
                sh`az aks update --resource-group ${orPlaceholder(resourceGroupOf(cluster.id), '<resource-group>')} --name ${cluster.name} --disable-public-fqdn`
              ]
            }
          }
        )
      }
      return makeResult(
        def,
        'pass',
        resource,
        text`Private AKS cluster \`${cluster.name}\` has no public FQDN (\`enablePrivateClusterPublicFQDN\` is ${cluster.enablePrivateClusterPublicFqdn === false ? text`false` : text`not set, false by default`}).`
      )
    }
  )
})
