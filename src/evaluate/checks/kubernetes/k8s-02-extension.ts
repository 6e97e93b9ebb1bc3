/**
 * K8S-02: the Azure Machine Learning extension is deployed with inference enabled; and the
 * extension lookup K8S-03 shares.
 */
import type { AttachedCluster } from '../../clusters.js'
import { K8S_02_RULE } from '../rules/kubernetes.js'
import { resourceKey, type ClusterExtension, type Snapshot } from '../../../model/snapshot.js'
import {
  defineCheck,
  equalsIgnoreCase,
  makeResult,
  resourceGroupOf,
  unreadableDetail
} from '../common.js'
import { clusterArgs, clusterResource, clustersOrResults, NOT_COLLECTED } from './shared.js'
import type { Check, CheckResult } from '../../../model/check.js'

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
  | { kind: 'unreadable'; detail: string }

export function azureMlExtension(snapshot: Snapshot, cluster: AttachedCluster): ExtensionLookup {
  const read = snapshot.clusterExtensions[resourceKey(cluster.id)]
  if (!read)
    return {
      kind: 'unreadable',
      detail: `The extensions of cluster ${cluster.name} ${NOT_COLLECTED}.`
    }
  if (!read.ok) {
    return {
      kind: 'unreadable',
      detail: unreadableDetail(
        `the extensions of cluster ${cluster.name}`,
        resourceGroupOf(cluster.id),
        read.error
      )
    }
  }
  const matching = read.value.filter(e => equalsIgnoreCase(e.extensionType, AZUREML_EXTENSION_TYPE))
  const extension =
    matching.find(e => equalsIgnoreCase(e.provisioningState, 'Succeeded')) ?? matching[0]
  return extension ? { kind: 'found', extension } : { kind: 'missing', others: read.value }
}

function createExtensionCommand(cluster: AttachedCluster): string {
  return `az k8s-extension create --name azureml --extension-type Microsoft.AzureML.Kubernetes ${clusterArgs(cluster)} --scope cluster --config enableInference=True inferenceRouterServiceType=LoadBalancer internalLoadBalancerProvider=azure allowInsecureConnections=False sslCname=<scoring-host-name> --config-protected sslCertPemFile=<cert.pem> sslKeyPemFile=<key.pem>`
}

export function evaluateExtension(snapshot: Snapshot, cluster: AttachedCluster): CheckResult {
  const def = K8S_02_RULE
  const resource = clusterResource(cluster)
  if (!cluster.viaExtension) {
    return makeResult(
      def,
      'skipped',
      resource,
      `Cluster ${cluster.name} is attached only as a legacy AKS compute, which does not use the extension; K8S-04 recommends moving to a Kubernetes compute.`
    )
  }
  if (cluster.kind === 'other') {
    return makeResult(
      def,
      'unknown',
      resource,
      `${cluster.id} is neither an AKS nor an Arc-enabled cluster, so its extensions could not be read.`
    )
  }
  const lookup = azureMlExtension(snapshot, cluster)
  if (lookup.kind === 'unreadable') return makeResult(def, 'unknown', resource, lookup.detail)
  if (lookup.kind === 'missing') {
    const others = lookup.others.length
      ? ` (it has ${lookup.others.map(e => e.extensionType ?? e.name).join(', ')})`
      : ''
    return makeResult(
      def,
      'fail',
      resource,
      `Cluster ${cluster.name} has no Azure Machine Learning extension${others}. Fix: ${createExtensionCommand(cluster)}`
    )
  }
  const extension = lookup.extension
  const problems: string[] = []
  if (!equalsIgnoreCase(extension.provisioningState, 'Succeeded')) {
    problems.push(
      `its provisioning state is ${extension.provisioningState ?? 'not reported'}, not Succeeded (az k8s-extension show --name ${extension.name} ${clusterArgs(cluster)} shows why; delete and create it again if it stays failed)`
    )
  }
  const inference = setting(extension, 'enableInference')
  if (!isTrue(inference)) {
    problems.push(
      `enableInference is ${inference === undefined ? 'not set' : `'${inference}'`}, so it cannot serve online endpoints (az k8s-extension update --name ${extension.name} ${clusterArgs(cluster)} --config enableInference=True)`
    )
  }
  if (problems.length > 0) {
    return makeResult(
      def,
      'fail',
      resource,
      `Azure Machine Learning extension ${extension.name} on cluster ${cluster.name}: ${problems.join('; ')}.`
    )
  }
  return makeResult(
    def,
    'pass',
    resource,
    `Azure Machine Learning extension ${extension.name} on cluster ${cluster.name} is Succeeded with enableInference=${inference}.`
  )
}

export const K8S_02: Check = defineCheck(K8S_02_RULE, (snapshot, def) => {
  const pre = clustersOrResults(def, snapshot)
  if ('results' in pre) return pre.results
  return pre.clusters.map(cluster => evaluateExtension(snapshot, cluster))
})
