/**
 * K8S-05: each Kubernetes online endpoint targets an attached cluster that passes K8S-01..03.
 */
import { attachedClusters } from '../../clusters.js'
import { K8S_05_RULE } from '../rules/kubernetes.js'
import { resourceName, type Compute, type Snapshot } from '../../../model/snapshot.js'
import {
  defineCheck,
  equalsIgnoreCase,
  makeResult,
  RESOURCE_TYPES,
  resourceOf,
  workspaceListUnreadable,
  workspaceResource
} from '../common.js'
import { skipUnlessRoute } from '../routes.js'
import { evaluateClusterSecurity } from './k8s-01-secure-cluster.js'
import { evaluateExtension } from './k8s-02-extension.js'
import { evaluateRouter } from './k8s-03-router.js'
import {
  attachCommand,
  CLUSTER_ID_PLACEHOLDER,
  detachCommand,
  joinFixes,
  raw,
  sh
} from './shared.js'
import type { Check, CheckResult, ResultFix, Severity } from '../../../model/check.js'
import { ours, text } from '../../../model/text.js'

const SEVERITY_RANK: Record<Severity, number> = { notice: 0, warning: 1, error: 2 }

function worstSeverity(results: CheckResult[]): Severity {
  return results
    .map(r => r.severity ?? 'error')
    .reduce((worst, s) => (SEVERITY_RANK[s] > SEVERITY_RANK[worst] ? s : worst), 'notice')
}

/**
 * An endpoint's compute cannot be changed: delete it and create it again on `compute` (its
 * deployments go with it and are created again after).
 */
function recreateFix(snapshot: Snapshot, endpoint: string, compute: string | undefined): ResultFix {
  const { resourceGroup, workspaceName } = snapshot.target
  const args = raw(
    sh`--resource-group ${resourceGroup} --workspace-name ${workspaceName} --name ${endpoint}`
  )
  const file = text`\`endpoint.yml\` is the endpoint's YAML (\`az ml online-endpoint show\` prints its settings); deleting the endpoint deletes its deployments, so create them again after (\`az ml online-deployment create\`).`
  return {
    commands: [
      sh`az ml online-endpoint delete ${args}`,
      sh`az ml online-endpoint create ${args} --file endpoint.yml --set ${compute === undefined ? raw('compute=azureml:<compute-name>') : `compute=azureml:${compute}`}`
    ],
    placeholders: compute
      ? file
      : text`${file} \`<compute-name>\` is a Kubernetes compute of the workspace on a secured cluster.`
  }
}

/** The first succeeded Kubernetes compute other than `except`, to recreate an endpoint on. */
function otherKubernetesCompute(computes: Compute[], except?: string): string | undefined {
  return computes.find(
    c =>
      equalsIgnoreCase(c.computeType, 'Kubernetes') &&
      equalsIgnoreCase(c.provisioningState, 'Succeeded') &&
      c.resourceId &&
      !equalsIgnoreCase(c.name, except ?? '')
  )?.name
}

