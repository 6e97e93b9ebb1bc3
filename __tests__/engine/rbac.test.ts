import { describe, expect, it } from '@jest/globals'
import {
  assignmentApplies,
  denyAppliesTo,
  denyBlockEffect,
  evaluateBlock,
  evaluateDenies,
  evaluateGrant,
  EVERYONE_PRINCIPAL_ID,
  patternContains,
  patternsOverlap,
  wildcardMatches,
  type GrantSource
} from '../../src/evaluate/engine/rbac.js'
import type { DenyAssignment, PermissionBlock } from '../../src/model/snapshot.js'
import { CONTRIBUTOR, NETWORK_CONTRIBUTOR, OWNER, READER } from './roles.js'

const READ = 'Microsoft.Network/*/read'
const JOIN = 'Microsoft.Network/virtualNetworks/join/action'
const SUBNET_JOIN = 'Microsoft.Network/virtualNetworks/subnets/join/action'

describe('wildcard matching', () => {
  it.each([
    ['*', 'Microsoft.Network/virtualNetworks/read', true],
    ['*/read', 'Microsoft.Network/virtualNetworks/read', true],
    ['*/read', 'Microsoft.Network/virtualNetworks/write', false],
    ['Microsoft.Network/*', 'microsoft.network/virtualnetworks/subnets/join/action', true],
    ['microsoft.network/*/READ', 'Microsoft.Network/virtualNetworks/read', true],
    ['Microsoft.Network/*/join/action', SUBNET_JOIN, true],
    ['Microsoft.Network/virtualNetworks/*/action', JOIN, true],
    ['Microsoft.Network/virtualNetworks/subnet/join/action', SUBNET_JOIN, false],
    ['Microsoft.*/virtualNetworks/*', JOIN, true],
    ['Microsoft.Network', 'Microsoft.Network/virtualNetworks/read', false]
  ])('%s matches %s: %s', (pattern, action, expected) => {
    expect(wildcardMatches(pattern, action)).toBe(expected)
  })
})

describe('pattern containment (L(inner) ⊆ L(outer))', () => {
  it.each([
    ['*', READ, true],
    ['*/read', READ, true],
    ['Microsoft.Network/*', READ, true],
    ['Microsoft.Network/*/read', READ, true],
    ['MICROSOFT.NETWORK/*/READ', READ, true],
    ['Microsoft.Network/virtualNetworks/read', READ, false],
    ['Microsoft.Network/*/write', READ, false],
    ['Microsoft.Network/virtualNetworks/*', READ, false],
    ['*/read', 'Microsoft.Network/*', false],
    ['Microsoft.*/read', READ, true],
    ['Microsoft.*', READ, true],
    ['Micro*Net*/*read', READ, true],
    ['*Network*', READ, true],
    ['Microsoft.Network/*/*/read', READ, false], // misses Microsoft.Network/x/read
    ['Microsoft.Network/*/read', 'Microsoft.Network/*/*/read', true],
    ['*a*', '*', false],
    ['a*', 'a*a', true],
    ['*a', 'a*', false],
    ['*ab*', 'a*b', false],
    ['*', '*', true],
    [JOIN, JOIN, true],
    [JOIN.toUpperCase(), JOIN, true],
    ['Microsoft.Network/virtualNetworks/join/action', 'Microsoft.Network/*/join/action', false]
  ])('%s contains %s: %s', (outer, inner, expected) => {
    expect(patternContains(outer, inner)).toBe(expected)
  })
})

describe('pattern overlap (L(a) ∩ L(b) ≠ ∅)', () => {
  it.each([
    ['Microsoft.Network/virtualNetworks/read', READ, true],
    ['Microsoft.Network/virtualNetworks/write', READ, false],
    ['Microsoft.Authorization/*/Delete', READ, false],
    ['Microsoft.Authorization/*/Write', READ, false],
    ['*/Write', READ, false],
    ['*/read', READ, true],
    ['Microsoft.Net*', READ, true],
    ['Microsoft.Compute/*', READ, false],
    ['*', '*', true],
    ['a*b', 'b*a', false],
    ['a*b*c', '*b*', true],
    ['*x*', '*y*', true],
    ['ab*', '*ba', true],
    ['abc', 'a*c', true],
    ['abd', 'a*c', false],
    ['MICROSOFT.NETWORK/*', 'microsoft.network/foo', true]
  ])('%s overlaps %s: %s', (a, b, expected) => {
    expect(patternsOverlap(a, b)).toBe(expected)
    expect(patternsOverlap(b, a)).toBe(expected)
  })
})

