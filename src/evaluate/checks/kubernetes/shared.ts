/**
 * The prologue the K8S checks share: the attached clusters to judge (or why there are none), the
 * result resource and CLI arguments of a cluster, an AKS cluster's body (or why it is missing),
 * and the commands several checks give (attach, detach, create the extension).
 */
import { aksClusterRead, attachedClusters, type AttachedCluster } from '../../clusters.js'
import type { ManagedCluster, ReadError, Snapshot } from '../../../model/snapshot.js'
import {
  makeResult,
  resourceGroupOf,
  resourceOf,
  shellArg,
  unreadableResult,
  workspaceListUnreadable,
  workspaceResource
} from '../common.js'
import { skipUnlessRoute } from '../routes.js'
import type { CheckDefinition, CheckResult, ResultCause, ResultFix } from '../../../model/check.js'
import { joinText, text, type Text } from '../../../model/text.js'

export const TYPES = {
  aks: 'Microsoft.ContainerService/managedClusters',
  arc: 'Microsoft.Kubernetes/connectedClusters',
  compute: 'Microsoft.MachineLearningServices/workspaces/computes',
  extension: 'Microsoft.KubernetesConfiguration/extensions'
}

/** Part of a command written by us (a placeholder such as `<subnet-id>`, flags): pasted as is. */
export class Raw {
  constructor(readonly text: string) {}
}

export function raw(words: string): Raw {
  return new Raw(words)
}

/** A value from Azure, or `placeholder` when it is not known. */
export function orPlaceholder(v: string | undefined, placeholder: string): string | Raw {
  return v === undefined ? raw(placeholder) : v
}

/**
 * A command to copy: each value interpolated (a name or id from Azure, or from a snapshot file)
 * becomes one shell word, quoted unless it holds only plain characters, so a crafted name cannot
 * run anything when pasted. `Raw` parts are ours and pasted as written.
 */
export function sh(strings: TemplateStringsArray, ...values: Array<string | Raw>): string {
  return strings.reduce((out, literal, i) => {
    const v = values[i - 1]
    const word = v instanceof Raw ? v.text : shellArg(v ?? '')
    return out + word + literal
  })
}

export const NOT_COLLECTED = text`was not read (a bug in aml-inference-guard: please report it with the JSON report attached)`

export function clusterResource(cluster: AttachedCluster): CheckResult['resource'] {
  return resourceOf(cluster.id, cluster.kind === 'arc' ? TYPES.arc : TYPES.aks, cluster.name)
}

/** `--cluster-type managedClusters|connectedClusters --cluster-name <c> --resource-group <rg>` */
export function clusterArgs(cluster: Pick<AttachedCluster, 'id' | 'kind' | 'name'>): Raw {
  const type = raw(cluster.kind === 'arc' ? 'connectedClusters' : 'managedClusters')
  return raw(
    sh`--cluster-type ${type} --cluster-name ${cluster.name} --resource-group ${orPlaceholder(resourceGroupOf(cluster.id), '<resource-group>')}`
  )
}

/** Names as code, joined: `a`, `b`. */
export function codeList(names: readonly string[]): Text {
  return joinText(
    names.map(n => text`\`${n}\``),
    ', '
  )
}

/** Fixes joined into one: every command once, in order, with every placeholder note. */
export function joinFixes(fixes: ReadonlyArray<ResultFix | undefined>): ResultFix | undefined {
  const commands = [...new Set(fixes.flatMap(f => f?.commands ?? []))]
  if (commands.length === 0) return undefined
  const seen = new Set<string>()
  const notes = fixes
    .map(f => f?.placeholders)
    .filter((p): p is Text => !!p && !seen.has(JSON.stringify(p)) && !!seen.add(JSON.stringify(p)))
  return notes.length > 0 ? { commands, placeholders: joinText(notes, ' ') } : { commands }
}

/** What the TLS placeholders of the extension commands stand for. */
export const TLS_PLACEHOLDERS = text`\`<scoring-host-name>\` is the host name clients score on (the name in the certificate); \`<cert.pem>\` and \`<key.pem>\` are the PEM files of that certificate and its private key.`

/** `az k8s-extension create` with inference, an internal load balancer and HTTPS only. */
export function createExtensionFix(
  cluster: Pick<AttachedCluster, 'id' | 'kind' | 'name'>
): ResultFix {
  return {
    commands: [
      sh`az k8s-extension create --name azureml --extension-type Microsoft.AzureML.Kubernetes ${clusterArgs(cluster)} --scope cluster --config enableInference=True inferenceRouterServiceType=LoadBalancer internalLoadBalancerProvider=azure allowInsecureConnections=False sslCname=<scoring-host-name> --config-protected sslCertPemFile=<cert.pem> sslKeyPemFile=<key.pem>`
    ],
    placeholders: TLS_PLACEHOLDERS
  }
}

export function attachCommand(
  snapshot: Snapshot,
  clusterId: string | Raw,
  computeName: string | Raw
): string {
  const { resourceGroup, workspaceName } = snapshot.target
  return sh`az ml compute attach --resource-group ${resourceGroup} --workspace-name ${workspaceName} --type Kubernetes --name ${computeName} --resource-id ${clusterId} --identity-type SystemAssigned --namespace azureml`
}

