/**
 * Scenarios and builders for RBAC (Microsoft.Authorization permissions, role
 * assignments, role definitions) and outbound (NSG rules, route tables, Azure
 * Firewall, firewall policies). Bodies follow the REST API examples
 * (Authorization 2022-04-01, Network 2025-07-01); values are synthetic. The
 * built-in roles carry their real action/notAction lists.
 */
import type { ArmResource, ArmResponse, Scenario } from '../scenario.js'
import {
  LOCATION,
  NET_RG,
  PRINCIPAL_ID,
  SUBSCRIPTION_ID,
  guidFor,
  resourceGroupId,
  resourceId,
  virtualNetworkId
} from './builders.js'

const VNET_ID = virtualNetworkId('vnet-ml')
const SNET_ML_ID = `${VNET_ID}/subnets/snet-ml`
const NSG_ID = resourceId(
  SUBSCRIPTION_ID,
  NET_RG,
  'Microsoft.Network/networkSecurityGroups',
  'nsg-ml'
)
const RT_ID = resourceId(SUBSCRIPTION_ID, NET_RG, 'Microsoft.Network/routeTables', 'rt-ml')
const HUB_RG = 'hub-rg'
/** The next hop of rt-ml's default route (builders.routeTable). */
const FIREWALL_IP = '10.20.0.4'
/** The `principal-id` of the access-principal scenario: the pipeline identity that really deploys. */
export const DEPLOYER_ID = '7c1e5a0b-3d2f-4b6a-9e8d-2f4a6c8e0b13'
const DEPLOYERS_GROUP_ID = 'e4b7c2d9-8a31-4f5e-b6c0-9d2a1e3f5b77'

// ---------------------------------------------------------------- built-in roles

export interface PermissionBody {
  actions: string[]
  notActions: string[]
  dataActions: string[]
  notDataActions: string[]
}

const block = (actions: string[], notActions: string[] = []): PermissionBody => ({
  actions,
  notActions,
  dataActions: [],
  notDataActions: []
})

export interface RoleSpec {
  guid: string
  roleName: string
  description: string
  type: 'BuiltInRole' | 'CustomRole'
  permissions: PermissionBody[]
}

/** Microsoft Learn, "Azure built-in roles" (General and Networking). */
export const ROLES = {
  owner: {
    guid: '8e3af657-a8ff-443c-a75c-2fe8c4bcb635',
    roleName: 'Owner',
    description:
      'Grants full access to manage all resources, including the ability to assign roles in Azure RBAC.',
    type: 'BuiltInRole',
    permissions: [block(['*'])]
  },
  contributor: {
    guid: 'b24988ac-6180-42a0-ab88-20f7382dd24c',
    roleName: 'Contributor',
    description:
      'Grants full access to manage all resources, but does not allow you to assign roles in Azure RBAC, manage assignments in Azure Blueprints, or share image galleries.',
    type: 'BuiltInRole',
    permissions: [
      block(
        ['*'],
        [
          'Microsoft.Authorization/*/Delete',
          'Microsoft.Authorization/*/Write',
          'Microsoft.Authorization/elevateAccess/Action',
          'Microsoft.Blueprint/blueprintAssignments/write',
          'Microsoft.Blueprint/blueprintAssignments/delete',
          'Microsoft.Compute/galleries/share/action',
          'Microsoft.Purview/consents/write',
          'Microsoft.Purview/consents/delete',
          'Microsoft.Resources/deploymentStacks/manageDenySetting/action'
        ]
      )
    ]
  },
  reader: {
    guid: 'acdd72a7-3385-48ef-bd42-f606fba81ae7',
    roleName: 'Reader',
    description: 'View all resources, but does not allow you to make any changes.',
    type: 'BuiltInRole',
    permissions: [block(['*/read'])]
  },
  networkContributor: {
    guid: '4d97b98b-1d4f-4787-a291-c67834d212e7',
    roleName: 'Network Contributor',
    description: 'Lets you manage networks, but not access to them.',
    type: 'BuiltInRole',
    permissions: [
      block([
        'Microsoft.Authorization/*/read',
        'Microsoft.Insights/alertRules/*',
        'Microsoft.Network/*',
        'Microsoft.ResourceHealth/availabilityStatuses/read',
        'Microsoft.Resources/deployments/*',
        'Microsoft.Resources/subscriptions/resourceGroups/read',
        'Microsoft.Support/*'
      ])
    ]
  }
} satisfies Record<string, RoleSpec>

