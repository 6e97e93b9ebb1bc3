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
  readProblem,
  resourceGroupOf,
  resourceOf,
  shellArg,
  workspaceResource,
  workspaceUnreadable,
  workspaceListUnreadable
} from './common.js'
import type {
  OnlineDeployment,
  OnlineEndpoint,
  OutboundRule,
  Read,
  ReadError,
  Snapshot,
  Workspace
} from '../../model/snapshot.js'
import { resourceKey, resourceName } from '../../model/snapshot.js'
import {
  hasManagedNetwork,
  isActive,
  isApprovedOutboundOnly,
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
import type { Check, CheckDefinition, CheckResult, ResultFix, Severity } from '../../model/check.js'
import { joinText, ours, text, type Text } from '../../model/text.js'

/** `--resource-group <rg> --workspace-name <ws>` of the workspace the checks read. */
function workspaceArgs(snapshot: Snapshot, nameFlag = '--workspace-name'): string {
  const { resourceGroup, workspaceName } = snapshot.target
  return `--resource-group ${shellArg(resourceGroup)} ${nameFlag} ${shellArg(workspaceName)}`
}

/** `managedNetwork.isolationMode` as Azure reports it, or the default when absent. */
function isolationMode(ws: Workspace): Text {
  const mode = ws.managedNetwork?.isolationMode
  return mode === undefined ? text`Disabled (not set)` : text`${mode}`
}

export const MOE_03: Check = defineCheck(MOE_03_RULE, (snapshot, def) => {
  const skip = skipUnlessRoute(def, snapshot, 'managed')
  if (skip) return skip
  const { workspaceName } = snapshot.target
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
        text`Workspace \`${workspaceName}\` has no managed online endpoints yet; the check runs once one exists.`
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
        text`Managed online endpoint \`${endpoint.name}\` has public network access Disabled.`
      )
    }
    const found =
      endpoint.publicNetworkAccess === undefined
        ? text`does not set public network access, so the service default (Enabled) applies`
        : text`has public network access ${endpoint.publicNetworkAccess}`
    return makeResult(
      def,
      'fail',
      resource,
      text`Managed online endpoint \`${endpoint.name}\` ${found} and accepts scoring requests from the public internet. Turn its public network access off.`,
      {
        remedy: {
          commands: [
            `az ml online-endpoint update --name ${shellArg(endpoint.name)} ${workspaceArgs(snapshot)} --set public_network_access=disabled`
          ]
        }
      }
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
  return `az ml workspace update ${workspaceArgs(snapshot, '--name')} --managed-network ${mode}`
}

function provisionNetworkCommand(snapshot: Snapshot): string {
  return `az ml workspace provision-network ${workspaceArgs(snapshot, '--name')}`
}

/** Enable the managed network, then provision it (MOE-01's fix). */
function enableManagedNetworkFix(snapshot: Snapshot): ResultFix {
  return {
    commands: [enableManagedNetworkCommand(snapshot), provisionNetworkCommand(snapshot)]
  }
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

/** The unknown result for an endpoint whose deployments were not read, or undefined when they were. */
function deploymentsUnreadable(
  def: CheckDefinition,
  snapshot: Snapshot,
  item: EndpointDeployments
): CheckResult | undefined {
  const resource = resourceOf(item.endpoint.id, RESOURCE_TYPES.onlineEndpoint, item.endpoint.name)
  if (!item.deployments) {
    return makeResult(
      def,
      'unknown',
      resource,
      text`The deployments of endpoint \`${item.endpoint.name}\` were not read (a bug in aml-inference-guard: please report it with the JSON report attached). List them to check their egress by hand.`,
      {
        remedy: {
          commands: [
            `az ml online-deployment list ${workspaceArgs(snapshot)} --endpoint-name ${shellArg(item.endpoint.name)}`
          ]
        }
      }
    )
  }
  if (item.deployments.ok) return undefined
  const { detail, cause } = readProblem(
    text`the deployments of online endpoint \`${item.endpoint.name}\``,
    `${item.endpoint.id}/deployments`,
    item.deployments.error
  )
  return makeResult(def, 'unknown', resource, detail, { cause })
}

function isEgressDisabled(deployment: OnlineDeployment): boolean {
  return equalsIgnoreCase(deployment.egressPublicNetworkAccess, 'Disabled')
}

function egressText(deployment: OnlineDeployment): Text {
  return deployment.egressPublicNetworkAccess === undefined
    ? text`does not set \`egressPublicNetworkAccess\` (the service default, Enabled, applies)`
    : text`has \`egressPublicNetworkAccess\` ${deployment.egressPublicNetworkAccess}`
}

/** `HTTP 403 AuthorizationFailed` (Azure's message stays out: it is not needed to act). */
function statusOf(error: ReadError): Text {
  return error.status === null
    ? text`no response, ${error.code}`
    : text`HTTP ${error.status} ${error.code}`
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
        text`Workspace \`${ws.name}\` uses a managed virtual network (isolation mode ${isolationMode(ws)}).`
      )
    ]
  }
  const found = text`Workspace \`${ws.name}\` has no managed virtual network (isolation mode ${isolationMode(ws)}).`
  const fix = text`Enable the managed network and provision it, then recreate the existing managed online endpoints and their deployments: they are not moved into it (MOE-04).`
  const fail = (why: Text): CheckResult =>
    makeResult(def, 'fail', resource, text`${found} ${why} ${fix}`, {
      remedy: enableManagedNetworkFix(snapshot)
    })

  // Severity: warning only when every managed deployment is still isolated the legacy way.
  // A failed read only keeps the severity at error: the fail itself is the missing network.
  if (!snapshot.onlineEndpoints.ok) {
    return [
      fail(
        text`The online endpoints could not be read (${statusOf(snapshot.onlineEndpoints.error)}), so legacy egress isolation of the deployments could not be confirmed.`
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
      fail(
        text`The deployments of ${names(unreadable.map(i => i.endpoint.name))} could not be read, so legacy egress isolation could not be confirmed.`
      )
    ]
  }
  if (deployments.length === 0) {
    return [
      fail(
        text`No managed deployment exists yet, and a deployment created without the legacy \`egressPublicNetworkAccess: Disabled\` reaches the internet.`
      )
    ]
  }
  const open = deployments.filter(d => !isEgressDisabled(d))
  if (open.length === 0) {
    return [
      withSeverity(
        fail(
          text`Every managed deployment (${names(deployments.map(d => d.name))}) still isolates its egress with the legacy \`egressPublicNetworkAccess: Disabled\`; the article recommends moving to the managed network.`
        ),
        'warning'
      )
    ]
  }
  return [
    fail(
      text`${open.length} of ${deployments.length} managed deployment(s) can reach the internet: ${joinText(
        open.map(d => text`\`${d.name}\` ${egressText(d)}`),
        '; '
      )}.`
    )
  ]
})

/** Names from Azure, each as code, comma-separated. */
function names(list: string[]): Text {
  return joinText(
    list.map(n => text`\`${n}\``),
    ', '
  )
}

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
        text`Workspace \`${ws.name}\` has no managed virtual network (isolation mode ${isolationMode(ws)}), so there is nothing to provision; MOE-01 reports it.`
      )
    ]
  }
  const status = ws.managedNetwork?.status?.status
  const provision: ResultFix = { commands: [provisionNetworkCommand(snapshot)] }
  if (equalsIgnoreCase(status, 'Active')) {
    return [
      makeResult(
        def,
        'pass',
        resource,
        text`The managed network of workspace \`${ws.name}\` is Active.`
      )
    ]
  }
  if (status === undefined) {
    return [
      makeResult(
        def,
        'unknown',
        resource,
        text`Workspace \`${ws.name}\` reports no managed network status, so whether its network is provisioned is unknown. Provision it: that is safe to repeat.`,
        { remedy: provision }
      )
    ]
  }
  return [
    makeResult(
      def,
      'fail',
      resource,
      text`The managed network of workspace \`${ws.name}\` is ${status}, not Active: its private endpoints and outbound rules are not in place yet. Provision it.`,
      { remedy: provision }
    )
  ]
})

