/**
 * Raw ARM bodies (Microsoft.Authorization, NSGs, route tables, Azure Firewall
 * and firewall policies) → snapshot values. Tolerant: a missing field becomes
 * an empty list, never an exception; checks decide what absence means.
 */
import type {
  AzureFirewall,
  DenyAssignment,
  DenyPrincipal,
  FirewallApplicationRule,
  FirewallNetworkRule,
  FirewallPolicy,
  FirewallRuleCollection,
  FirewallRuleCollectionGroup,
  NetworkSecurityGroup,
  PermissionBlock,
  RoleAssignment,
  RoleDefinition,
  RouteTable,
  SecurityRule
} from './snapshot.js'
import { asObject as obj } from './json-shape.js'

type Json = Record<string, unknown>

function arr(value: unknown): unknown[] {
  return Array.isArray(value) ? value : []
}
function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}
function strs(value: unknown): string[] {
  return arr(value).filter((v): v is string => typeof v === 'string')
}
function num(value: unknown): number | undefined {
  if (typeof value === 'number') return value
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
    return Number(value)
  return undefined
}
function props(body: unknown): Json {
  return obj(obj(body)['properties'])
}
function idOf(value: unknown): string | undefined {
  return str(obj(value)['id'])
}

export function toPermissionBlock(raw: unknown): PermissionBlock {
  const b = obj(raw)
  const condition = str(b['condition'])
  return {
    actions: strs(b['actions']),
    notActions: strs(b['notActions']),
    dataActions: strs(b['dataActions']),
    notDataActions: strs(b['notDataActions']),
    ...(condition ? { condition } : {})
  }
}

export function toRoleAssignment(raw: unknown): RoleAssignment {
  const p = props(raw)
  const condition = str(p['condition'])
  return {
    id: str(obj(raw)['id']) ?? '',
    scope: str(p['scope']) ?? '',
    roleDefinitionId: str(p['roleDefinitionId']) ?? '',
    principalId: str(p['principalId']) ?? '',
    ...(str(p['principalType']) ? { principalType: str(p['principalType']) } : {}),
    ...(condition ? { condition } : {})
  }
}

export function toRoleDefinition(raw: unknown): RoleDefinition {
  const p = props(raw)
  return {
    id: str(obj(raw)['id']) ?? '',
    roleName: str(p['roleName']) ?? str(obj(raw)['name']) ?? '',
    // 2022-04-01 calls it `type`; the SDK model and newer versions `roleType`.
    ...((str(p['type']) ?? str(p['roleType']))
      ? { roleType: str(p['type']) ?? str(p['roleType']) }
      : {}),
    permissions: arr(p['permissions']).map(toPermissionBlock)
  }
}

function toDenyPrincipal(raw: unknown): DenyPrincipal {
  const p = obj(raw)
  return { id: str(p['id']) ?? '', ...(str(p['type']) ? { type: str(p['type']) } : {}) }
}

export function toDenyAssignment(raw: unknown): DenyAssignment {
  const p = props(raw)
  return {
    id: str(obj(raw)['id']) ?? '',
    name: str(p['denyAssignmentName']) ?? str(obj(raw)['name']) ?? '',
    scope: str(p['scope']) ?? '',
    permissions: arr(p['permissions']).map(toPermissionBlock),
    principals: arr(p['principals']).map(toDenyPrincipal),
    excludePrincipals: arr(p['excludePrincipals']).map(toDenyPrincipal),
    doNotApplyToChildScopes: p['doNotApplyToChildScopes'] === true
  }
}

function toSecurityRule(raw: unknown): SecurityRule {
  const r = obj(raw)
  const p = props(raw)
  const rule: SecurityRule = {
    name: str(r['name']) ?? '',
    priority: num(p['priority']) ?? 0,
    direction: str(p['direction']) ?? '',
    access: str(p['access']) ?? '',
    protocol: str(p['protocol']) ?? ''
  }
  const optional: Array<[keyof SecurityRule, unknown]> = [
    ['sourcePortRange', str(p['sourcePortRange'])],
    ['destinationPortRange', str(p['destinationPortRange'])],
    ['sourceAddressPrefix', str(p['sourceAddressPrefix'])],
    ['destinationAddressPrefix', str(p['destinationAddressPrefix'])]
  ]
  for (const [key, value] of optional)
    if (value !== undefined) Object.assign(rule, { [key]: value })
  const lists: Array<[keyof SecurityRule, string[]]> = [
    ['sourcePortRanges', strs(p['sourcePortRanges'])],
    ['destinationPortRanges', strs(p['destinationPortRanges'])],
    ['sourceAddressPrefixes', strs(p['sourceAddressPrefixes'])],
    ['destinationAddressPrefixes', strs(p['destinationAddressPrefixes'])],
    [
      'sourceApplicationSecurityGroupIds',
      arr(p['sourceApplicationSecurityGroups'])
        .map(idOf)
        .filter((v): v is string => !!v)
    ],
    [
      'destinationApplicationSecurityGroupIds',
      arr(p['destinationApplicationSecurityGroups'])
        .map(idOf)
        .filter((v): v is string => !!v)
    ]
  ]
  for (const [key, value] of lists) if (value.length > 0) Object.assign(rule, { [key]: value })
  return rule
}

export function toNetworkSecurityGroup(raw: unknown): NetworkSecurityGroup {
  const b = obj(raw)
  const p = props(raw)
  return {
    id: str(b['id']) ?? '',
    name: str(b['name']) ?? '',
    ...(str(b['location']) ? { location: str(b['location']) } : {}),
    securityRules: arr(p['securityRules']).map(toSecurityRule),
    defaultSecurityRules: arr(p['defaultSecurityRules']).map(toSecurityRule)
  }
}