// ---------------------------------------------------------------- Authorization builders

export function roleDefinitionId(guid: string, subscriptionId = SUBSCRIPTION_ID): string {
  return `/subscriptions/${subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/${guid}`
}

/** GET `/subscriptions/{s}/providers/Microsoft.Authorization/roleDefinitions/{guid}`. */
export function roleDefinition(role: RoleSpec, subscriptionId = SUBSCRIPTION_ID): ArmResource {
  const id = roleDefinitionId(role.guid, subscriptionId)
  return {
    id,
    body: {
      properties: {
        roleName: role.roleName,
        type: role.type,
        description: role.description,
        assignableScopes:
          role.type === 'BuiltInRole' ? ['/'] : [`/subscriptions/${subscriptionId}`],
        permissions: role.permissions,
        createdOn: '2015-02-02T21:55:09.8806423Z',
        updatedOn: '2025-06-05T00:56:22.4131204Z',
        createdBy: null,
        updatedBy: null
      },
      id,
      type: 'Microsoft.Authorization/roleDefinitions',
      name: role.guid
    }
  }
}

export function roleAssignment(spec: {
  scope: string
  role: RoleSpec
  principalId: string
  principalType?: 'User' | 'Group' | 'ServicePrincipal'
  condition?: string
}): Record<string, unknown> {
  const name = guidFor(`assignment:${spec.scope}:${spec.role.guid}:${spec.principalId}`)
  return {
    properties: {
      roleDefinitionId: roleDefinitionId(spec.role.guid),
      principalId: spec.principalId,
      principalType: spec.principalType ?? 'ServicePrincipal',
      scope: spec.scope,
      ...(spec.condition ? { condition: spec.condition, conditionVersion: '2.0' } : {}),
      createdOn: '2026-03-02T09:20:11.0000000Z',
      updatedOn: '2026-03-02T09:20:11.0000000Z',
      createdBy: '5e1c3d2a-0b4f-4c6e-8a9d-7f2b1c0e3d45',
      updatedBy: '5e1c3d2a-0b4f-4c6e-8a9d-7f2b1c0e3d45',
      delegatedManagedIdentityResourceId: null,
      description: null
    },
    id: `${spec.scope}/providers/Microsoft.Authorization/roleAssignments/${name}`,
    type: 'Microsoft.Authorization/roleAssignments',
    name
  }
}

/** `{scope}/providers/Microsoft.Authorization/permissions`: the caller's effective permissions (items have no ids). */
export function permissionsResponse(scope: string, blocks: PermissionBody[]): ArmResponse {
  return { path: `${scope}/providers/Microsoft.Authorization/permissions`, body: { value: blocks } }
}

/** `{scope}/providers/Microsoft.Authorization/roleAssignments?$filter=assignedTo('{id}')`. */
export function roleAssignmentsResponse(
  scope: string,
  principalId: string,
  assignments: Array<Record<string, unknown>>
): ArmResponse {
  return {
    path: `${scope}/providers/Microsoft.Authorization/roleAssignments`,
    query: { $filter: `assignedTo('${principalId}')` },
    body: { value: assignments }
  }
}

/** Permissions and role assignments of the logged-in identity at the VNet and the PE subnet. */
export function loginAccess(
  roles: RoleSpec[],
  scopes = [VNET_ID, SNET_ML_ID]
): {
  responses: ArmResponse[]
  resources: ArmResource[]
} {
  const assignments = roles.map(role =>
    roleAssignment({
      scope: resourceGroupId(SUBSCRIPTION_ID, NET_RG),
      role,
      principalId: PRINCIPAL_ID
    })
  )
  return {
    responses: scopes.flatMap(scope => [
      permissionsResponse(
        scope,
        roles.flatMap(r => r.permissions)
      ),
      roleAssignmentsResponse(scope, PRINCIPAL_ID, assignments)
    ]),
    resources: roles.map(role => roleDefinition(role))
  }
}

// ---------------------------------------------------------------- network builders

export interface RuleSpec {
  name: string
  priority: number
  access: 'Allow' | 'Deny'
  direction?: 'Inbound' | 'Outbound'
  protocol?: string
  source?: string
  destination?: string
  /** `destinationAddressPrefixes` (the plural field) instead of `destination`. */
  destinations?: string[]
  destinationPort?: string
}

