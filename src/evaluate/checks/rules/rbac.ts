/**
 * The words of the checklist section "Prerequisites", RBAC part (RBAC-*): the three
 * Microsoft.Network permissions the article lists, and what each check says about them.
 * Data only; the decisions are in ../rbac.ts.
 */
import type { CheckDefinition } from '../../../model/check.js'
import { ARTICLE_URL } from './links.js'

export const NETWORK_READ = 'Microsoft.Network/*/read'
export const VNET_JOIN = 'Microsoft.Network/virtualNetworks/join/action'
export const SUBNET_JOIN = 'Microsoft.Network/virtualNetworks/subnets/join/action'
export const ALL_ACTIONS = [NETWORK_READ, VNET_JOIN, SUBNET_JOIN]

/** The least-privilege role the fixes propose first. */
export const CUSTOM_ROLE_NAME = 'AML inference network deployer'
export const CUSTOM_ROLE_DESCRIPTION =
  'Read, join the virtual network and join its subnets (Azure ML inference)'

const CUSTOM_ROLE_ON_A_VNET = {
  Name: CUSTOM_ROLE_NAME,
  Description: CUSTOM_ROLE_DESCRIPTION,
  Actions: ALL_ACTIONS,
  AssignableScopes: ['<vnet-id>']
}

/** The catalog's fix: that role on a placeholder network, assigned by object id. */
const CUSTOM_ROLE_FIX = `az role definition create --role-definition '${JSON.stringify(CUSTOM_ROLE_ON_A_VNET)}' && az role assignment create --role "${CUSTOM_ROLE_NAME}" --scope <vnet-id> --assignee-object-id <deployer-object-id>`

const WHOSE =
  'The identity checked is the one the action signs in as, or the object id in the input principal-id (e.g. the identity that really deploys); its role assignments count with group memberships, and deny assignments at the scope override any role.'

export const RBAC_01_RULE: CheckDefinition = {
  id: 'RBAC-01',
  title: 'The deploying identity can read the virtual network (Microsoft.Network/*/read)',
  section: 'prerequisites',
  category: 'rbac',
  severity: 'error',
  rationale:
    'Deploying managed online endpoints or Kubernetes computes into a virtual network with the CLI, SDK or studio reads the network first; without `Microsoft.Network/*/read` on the virtual network the deployment fails. ' +
    'ARM template deployments do not need it (set deployment-method: arm-template to skip this check). ' +
    "The wildcard is held only when one role permission block has an action that contains the whole pattern (e.g. `*`, `*/read`, `Microsoft.Network/*`) and none of that block's notActions overlaps it (`Microsoft.Network/virtualNetworks/read` in notActions removes it). " +
    WHOSE,
  remediation:
    'Assign the deploying identity (the one in principal-id) a custom role with just the three actions on the virtual network (least privilege), or the built-in Network Contributor. If a notAction of its role removes part of the read, use a role without it.',
  fix: CUSTOM_ROLE_FIX,
  docUrl: ARTICLE_URL,
  summary:
    'the deploying identity holds `Microsoft.Network/*/read` on the virtual network (skipped with `deployment-method: arm-template`)'
}

export const RBAC_02_RULE: CheckDefinition = {
  id: 'RBAC-02',
  title: 'The deploying identity can join the virtual network (virtualNetworks/join/action)',
  section: 'prerequisites',
  category: 'rbac',
  severity: 'error',
  rationale:
    'Placing inference resources in the virtual network needs Microsoft.Network/virtualNetworks/join/action on it; without it the deployment is refused. ' +
    WHOSE,
  remediation:
    'Assign the deploying identity (the one in principal-id) a custom role with just the three actions on the virtual network (least privilege; it includes Microsoft.Network/virtualNetworks/join/action), or the built-in Network Contributor.',
  fix: CUSTOM_ROLE_FIX,
  docUrl: ARTICLE_URL,
  summary: 'it holds `Microsoft.Network/virtualNetworks/join/action` on the virtual network'
}

export const RBAC_03_RULE: CheckDefinition = {
  id: 'RBAC-03',
  title: 'The deploying identity can join the subnet (virtualNetworks/subnets/join/action)',
  section: 'prerequisites',
  category: 'rbac',
  severity: 'error',
  rationale:
    'Placing inference resources in a subnet needs Microsoft.Network/virtualNetworks/subnets/join/action on the subnet (a role on the virtual network is inherited by its subnets). ' +
    'An earlier version of the article spells it Microsoft.Network/virtualNetworks/subnet/join/action; that is a typo and no such action exists, so only the real action name counts: a custom role listing the typo grants nothing. ' +
    WHOSE,
  remediation:
    'Assign the deploying identity (the one in principal-id) a custom role with just the three actions on the virtual network or the subnet (least privilege; it includes Microsoft.Network/virtualNetworks/subnets/join/action), or the built-in Network Contributor.',
  fix: CUSTOM_ROLE_FIX,
  docUrl: ARTICLE_URL,
  summary:
    "it holds `Microsoft.Network/virtualNetworks/subnets/join/action` on the subnet (the earlier article's `subnet/join/action` is a typo; only the real action counts)"
}
