/**
 * The built-in roles that matter for RBAC-01..03, with their real action and
 * notAction lists (Microsoft Learn, "Azure built-in roles": General and
 * Networking categories), in the snapshot's shape.
 */
import type { RoleDefinition } from '../../src/model/snapshot.js'

export const OWNER: RoleDefinition = {
  id: '/providers/Microsoft.Authorization/roleDefinitions/8e3af657-a8ff-443c-a75c-2fe8c4bcb635',
  roleName: 'Owner',
  roleType: 'BuiltInRole',
  permissions: [{ actions: ['*'], notActions: [], dataActions: [], notDataActions: [] }]
}

export const CONTRIBUTOR: RoleDefinition = {
  id: '/providers/Microsoft.Authorization/roleDefinitions/b24988ac-6180-42a0-ab88-20f7382dd24c',
  roleName: 'Contributor',
  roleType: 'BuiltInRole',
  permissions: [
    {
      actions: ['*'],
      notActions: [
        'Microsoft.Authorization/*/Delete',
        'Microsoft.Authorization/*/Write',
        'Microsoft.Authorization/elevateAccess/Action',
        'Microsoft.Blueprint/blueprintAssignments/write',
        'Microsoft.Blueprint/blueprintAssignments/delete',
        'Microsoft.Compute/galleries/share/action',
        'Microsoft.Purview/consents/write',
        'Microsoft.Purview/consents/delete',
        'Microsoft.Resources/deploymentStacks/manageDenySetting/action'
      ],
      dataActions: [],
      notDataActions: []
    }
  ]
}

export const READER: RoleDefinition = {
  id: '/providers/Microsoft.Authorization/roleDefinitions/acdd72a7-3385-48ef-bd42-f606fba81ae7',
  roleName: 'Reader',
  roleType: 'BuiltInRole',
  permissions: [{ actions: ['*/read'], notActions: [], dataActions: [], notDataActions: [] }]
}

export const NETWORK_CONTRIBUTOR: RoleDefinition = {
  id: '/providers/Microsoft.Authorization/roleDefinitions/4d97b98b-1d4f-4787-a291-c67834d212e7',
  roleName: 'Network Contributor',
  roleType: 'BuiltInRole',
  permissions: [
    {
      actions: [
        'Microsoft.Authorization/*/read',
        'Microsoft.Insights/alertRules/*',
        'Microsoft.Network/*',
        'Microsoft.ResourceHealth/availabilityStatuses/read',
        'Microsoft.Resources/deployments/*',
        'Microsoft.Resources/subscriptions/resourceGroups/read',
        'Microsoft.Support/*'
      ],
      notActions: [],
      dataActions: [],
      notDataActions: []
    }
  ]
}

export const BUILT_IN_ROLES = [OWNER, CONTRIBUTOR, READER, NETWORK_CONTRIBUTOR]