function securityRule(
  nsgId: string,
  rule: RuleSpec,
  kind = 'securityRules'
): Record<string, unknown> {
  return {
    name: rule.name,
    id: `${nsgId}/${kind}/${rule.name}`,
    etag: `W/"${guidFor(`etag:${nsgId}`)}"`,
    type: `Microsoft.Network/networkSecurityGroups/${kind}`,
    properties: {
      provisioningState: 'Succeeded',
      protocol: rule.protocol ?? 'Tcp',
      sourcePortRange: '*',
      destinationPortRange: rule.destinationPort ?? '443',
      sourceAddressPrefix: rule.source ?? 'VirtualNetwork',
      ...(rule.destinations ? {} : { destinationAddressPrefix: rule.destination ?? '*' }),
      access: rule.access,
      priority: rule.priority,
      direction: rule.direction ?? 'Outbound',
      sourcePortRanges: [],
      destinationPortRanges: [],
      sourceAddressPrefixes: [],
      destinationAddressPrefixes: rule.destinations ?? []
    }
  }
}

const DEFAULT_RULES: RuleSpec[] = [
  {
    name: 'AllowVnetInBound',
    priority: 65000,
    access: 'Allow',
    direction: 'Inbound',
    protocol: '*',
    destinationPort: '*',
    destination: 'VirtualNetwork'
  },
  {
    name: 'AllowAzureLoadBalancerInBound',
    priority: 65001,
    access: 'Allow',
    direction: 'Inbound',
    protocol: '*',
    destinationPort: '*',
    source: 'AzureLoadBalancer'
  },
  {
    name: 'DenyAllInBound',
    priority: 65500,
    access: 'Deny',
    direction: 'Inbound',
    protocol: '*',
    destinationPort: '*',
    source: '*'
  },
  {
    name: 'AllowVnetOutBound',
    priority: 65000,
    access: 'Allow',
    protocol: '*',
    destinationPort: '*',
    destination: 'VirtualNetwork'
  },
  {
    name: 'AllowInternetOutBound',
    priority: 65001,
    access: 'Allow',
    protocol: '*',
    destinationPort: '*',
    source: '*',
    destination: 'Internet'
  },
  {
    name: 'DenyAllOutBound',
    priority: 65500,
    access: 'Deny',
    protocol: '*',
    destinationPort: '*',
    source: '*'
  }
]

/** An NSG body with these rules and the platform's six default rules, attached to `subnetIds`. */
export function securityGroup(spec: {
  id?: string
  rules: RuleSpec[]
  subnetIds?: string[]
}): ArmResource {
  const id = spec.id ?? NSG_ID
  return {
    id,
    body: {
      name: id.split('/').pop(),
      id,
      etag: `W/"${guidFor(`etag:${id}`)}"`,
      type: 'Microsoft.Network/networkSecurityGroups',
      location: LOCATION,
      properties: {
        provisioningState: 'Succeeded',
        resourceGuid: guidFor(`resource:${id}`),
        securityRules: spec.rules.map(r => securityRule(id, r)),
        defaultSecurityRules: DEFAULT_RULES.map(r => securityRule(id, r, 'defaultSecurityRules')),
        subnets: (spec.subnetIds ?? [SNET_ML_ID]).map(subnetId => ({ id: subnetId }))
      }
    }
  }
}

/** Inbound HTTPS inside the VNet, the registry tag of the region, and no other Internet. */
export function registryRules(tagRegion = 'EastUS2'): RuleSpec[] {
  return [
    {
      name: 'allow-vnet-https-in',
      priority: 100,
      access: 'Allow',
      direction: 'Inbound',
      destination: 'VirtualNetwork'
    },
    {
      name: 'allow-acr-out',
      priority: 3000,
      access: 'Allow',
      destination: `AzureContainerRegistry.${tagRegion}`
    },
    {
      name: 'deny-internet-out',
      priority: 4000,
      access: 'Deny',
      destination: 'Internet',
      destinationPort: '*'
    }
  ]
}

