/**
 * Scenarios for verdicts pinned to Microsoft's text (issue 18): each starts
 * from a route scenario (routes.ts) and changes the one thing the verdict is
 * about, so the rest of the report stays as in the scenario it derives from.
 */
import type { ArmResource, Scenario } from '../scenario.js'
import { aksCluster, clusterExtension, routeScenarios, type AksClusterSpec } from './routes.js'

type Change = (resources: ArmResource[]) => ArmResource[]

function derive(from: string, name: string, description: string, change: Change): () => Scenario {
  return () => {
    const factory = routeScenarios[from]
    if (!factory) throw new Error(`unknown route scenario '${from}'`)
    const scenario = factory()
    return { ...scenario, name, description, resources: change(scenario.resources) }
  }
}

const isType = (resource: ArmResource, type: string): boolean =>
  String(resource.body['type']).toLowerCase() === type.toLowerCase()

/** Replaces the Azure Machine Learning extension of every cluster by one with `settings`. */
function extensionSettings(settings: Record<string, string>): Change {
  return resources =>
    resources.map(r =>
      isType(r, 'Microsoft.KubernetesConfiguration/extensions')
        ? clusterExtension({
            clusterId: r.id.replace(/\/providers\/Microsoft\.KubernetesConfiguration\/.*$/i, ''),
            settings
          })
        : r
    )
}

/** Replaces the AKS cluster `aks-inference` by one built from `spec`. */
function cluster(spec: Omit<AksClusterSpec, 'name'>): Change {
  return resources =>
    resources.map(r =>
      isType(r, 'Microsoft.ContainerService/managedClusters')
        ? aksCluster({ name: 'aks-inference', ...spec })
        : r
    )
}

export const verdictScenarios: Record<string, () => Scenario> = {
  'arc-loadbalancer-router': derive(
    'arc-cluster',
    'arc-loadbalancer-router',
    'Arc-enabled cluster whose inference router is a LoadBalancer with internalLoadBalancerProvider=azure, a setting that applies to AKS only (K8S-03 unknown).',
    extensionSettings({
      inferenceRouterServiceType: 'LoadBalancer',
      internalLoadBalancerProvider: 'azure'
    })
  ),
  'aks-open-authorized-ranges': derive(
    'aks-secured',
    'aks-open-authorized-ranges',
    'Like aks-secured, but the API server is public with authorized IP ranges that include 0.0.0.0/0 (K8S-01 fail).',
    cluster({ privateCluster: false, authorizedIpRanges: ['203.0.113.0/24', '0.0.0.0/0'] })
  )
}
