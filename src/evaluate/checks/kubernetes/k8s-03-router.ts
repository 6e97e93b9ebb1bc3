/**
 * K8S-03: the extension's inference router is not public and serves HTTPS.
 */
import type { AttachedCluster } from '../../clusters.js'
import { K8S_03_RULE } from '../rules/kubernetes.js'
import type { ClusterExtension, Snapshot } from '../../../model/snapshot.js'
import { defineCheck, equalsIgnoreCase, makeResult } from '../common.js'
import { clusterArgs, clusterResource, clustersOrResults, joinFixes, raw, sh } from './shared.js'
import {
  azureMlExtension,
  extensionUnreadable,
  isTrue,
  notAClusterResult,
  setting
} from './k8s-02-extension.js'
import type { Check, CheckResult, ResultFix } from '../../../model/check.js'
import { concatText, text, type Text } from '../../../model/text.js'

export function evaluateRouter(snapshot: Snapshot, cluster: AttachedCluster): CheckResult {
  const def = K8S_03_RULE
  const resource = clusterResource(cluster)
  if (!cluster.viaExtension) {
    return makeResult(
      def,
      'skipped',
      resource,
      text`Cluster \`${cluster.name}\` is attached only as a legacy AKS compute, which has no extension inference router; K8S-04 checks its load balancer.`
    )
  }
  if (cluster.kind === 'other') return notAClusterResult(def, snapshot, cluster)
  const lookup = azureMlExtension(snapshot, cluster)
  if (lookup.kind === 'unreadable') return extensionUnreadable(def, resource, lookup)
  if (lookup.kind === 'missing') {
    return makeResult(
      def,
      'skipped',
      resource,
      text`Cluster \`${cluster.name}\` has no Azure Machine Learning extension, so there is no inference router yet; K8S-02 reports it.`
    )
  }
  const extension = lookup.extension
  const name = text`Inference router of extension \`${extension.name}\` on cluster \`${cluster.name}\``
  // One result: the worst of how the router is exposed and how it serves TLS, with both reasons.
  const exposure = routerExposure(cluster, extension)
  const tls = routerTls(extension)
  const parts = [exposure, tls]
  const worst = parts.reduce((a, b) => (OUTCOME_RANK[b.outcome] > OUTCOME_RANK[a.outcome] ? b : a))
  const failures = parts.filter(p => p.outcome === 'fail')
  const joined =
    tls.outcome === 'pass'
      ? exposure.outcome === 'pass'
        ? text` and ${tls.text}`
        : text`; it ${tls.text}`
      : exposure.outcome === 'pass'
        ? text`, but ${tls.text}`
        : text`; also ${tls.text}`
  const remedy = routerFix(cluster, extension, parts)
  const result = makeResult(
    def,
    worst.outcome,
    resource,
    concatText(name, text` `, exposure.text, joined, text`.`),
    remedy ? { remedy } : {}
  )
  if (failures.length === 0) return result
  return { ...result, severity: failures.some(p => p.severity === 'error') ? 'error' : 'warning' }
}

interface RouterFinding {
  outcome: 'pass' | 'fail' | 'unknown'
  /** For `fail`. */
  severity?: 'error' | 'warning'
  text: Text
  /** `key=value` settings of `az k8s-extension update --config` that fix a fail or unknown. */
  config?: string[]
  /** `key=value` settings of `--config-protected`. */
  protectedConfig?: string[]
  /** Commands to run before the update (to confirm what Azure does not report). */
  commands?: string[]
  placeholders?: Text
}

const OUTCOME_RANK = { pass: 0, unknown: 1, fail: 2 } as const

/** One `az k8s-extension update` with every setting the findings need, after their other commands. */
function routerFix(
  cluster: AttachedCluster,
  extension: ClusterExtension,
  findings: RouterFinding[]
): ResultFix | undefined {
  const open = findings.filter(f => f.outcome !== 'pass')
  const config = [...new Set(open.flatMap(f => f.config ?? []))]
  const secret = [...new Set(open.flatMap(f => f.protectedConfig ?? []))]
  const update =
    config.length + secret.length > 0
      ? [
          sh`az k8s-extension update --name ${extension.name} ${clusterArgs(cluster)}${raw(config.length ? ` --config ${config.join(' ')}` : '')}${raw(secret.length ? ` --config-protected ${secret.join(' ')}` : '')}`
        ]
      : []
  return joinFixes(
    open.map((f, i) => ({
      commands: [...(f.commands ?? []), ...(i === open.length - 1 ? update : [])],
      ...(f.placeholders ? { placeholders: f.placeholders } : {})
    }))
  )
}