export function toRouteTable(raw: unknown): RouteTable {
  const b = obj(raw)
  return {
    id: str(b['id']) ?? '',
    name: str(b['name']) ?? '',
    ...(typeof props(raw)['disableBgpRoutePropagation'] === 'boolean'
      ? { disableBgpRoutePropagation: props(raw)['disableBgpRoutePropagation'] as boolean }
      : {}),
    routes: arr(props(raw)['routes']).map(route => {
      const p = props(route)
      const nextHopIpAddress = str(p['nextHopIpAddress'])
      return {
        name: str(obj(route)['name']) ?? '',
        addressPrefix: str(p['addressPrefix']) ?? '',
        nextHopType: str(p['nextHopType']) ?? '',
        ...(nextHopIpAddress ? { nextHopIpAddress } : {})
      }
    })
  }
}

function toNetworkRule(r: Json): FirewallNetworkRule {
  return {
    name: str(r['name']) ?? '',
    // Classic rules say `protocols`, policy rules `ipProtocols`.
    protocols: strs(r['protocols'] ?? r['ipProtocols']),
    sourceAddresses: strs(r['sourceAddresses']),
    sourceIpGroups: strs(r['sourceIpGroups']),
    destinationAddresses: strs(r['destinationAddresses']),
    destinationIpGroups: strs(r['destinationIpGroups']),
    destinationFqdns: strs(r['destinationFqdns']),
    destinationPorts: strs(r['destinationPorts'])
  }
}

function toApplicationRule(r: Json): FirewallApplicationRule {
  return {
    name: str(r['name']) ?? '',
    protocols: arr(r['protocols']).map(p => {
      const port = num(obj(p)['port'])
      return {
        protocolType: str(obj(p)['protocolType']) ?? '',
        ...(port !== undefined ? { port } : {})
      }
    }),
    sourceAddresses: strs(r['sourceAddresses']),
    sourceIpGroups: strs(r['sourceIpGroups']),
    targetFqdns: strs(r['targetFqdns']),
    fqdnTags: strs(r['fqdnTags'])
  }
}

function classicCollection(raw: unknown, kind: 'network' | 'application'): FirewallRuleCollection {
  const p = props(raw)
  const rules = arr(p['rules']).map(obj)
  return {
    name: str(obj(raw)['name']) ?? '',
    priority: num(p['priority']) ?? 0,
    action: str(obj(p['action'])['type']) ?? '',
    kind,
    networkRules: kind === 'network' ? rules.map(toNetworkRule) : [],
    applicationRules: kind === 'application' ? rules.map(toApplicationRule) : []
  }
}

export function toAzureFirewall(raw: unknown): AzureFirewall {
  const b = obj(raw)
  const p = props(raw)
  const policyId = idOf(p['firewallPolicy'])
  return {
    id: str(b['id']) ?? '',
    name: str(b['name']) ?? '',
    privateIpAddresses: [
      ...arr(p['ipConfigurations']).map(c => str(props(c)['privateIPAddress'])),
      // Firewalls in a virtual hub report their private IP here instead.
      str(obj(obj(p['hubIPAddresses']))['privateIPAddress'])
    ].filter((v): v is string => !!v),
    ...(policyId ? { firewallPolicyId: policyId } : {}),
    ruleCollections: [
      ...arr(p['networkRuleCollections']).map(c => classicCollection(c, 'network')),
      ...arr(p['applicationRuleCollections']).map(c => classicCollection(c, 'application'))
    ]
  }
}

/**
 * One policy filter rule collection may mix network and application rules in
 * the API's shape; Azure Firewall processes them by kind, so each kind becomes
 * its own collection with the same name, priority and action.
 */
function policyCollections(raw: unknown): FirewallRuleCollection[] {
  const c = obj(raw)
  if (str(c['ruleCollectionType']) !== 'FirewallPolicyFilterRuleCollection') return []
  const rules = arr(c['rules']).map(obj)
  const base = {
    name: str(c['name']) ?? '',
    priority: num(c['priority']) ?? 0,
    action: str(obj(c['action'])['type']) ?? ''
  }
  const network = rules.filter(r => str(r['ruleType']) === 'NetworkRule').map(toNetworkRule)
  const application = rules
    .filter(r => str(r['ruleType']) === 'ApplicationRule')
    .map(toApplicationRule)
  const out: FirewallRuleCollection[] = []
  if (network.length > 0)
    out.push({ ...base, kind: 'network', networkRules: network, applicationRules: [] })
  if (application.length > 0)
    out.push({ ...base, kind: 'application', networkRules: [], applicationRules: application })
  return out
}

export function toRuleCollectionGroup(raw: unknown): FirewallRuleCollectionGroup {
  const p = props(raw)
  return {
    id: str(obj(raw)['id']) ?? '',
    name: str(obj(raw)['name']) ?? '',
    priority: num(p['priority']) ?? 0,
    ruleCollections: arr(p['ruleCollections']).flatMap(policyCollections)
  }
}

export function toFirewallPolicy(raw: unknown, groups: unknown[]): FirewallPolicy {
  const b = obj(raw)
  const basePolicyId = idOf(props(raw)['basePolicy'])
  return {
    id: str(b['id']) ?? '',
    name: str(b['name']) ?? '',
    ...(basePolicyId ? { basePolicyId } : {}),
    ruleCollectionGroups: groups.map(toRuleCollectionGroup)
  }
}