/**
 * Managed virtual networks were introduced on 23 May 2023 (how-to-managed-network): a
 * deployment created before then predates any managed network its workspace has now.
 */
export const MANAGED_NETWORK_INTRODUCED = '2023-05-23T00:00:00Z'

/**
 * Replace a deployment (its egress setting cannot be changed in place): create a new one
 * from the same definition with all the traffic, then delete the old one.
 */
function recreateDeploymentFix(
  snapshot: Snapshot,
  endpoint: string,
  deployment: string,
  extra = ''
): ResultFix {
  const where = `${workspaceArgs(snapshot)} --endpoint-name ${shellArg(endpoint)}`
  return {
    commands: [
      `az ml online-deployment create ${where} --name <new-deployment> --file deployment.yml${extra} --all-traffic`,
      `az ml online-deployment delete ${where} --name ${shellArg(deployment)} --yes`
    ],
    placeholders: text`\`<new-deployment>\` is a new name you choose for the replacement; \`deployment.yml\` is the definition of \`${deployment}\` (model, environment, instance type and count), as you deployed it. \`--all-traffic\` sends all of the endpoint's traffic to the replacement: leave it out to split the traffic yourself.`
  }
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
  const mode = isolationMode(ws)
  const name = text`Deployment \`${d.name}\` of \`${endpoint.name}\``
  if (isEgressDisabled(d)) {
    return makeResult(
      def,
      'pass',
      resource,
      text`${name} has the legacy \`egressPublicNetworkAccess: Disabled\`, so its egress is isolated whether it runs in the workspace managed network (${mode}) or predates it.`
    )
  }
  const created = d.createdAt === undefined ? undefined : Date.parse(d.createdAt)
  const recreate = recreateDeploymentFix(snapshot, endpoint.name, d.name)
  if (
    created !== undefined &&
    !Number.isNaN(created) &&
    created < Date.parse(MANAGED_NETWORK_INTRODUCED)
  ) {
    return makeResult(
      def,
      'fail',
      resource,
      text`${name} was created ${d.createdAt ?? ''}, before managed virtual networks existed (23 May 2023), so before the workspace's managed network: existing deployments are not moved into it, and this one ${egressText(d)}, so it can reach the internet. Recreate it so that it runs in the managed network, move the traffic to it and delete the old one (or delete and recreate endpoint \`${endpoint.name}\`).`,
      { remedy: recreate }
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
      text`${name} was created ${d.createdAt ?? ''}, after the workspace's last change (${ws.lastModifiedAt ?? ''}), so after its managed network (${mode}) was configured: its egress goes through the managed network.`
    )
  }
  const when =
    d.createdAt === undefined
      ? text`Azure reports no creation time for it`
      : text`it was created ${d.createdAt}`
  const lastChange =
    ws.lastModifiedAt === undefined ? text`(not reported)` : text`(${ws.lastModifiedAt})`
  return makeResult(
    def,
    'unknown',
    resource,
    text`${name}: not confirmed that its egress goes through the workspace managed network (${mode}). Existing managed online endpoints are not moved into a managed network enabled after them, ${when}, before the workspace's last change ${lastChange}, and Azure does not report when the managed network was enabled; the deployment ${egressText(d)}. Confirm: find when the managed network was enabled in the workspace's activity log (first command) and compare; if the deployment is older, or you cannot tell, recreate it so that it runs in the managed network, move the traffic to it and delete the old one (or delete and recreate endpoint \`${endpoint.name}\`). Once confirmed, suppress this result with the reason.`,
    {
      remedy: {
        ...recreate,
        commands: [
          `az monitor activity-log list --resource-id ${shellArg(ws.id)} --offset 90d`,
          ...recreate.commands
        ]
      }
    }
  )
}