export function routeTableBody(spec: {
  id?: string
  nextHopType: string
  nextHopIpAddress?: string
  subnetIds?: string[]
  /** Routes instead of the single 0.0.0.0/0 `default-to-hub`. */
  routes?: Array<{
    name: string
    addressPrefix: string
    nextHopType: string
    nextHopIpAddress?: string
  }>
}): ArmResource {
  const id = spec.id ?? RT_ID
  return {
    id,
    body: {
      name: id.split('/').pop(),
      id,
      etag: `W/"${guidFor(`etag:${id}`)}"`,
      type: 'Microsoft.Network/routeTables',
      location: LOCATION,
      properties: {
        provisioningState: 'Succeeded',
        disableBgpRoutePropagation: true,
        resourceGuid: guidFor(`resource:${id}`),
        routes: (
          spec.routes ?? [
            {
              name: 'default-to-hub',
              addressPrefix: '0.0.0.0/0',
              nextHopType: spec.nextHopType,
              ...(spec.nextHopIpAddress ? { nextHopIpAddress: spec.nextHopIpAddress } : {})
            }
          ]
        ).map(r => ({
          name: r.name,
          id: `${id}/routes/${r.name}`,
          etag: `W/"${guidFor(`etag:${id}`)}"`,
          type: 'Microsoft.Network/routeTables/routes',
          properties: {
            provisioningState: 'Succeeded',
            addressPrefix: r.addressPrefix,
            nextHopType: r.nextHopType,
            ...(r.nextHopIpAddress ? { nextHopIpAddress: r.nextHopIpAddress } : {})
          }
        })),
        subnets: (spec.subnetIds ?? [SNET_ML_ID]).map(subnetId => ({ id: subnetId }))
      }
    }
  }
}

const FIREWALL_ID = resourceId(
  SUBSCRIPTION_ID,
  HUB_RG,
  'Microsoft.Network/azureFirewalls',
  'fw-hub'
)
const POLICY_ID = resourceId(
  SUBSCRIPTION_ID,
  HUB_RG,
  'Microsoft.Network/firewallPolicies',
  'fwp-hub'
)

/** An Azure Firewall in hub-rg whose private IP is `privateIp`, with a policy or classic rules. */
export function azureFirewall(spec: {
  privateIp?: string
  policyId?: string
  networkRuleCollections?: Array<Record<string, unknown>>
  applicationRuleCollections?: Array<Record<string, unknown>>
}): ArmResource {
  const vnetHub = virtualNetworkId('vnet-hub', SUBSCRIPTION_ID, HUB_RG)
  return {
    id: FIREWALL_ID,
    body: {
      name: 'fw-hub',
      id: FIREWALL_ID,
      etag: `W/"${guidFor(`etag:${FIREWALL_ID}`)}"`,
      type: 'Microsoft.Network/azureFirewalls',
      location: LOCATION,
      zones: [],
      properties: {
        provisioningState: 'Succeeded',
        sku: { name: 'AZFW_VNet', tier: spec.policyId ? 'Premium' : 'Standard' },
        threatIntelMode: 'Alert',
        ipConfigurations: [
          {
            name: 'ipconfig1',
            id: `${FIREWALL_ID}/azureFirewallIpConfigurations/ipconfig1`,
            properties: {
              provisioningState: 'Succeeded',
              privateIPAddress: spec.privateIp ?? FIREWALL_IP,
              subnet: { id: `${vnetHub}/subnets/AzureFirewallSubnet` },
              publicIPAddress: {
                id: resourceId(
                  SUBSCRIPTION_ID,
                  HUB_RG,
                  'Microsoft.Network/publicIPAddresses',
                  'pip-fw-hub'
                )
              }
            }
          }
        ],
        networkRuleCollections: spec.networkRuleCollections ?? [],
        applicationRuleCollections: spec.applicationRuleCollections ?? [],
        natRuleCollections: [],
        ...(spec.policyId ? { firewallPolicy: { id: spec.policyId } } : {})
      }
    }
  }
}

/** A classic application rule collection allowing HTTPS to `fqdns` from the VNet. */
export function classicApplicationCollection(
  name: string,
  priority: number,
  fqdns: string[]
): Record<string, unknown> {
  return {
    name,
    id: `${FIREWALL_ID}/applicationRuleCollections/${name}`,
    properties: {
      provisioningState: 'Succeeded',
      priority,
      action: { type: 'Allow' },
      rules: [
        {
          name: 'registry',
          description: 'Container images for inference',
          sourceAddresses: ['10.20.0.0/16'],
          protocols: [{ protocolType: 'Https', port: 443 }],
          targetFqdns: fqdns,
          fqdnTags: [],
          sourceIpGroups: []
        }
      ]
    }
  }
}