export function detachCommand(snapshot: Snapshot, computeName: string): string {
  const { resourceGroup, workspaceName } = snapshot.target
  return sh`az ml compute detach --name ${computeName} --resource-group ${resourceGroup} --workspace-name ${workspaceName}`
}

/** What `<cluster-id>` in an attach command stands for. */
export const CLUSTER_ID_PLACEHOLDER = text`\`<cluster-id>\` is the resource id of the secured AKS or Arc-enabled cluster to attach (\`az aks show --query id --output tsv\` prints it).`

/**
 * Computes that name something that is not a cluster: detach them and attach the cluster
 * again under the same name.
 */
export function reattachFix(snapshot: Snapshot, cluster: AttachedCluster): ResultFix {
  return {
    commands: cluster.computes.flatMap(c => [
      detachCommand(snapshot, c.name),
      attachCommand(snapshot, raw('<cluster-id>'), c.name)
    ]),
    placeholders: CLUSTER_ID_PLACEHOLDER
  }
}

/**
 * An attached AKS cluster that no longer exists (HTTP 404): one cause for K8S-01's fail and
 * the unknowns of the checks that need its body, fixed by detaching the stale compute.
 */
export function goneCause(
  snapshot: Snapshot,
  cluster: AttachedCluster,
  error: ReadError
): ResultCause {
  return {
    key: `gone:${cluster.id.toLowerCase()}`,
    summary: text`AKS cluster \`${cluster.name}\`, attached as compute ${codeList(cluster.computes.map(c => c.name))}, no longer exists (HTTP 404 ${error.code}).`,
    action: text`Detach the stale compute, then attach a secured cluster (K8S-04).`,
    fix: { commands: cluster.computes.map(c => detachCommand(snapshot, c.name)) },
    ...(error.message ? { raw: error.message } : {})
  }
}

/** Route, then the compute list: the clusters to evaluate, or the results to return instead. */
export function clustersOrResults(
  def: CheckDefinition,
  snapshot: Snapshot
): { results: CheckResult[] } | { clusters: AttachedCluster[] } {
  const skip = skipUnlessRoute(def, snapshot, 'kubernetes')
  if (skip) return { results: skip }
  const { workspaceName } = snapshot.target
  if (!snapshot.computes.ok) {
    return {
      results: [workspaceListUnreadable(def, snapshot, 'computes', snapshot.computes.error)]
    }
  }
  const clusters = attachedClusters(snapshot.computes.value)
  if (clusters.length === 0) {
    return {
      results: [
        makeResult(
          def,
          'skipped',
          workspaceResource(snapshot),
          text`No Kubernetes cluster is attached to workspace \`${workspaceName}\` yet, so there is no cluster to check; K8S-04 says how to attach one.`
        )
      ]
    }
  }
  return { clusters }
}

/**
 * An AKS cluster's body for a check that needs it, or the result that says why it is missing
 * (Arc clusters: `arcDetail`; a cluster that no longer exists is K8S-01's to report).
 */
function aksClusterOr(
  def: CheckDefinition,
  snapshot: Snapshot,
  cluster: AttachedCluster,
  arcDetail: Text
): { cluster: ManagedCluster } | { result: CheckResult } {
  const resource = clusterResource(cluster)
  const read = aksClusterRead(snapshot.managedClusters, cluster)
  switch (read.kind) {
    case 'found':
      return { cluster: read.cluster }
    case 'not-aks':
      return { result: makeResult(def, 'skipped', resource, arcDetail) }
    case 'not-read':
      return {
        result: makeResult(
          def,
          'unknown',
          resource,
          text`AKS cluster \`${cluster.name}\` ${NOT_COLLECTED}.`
        )
      }
    case 'gone':
      return {
        result: makeResult(
          def,
          'unknown',
          resource,
          text`AKS cluster \`${cluster.name}\` no longer exists, so there is nothing to check (K8S-01 fails it).`,
          { cause: goneCause(snapshot, cluster, read.error) }
        )
      }
    case 'unreadable':
      return {
        result: unreadableResult(
          def,
          resource,
          text`AKS cluster \`${cluster.name}\``,
          cluster.id,
          read.error
        )
      }
  }
}

/**
 * The prologue K8S-06, K8S-07 and K8S-09 share: the route, the attached clusters, then each AKS
 * cluster's body handed to `judge` (Arc clusters skipped with `arcDetail`, unreadable ones unknown).
 */
export function eachAksCluster(
  def: CheckDefinition,
  snapshot: Snapshot,
  arcDetail: (clusterName: string) => Text,
  judge: (cluster: ManagedCluster, attached: AttachedCluster) => CheckResult | CheckResult[]
): CheckResult[] {
  const pre = clustersOrResults(def, snapshot)
  if ('results' in pre) return pre.results
  return pre.clusters.flatMap(attached => {
    const found = aksClusterOr(def, snapshot, attached, arcDetail(attached.name))
    return 'result' in found ? [found.result] : judge(found.cluster, attached)
  })
}
