/**
 * Checklist section "Secure managed online endpoints" (MOE-*): the decisions. Each check's
 * words (title, rationale, remediation, fix, doc link) are in rules/managed-endpoints.ts.
 * Kubernetes online endpoints belong to kubernetes.ts.
 */
import {
  RESOURCE_TYPES,
  defineCheck,
  equalsIgnoreCase,
  isPublicNetworkAccessDisabled,
  makeResult,
  resourceGroupOf,
  resourceOf,
  unreadableDetail,
  workspaceResource,
  workspaceUnreadable,
  workspaceListUnreadable
} from './common.js'
import type {
  OnlineDeployment,
  OnlineEndpoint,
  Read,
  Snapshot,
  Workspace
} from '../../model/snapshot.js'
import { resourceKey, resourceName } from '../../model/snapshot.js'
import {
  describeRules,
  hasManagedNetwork,
  isActive,
  isApprovedOutboundOnly,
  isolationModeText,
  outboundRulesOf,
  skipUnlessRoute
} from './routes.js'
import { DATA_DEPENDENCIES, workspaceDependency } from '../dependencies.js'
import {
  MOE_01_RULE,
  MOE_02_RULE,
  MOE_03_RULE,
  MOE_04_RULE,
  MOE_05_RULE,
  MOE_06_RULE,
  MOE_07_RULE
} from './rules/managed-endpoints.js'
import type { Check, CheckDefinition, CheckResult, Severity } from '../../model/check.js'

