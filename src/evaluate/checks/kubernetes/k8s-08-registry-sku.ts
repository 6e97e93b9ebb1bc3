/**
 * K8S-08: with an AKS cluster attached, the workspace's container registry is Premium.
 */
import { K8S_08_RULE } from '../rules/kubernetes.js'
import {
  defineCheck,
  equalsIgnoreCase,
  makeResult,
  resourceGroupOf,
  resourceOf,
  unreadableResult,
  workspaceResource
} from '../common.js'
import { clustersOrResults, NOT_COLLECTED, orPlaceholder, sh } from './shared.js'
import type { Check } from '../../../model/check.js'
import { text } from '../../../model/text.js'
import { workspaceDependency } from '../../dependencies.js'

export const K8S_08: Check = defineCheck(K8S_08_RULE, (snapshot, def) => {
  const pre = clustersOrResults(def, snapshot)
  if ('results' in pre) return pre.results
  if (!pre.clusters.some(c => c.kind === 'aks')) {
    return [
      makeResult(
        def,
        'skipped',
        workspaceResource(snapshot),
        text`No AKS cluster is attached: the registry requirement comes with an AKS cluster behind a virtual network.`
      )
    ]
  }
  const ws = snapshot.workspace.ok ? snapshot.workspace.value : undefined
  if (!ws?.containerRegistry) {
    return [
      makeResult(
        def,
        'skipped',
        workspaceResource(snapshot),
        ws
          ? text`Workspace \`${ws.name}\` has no container registry yet (one is created with the first image build); the check runs once it exists.`
          : text`The workspace could not be read, so its container registry is unknown; see the workspace results.`
      )
    ]
  }
  const registry = workspaceDependency(snapshot, ws, 'containerRegistry')
  const id = ws.containerRegistry
  const resource = resourceOf(id, registry.type)
  const read = registry.networkAccess
  if (!read) {
    return [
      makeResult(
        def,
        'unknown',
        resource,
        text`Container registry \`${resource.name}\` ${NOT_COLLECTED}.`
      )
    ]
  }
  if (!read.ok) {
    return [
      unreadableResult(def, resource, text`container registry \`${resource.name}\``, id, read.error)
    ]
  }
  const sku = read.value.skuName
  if (equalsIgnoreCase(sku, 'Premium')) {
    return [
      makeResult(
        def,
        'pass',
        resource,
        text`Container registry \`${resource.name}\` is Premium, the tier that supports private endpoints.`
      )
    ]
  }
  return [
    makeResult(
      def,
      'fail',
      resource,
      text`Container registry \`${resource.name}\` is ${sku === undefined ? text`of an unreported tier` : text`\`${sku}\``}; only Premium registries support private endpoints, so the AKS cluster cannot reach it privately. Move it to Premium.`,
      {
        remedy: {
          commands: [
            sh`az acr update --resource-group ${orPlaceholder(resourceGroupOf(id), '<resource-group>')} --name ${resource.name} --sku Premium`
          ]
        }
      }
    )
  ]
})