const source = (label: string, block: PermissionBlock, condition?: string): GrantSource => ({
  label,
  roleName: label,
  block,
  ...(condition ? { condition } : {})
})
const roleSources = (role: typeof OWNER): GrantSource[] =>
  role.permissions.map(block => source(role.roleName, block))

describe('built-in roles', () => {
  it.each([
    [OWNER, READ, true],
    [OWNER, JOIN, true],
    [OWNER, SUBNET_JOIN, true],
    [CONTRIBUTOR, READ, true],
    [CONTRIBUTOR, JOIN, true],
    [CONTRIBUTOR, SUBNET_JOIN, true],
    [READER, READ, true],
    [READER, JOIN, false],
    [READER, SUBNET_JOIN, false],
    [NETWORK_CONTRIBUTOR, READ, true],
    [NETWORK_CONTRIBUTOR, JOIN, true],
    [NETWORK_CONTRIBUTOR, SUBNET_JOIN, true]
  ])('%o grants %s: %s', (role, action, expected) => {
    const result = evaluateGrant(action, roleSources(role))
    expect(result.grantedBy.length > 0).toBe(expected)
    if (expected) expect(result.grantedBy[0]!.source.roleName).toBe(role.roleName)
  })

  it('does not grant the typo action spelling as if it were the real one', () => {
    const typo: PermissionBlock = {
      actions: ['Microsoft.Network/virtualNetworks/subnet/join/action'],
      notActions: []
    }
    expect(evaluateGrant(SUBNET_JOIN, [source('Custom', typo)]).grantedBy).toEqual([])
  })
})

describe('permission blocks', () => {
  it.each<[string, PermissionBlock, string, string]>([
    ['actions minus notActions', { actions: ['*'], notActions: [JOIN] }, JOIN, 'removed'],
    [
      'a literal notAction overlapping the wildcard removes it',
      { actions: ['Microsoft.Network/*'], notActions: ['Microsoft.Network/virtualNetworks/read'] },
      READ,
      'removed'
    ],
    [
      'a notAction that does not overlap keeps it',
      {
        actions: ['*'],
        notActions: ['Microsoft.Network/*/write', 'Microsoft.Authorization/*/Delete']
      },
      READ,
      'granted'
    ],
    [
      'an action covering part of the wildcard is partial',
      { actions: ['Microsoft.Network/virtualNetworks/read'], notActions: [] },
      READ,
      'partial'
    ],
    ['nothing', { actions: ['Microsoft.Compute/*'], notActions: [] }, JOIN, 'none']
  ])('%s', (_name, block, required, kind) => {
    expect(evaluateBlock(block, required).kind).toBe(kind)
  })

  it('notActions of one block do not remove a grant of another block', () => {
    const sources = [
      source('Restricted', { actions: ['*'], notActions: ['Microsoft.Network/*'] }),
      source('Network Contributor', NETWORK_CONTRIBUTOR.permissions[0]!)
    ]
    const result = evaluateGrant(JOIN, sources)
    expect(result.grantedBy.map(g => g.source.label)).toEqual(['Network Contributor'])
  })

  it('names the notAction as the closest miss', () => {
    const result = evaluateGrant(READ, [
      source('Reader', READER.permissions[0]!),
      source('No network read', {
        actions: ['Microsoft.Network/*'],
        notActions: ['Microsoft.Network/virtualNetworks/read']
      })
    ])
    // Reader grants it; the other block is irrelevant.
    expect(result.grantedBy.map(g => g.source.label)).toEqual(['Reader'])
    const miss = evaluateGrant(READ, [
      source('No network read', {
        actions: ['Microsoft.Network/*'],
        notActions: ['Microsoft.Network/virtualNetworks/read']
      })
    ])
    expect(miss.closestMiss?.verdict).toEqual({
      kind: 'removed',
      action: 'Microsoft.Network/*',
      notAction: 'Microsoft.Network/virtualNetworks/read'
    })
  })

  it('puts unconditional grants first and says whether one exists', () => {
    const result = evaluateGrant(JOIN, [
      source('Conditional', { actions: ['*'], notActions: [] }, '@Resource[x] == y'),
      source('Network Contributor', NETWORK_CONTRIBUTOR.permissions[0]!)
    ])
    expect(result.grantedUnconditionally).toBe(true)
    expect(result.grantedBy[0]!.source.label).toBe('Network Contributor')
    const onlyConditional = evaluateGrant(JOIN, [
      source('Conditional', { actions: ['*'], notActions: [] }, '@Resource[x] == y')
    ])
    expect(onlyConditional.grantedUnconditionally).toBe(false)
  })
})