export const MOE_04: Check = defineCheck(MOE_04_RULE, (snapshot, def) => {
  const pre = managedWorkspace(def, snapshot)
  if ('results' in pre) return pre.results
  const ws = pre.ws
  const { workspaceName } = snapshot.target
  if (!snapshot.onlineEndpoints.ok) {
    return [
      workspaceListUnreadable(def, snapshot, 'online endpoints', snapshot.onlineEndpoints.error)
    ]
  }
  const managedNetwork = hasManagedNetwork(ws)
  const results: CheckResult[] = []
  for (const item of managedEndpointDeployments(snapshot)) {
    const unreadable = deploymentsUnreadable(def, snapshot, item)
    if (unreadable || !item.deployments?.ok) {
      if (unreadable) results.push(unreadable)
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
            text`Deployment \`${d.name}\` of \`${item.endpoint.name}\` has \`egressPublicNetworkAccess\` Disabled (legacy isolation; the workspace has no managed network).`
          )
        )
      } else {
        results.push(
          makeResult(
            def,
            'fail',
            resource,
            text`Deployment \`${d.name}\` of \`${item.endpoint.name}\` ${egressText(d)} and the workspace has no managed network, so it can reach the internet. The setting cannot be changed on a deployment: recreate it with egress disabled, move the traffic to it and delete the old one. Or enable the workspace managed network (MOE-01) and recreate the deployment in it.`,
            {
              remedy: recreateDeploymentFix(
                snapshot,
                item.endpoint.name,
                d.name,
                ' --set egress_public_network_access=disabled'
              )
            }
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
        text`Workspace \`${workspaceName}\` has no managed online deployments yet; the check runs once one exists.`
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

function capitalizeFirst(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/** The CLI command that turns off a dependency's public network access. */
function disablePublicAccessCommand(type: string, id: string): string {
  const where = `--resource-group ${shellArg(resourceGroupOf(id) ?? '')} --name ${shellArg(resourceName(id))}`
  if (type === 'Microsoft.Storage/storageAccounts')
    return `az storage account update ${where} --public-network-access Disabled`
  if (type === 'Microsoft.KeyVault/vaults')
    return `az keyvault update ${where} --public-network-access Disabled`
  return `az acr update ${where} --public-network-enabled false`
}

/** `rule-a (Inactive), rule-b (no status)`: names and statuses as Azure reports them. */
function rulesText(
  rules: OutboundRule[],
  show: (r: OutboundRule) => string | undefined,
  missing: string
): Text {
  return joinText(
    rules.map(r => {
      const shown = show(r)
      return text`\`${r.name}\` (${shown === undefined ? ours(missing) : shown})`
    }),
    ', '
  )
}

/** The field of `az ml workspace show` that names each dependency. */
const SHOW_FIELD = {
  storageAccount: 'storage_account',
  keyVault: 'key_vault',
  containerRegistry: 'container_registry'
} as const

export const MOE_05: Check = defineCheck(MOE_05_RULE, (snapshot, def) => {
  const pre = managedWorkspace(def, snapshot)
  if ('results' in pre) return pre.results
  const ws = pre.ws
  if (!hasManagedNetwork(ws)) {
    return [
      makeResult(
        def,
        'skipped',
        workspaceResource(snapshot),
        text`Workspace \`${ws.name}\` has no managed virtual network (isolation mode ${isolationMode(ws)}), so it has no outbound rules to check; MOE-01 reports it.`
      )
    ]
  }
  const rules = outboundRulesOf(snapshot, ws)
  if (!rules.ok) {
    return [workspaceListUnreadable(def, snapshot, 'managed network outbound rules', rules.error)]
  }
  const provision = provisionNetworkCommand(snapshot)
  return DATA_DEPENDENCIES.map(kind => {
    const dep = workspaceDependency(snapshot, ws, kind)
    const label = ours(dep.label)
    const subresource = DEPLOYMENT_SUBRESOURCE[kind]
    const id = dep.id
    if (!id) {
      if (kind === 'containerRegistry') {
        return makeResult(
          def,
          'skipped',
          workspaceResource(snapshot),
          text`Workspace \`${ws.name}\` has no container registry yet (one is created with the first image build), so there is nothing to reach; the check runs once it exists.`
        )
      }
      return makeResult(
        def,
        'unknown',
        workspaceResource(snapshot),
        text`Workspace \`${ws.name}\` reports no ${label}, so whether the managed network reaches it privately is unknown. Check which ${label} the workspace uses.`,
        {
          remedy: {
            commands: [
              `az ml workspace show ${workspaceArgs(snapshot, '--name')} --query ${SHOW_FIELD[kind]}`
            ]
          }
        }
      )
    }
    const resource = resourceOf(id, dep.type)
    const toResource = rules.rules.filter(
      r => equalsIgnoreCase(r.type, 'PrivateEndpoint') && equalsIgnoreCase(r.serviceResourceId, id)
    )
    // A private endpoint reaches one sub-resource: a `file` rule does not carry blob traffic.
    const matching = toResource.filter(r => equalsIgnoreCase(r.subresourceTarget, subresource))
    const active = matching.filter(isActive)
    const addRule: ResultFix = {
      commands: [
        `az ml workspace outbound-rule set ${workspaceArgs(snapshot)} --rule ${shellArg(`pe-${resource.name}-${subresource}`)} --type private_endpoint --service-resource-id ${shellArg(id)} --subresource-target ${subresource}`,
        provision
      ]
    }
    const target = text`the ${subresource} sub-resource of ${label} \`${resource.name}\``
    if (active.length > 0) {
      return makeResult(
        def,
        'pass',
        resource,
        text`The managed network reaches ${target} through active PrivateEndpoint rule(s) ${rulesText(active, r => r.subresourceTarget, 'no sub-resource')}.`
      )
    }
    if (matching.length > 0) {
      return makeResult(
        def,
        'fail',
        resource,
        text`The PrivateEndpoint rule(s) to ${target} are not Active: ${rulesText(matching, r => r.status, 'no status')}. Provision the managed network.`,
        { remedy: { commands: [provision] } }
      )
    }
    const internetMode = equalsIgnoreCase(ws.managedNetwork?.isolationMode, 'AllowInternetOutbound')
    const access = internetMode ? dep.networkAccess : undefined
    if (access && !access.ok) {
      const { detail, cause } = readProblem(text`${label} \`${resource.name}\``, id, access.error)
      return makeResult(
        def,
        'unknown',
        resource,
        text`No PrivateEndpoint outbound rule of workspace \`${ws.name}\` reaches ${target}. In AllowInternetOutbound the service creates one only when the ${label}'s public network access is disabled. ${detail}`,
        { cause }
      )
    }
    if (access?.ok && !equalsIgnoreCase(access.value.publicNetworkAccess, 'Disabled')) {
      // how-to-managed-network: in AllowInternetOutbound, private endpoints to the workspace's
      // dependencies are created only for those whose public network access is disabled.
      const setting =
        access.value.publicNetworkAccess === undefined
          ? text`not set: Enabled by default`
          : text`${access.value.publicNetworkAccess}`
      return withSeverity(
        makeResult(
          def,
          'fail',
          resource,
          text`${ours(capitalizeFirst(dep.label))} \`${resource.name}\` allows public network access (${setting}), so in AllowInternetOutbound the service creates no private endpoint to it and deployments reach it over its public endpoint: working, as designed for this mode, but not private. Disable its public network access and provision the managed network, so the service adds the rule (or keep it public and add a PrivateEndpoint outbound rule to ${target} yourself).`,
          { remedy: { commands: [disablePublicAccessCommand(dep.type, id), provision] } }
        ),
        'warning'
      )
    }
    if (toResource.length > 0) {
      return makeResult(
        def,
        'fail',
        resource,
        text`PrivateEndpoint rule(s) ${rulesText(toResource, r => r.subresourceTarget, 'no sub-resource')} reach ${label} \`${resource.name}\`, but none targets the ${subresource} sub-resource deployments use, so that traffic has no private path. Add a rule to it.`,
        { remedy: addRule }
      )
    }
    const disabled = access?.ok
      ? text` Its public network access is disabled, so in AllowInternetOutbound the service should have created the rule: provision the managed network, or add the rule.`
      : text` Add the rule.`
    return makeResult(
      def,
      'fail',
      resource,
      text`No PrivateEndpoint outbound rule of workspace \`${ws.name}\` targets its ${label} \`${resource.name}\` (rules read from ${ours(rules.source)}).${disabled}`,
      { remedy: addRule }
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
        text`The managed network of workspace \`${ws.name}\` allows only approved outbound traffic.`
      )
    ]
  }
  if (!hasManagedNetwork(ws)) {
    return [
      makeResult(
        def,
        'skipped',
        resource,
        text`Workspace \`${ws.name}\` has no managed virtual network (isolation mode ${isolationMode(ws)}); MOE-01 reports it.`
      )
    ]
  }
  return [
    makeResult(
      def,
      'fail',
      resource,
      text`The managed network of workspace \`${ws.name}\` is ${isolationMode(ws)}: deployments can reach any internet address. Recommended: allow only approved outbound traffic, after adding outbound rules for what your models need.`,
      { remedy: { commands: [enableManagedNetworkCommand(snapshot)] } }
    )
  ]
})

export const MOE_07: Check = defineCheck(MOE_07_RULE, (snapshot, def) => {
  const pre = managedWorkspace(def, snapshot)
  if ('results' in pre) return pre.results
  const ws = pre.ws
  const resource = workspaceResource(snapshot)
  if (ws.v1LegacyMode === true) {
    return [
      makeResult(
        def,
        'fail',
        resource,
        text`Workspace \`${ws.name}\` has \`v1LegacyMode\` set to true: managed online endpoints cannot be network-isolated (or created) in it. Turn v1 legacy mode off.`,
        {
          remedy: {
            commands: [
              `az ml workspace update ${workspaceArgs(snapshot, '--name')} --v1-legacy-mode false`
            ]
          }
        }
      )
    ]
  }
  return [
    makeResult(
      def,
      'pass',
      resource,
      ws.v1LegacyMode === false
        ? text`Workspace \`${ws.name}\` has \`v1LegacyMode\` false.`
        : text`Workspace \`${ws.name}\` does not report \`v1LegacyMode\`, so the service default (false) applies.`
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
