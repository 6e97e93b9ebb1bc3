/**
 * Checklist section "Secure Azure Kubernetes Service online endpoints"
 * (K8S-*): the article's four steps (secure cluster, extension, attach,
 * deploy) plus the earlier version's prerequisite of a secured AKS cluster.
 * Clusters are found through the workspace's Kubernetes and legacy AKS computes
 * (../clusters.ts). One file per check in kubernetes/ (k8s-01-*.ts ...), their words in
 * rules/kubernetes.ts; this file lists them in checklist order.
 */
import type { Check } from '../../model/check.js'
import { K8S_01 } from './kubernetes/k8s-01-secure-cluster.js'
import { K8S_02 } from './kubernetes/k8s-02-extension.js'
import { K8S_03 } from './kubernetes/k8s-03-router.js'
import { K8S_04 } from './kubernetes/k8s-04-attach.js'
import { K8S_05 } from './kubernetes/k8s-05-endpoints.js'
import { K8S_06 } from './kubernetes/k8s-06-region.js'
import { K8S_07 } from './kubernetes/k8s-07-public-fqdn.js'
import { K8S_08 } from './kubernetes/k8s-08-registry-sku.js'
import { K8S_09 } from './kubernetes/k8s-09-private-dependencies.js'

export { K8S_01, K8S_02, K8S_03, K8S_04, K8S_05, K8S_06, K8S_07, K8S_08, K8S_09 }
export {
  WIDEST_AUTHORIZED_PREFIX,
  clusterProblems,
  unrestrictiveRanges,
  type ManagedVnetFinding
} from './kubernetes/k8s-01-secure-cluster.js'

export const KUBERNETES_CHECKS: Check[] = [
  K8S_01,
  K8S_02,
  K8S_03,
  K8S_04,
  K8S_05,
  K8S_06,
  K8S_07,
  K8S_08,
  K8S_09
]