/** A firewall policy with one rule collection group that allows the registry tag of `tagRegion`. */
export function firewallPolicyWithRegistryRule(tagRegion = 'EastUS2'): ArmResource[] {
  const groupId = `${POLICY_ID}/ruleCollectionGroups/inference`
  return [
    {
      id: POLICY_ID,
      body: {
        name: 'fwp-hub',
        id: POLICY_ID,
        etag: `W/"${guidFor(`etag:${POLICY_ID}`)}"`,
        type: 'Microsoft.Network/firewallPolicies',
        location: LOCATION,
        properties: {
          provisioningState: 'Succeeded',
          sku: { tier: 'Premium' },
          threatIntelMode: 'Alert',
          ruleCollectionGroups: [{ id: groupId }],
          firewalls: [{ id: FIREWALL_ID }],
          childPolicies: []
        }
      }
    },
    {
      id: groupId,
      body: {
        name: 'inference',
        id: groupId,
        etag: `W/"${guidFor(`etag:${groupId}`)}"`,
        type: 'Microsoft.Network/FirewallPolicies/ruleCollectionGroups',
        properties: {
          provisioningState: 'Succeeded',
          priority: 200,
          ruleCollections: [
            {
              ruleCollectionType: 'FirewallPolicyFilterRuleCollection',
              name: 'allow-registry',
              priority: 210,
              action: { type: 'Allow' },
              rules: [
                {
                  ruleType: 'NetworkRule',
                  name: 'acr-tag',
                  ipProtocols: ['TCP'],
                  sourceAddresses: ['10.20.0.0/16'],
                  sourceIpGroups: [],
                  destinationAddresses: [`AzureContainerRegistry.${tagRegion}`],
                  destinationIpGroups: [],
                  destinationFqdns: [],
                  destinationPorts: ['443']
                }
              ]
            }
          ]
        }
      }
    }
  ]
}

// ---------------------------------------------------------------- scenarios

/** Replaces resources with the same id (case-insensitive) and appends new ones. */
function upsert(resources: ArmResource[], replacements: ArmResource[]): ArmResource[] {
  const ids = new Set(replacements.map(r => r.id.toLowerCase()))
  return [...resources.filter(r => !ids.has(r.id.toLowerCase())), ...replacements]
}

export function withResources(
  scenario: Scenario,
  changes: {
    name?: string
    description?: string
    resources?: ArmResource[]
    responses?: ArmResponse[]
  }
): Scenario {
  return {
    ...scenario,
    ...(changes.name ? { name: changes.name } : {}),
    ...(changes.description ? { description: changes.description } : {}),
    resources: upsert(scenario.resources, changes.resources ?? []),
    responses: [...(changes.responses ?? []), ...(scenario.responses ?? [])]
  }
}

/**
 * What a secured workspace needs for RBAC-* and OUT-*: the logged-in identity
 * holds Network Contributor on the network resource group; the NSG denies
 * Internet but allows AzureContainerRegistry.EastUS2; the route table's
 * default route goes to an Azure Firewall whose policy allows that tag.
 */
export function withSecureAccess(scenario: Scenario): Scenario {
  const access = loginAccess([ROLES.networkContributor])
  return withResources(scenario, {
    resources: [
      ...access.resources,
      securityGroup({
        rules: registryRules(),
        subnetIds: [SNET_ML_ID, `${VNET_ID}/subnets/snet-inference`]
      }),
      azureFirewall({ policyId: POLICY_ID }),
      ...firewallPolicyWithRegistryRule()
    ],
    responses: access.responses
  })
}