const INTERNAL_LOAD_BALANCER = [
  'inferenceRouterServiceType=LoadBalancer',
  'internalLoadBalancerProvider=azure'
]

/** How the router is exposed: inferenceRouterServiceType and, on AKS, internalLoadBalancerProvider. */
function routerExposure(cluster: AttachedCluster, extension: ClusterExtension): RouterFinding {
  const serviceType = setting(extension, 'inferenceRouterServiceType')
  const provider = setting(extension, 'internalLoadBalancerProvider')
  if (serviceType === undefined) {
    return {
      outcome: 'unknown',
      text: text`does not set \`inferenceRouterServiceType\`, so how the router is exposed is unknown; set it explicitly to an internal load balancer`,
      config: INTERNAL_LOAD_BALANCER
    }
  }
  switch (serviceType.trim().toLowerCase()) {
    case 'loadbalancer':
      if (cluster.kind === 'arc') {
        // internalLoadBalancerProvider applies to AKS only (how-to-deploy-kubernetes-extension):
        // on Arc the cluster's own load balancer decides, and ARM cannot see the address it got.
        return {
          outcome: 'unknown',
          text: text`is a LoadBalancer service on Azure Arc-enabled cluster \`${cluster.name}\`. \`internalLoadBalancerProvider=azure\` applies to AKS clusters only${provider === undefined ? text`` : text`, so the setting (\`${provider}\`) does not make this router internal`}: the cluster's own load balancer decides whether the address is private or public, and Azure Resource Manager does not report it. Confirm with \`kubectl\` that the EXTERNAL-IP of service \`azureml-fe\` in namespace \`azureml\` is a private address reachable only from your network, or expose the router as NodePort (or ClusterIP) behind your own private ingress with \`az k8s-extension update\``,
          commands: ['kubectl get service azureml-fe --namespace azureml'],
          config: ['inferenceRouterServiceType=NodePort']
        }
      }
      if (equalsIgnoreCase(provider?.trim(), 'azure')) {
        return {
          outcome: 'pass',
          text: text`is an internal Azure load balancer (\`internalLoadBalancerProvider=azure\`)`
        }
      }
      return {
        outcome: 'fail',
        severity: 'error',
        text: text`is a LoadBalancer service ${provider === undefined ? text`without \`internalLoadBalancerProvider\`` : provider.trim() === '' ? text`with an empty \`internalLoadBalancerProvider\`` : text`with \`internalLoadBalancerProvider\` \`${provider}\``}, so Azure gives it a public IP address and the endpoints are reachable from the internet. Make it internal (\`internalLoadBalancerProvider=azure\`)`,
        config: INTERNAL_LOAD_BALANCER
      }
    case 'nodeport':
      return {
        outcome: 'pass',
        text: text`is a NodePort service: reachable on every node's address at the node port, so keep the nodes private (K8S-01) and limit the port with a network security group`
      }
    case 'clusterip':
      return {
        outcome: 'pass',
        text: text`is a ClusterIP service: reachable only inside the cluster, behind the ingress you provide`
      }
    default:
      return {
        outcome: 'fail',
        severity: 'error',
        text: text`has \`inferenceRouterServiceType\` \`${serviceType}\`, which is not LoadBalancer, NodePort or ClusterIP. Make it an internal load balancer`,
        config: INTERNAL_LOAD_BALANCER
      }
  }
}

/** Protected settings that carry the router's certificate: as documented, and as the CLI stores them. */
const CERTIFICATE_PROTECTED_SETTINGS = [
  ['sslCertPemFile', 'sslKeyPemFile'],
  ['scoringFe.sslCert', 'scoringFe.sslKey']
]

/** A host name that is safe to paste into a shell command (Azure does not validate `sslCname`). */
function safeHostName(name: string | undefined): string | undefined {
  return name && /^[A-Za-z0-9][A-Za-z0-9.-]*$/.test(name) ? name : undefined
}

