/**
 * Checklist section "Secure managed online endpoints" (MOE-*). Kubernetes
 * online endpoints belong to kubernetes.ts.
 */
import {
  RESOURCE_TYPES,
  defineCheck,
  isPublicNetworkAccessDisabled,
  makeResult,
  resourceOf,
  unreadableDetail,
  workspaceResource
} from './common.js'
import type { Check } from './types.js'

const SECURE_ONLINE_ENDPOINT_DOC =
  'https://learn.microsoft.com/azure/machine-learning/concept-secure-online-endpoint'

export const MOE_03: Check = defineCheck(
  {
    id: 'MOE-03',
    title: 'Managed online endpoints are not reachable from the public internet',
    section: 'managed-endpoints',
    category: 'isolation',
    severity: 'error',
    rationale:
      'A managed online endpoint with public network access on accepts scoring requests from anywhere on the internet, whatever the workspace network settings are. ' +
      'Turning it off means clients reach the endpoint only through the workspace private endpoint.',
    remediation:
      'Set public network access of every managed online endpoint to disabled and call it from inside the virtual network through the workspace private endpoint.',
    fix: 'az ml online-endpoint update --name <endpoint> --resource-group <resource-group> --workspace-name <workspace> --set public_network_access=disabled',
    docUrl: SECURE_ONLINE_ENDPOINT_DOC
  },
  (snapshot, def) => {
    const { resourceGroup, workspaceName } = snapshot.target
    if (!snapshot.onlineEndpoints.ok) {
      return [
        makeResult(
          def,
          'unknown',
          workspaceResource(snapshot),
          unreadableDetail(
            `the online endpoints of workspace ${workspaceName}`,
            resourceGroup,
            snapshot.onlineEndpoints.error
          )
        )
      ]
    }
    const managed = snapshot.onlineEndpoints.value.filter(e => e.computeType === 'Managed')
    if (managed.length === 0) {
      return [
        makeResult(
          def,
          'skipped',
          workspaceResource(snapshot),
          `Workspace ${workspaceName} has no managed online endpoints yet; the check runs once one exists.`
        )
      ]
    }
    return managed.map(endpoint => {
      const resource = resourceOf(endpoint.id, RESOURCE_TYPES.onlineEndpoint, endpoint.name)
      if (isPublicNetworkAccessDisabled(endpoint.publicNetworkAccess)) {
        return makeResult(
          def,
          'pass',
          resource,
          `Managed online endpoint ${endpoint.name} has public network access Disabled.`
        )
      }
      const found =
        endpoint.publicNetworkAccess === undefined
          ? 'does not set public network access, so the service default (Enabled) applies'
          : `has public network access ${endpoint.publicNetworkAccess}`
      return makeResult(
        def,
        'fail',
        resource,
        `Managed online endpoint ${endpoint.name} ${found} and accepts scoring requests from the public internet. ` +
          `Fix: az ml online-endpoint update --name ${endpoint.name} --resource-group ${resourceGroup} --workspace-name ${workspaceName} --set public_network_access=disabled`
      )
    })
  }
)

export const MANAGED_ENDPOINT_CHECKS: Check[] = [MOE_03]