export const K8S_05: Check = defineCheck(K8S_05_RULE, (snapshot, def) => {
  const skip = skipUnlessRoute(def, snapshot, 'kubernetes')
  if (skip) return skip
  const { workspaceName } = snapshot.target
  if (!snapshot.onlineEndpoints.ok) {
    return [
      workspaceListUnreadable(def, snapshot, 'online endpoints', snapshot.onlineEndpoints.error)
    ]
  }
  const endpoints = snapshot.onlineEndpoints.value.filter(e => e.computeType === 'Kubernetes')
  if (endpoints.length === 0) {
    return [
      makeResult(
        def,
        'skipped',
        workspaceResource(snapshot),
        text`Workspace \`${workspaceName}\` has no Kubernetes online endpoints yet; the check runs once one exists.`
      )
    ]
  }
  if (!snapshot.computes.ok) {
    return [workspaceListUnreadable(def, snapshot, 'computes', snapshot.computes.error)]
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
    const recreate = (except?: string): ResultFix =>
      recreateFix(snapshot, endpoint.name, otherKubernetesCompute(computes, except))
    if (!compute) {
      return makeResult(
        def,
        'fail',
        resource,
        text`Kubernetes online endpoint \`${endpoint.name}\` targets compute \`${resourceName(ref)}\`, which is not attached to workspace \`${workspaceName}\`. Recreate the endpoint on a secured Kubernetes compute.`,
        { remedy: recreate() }
      )
    }
    if (!equalsIgnoreCase(compute.computeType, 'Kubernetes')) {
      return makeResult(
        def,
        'fail',
        resource,
        text`Kubernetes online endpoint \`${endpoint.name}\` targets compute \`${compute.name}\` of type ${compute.computeType === undefined ? text`unknown` : text`\`${compute.computeType}\``}, not a Kubernetes compute. Recreate the endpoint on a secured Kubernetes compute.`,
        { remedy: recreate(compute.name) }
      )
    }
    if (!equalsIgnoreCase(compute.provisioningState, 'Succeeded')) {
      return makeResult(
        def,
        'fail',
        resource,
        text`Kubernetes online endpoint \`${endpoint.name}\` targets compute \`${compute.name}\`, whose provisioning state is ${compute.provisioningState === undefined ? text`not reported` : text`\`${compute.provisioningState}\``} (K8S-04). Check the extension (K8S-02), then detach the compute and attach it again.`,
        compute.resourceId
          ? {
              remedy: {
                commands: [
                  detachCommand(snapshot, compute.name),
                  attachCommand(snapshot, compute.resourceId, compute.name)
                ]
              }
            }
          : {}
      )
    }
    const cluster = clusters.find(c => c.id.toLowerCase() === compute.resourceId?.toLowerCase())
    if (!cluster) {
      return makeResult(
        def,
        'fail',
        resource,
        text`Kubernetes online endpoint \`${endpoint.name}\` targets compute \`${compute.name}\`, which names no cluster (K8S-04). Detach it and attach the cluster again.`,
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
    }
    const clusterResults = [
      evaluateClusterSecurity(snapshot, cluster),
      evaluateExtension(snapshot, cluster),
      evaluateRouter(snapshot, cluster)
    ]
    const failed = clusterResults.filter(r => r.outcome === 'fail')
    const open = clusterResults.filter(r => r.outcome === 'unknown' || r.outcome === 'skipped')
    const ids = (rs: CheckResult[]): string => rs.map(r => r.checkId).join(', ')
    const serves = text`Kubernetes online endpoint \`${endpoint.name}\` serves from cluster \`${cluster.name}\` (compute \`${compute.name}\`)`
    // The cluster's own fixes fix the endpoint too; a cause there (a refused read, a deleted
    // cluster) is this result's cause, named once with its fix.
    const extrasOf = (
      behind: CheckResult[]
    ): { remedy?: ResultFix; cause?: CheckResult['cause'] } => {
      const cause = behind.find(r => r.cause)?.cause
      const remedy = joinFixes(
        behind.map(r => r.remedy ?? (r.cause?.key === cause?.key ? undefined : r.cause?.fix))
      )
      return { ...(remedy ? { remedy } : {}), ...(cause ? { cause } : {}) }
    }
    if (failed.length > 0) {
      // As severe as the worst of the cluster's failures: a warning there is a warning here.
      const severity = worstSeverity(failed)
      const alsoOpen =
        open.length > 0 ? text`; ${ours(ids(open))} could not be confirmed either` : text``
      return {
        ...makeResult(
          def,
          'fail',
          resource,
          text`${serves}, which fails ${ours(failed.map(r => `${r.checkId} (${r.severity ?? 'error'})`).join(', '))}${alsoOpen}: fix the cluster as those checks say (the commands are theirs), or recreate the endpoint on a secured Kubernetes compute.`,
          extrasOf(failed)
        ),
        severity
      }
    }
    if (open.length > 0) {
      return makeResult(
        def,
        'unknown',
        resource,
        text`${serves}, whose ${ours(ids(open))} could not be confirmed; see those results for what to read or fix.`,
        extrasOf(open)
      )
    }
    return makeResult(
      def,
      'pass',
      resource,
      text`Kubernetes online endpoint \`${endpoint.name}\` serves from compute \`${compute.name}\` on cluster \`${cluster.name}\`, which passes K8S-01, K8S-02 and K8S-03.`
    )
  })
})
