/**
 * K8S-04: the cluster is attached as a Kubernetes compute (legacy AKS computes: a notice or an error).
 */
import { clusterKind, isClusterCompute, isLegacyAksCompute } from '../../clusters.js'
import { K8S_04_RULE } from '../rules/kubernetes.js'
import { resourceName, type Compute } from '../../../model/snapshot.js'
import {
  defineCheck,
  equalsIgnoreCase,
  makeResult,
  resourceOf,
  workspaceListUnreadable,
  workspaceResource
} from '../common.js'
import { skipUnlessRoute } from '../routes.js'
import {
  attachCommand,
  CLUSTER_ID_PLACEHOLDER,
  createExtensionFix,
  detachCommand,
  joinFixes,
  TYPES,
  raw
} from './shared.js'
import type { Check } from '../../../model/check.js'
import { concatText, text } from '../../../model/text.js'

const COMPUTE_NAME_PLACEHOLDER = text`\`<compute-name>\` is the name the workspace gives the cluster (2 to 16 letters, digits and hyphens).`

/** A name for the Kubernetes compute that replaces legacy compute `name` (at most 16 characters). */
function replacementComputeName(name: string, computes: Compute[]): string {
  const taken = new Set(computes.map(c => c.name.toLowerCase()))
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '-k8s' : `-k8s${n}`
    const candidate = `${name.slice(0, 16 - suffix.length)}${suffix}`
    if (!taken.has(candidate.toLowerCase())) return candidate
  }
}

export const K8S_04: Check = defineCheck(K8S_04_RULE, (snapshot, def) => {
  const skip = skipUnlessRoute(def, snapshot, 'kubernetes')
  if (skip) return skip
  const { workspaceName } = snapshot.target
  if (!snapshot.computes.ok) {
    return [workspaceListUnreadable(def, snapshot, 'computes', snapshot.computes.error)]
  }
  const all = snapshot.computes.value
  const computes = all.filter(isClusterCompute)
  if (computes.length === 0) {
    return [
      makeResult(
        def,
        'fail',
        workspaceResource(snapshot),
        text`No Kubernetes cluster is attached to workspace \`${workspaceName}\`, and the Kubernetes route is checked. Deploy the Azure Machine Learning extension on a secured cluster (K8S-02), then attach it.`,
        {
          remedy: {
            commands: [attachCommand(snapshot, raw('<cluster-id>'), raw('<compute-name>'))],
            placeholders: concatText(CLUSTER_ID_PLACEHOLDER, text` `, COMPUTE_NAME_PLACEHOLDER)
          }
        }
      )
    ]
  }
  return computes.flatMap(compute => {
    const resource = resourceOf(compute.id, TYPES.compute, compute.name)
    const cluster = compute.resourceId ? resourceName(compute.resourceId) : undefined
    const succeeded = equalsIgnoreCase(compute.provisioningState, 'Succeeded')
    const state =
      compute.provisioningState === undefined
        ? text`provisioning state not reported`
        : text`provisioning state \`${compute.provisioningState}\``
    if (!compute.resourceId) {
      return [
        makeResult(
          def,
          'fail',
          resource,
          text`Compute \`${compute.name}\` names no cluster (no \`resourceId\`). Detach it and attach the cluster again.`,
          {
            remedy: {
              commands: [
                detachCommand(snapshot, compute.name),
                attachCommand(snapshot, raw('<cluster-id>'), compute.name)
              ],
              placeholders: CLUSTER_ID_PLACEHOLDER
            }
          }
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
              text`Kubernetes compute \`${compute.name}\` attaches cluster \`${cluster ?? ''}\` (Succeeded).`
            )
          : makeResult(
              def,
              'fail',
              resource,
              text`Kubernetes compute \`${compute.name}\` (cluster \`${cluster ?? ''}\`) has ${state}, not Succeeded. Check the extension (K8S-02), then detach the compute and attach it again.`,
              {
                remedy: {
                  commands: [
                    detachCommand(snapshot, compute.name),
                    attachCommand(snapshot, compute.resourceId, compute.name)
                  ]
                }
              }
            )
      ]
    }
    const newName = replacementComputeName(compute.name, all)
    const kind = clusterKind(compute.resourceId)
    // Move to the extension route: the extension on the same cluster, then a Kubernetes compute.
    const move = joinFixes([
      ...(kind === 'other'
        ? []
        : [
            createExtensionFix({
              id: compute.resourceId,
              kind,
              name: resourceName(compute.resourceId)
            })
          ]),
      { commands: [attachCommand(snapshot, compute.resourceId, newName)] }
    ])
    const legacy = text`Compute \`${compute.name}\` is a legacy AKS compute; Kubernetes online endpoints use a Kubernetes compute with the Azure Machine Learning extension. Move to the extension route: deploy the extension (K8S-02) and attach the cluster as Kubernetes compute \`${newName}\`, redeploy the endpoints to it, then detach \`${compute.name}\`.`
    const extras = move ? { remedy: move } : {}
    const internal = equalsIgnoreCase(compute.loadBalancerType, 'InternalLoadBalancer')
    // One result for the compute: even a private, succeeded legacy compute is a notice to move.
    if (internal && succeeded) {
      return [
        {
          ...makeResult(
            def,
            'fail',
            resource,
            text`Legacy AKS compute \`${compute.name}\` (cluster \`${cluster ?? ''}\`) is Succeeded and scores through an internal load balancer, so it is not public. ${legacy}`,
            extras
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
        text`Legacy AKS compute \`${compute.name}\` (cluster \`${cluster ?? ''}\`) ${
          internal
            ? text`has ${state}, not Succeeded`
            : compute.loadBalancerType === undefined
              ? text`scores through the default public load balancer (no \`loadBalancerType\` set), reachable from the internet`
              : text`scores through load balancer type \`${compute.loadBalancerType}\`, reachable from the internet`
        }. ${legacy}`,
        extras
      )
    ]
  })
})