const VNET =
  '/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/net-rg/providers/Microsoft.Network/virtualNetworks/vnet-ml'
const SUBNET = `${VNET}/subnets/snet-ml`
const ME = '00000000-0000-4000-8000-0000000000b1'

function deny(overrides: Partial<DenyAssignment> = {}): DenyAssignment {
  return {
    id: `${VNET}/providers/Microsoft.Authorization/denyAssignments/d1`,
    name: 'Deny join by stack',
    scope: VNET,
    permissions: [{ actions: ['*'], notActions: ['*/read'] }],
    principals: [{ id: EVERYONE_PRINCIPAL_ID, type: 'SystemDefined' }],
    excludePrincipals: [],
    doNotApplyToChildScopes: false,
    ...overrides
  }
}

describe('deny assignments', () => {
  it.each<[string, PermissionBlock, string, string]>([
    ['everything but reads: join denied', { actions: ['*'], notActions: ['*/read'] }, JOIN, 'yes'],
    ['everything but reads: read kept', { actions: ['*'], notActions: ['*/read'] }, READ, 'no'],
    [
      'join only',
      { actions: ['Microsoft.Network/virtualNetworks/join/action'], notActions: [] },
      SUBNET_JOIN,
      'no'
    ],
    [
      'network writes: the read wildcard untouched',
      { actions: ['Microsoft.Network/*/write'], notActions: [] },
      READ,
      'no'
    ],
    [
      'a read of one type denied: part of the wildcard is denied',
      { actions: ['Microsoft.Network/virtualNetworks/read'], notActions: [] },
      READ,
      'yes'
    ],
    [
      'notActions carving part of the pattern out: may deny',
      { actions: ['*'], notActions: ['Microsoft.Network/virtualNetworks/*'] },
      READ,
      'maybe'
    ]
  ])('%s', (_name, block, required, expected) => {
    expect(denyBlockEffect(block, required)).toBe(expected)
  })

  it.each<[string, Partial<DenyAssignment>, string | undefined, string, string]>([
    ['everyone at the scope', {}, ME, VNET, 'yes'],
    ['everyone, inherited by the subnet', {}, ME, SUBNET, 'yes'],
    [
      'not inherited with doNotApplyToChildScopes',
      { doNotApplyToChildScopes: true },
      ME,
      SUBNET,
      'no'
    ],
    [
      'excluded principal',
      { excludePrincipals: [{ id: ME.toUpperCase(), type: 'ServicePrincipal' }] },
      ME,
      VNET,
      'no'
    ],
    ['another principal', { principals: [{ id: 'aaaa', type: 'User' }] }, ME, VNET, 'no'],
    [
      'the principal itself',
      { principals: [{ id: ME, type: 'ServicePrincipal' }] },
      ME,
      VNET,
      'yes'
    ],
    [
      'a group (membership unknown)',
      { principals: [{ id: 'g1', type: 'Group' }] },
      ME,
      VNET,
      'maybe'
    ],
    [
      'everyone but an excluded group',
      { excludePrincipals: [{ id: 'g1', type: 'Group' }] },
      ME,
      VNET,
      'maybe'
    ],
    ['below the scope', { scope: SUBNET }, ME, VNET, 'no']
  ])('%s', (_name, overrides, principal, scope, expected) => {
    expect(denyAppliesTo(deny(overrides), principal, scope)).toBe(expected)
  })

  it('lists certain denies before uncertain ones and skips those that do not deny the action', () => {
    const findings = evaluateDenies(
      JOIN,
      [
        deny({ name: 'group', principals: [{ id: 'g1', type: 'Group' }] }),
        deny({ name: 'reads only', permissions: [{ actions: ['*/read'], notActions: [] }] }),
        deny({ name: 'stack' })
      ],
      ME,
      VNET
    )
    expect(findings.map(f => [f.deny.name, f.effect])).toEqual([
      ['stack', 'yes'],
      ['group', 'maybe']
    ])
  })
})

describe('role assignment scope', () => {
  it.each([
    ['/', VNET, true],
    ['/subscriptions/11111111-2222-3333-4444-555555555555', VNET, true],
    ['/providers/Microsoft.Management/managementGroups/contoso', VNET, true],
    [VNET.toLowerCase(), VNET, true],
    [SUBNET, VNET, false],
    [VNET, SUBNET, true],
    [`${VNET}-other`, VNET, true] // a sibling is not below: ARM only lists it when it applies
  ])('%s applies at %s: %s', (assignmentScope, scope, expected) => {
    expect(assignmentApplies(assignmentScope, scope)).toBe(expected)
  })
})