/** The settings that turn on HTTPS only, with the host name when it is already set. */
function httpsOnly(cname: string | undefined): Omit<RouterFinding, 'outcome' | 'text'> {
  const host = safeHostName(cname)
  return {
    config: [`allowInsecureConnections=False`, `sslCname=${host ?? '<scoring-host-name>'}`],
    protectedConfig: ['sslCertPemFile=<cert.pem>', 'sslKeyPemFile=<key.pem>'],
    placeholders: host
      ? text`\`<cert.pem>\` and \`<key.pem>\` are the PEM files of the certificate for \`${host}\` and its private key.`
      : text`\`<scoring-host-name>\` is the host name clients score on (the name in the certificate); \`<cert.pem>\` and \`<key.pem>\` are the PEM files of that certificate and its private key.`
  }
}

const OR_SECRET = text`(or name a Kubernetes secret in namespace \`azureml\` holding \`cert.pem\` and \`key.pem\` with \`--config sslSecret=<secret>\`)`

/**
 * HTTPS on the router (how-to-deploy-kubernetes-extension, configuration settings): with
 * allowInsecureConnections False (the default), sslCname is required, and the certificate
 * comes from sslSecret or the protected settings sslCertPemFile and sslKeyPemFile.
 */
function routerTls(extension: ClusterExtension): RouterFinding {
  const cname = setting(extension, 'sslCname')?.trim()
  if (isTrue(setting(extension, 'allowInsecureConnections'))) {
    return {
      outcome: 'fail',
      severity: 'warning',
      text: text`\`allowInsecureConnections\` is True, so clients can score over plain HTTP. Serve HTTPS only, with a certificate ${OR_SECRET}`,
      ...httpsOnly(cname)
    }
  }
  const secret = setting(extension, 'sslSecret')?.trim()
  const keys = extension.configurationProtectedSettingKeys?.map(k => k.toLowerCase())
  const protectedCertificate =
    keys !== undefined &&
    CERTIFICATE_PROTECTED_SETTINGS.some(pair => pair.every(k => keys.includes(k.toLowerCase())))
  const certificate = secret
    ? text`the certificate from \`sslSecret\` \`${secret}\``
    : protectedCertificate
      ? text`a certificate in its protected settings`
      : undefined
  const missing = [
    ...(cname ? [] : [text`\`sslCname\` is not set`]),
    ...(certificate || keys === undefined
      ? []
      : [
          text`no certificate is set (neither \`sslSecret\` nor the protected settings \`sslCertPemFile\` and \`sslKeyPemFile\`)`
        ])
  ]
  if (missing.length > 0) {
    return {
      outcome: 'fail',
      severity: 'warning',
      text: text`the router serves HTTPS only (\`allowInsecureConnections\` is not True), which needs \`sslCname\` and a certificate, but ${missing.reduce((a, b) => text`${a} and ${b}`)}. Set the host name and the certificate ${OR_SECRET}`,
      ...httpsOnly(cname)
    }
  }
  if (!certificate) {
    const host = safeHostName(cname)
    return {
      outcome: 'unknown',
      text: text`the router serves HTTPS only with \`sslCname\` \`${cname ?? ''}\`, and Azure does not report the extension's protected settings, so whether a certificate was given as \`sslCertPemFile\` and \`sslKeyPemFile\` could not be confirmed. Confirm that the scoring host name presents the certificate (\`openssl s_client\` prints it), or give the certificate as \`sslSecret\` (a Kubernetes secret in namespace \`azureml\`) so that it can be checked`,
      commands: [
        host
          ? `openssl s_client -connect ${host}:443 -servername ${host} -brief </dev/null`
          : 'openssl s_client -connect <scoring-host-name>:443 -servername <scoring-host-name> -brief </dev/null'
      ],
      ...(host
        ? {}
        : {
            placeholders: text`\`<scoring-host-name>\` is the host name clients score on (\`sslCname\`).`
          })
    }
  }
  return {
    outcome: 'pass',
    text: text`serves only HTTPS, with \`sslCname\` \`${cname ?? ''}\` and ${certificate}`
  }
}

export const K8S_03: Check = defineCheck(K8S_03_RULE, (snapshot, def) => {
  const pre = clustersOrResults(def, snapshot)
  if ('results' in pre) return pre.results
  return pre.clusters.map(cluster => evaluateRouter(snapshot, cluster))
})