/** Access and outbound variants of the secured scenario (`secured` already has withSecureAccess). */
export function accessScenarios(secured: () => Scenario): Record<string, () => Scenario> {
  return {
    'access-missing-join': () => {
      const access = loginAccess([ROLES.reader])
      return withResources(secured(), {
        name: 'access-missing-join',
        description:
          'The logged-in identity holds only Reader on the network: it can read but not join the VNet or subnet.',
        resources: access.resources,
        responses: access.responses
      })
    },
    'access-notactions': () => {
      const custom: RoleSpec = {
        guid: '3b8f6e21-9c4d-4a7e-b1f0-5d2c8e9a6b34',
        roleName: 'Network joiner (no VNet read)',
        description: 'Joins networks; reading virtual networks is removed.',
        type: 'CustomRole',
        permissions: [block(['Microsoft.Network/*'], ['Microsoft.Network/virtualNetworks/read'])]
      }
      const access = loginAccess([custom])
      return withResources(secured(), {
        name: 'access-notactions',
        description:
          'A custom role grants Microsoft.Network/* but its notActions remove virtualNetworks/read.',
        resources: access.resources,
        responses: access.responses
      })
    },
    'access-principal': () => {
      // The deployer is in a group that holds Network Contributor on the VNet; the logged-in identity is only a reader.
      const viaGroup = roleAssignment({
        scope: VNET_ID,
        role: ROLES.networkContributor,
        principalId: DEPLOYERS_GROUP_ID,
        principalType: 'Group'
      })
      const onRg = roleAssignment({
        scope: resourceGroupId(SUBSCRIPTION_ID, NET_RG),
        role: ROLES.reader,
        principalId: DEPLOYER_ID
      })
      const login = loginAccess([ROLES.reader])
      return withResources(secured(), {
        name: 'access-principal',
        description:
          'principal-id names a deployer that holds Network Contributor on the VNet through a group.',
        resources: [...login.resources, roleDefinition(ROLES.networkContributor)],
        responses: [
          ...login.responses,
          roleAssignmentsResponse(VNET_ID, DEPLOYER_ID, [onRg, viaGroup]),
          roleAssignmentsResponse(SNET_ML_ID, DEPLOYER_ID, [onRg, viaGroup])
        ]
      })
    },
    'access-forbidden': () => ({
      ...secured(),
      name: 'access-forbidden',
      description:
        'Reading permissions on the VNet and subnet is refused (403 AuthorizationFailed).',
      faults: [
        { pathPrefix: `${VNET_ID}/providers/Microsoft.Authorization/permissions`, status: 403 },
        { pathPrefix: `${SNET_ML_ID}/providers/Microsoft.Authorization/permissions`, status: 403 }
      ]
    }),
    'outbound-wrong-region': () =>
      withResources(secured(), {
        name: 'outbound-wrong-region',
        description:
          'The NSG denies Internet and allows AzureContainerRegistry.WestEurope, but the workspace is in eastus2.',
        resources: [securityGroup({ rules: registryRules('WestEurope') })]
      }),
    'outbound-firewall-classic': () =>
      withResources(secured(), {
        name: 'outbound-firewall-classic',
        description:
          'Forced tunnelling to an Azure Firewall with classic rules that allow the registry login server but not its data endpoint.',
        resources: [
          azureFirewall({
            applicationRuleCollections: [
              classicApplicationCollection('allow-acr-login', 200, ['crmlws0427.azurecr.io'])
            ]
          })
        ]
      }),
    'outbound-appliance': () =>
      withResources(secured(), {
        name: 'outbound-appliance',
        description:
          'Forced tunnelling to a network virtual appliance (10.20.0.100) that is not an Azure Firewall.',
        resources: [
          routeTableBody({ nextHopType: 'VirtualAppliance', nextHopIpAddress: '10.20.0.100' })
        ]
      })
  }
}

/**
 * The README's quick start: the action's identity holds only Reader; the
 * deploying identity (principal-id) holds `deployerRole` on the virtual network,
 * as the README's Azure setup assigns it. The role comes from the caller (the
 * README test reads it from the README) so the docs and the run cannot drift.
 */
export function quickstartScenario(
  secured: Scenario,
  deployerRole: RoleSpec,
  deployerId = DEPLOYER_ID
): Scenario {
  const onVnet = roleAssignment({ scope: VNET_ID, role: deployerRole, principalId: deployerId })
  const login = loginAccess([ROLES.reader])
  return withResources(secured, {
    name: 'quickstart',
    description:
      "The README's quick start: Reader for the action's identity, the README's custom role on the VNet for the deployer.",
    resources: [...login.resources, roleDefinition(deployerRole)],
    responses: [
      ...login.responses,
      roleAssignmentsResponse(VNET_ID, deployerId, [onVnet]),
      roleAssignmentsResponse(SNET_ML_ID, deployerId, [onVnet])
    ]
  })
}

/** A role definition's `Actions`/`NotActions` as `az role definition create` takes them. */
export function customRole(definition: {
  Name: string
  Description?: string
  Actions: string[]
  NotActions?: string[]
}): RoleSpec {
  return {
    guid: guidFor(`role:${definition.Name}`),
    roleName: definition.Name,
    description: definition.Description ?? '',
    type: 'CustomRole',
    permissions: [block(definition.Actions, definition.NotActions ?? [])]
  }
}
