/**
 * K8S-03: the extension's inference router is not public and serves HTTPS.
 */
import type { AttachedCluster } from '../../clusters.js'
import { K8S_03_RULE } from '../rules/kubernetes.js'
import type { ClusterExtension, Snapshot } from '../../../model/snapshot.js'
import { defineCheck, equalsIgnoreCase, makeResult } from '../common.js'
import { clusterArgs, clusterResource, clustersOrResults } from './shared.js'
import { azureMlExtension, isTrue, setting } from './k8s-02-extension.js'
import type { Check, CheckResult } from '../../../model/check.js'

export function evaluateRouter(snapshot: Snapshot, cluster: AttachedCluster): CheckResult {
  const def = K8S_03_RULE
  const resource = clusterResource(cluster)
  if (!cluster.viaExtension) {
    return makeResult(
      def,
      'skipped',
      resource,
      `Cluster ${cluster.name} is attached only as a legacy AKS compute, which has no extension inference router; K8S-04 checks its load balancer.`
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
    return makeResult(
      def,
      'skipped',
      resource,
      `Cluster ${cluster.name} has no Azure Machine Learning extension, so there is no inference router yet; K8S-02 reports it.`
    )
  }
  const extension = lookup.extension
  const update = `az k8s-extension update --name ${extension.name} ${clusterArgs(cluster)} --config`
  const name = `Inference router of extension ${extension.name} on cluster ${cluster.name}`
  // One result: the worst of how the router is exposed and how it serves TLS, with both reasons.
  const exposure = routerExposure(cluster, extension, update)
  const tls = routerTls(extension, update)
  const parts = [exposure, tls]
  const worst = parts.reduce((a, b) => (OUTCOME_RANK[b.outcome] > OUTCOME_RANK[a.outcome] ? b : a))
  const failures = parts.filter(p => p.outcome === 'fail')
  const joined =
    tls.outcome === 'pass'
      ? exposure.outcome === 'pass'
        ? ` ${tls.text}`
        : `; it ${tls.text.replace(/^and /, '')}`
      : exposure.outcome === 'pass'
        ? `, but ${tls.text}`
        : `; also ${tls.text}`
  const result = makeResult(def, worst.outcome, resource, `${name} ${exposure.text}${joined}.`)
  if (failures.length === 0) return result
  return { ...result, severity: failures.some(p => p.severity === 'error') ? 'error' : 'warning' }
}

interface RouterFinding {
  outcome: 'pass' | 'fail' | 'unknown'
  /** For `fail`. */
  severity?: 'error' | 'warning'
  text: string
}

const OUTCOME_RANK = { pass: 0, unknown: 1, fail: 2 } as const

/** How the router is exposed: inferenceRouterServiceType and, on AKS, internalLoadBalancerProvider. */
function routerExposure(
  cluster: AttachedCluster,
  extension: ClusterExtension,
  update: string
): RouterFinding {
  const serviceType = setting(extension, 'inferenceRouterServiceType')
  const provider = setting(extension, 'internalLoadBalancerProvider')
  if (serviceType === undefined) {
    return {
      outcome: 'unknown',
      text: `does not set inferenceRouterServiceType, so how the router is exposed is unknown. Set it explicitly: ${update} inferenceRouterServiceType=LoadBalancer internalLoadBalancerProvider=azure`
    }
  }
  switch (serviceType.trim().toLowerCase()) {
    case 'loadbalancer':
      if (cluster.kind === 'arc') {
        // internalLoadBalancerProvider applies to AKS only (how-to-deploy-kubernetes-extension):
        // on Arc the cluster's own load balancer decides, and ARM cannot see the address it got.
        return {
          outcome: 'unknown',
          text:
            `is a LoadBalancer service on Azure Arc-enabled cluster ${cluster.name}. internalLoadBalancerProvider=azure applies to AKS clusters only${provider === undefined ? '' : `, so the setting ('${provider}') does not make this router internal`}: ` +
            `the cluster's own load balancer decides whether the address is private or public, and Azure Resource Manager does not report it. ` +
            `Confirm with \`kubectl get service azureml-fe --namespace azureml\` that EXTERNAL-IP is a private address reachable only from your network, or expose the router as NodePort or ClusterIP behind your own private ingress (${update} inferenceRouterServiceType=NodePort)`
        }
      }
      if (equalsIgnoreCase(provider?.trim(), 'azure')) {
        return {
          outcome: 'pass',
          text: 'is an internal Azure load balancer (internalLoadBalancerProvider=azure)'
        }
      }
      return {
        outcome: 'fail',
        severity: 'error',
        text: `is a LoadBalancer service ${provider === undefined ? 'without internalLoadBalancerProvider' : `with internalLoadBalancerProvider '${provider}'`}, so Azure gives it a public IP address and the endpoints are reachable from the internet. Fix: ${update} inferenceRouterServiceType=LoadBalancer internalLoadBalancerProvider=azure`
      }
    case 'nodeport':
      return {
        outcome: 'pass',
        text: "is a NodePort service: reachable on every node's address at the node port, so keep the nodes private (K8S-01) and limit the port with a network security group"
      }
    case 'clusterip':
      return {
        outcome: 'pass',
        text: 'is a ClusterIP service: reachable only inside the cluster, behind the ingress you provide'
      }
    default:
      return {
        outcome: 'fail',
        severity: 'error',
        text: `has inferenceRouterServiceType '${serviceType}', which is not LoadBalancer, NodePort or ClusterIP. Fix: ${update} inferenceRouterServiceType=LoadBalancer internalLoadBalancerProvider=azure`
      }
  }
}

/** Protected settings that carry the router's certificate: as documented, and as the CLI stores them. */
const CERTIFICATE_PROTECTED_SETTINGS = [
  ['sslCertPemFile', 'sslKeyPemFile'],
  ['scoringFe.sslCert', 'scoringFe.sslKey']
]

/**
 * HTTPS on the router (how-to-deploy-kubernetes-extension, configuration settings): with
 * allowInsecureConnections False (the default), sslCname is required, and the certificate
 * comes from sslSecret or the protected settings sslCertPemFile and sslKeyPemFile.
 */
function routerTls(extension: ClusterExtension, update: string): RouterFinding {
  const fix = `${update} allowInsecureConnections=False sslCname=<scoring-host-name> --config-protected sslCertPemFile=<cert.pem> sslKeyPemFile=<key.pem> (or --config sslSecret=<secret> naming a Kubernetes secret in the azureml namespace with cert.pem and key.pem)`
  if (isTrue(setting(extension, 'allowInsecureConnections'))) {
    return {
      outcome: 'fail',
      severity: 'warning',
      text: `allowInsecureConnections is True, so clients can score over plain HTTP. Fix: ${fix}`
    }
  }
  const cname = setting(extension, 'sslCname')?.trim()
  const secret = setting(extension, 'sslSecret')?.trim()
  const keys = extension.configurationProtectedSettingKeys?.map(k => k.toLowerCase())
  const protectedCertificate =
    keys !== undefined &&
    CERTIFICATE_PROTECTED_SETTINGS.some(pair => pair.every(k => keys.includes(k.toLowerCase())))
  const certificate = secret
    ? `the certificate from sslSecret ${secret}`
    : protectedCertificate
      ? 'a certificate in its protected settings'
      : undefined
  const missing = [
    ...(cname ? [] : ['sslCname is not set']),
    ...(certificate || keys === undefined
      ? []
      : [
          'no certificate is set (neither sslSecret nor the protected settings sslCertPemFile and sslKeyPemFile)'
        ])
  ]
  if (missing.length > 0) {
    return {
      outcome: 'fail',
      severity: 'warning',
      text: `the router serves HTTPS only (allowInsecureConnections is not True), which needs sslCname and a certificate, but ${missing.join(' and ')}. Fix: ${fix}`
    }
  }
  if (!certificate) {
    return {
      outcome: 'unknown',
      text: `the router serves HTTPS only with sslCname ${cname}, and Azure does not report the extension's protected settings, so whether a certificate was given as sslCertPemFile and sslKeyPemFile could not be confirmed. Confirm that HTTPS works on the scoring host name, or give the certificate as sslSecret (a Kubernetes secret in the azureml namespace) so that it can be checked: ${fix}`
    }
  }
  return {
    outcome: 'pass',
    text: `and serves only HTTPS, with sslCname ${cname} and ${certificate}`
  }
}

export const K8S_03: Check = defineCheck(K8S_03_RULE, (snapshot, def) => {
  const pre = clustersOrResults(def, snapshot)
  if ('results' in pre) return pre.results
  return pre.clusters.map(cluster => evaluateRouter(snapshot, cluster))
})
