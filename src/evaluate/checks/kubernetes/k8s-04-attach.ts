/**
 * K8S-04: the cluster is attached as a Kubernetes compute (legacy AKS computes: a notice or an error).
 */
import { isClusterCompute, isLegacyAksCompute } from '../../clusters.js'
import { K8S_04_RULE } from '../rules/kubernetes.js'
import { resourceName, type Snapshot } from '../../../model/snapshot.js'
import {
  defineCheck,
  equalsIgnoreCase,
  makeResult,
  resourceOf,
  workspaceListUnreadable,
  workspaceResource
} from '../common.js'
import { skipUnlessRoute } from '../routes.js'
import { TYPES } from './shared.js'
import type { Check } from '../../../model/check.js'

function attachCommand(
  snapshot: Snapshot,
  clusterId = '<cluster-id>',
  name = '<compute-name>'
): string {
  const { resourceGroup, workspaceName } = snapshot.target
  return `az ml compute attach --resource-group ${resourceGroup} --workspace-name ${workspaceName} --type Kubernetes --name ${name} --resource-id ${clusterId} --identity-type SystemAssigned --namespace azureml`
}

export const K8S_04: Check = defineCheck(K8S_04_RULE, (snapshot, def) => {
  const skip = skipUnlessRoute(def, snapshot, 'kubernetes')
  if (skip) return skip
  const { resourceGroup, workspaceName } = snapshot.target
  if (!snapshot.computes.ok) {
    return [workspaceListUnreadable(def, snapshot, 'computes', snapshot.computes.error)]
  }
  const computes = snapshot.computes.value.filter(isClusterCompute)
  if (computes.length === 0) {
    return [
      makeResult(
        def,
        'fail',
        workspaceResource(snapshot),
        `No Kubernetes cluster is attached to workspace ${workspaceName}, and the Kubernetes route is checked. ` +
          `Deploy the Azure Machine Learning extension on a secured cluster (K8S-02), then attach it: ${attachCommand(snapshot)}`
      )
    ]
  }
  return computes.flatMap(compute => {
    const resource = resourceOf(compute.id, TYPES.compute, compute.name)
    const cluster = compute.resourceId ? resourceName(compute.resourceId) : undefined
    const succeeded = equalsIgnoreCase(compute.provisioningState, 'Succeeded')
    const state = `provisioning state ${compute.provisioningState ?? 'not reported'}`
    if (!compute.resourceId) {
      return [
        makeResult(
          def,
          'fail',
          resource,
          `Compute ${compute.name} names no cluster (no resourceId). Detach it (az ml compute detach --name ${compute.name} --resource-group ${resourceGroup} --workspace-name ${workspaceName}) and attach the cluster again: ${attachCommand(snapshot)}`
        )
      ]
    }
    if (!isLegacyAksCompute(compute)) {
      return [
        succeeded
          ? makeResult(
              def,
              'pass',
              resource,
              `Kubernetes compute ${compute.name} attaches cluster ${cluster} (Succeeded).`
            )
          : makeResult(
              def,
              'fail',
              resource,
              `Kubernetes compute ${compute.name} (cluster ${cluster}) has ${state}, not Succeeded. Check the extension (K8S-02), then detach and attach it again: ${attachCommand(snapshot, compute.resourceId, compute.name)}`
            )
      ]
    }
    const move = `Move to the extension route: deploy the extension (K8S-02), then ${attachCommand(snapshot, compute.resourceId)}, redeploy the endpoints to it and detach ${compute.name}.`
    const legacy = `Compute ${compute.name} is a legacy AKS compute; Kubernetes online endpoints use a Kubernetes compute with the Azure Machine Learning extension. ${move}`
    const internal = equalsIgnoreCase(compute.loadBalancerType, 'InternalLoadBalancer')
    // One result for the compute: even a private, succeeded legacy compute is a notice to move.
    if (internal && succeeded) {
      return [
        {
          ...makeResult(
            def,
            'fail',
            resource,
            `Legacy AKS compute ${compute.name} (cluster ${cluster}) is Succeeded and scores through an internal load balancer, so it is not public. ${legacy}`
          ),
          severity: 'notice' as const
        }
      ]
    }
    return [
      makeResult(
        def,
        'fail',
        resource,
        `Legacy AKS compute ${compute.name} (cluster ${cluster}) ${
          internal
            ? `has ${state}, not Succeeded`
            : `scores through ${compute.loadBalancerType === undefined ? 'the default public load balancer (no loadBalancerType set)' : `load balancer type ${compute.loadBalancerType}`}, reachable from the internet`
        }. ${legacy}`
      )
    ]
  })
})
