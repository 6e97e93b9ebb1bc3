/**
 * K8S-05: each Kubernetes online endpoint targets an attached cluster that passes K8S-01..03.
 */
import { attachedClusters } from '../../clusters.js'
import { K8S_05_RULE } from '../rules/kubernetes.js'
import { resourceName } from '../../../model/snapshot.js'
import {
  defineCheck,
  equalsIgnoreCase,
  makeResult,
  RESOURCE_TYPES,
  resourceOf,
  unreadableDetail,
  workspaceResource
} from '../common.js'
import { skipUnlessRoute } from '../routes.js'
import { evaluateClusterSecurity } from './k8s-01-secure-cluster.js'
import { evaluateExtension } from './k8s-02-extension.js'
import { evaluateRouter } from './k8s-03-router.js'
import type { Check, CheckResult, Severity } from '../../../model/check.js'

const SEVERITY_RANK: Record<Severity, number> = { notice: 0, warning: 1, error: 2 }

function worstSeverity(results: CheckResult[]): Severity {
  return results
    .map(r => r.severity ?? 'error')
    .reduce((worst, s) => (SEVERITY_RANK[s] > SEVERITY_RANK[worst] ? s : worst), 'notice')
}

export const K8S_05: Check = defineCheck(K8S_05_RULE, (snapshot, def) => {
  const skip = skipUnlessRoute(def, snapshot, 'kubernetes')
  if (skip) return skip
  const { resourceGroup, workspaceName } = snapshot.target
  const unreadable = (
    what: string,
    error: Parameters<typeof unreadableDetail>[2]
  ): CheckResult[] => [
    makeResult(
      def,
      'unknown',
      workspaceResource(snapshot),
      unreadableDetail(what, resourceGroup, error)
    )
  ]
  if (!snapshot.onlineEndpoints.ok) {
    return unreadable(
      `the online endpoints of workspace ${workspaceName}`,
      snapshot.onlineEndpoints.error
    )
  }
  const endpoints = snapshot.onlineEndpoints.value.filter(e => e.computeType === 'Kubernetes')
  if (endpoints.length === 0) {
    return [
      makeResult(
        def,
        'skipped',
        workspaceResource(snapshot),
        `Workspace ${workspaceName} has no Kubernetes online endpoints yet; the check runs once one exists.`
      )
    ]
  }
  if (!snapshot.computes.ok) {
    return unreadable(`the computes of workspace ${workspaceName}`, snapshot.computes.error)
  }
  const computes = snapshot.computes.value
  const clusters = attachedClusters(computes)
  return endpoints.map(endpoint => {
    const resource = resourceOf(endpoint.id, RESOURCE_TYPES.onlineEndpoint, endpoint.name)
    const ref = endpoint.compute ?? ''
    // `compute` is the compute's ARM id; older bodies carry just its name.
    const compute = computes.find(
      c => equalsIgnoreCase(c.id, ref) || equalsIgnoreCase(c.name, resourceName(ref))
    )
    const recreate = `Recreate the endpoint on a secured Kubernetes compute: az ml online-endpoint create --resource-group ${resourceGroup} --workspace-name ${workspaceName} --name ${endpoint.name} --file endpoint.yml --set compute=azureml:<compute-name>`
    if (!compute) {
      return makeResult(
        def,
        'fail',
        resource,
        `Kubernetes online endpoint ${endpoint.name} targets compute ${resourceName(ref)}, which is not attached to workspace ${workspaceName}. ${recreate}`
      )
    }
    if (!equalsIgnoreCase(compute.computeType, 'Kubernetes')) {
      return makeResult(
        def,
        'fail',
        resource,
        `Kubernetes online endpoint ${endpoint.name} targets compute ${compute.name} of type ${compute.computeType ?? 'unknown'}, not a Kubernetes compute. ${recreate}`
      )
    }
    if (!equalsIgnoreCase(compute.provisioningState, 'Succeeded')) {
      return makeResult(
        def,
        'fail',
        resource,
        `Kubernetes online endpoint ${endpoint.name} targets compute ${compute.name}, whose provisioning state is ${compute.provisioningState ?? 'not reported'} (K8S-04).`
      )
    }
    const cluster = clusters.find(c => c.id.toLowerCase() === compute.resourceId?.toLowerCase())
    if (!cluster) {
      return makeResult(
        def,
        'fail',
        resource,
        `Kubernetes online endpoint ${endpoint.name} targets compute ${compute.name}, which names no cluster (K8S-04).`
      )
    }
    const clusterResults = [
      evaluateClusterSecurity(snapshot, cluster),
      evaluateExtension(snapshot, cluster),
      evaluateRouter(snapshot, cluster)
    ]
    const failed = clusterResults.filter(r => r.outcome === 'fail')
    const open = clusterResults.filter(r => r.outcome === 'unknown' || r.outcome === 'skipped')
    const ids = (rs: CheckResult[]): string => rs.map(r => r.checkId).join(', ')
    const serves = `Kubernetes online endpoint ${endpoint.name} serves from cluster ${cluster.name} (compute ${compute.name})`
    if (failed.length > 0) {
      // As severe as the worst of the cluster's failures: a warning there is a warning here.
      const severity = worstSeverity(failed)
      const alsoOpen = open.length > 0 ? `; ${ids(open)} could not be confirmed either` : ''
      return {
        ...makeResult(
          def,
          'fail',
          resource,
          `${serves}, which fails ${failed.map(r => `${r.checkId} (${r.severity ?? 'error'})`).join(', ')}${alsoOpen}: fix the cluster as those checks say, or ${recreate.charAt(0).toLowerCase()}${recreate.slice(1)}`
        ),
        severity
      }
    }
    if (open.length > 0) {
      return makeResult(
        def,
        'unknown',
        resource,
        `${serves}, whose ${ids(open)} could not be confirmed; see those results for what to read or fix.`
      )
    }
    return makeResult(
      def,
      'pass',
      resource,
      `Kubernetes online endpoint ${endpoint.name} serves from compute ${compute.name} on cluster ${cluster.name}, which passes K8S-01, K8S-02 and K8S-03.`
    )
  })
})
