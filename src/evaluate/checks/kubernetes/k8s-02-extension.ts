/**
 * K8S-02: the Azure Machine Learning extension is deployed with inference enabled; and the
 * extension lookup K8S-03 shares.
 */
import type { AttachedCluster } from '../../clusters.js'
import { K8S_02_RULE } from '../rules/kubernetes.js'
import { resourceKey, type ClusterExtension, type Snapshot } from '../../../model/snapshot.js'
import { defineCheck, equalsIgnoreCase, makeResult, readProblem } from '../common.js'
import {
  clusterArgs,
  clusterResource,
  clustersOrResults,
  createExtensionFix,
  joinFixes,
  NOT_COLLECTED,
  reattachFix,
  raw,
  sh
} from './shared.js'
import type { Check, CheckResult, ResultCause, ResultFix } from '../../../model/check.js'
import { joinText, text, type Text } from '../../../model/text.js'

const AZUREML_EXTENSION_TYPE = 'microsoft.azureml.kubernetes'

/** A configuration setting looked up case-insensitively by key. */
export function setting(extension: ClusterExtension, key: string): string | undefined {
  const found = Object.entries(extension.configurationSettings).find(
    ([k]) => k.toLowerCase() === key.toLowerCase()
  )
  return found?.[1]
}

export function isTrue(value: string | undefined): boolean {
  return value?.trim().toLowerCase() === 'true'
}

type ExtensionLookup =
  | { kind: 'found'; extension: ClusterExtension }
  | { kind: 'missing'; others: ClusterExtension[] }
  | { kind: 'unreadable'; detail: Text; cause?: ResultCause }

export function azureMlExtension(snapshot: Snapshot, cluster: AttachedCluster): ExtensionLookup {
  const read = snapshot.clusterExtensions[resourceKey(cluster.id)]
  if (!read)
    return {
      kind: 'unreadable',
      detail: text`The extensions of cluster \`${cluster.name}\` ${NOT_COLLECTED}.`
    }
  if (!read.ok) {
    return {
      kind: 'unreadable',
      ...readProblem(text`the extensions of cluster \`${cluster.name}\``, cluster.id, read.error)
    }
  }
  const matching = read.value.filter(e => equalsIgnoreCase(e.extensionType, AZUREML_EXTENSION_TYPE))
  const extension =
    matching.find(e => equalsIgnoreCase(e.provisioningState, 'Succeeded')) ?? matching[0]
  return extension ? { kind: 'found', extension } : { kind: 'missing', others: read.value }
}

/** The unknown result of a failed extension lookup, with its cause when a read failed. */
export function extensionUnreadable(
  def: Parameters<typeof makeResult>[0],
  resource: CheckResult['resource'],
  lookup: { detail: Text; cause?: ResultCause }
): CheckResult {
  return makeResult(
    def,
    'unknown',
    resource,
    lookup.detail,
    lookup.cause ? { cause: lookup.cause } : {}
  )
}

/** The unknown result for a compute that names neither an AKS nor an Arc-enabled cluster. */
export function notAClusterResult(
  def: Parameters<typeof makeResult>[0],
  snapshot: Snapshot,
  cluster: AttachedCluster
): CheckResult {
  return makeResult(
    def,
    'unknown',
    clusterResource(cluster),
    text`\`${cluster.id}\` is neither an AKS nor an Arc-enabled cluster, so its extensions could not be read. Detach the compute and attach the cluster again.`,
    { remedy: reattachFix(snapshot, cluster) }
  )
}

export function evaluateExtension(snapshot: Snapshot, cluster: AttachedCluster): CheckResult {
  const def = K8S_02_RULE
  const resource = clusterResource(cluster)
  if (!cluster.viaExtension) {
    return makeResult(
      def,
      'skipped',
      resource,
      text`Cluster \`${cluster.name}\` is attached only as a legacy AKS compute, which does not use the extension; K8S-04 recommends moving to a Kubernetes compute.`
    )
  }
  if (cluster.kind === 'other') return notAClusterResult(def, snapshot, cluster)
  const lookup = azureMlExtension(snapshot, cluster)
  if (lookup.kind === 'unreadable') return extensionUnreadable(def, resource, lookup)
  if (lookup.kind === 'missing') {
    const others = lookup.others.length
      ? text` (it has ${joinText(
          lookup.others.map(e => text`\`${e.extensionType ?? e.name}\``),
          ', '
        )})`
      : text``
    return makeResult(
      def,
      'fail',
      resource,
      text`Cluster \`${cluster.name}\` has no Azure Machine Learning extension${others}. Create it with inference on, an internal load balancer and HTTPS only.`,
      { remedy: createExtensionFix(cluster) }
    )
  }
  const extension = lookup.extension
  const problems: Array<{ text: Text; fix: ResultFix }> = []
  if (!equalsIgnoreCase(extension.provisioningState, 'Succeeded')) {
    problems.push({
      text: text`its provisioning state is ${extension.provisioningState === undefined ? text`not reported` : text`\`${extension.provisioningState}\``}, not Succeeded (the command shows why; delete the extension and create it again if it stays failed)`,
      fix: {
        commands: [
          sh`az k8s-extension show --name ${extension.name} ${clusterArgs(cluster)} --query ${raw('"{state: provisioningState, statuses: statuses}"')}`
        ]
      }
    })
  }
  const inference = setting(extension, 'enableInference')
  if (!isTrue(inference)) {
    problems.push({
      text: text`\`enableInference\` is ${inference === undefined ? text`not set` : text`\`${inference}\``}, so it cannot serve online endpoints`,
      fix: {
        commands: [
          sh`az k8s-extension update --name ${extension.name} ${clusterArgs(cluster)} --config enableInference=True`
        ]
      }
    })
  }
  if (problems.length > 0) {
    const remedy = joinFixes(problems.map(p => p.fix))
    return makeResult(
      def,
      'fail',
      resource,
      text`Azure Machine Learning extension \`${extension.name}\` on cluster \`${cluster.name}\`: ${joinText(
        problems.map(p => p.text),
        '; '
      )}.`,
      remedy ? { remedy } : {}
    )
  }
  return makeResult(
    def,
    'pass',
    resource,
    text`Azure Machine Learning extension \`${extension.name}\` on cluster \`${cluster.name}\` is Succeeded, and \`enableInference\` is \`${inference ?? ''}\`.`
  )
}

export const K8S_02: Check = defineCheck(K8S_02_RULE, (snapshot, def) => {
  const pre = clustersOrResults(def, snapshot)
  if ('results' in pre) return pre.results
  return pre.clusters.map(cluster => evaluateExtension(snapshot, cluster))
})