export const MOE_03: Check = defineCheck(MOE_03_RULE, (snapshot, def) => {
  const skip = skipUnlessRoute(def, snapshot, 'managed')
  if (skip) return skip
  const { resourceGroup, workspaceName } = snapshot.target
  if (!snapshot.onlineEndpoints.ok) {
    return [
      workspaceListUnreadable(def, snapshot, 'online endpoints', snapshot.onlineEndpoints.error)
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
})

const ONLINE_DEPLOYMENT_TYPE =
  'Microsoft.MachineLearningServices/workspaces/onlineEndpoints/deployments'

function withSeverity(result: CheckResult, severity: Severity): CheckResult {
  return { ...result, severity }
}

/** `az ml workspace update ... --managed-network <mode>` for this workspace. */
function enableManagedNetworkCommand(
  snapshot: Snapshot,
  mode = 'allow_only_approved_outbound'
): string {
  const { resourceGroup, workspaceName } = snapshot.target
  return `az ml workspace update --resource-group ${resourceGroup} --name ${workspaceName} --managed-network ${mode}`
}

function provisionNetworkCommand(snapshot: Snapshot): string {
  const { resourceGroup, workspaceName } = snapshot.target
  return `az ml workspace provision-network --resource-group ${resourceGroup} --name ${workspaceName}`
}

/** A managed endpoint and its deployments as read (undefined: never read, a bug). */
interface EndpointDeployments {
  endpoint: OnlineEndpoint
  deployments: Read<OnlineDeployment[]> | undefined
}

function managedEndpointDeployments(snapshot: Snapshot): EndpointDeployments[] {
  if (!snapshot.onlineEndpoints.ok) return []
  return snapshot.onlineEndpoints.value
    .filter(e => e.computeType === 'Managed')
    .map(endpoint => ({
      endpoint,
      deployments: snapshot.onlineDeployments[resourceKey(endpoint.id)]
    }))
}

function deploymentsUnreadable(snapshot: Snapshot, item: EndpointDeployments): string {
  if (!item.deployments) {
    return `The deployments of endpoint ${item.endpoint.name} were not read (a bug in aml-inference-guard: please report it with the JSON report attached).`
  }
  if (item.deployments.ok) return ''
  return unreadableDetail(
    `the deployments of online endpoint ${item.endpoint.name}`,
    snapshot.target.resourceGroup,
    item.deployments.error
  )
}

function isEgressDisabled(deployment: OnlineDeployment): boolean {
  return equalsIgnoreCase(deployment.egressPublicNetworkAccess, 'Disabled')
}

function egressText(deployment: OnlineDeployment): string {
  return deployment.egressPublicNetworkAccess === undefined
    ? 'does not set egressPublicNetworkAccess (the service default, Enabled, applies)'
    : `has egressPublicNetworkAccess ${deployment.egressPublicNetworkAccess}`
}

/** Shared preamble of the workspace-level MOE checks: route, then the workspace read. */
function managedWorkspace(
  def: CheckDefinition,
  snapshot: Snapshot
): { results: CheckResult[] } | { ws: Workspace } {
  const skip = skipUnlessRoute(def, snapshot, 'managed')
  if (skip) return { results: skip }
  if (!snapshot.workspace.ok) {
    return { results: [workspaceUnreadable(def, snapshot, snapshot.workspace.error)] }
  }
  return { ws: snapshot.workspace.value }
}

export const MOE_01: Check = defineCheck(MOE_01_RULE, (snapshot, def) => {
  const pre = managedWorkspace(def, snapshot)
  if ('results' in pre) return pre.results
  const ws = pre.ws
  const resource = workspaceResource(snapshot)
  if (hasManagedNetwork(ws)) {
    return [
      makeResult(
        def,
        'pass',
        resource,
        `Workspace ${ws.name} uses a managed virtual network (isolation mode ${ws.managedNetwork?.isolationMode}).`
      )
    ]
  }
  const found = `Workspace ${ws.name} has no managed virtual network (isolation mode ${isolationModeText(ws)}).`
  const fix = `Fix: ${enableManagedNetworkCommand(snapshot)} ; then ${provisionNetworkCommand(snapshot)} ; then recreate the existing managed online endpoints and their deployments, which are not moved into the managed network.`

  // Severity: warning only when every managed deployment is still isolated the legacy way.
  if (!snapshot.onlineEndpoints.ok) {
    return [
      makeResult(
        def,
        'fail',
        resource,
        `${found} The online endpoints could not be read (${snapshot.onlineEndpoints.error.code}), so legacy egress isolation of the deployments could not be confirmed. ${fix}`
      )
    ]
  }
  const items = managedEndpointDeployments(snapshot)
  const unreadable = items.filter(i => !i.deployments?.ok)
  // Named `endpoint/deployment`: deployment names repeat across endpoints (`blue`).
  const deployments = items.flatMap(i =>
    i.deployments?.ok
      ? i.deployments.value.map(d => ({ ...d, name: `${i.endpoint.name}/${d.name}` }))
      : []
  )
  if (unreadable.length > 0) {
    return [
      makeResult(
        def,
        'fail',
        resource,
        `${found} The deployments of ${unreadable.map(i => i.endpoint.name).join(', ')} could not be read, so legacy egress isolation could not be confirmed. ${fix}`
      )
    ]
  }
  if (deployments.length === 0) {
    return [
      makeResult(
        def,
        'fail',
        resource,
        `${found} No managed deployment exists yet, and a deployment created without the legacy egressPublicNetworkAccess: Disabled reaches the internet. ${fix}`
      )
    ]
  }
  const open = deployments.filter(d => !isEgressDisabled(d))
  if (open.length === 0) {
    return [
      withSeverity(
        makeResult(
          def,
          'fail',
          resource,
          `${found} Every managed deployment (${deployments.map(d => d.name).join(', ')}) still isolates its egress with the legacy egressPublicNetworkAccess: Disabled; the article recommends moving to the managed network. ${fix}`
        ),
        'warning'
      )
    ]
  }
  return [
    makeResult(
      def,
      'fail',
      resource,
      `${found} ${open.length} of ${deployments.length} managed deployment(s) can reach the internet: ${open.map(d => `${d.name} ${egressText(d)}`).join('; ')}. ${fix}`
    )
  ]
})

export const MOE_02: Check = defineCheck(MOE_02_RULE, (snapshot, def) => {
  const pre = managedWorkspace(def, snapshot)
  if ('results' in pre) return pre.results
  const ws = pre.ws
  const resource = workspaceResource(snapshot)
  if (!hasManagedNetwork(ws)) {
    return [
      makeResult(
        def,
        'skipped',
        resource,
        `Workspace ${ws.name} has no managed virtual network (isolation mode ${isolationModeText(ws)}), so there is nothing to provision; MOE-01 reports it.`
      )
    ]
  }
  const status = ws.managedNetwork?.status?.status
  if (equalsIgnoreCase(status, 'Active')) {
    return [
      makeResult(def, 'pass', resource, `The managed network of workspace ${ws.name} is Active.`)
    ]
  }
  if (status === undefined) {
    return [
      makeResult(
        def,
        'unknown',
        resource,
        `Workspace ${ws.name} reports no managed network status, so whether its network is provisioned is unknown. Provisioning is safe to repeat: ${provisionNetworkCommand(snapshot)}`
      )
    ]
  }
  return [
    makeResult(
      def,
      'fail',
      resource,
      `The managed network of workspace ${ws.name} is ${status}, not Active: its private endpoints and outbound rules are not in place yet. Fix: ${provisionNetworkCommand(snapshot)}`
    )
  ]
})

/**
 * Managed virtual networks were introduced on 23 May 2023 (how-to-managed-network): a
 * deployment created before then predates any managed network its workspace has now.
 */
export const MANAGED_NETWORK_INTRODUCED = '2023-05-23T00:00:00Z'

function recreateDeploymentCommand(snapshot: Snapshot, endpoint: string): string {
  const { resourceGroup, workspaceName } = snapshot.target
  return `az ml online-deployment create --resource-group ${resourceGroup} --workspace-name ${workspaceName} --endpoint-name ${endpoint} --file deployment.yml`
}

/**
 * A deployment in a workspace with a managed network. Existing managed online endpoints
 * are not moved into a managed network enabled after them (how-to-managed-network), and
 * the snapshot has no time the network was enabled: only a deployment isolated either
 * way, or one provably older than managed networks, gets a firm verdict.
 */
function judgeManagedNetworkDeployment(
  def: CheckDefinition,
  snapshot: Snapshot,
  ws: Workspace,
  endpoint: OnlineEndpoint,
  d: OnlineDeployment,
  resource: CheckResult['resource']
): CheckResult {
  const mode = ws.managedNetwork?.isolationMode
  const name = `Deployment ${d.name} of ${endpoint.name}`
  if (isEgressDisabled(d)) {
    return makeResult(
      def,
      'pass',
      resource,
      `${name} has the legacy egressPublicNetworkAccess: Disabled, so its egress is isolated whether it runs in the workspace managed network (${mode}) or predates it.`
    )
  }
  const created = d.createdAt === undefined ? undefined : Date.parse(d.createdAt)
  const recreate = `Recreate it so that it runs in the managed network: ${recreateDeploymentCommand(snapshot, endpoint.name)}, move traffic to it and delete the old one (or delete and recreate endpoint ${endpoint.name}).`
  if (
    created !== undefined &&
    !Number.isNaN(created) &&
    created < Date.parse(MANAGED_NETWORK_INTRODUCED)
  ) {
    return makeResult(
      def,
      'fail',
      resource,
      `${name} was created ${d.createdAt}, before managed virtual networks existed (23 May 2023), so before the workspace's managed network: existing deployments are not moved into it, and this one ${egressText(d)}, so it can reach the internet. ${recreate}`
    )
  }
  // Enabling or changing the managed network is a change of the workspace resource: a
  // deployment created after the workspace's last change was created into the network as it is.
  const settled = ws.lastModifiedAt === undefined ? NaN : Date.parse(ws.lastModifiedAt)
  if (created !== undefined && !Number.isNaN(settled) && created >= settled) {
    return makeResult(
      def,
      'pass',
      resource,
      `${name} was created ${d.createdAt}, after the workspace's last change (${ws.lastModifiedAt}), so after its managed network (${mode}) was configured: its egress goes through the managed network.`
    )
  }
  const when =
    d.createdAt === undefined
      ? 'Azure reports no creation time for it'
      : `it was created ${d.createdAt}`
  return makeResult(
    def,
    'unknown',
    resource,
    `${name}: not confirmed that its egress goes through the workspace managed network (${mode}). Existing managed online endpoints are not moved into a managed network enabled after them, ${when}, before the workspace's last change${ws.lastModifiedAt ? ` (${ws.lastModifiedAt})` : ' (not reported)'}, and Azure does not report when the managed network was enabled; the deployment ${egressText(d)}. ` +
      `Confirm: find when the managed network was enabled in the workspace's activity log (az monitor activity-log list --resource-id ${ws.id} --offset 90d) and compare; if the deployment is older, or you cannot tell, ${recreate.charAt(0).toLowerCase()}${recreate.slice(1)} Once confirmed, suppress this result with the reason.`
  )
}

export const MOE_04: Check = defineCheck(MOE_04_RULE, (snapshot, def) => {
  const pre = managedWorkspace(def, snapshot)
  if ('results' in pre) return pre.results
  const ws = pre.ws
  const { resourceGroup, workspaceName } = snapshot.target
  if (!snapshot.onlineEndpoints.ok) {
    return [
      workspaceListUnreadable(def, snapshot, 'online endpoints', snapshot.onlineEndpoints.error)
    ]
  }
  const managedNetwork = hasManagedNetwork(ws)
  const results: CheckResult[] = []
  for (const item of managedEndpointDeployments(snapshot)) {
    const unreadable = deploymentsUnreadable(snapshot, item)
    if (unreadable || !item.deployments?.ok) {
      results.push(
        makeResult(
          def,
          'unknown',
          resourceOf(item.endpoint.id, RESOURCE_TYPES.onlineEndpoint, item.endpoint.name),
          unreadable
        )
      )
      continue
    }
    for (const d of item.deployments.value) {
      const resource = resourceOf(d.id, ONLINE_DEPLOYMENT_TYPE, `${item.endpoint.name}/${d.name}`)
      if (managedNetwork) {
        results.push(judgeManagedNetworkDeployment(def, snapshot, ws, item.endpoint, d, resource))
      } else if (isEgressDisabled(d)) {
        results.push(
          makeResult(
            def,
            'pass',
            resource,
            `Deployment ${d.name} of ${item.endpoint.name} has egressPublicNetworkAccess Disabled (legacy isolation; the workspace has no managed network).`
          )
        )
      } else {
        results.push(
          makeResult(
            def,
            'fail',
            resource,
            `Deployment ${d.name} of ${item.endpoint.name} ${egressText(d)} and the workspace has no managed network, so it can reach the internet. ` +
              `Fix: enable the managed network (${enableManagedNetworkCommand(snapshot)}), or recreate the deployment with egress disabled (the setting cannot be updated): az ml online-deployment create --resource-group ${resourceGroup} --workspace-name ${workspaceName} --endpoint-name ${item.endpoint.name} --file deployment.yml --set egress_public_network_access=disabled`
          )
        )
      }
    }
  }
  if (results.length === 0) {
    return [
      makeResult(
        def,
        'skipped',
        workspaceResource(snapshot),
        `Workspace ${workspaceName} has no managed online deployments yet; the check runs once one exists.`
      )
    ]
  }
  return results
})

/** The sub-resource deployments use on each dependency: a private endpoint reaches only its own. */
const DEPLOYMENT_SUBRESOURCE = {
  storageAccount: 'blob',
  keyVault: 'vault',
  containerRegistry: 'registry'
} as const

function capitalizeFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** The CLI command that turns off a dependency's public network access. */
function disablePublicAccessCommand(type: string, id: string): string {
  const rg = resourceGroupOf(id) ?? '<resource-group>'
  const name = resourceName(id)
  if (type === 'Microsoft.Storage/storageAccounts')
    return `az storage account update --resource-group ${rg} --name ${name} --public-network-access Disabled`
  if (type === 'Microsoft.KeyVault/vaults')
    return `az keyvault update --resource-group ${rg} --name ${name} --public-network-access Disabled`
  return `az acr update --resource-group ${rg} --name ${name} --public-network-enabled false`
}

export const MOE_05: Check = defineCheck(MOE_05_RULE, (snapshot, def) => {
  const pre = managedWorkspace(def, snapshot)
  if ('results' in pre) return pre.results
  const ws = pre.ws
  const { resourceGroup, workspaceName } = snapshot.target
  if (!hasManagedNetwork(ws)) {
    return [
      makeResult(
        def,
        'skipped',
        workspaceResource(snapshot),
        `Workspace ${ws.name} has no managed virtual network (isolation mode ${isolationModeText(ws)}), so it has no outbound rules to check; MOE-01 reports it.`
      )
    ]
  }
  const rules = outboundRulesOf(snapshot, ws)
  if (!rules.ok) {
    return [workspaceListUnreadable(def, snapshot, 'managed network outbound rules', rules.error)]
  }
  return DATA_DEPENDENCIES.map(kind => {
    const dep = workspaceDependency(snapshot, ws, kind)
    const subresource = DEPLOYMENT_SUBRESOURCE[kind]
    const id = dep.id
    if (!id) {
      const detail =
        kind === 'containerRegistry'
          ? `Workspace ${ws.name} has no container registry yet (one is created with the first image build), so there is nothing to reach; the check runs once it exists.`
          : `Workspace ${ws.name} reports no ${dep.label}, so whether the managed network reaches it privately is unknown; check the workspace in the Azure portal.`
      return makeResult(
        def,
        kind === 'containerRegistry' ? 'skipped' : 'unknown',
        workspaceResource(snapshot),
        detail
      )
    }
    const resource = resourceOf(id, dep.type)
    const toResource = rules.rules.filter(
      r => equalsIgnoreCase(r.type, 'PrivateEndpoint') && equalsIgnoreCase(r.serviceResourceId, id)
    )
    // A private endpoint reaches one sub-resource: a `file` rule does not carry blob traffic.
    const matching = toResource.filter(r => equalsIgnoreCase(r.subresourceTarget, subresource))
    const active = matching.filter(isActive)
    const addRule = `az ml workspace outbound-rule set --resource-group ${resourceGroup} --workspace-name ${workspaceName} --rule pe-${resource.name}-${subresource} --type private_endpoint --service-resource-id ${id} --subresource-target ${subresource} ; then ${provisionNetworkCommand(snapshot)}`
    if (active.length > 0) {
      const names = active.map(r => `${r.name} (${r.subresourceTarget})`).join(', ')
      return makeResult(
        def,
        'pass',
        resource,
        `The managed network reaches the ${subresource} sub-resource of ${dep.label} ${resource.name} through active PrivateEndpoint rule(s) ${names}.`
      )
    }
    if (matching.length > 0) {
      return makeResult(
        def,
        'fail',
        resource,
        `The PrivateEndpoint rule(s) to the ${subresource} sub-resource of ${dep.label} ${resource.name} are not Active: ${describeRules(matching)}. Fix: ${provisionNetworkCommand(snapshot)}`
      )
    }
    const internetMode = equalsIgnoreCase(ws.managedNetwork?.isolationMode, 'AllowInternetOutbound')
    const access = internetMode ? dep.networkAccess : undefined
    if (access && !access.ok) {
      return makeResult(
        def,
        'unknown',
        resource,
        `No PrivateEndpoint outbound rule of workspace ${ws.name} reaches the ${subresource} sub-resource of ${dep.label} ${resource.name}. In AllowInternetOutbound the service creates one only when the ${dep.label}'s public network access is disabled, and that could not be read: ${unreadableDetail(`${dep.label} ${resource.name}`, resourceGroupOf(id), access.error)}`
      )
    }
    if (access?.ok && !equalsIgnoreCase(access.value.publicNetworkAccess, 'Disabled')) {
      // how-to-managed-network: in AllowInternetOutbound, private endpoints to the workspace's
      // dependencies are created only for those whose public network access is disabled.
      return {
        ...makeResult(
          def,
          'fail',
          resource,
          `${capitalizeFirst(dep.label)} ${resource.name} allows public network access (${access.value.publicNetworkAccess ?? 'not set: Enabled by default'}), so in AllowInternetOutbound the service creates no private endpoint to it and deployments reach it over its public endpoint: working, as designed for this mode, but not private. ` +
            `Fix: disable its public network access (${disablePublicAccessCommand(dep.type, id)}) and ${provisionNetworkCommand(snapshot)}, so the service adds the rule; or add one yourself: ${addRule}`
        ),
        severity: 'warning'
      }
    }
    if (toResource.length > 0) {
      const others = toResource
        .map(r => `${r.name} (${r.subresourceTarget ?? 'no sub-resource'})`)
        .join(', ')
      return makeResult(
        def,
        'fail',
        resource,
        `PrivateEndpoint rule(s) ${others} reach ${dep.label} ${resource.name}, but none targets the ${subresource} sub-resource deployments use, so that traffic has no private path. Fix: ${addRule}`
      )
    }
    const disabled = access?.ok
      ? ` Its public network access is disabled, so in AllowInternetOutbound the service should have created the rule: provision the managed network (${provisionNetworkCommand(snapshot)}), or add it.`
      : ''
    return makeResult(
      def,
      'fail',
      resource,
      `No PrivateEndpoint outbound rule of workspace ${ws.name} targets its ${dep.label} ${resource.name} (rules read from ${rules.source}).${disabled} Fix: ${addRule}`
    )
  })
})

export const MOE_06: Check = defineCheck(MOE_06_RULE, (snapshot, def) => {
  const pre = managedWorkspace(def, snapshot)
  if ('results' in pre) return pre.results
  const ws = pre.ws
  const resource = workspaceResource(snapshot)
  if (isApprovedOutboundOnly(ws)) {
    return [
      makeResult(
        def,
        'pass',
        resource,
        `The managed network of workspace ${ws.name} allows only approved outbound traffic.`
      )
    ]
  }
  if (!hasManagedNetwork(ws)) {
    return [
      makeResult(
        def,
        'skipped',
        resource,
        `Workspace ${ws.name} has no managed virtual network (isolation mode ${isolationModeText(ws)}); MOE-01 reports it.`
      )
    ]
  }
  return [
    makeResult(
      def,
      'fail',
      resource,
      `The managed network of workspace ${ws.name} is ${ws.managedNetwork?.isolationMode}: deployments can reach any internet address. ` +
        `Recommended: ${enableManagedNetworkCommand(snapshot)} (add outbound rules for what your models need first).`
    )
  ]
})

export const MOE_07: Check = defineCheck(MOE_07_RULE, (snapshot, def) => {
  const pre = managedWorkspace(def, snapshot)
  if ('results' in pre) return pre.results
  const ws = pre.ws
  const resource = workspaceResource(snapshot)
  const { resourceGroup, workspaceName } = snapshot.target
  if (ws.v1LegacyMode === true) {
    return [
      makeResult(
        def,
        'fail',
        resource,
        `Workspace ${ws.name} has v1LegacyMode set to true: managed online endpoints cannot be network-isolated (or created) in it. ` +
          `Fix: az ml workspace update --resource-group ${resourceGroup} --name ${workspaceName} --v1-legacy-mode false`
      )
    ]
  }
  return [
    makeResult(
      def,
      'pass',
      resource,
      ws.v1LegacyMode === false
        ? `Workspace ${ws.name} has v1LegacyMode false.`
        : `Workspace ${ws.name} does not report v1LegacyMode, so the service default (false) applies.`
    )
  ]
})

export const MANAGED_ENDPOINT_CHECKS: Check[] = [
  MOE_01,
  MOE_02,
  MOE_03,
  MOE_04,
  MOE_05,
  MOE_06,
  MOE_07
]
