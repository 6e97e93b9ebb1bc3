import { describe, expect, it } from '@jest/globals'
import { RBAC_01, RBAC_02, RBAC_03 } from '../../src/evaluate/checks/rbac.js'
import type { CheckResult } from '../../src/model/check.js'
import type {
  DenyAssignment,
  PermissionBlock,
  RoleAssignment,
  Snapshot
} from '../../src/model/snapshot.js'
import {
  LOGIN_OBJECT_ID,
  NETWORK_CONTRIBUTOR_BLOCK,
  SUBSCRIPTION,
  WORKSPACE_ID,
  failed,
  keyed,
  ok,
  privateEndpointId,
  secureAccess,
  secureSnapshot,
  subnetId,
  vnetId,
  workspace
} from './fixtures.js'
import { plainText } from '../../src/model/text.js'

const VNET = vnetId()
const SUBNET = subnetId()
const ALL = [RBAC_01, RBAC_02, RBAC_03]

function outcomes(snapshot: Snapshot): Array<[string, string]> {
  return ALL.map(check => {
    const [r] = check.evaluate(snapshot)
    return [check.id, r!.outcome]
  })
}
function result(check: typeof RBAC_01, snapshot: Snapshot): CheckResult {
  const results = check.evaluate(snapshot)
  expect(results).toHaveLength(1)
  return results[0]!
}

/** The logged-in identity with these permission blocks at both scopes. */
function withPermissions(blocks: PermissionBlock[], rest: Partial<Snapshot> = {}): Snapshot {
  return secureSnapshot({
    permissions: keyed([
      [VNET, ok(blocks)],
      [SUBNET, ok(blocks)]
    ]),
    roleAssignments: {},
    ...rest
  })
}

const READER_BLOCK: PermissionBlock = { actions: ['*/read'], notActions: [] }
const PRINCIPAL = 'aaaaaaaa-1111-4222-8333-444444444444'
const roleId = (guid: string): string =>
  `/subscriptions/${SUBSCRIPTION}/providers/Microsoft.Authorization/roleDefinitions/${guid}`
const NC = roleId('4d97b98b-1d4f-4787-a291-c67834d212e7')
const READER = roleId('acdd72a7-3385-48ef-bd42-f606fba81ae7')
const CUSTOM = roleId('5f0c8c3e-0d9b-4b8e-9d6e-1a2b3c4d5e6f')

function assignment(scope: string, role: string, condition?: string): RoleAssignment {
  return {
    id: `${scope}/providers/Microsoft.Authorization/roleAssignments/${role.slice(-8)}`,
    scope,
    roleDefinitionId: role,
    principalId: PRINCIPAL,
    principalType: 'Group',
    ...(condition ? { condition } : {})
  }
}

/** `principal-id` with these role assignments listed at both scopes. */
function withAssignments(assignments: RoleAssignment[], rest: Partial<Snapshot> = {}): Snapshot {
  return secureSnapshot({
    request: { route: 'auto', deploymentMethod: 'cli', principalId: PRINCIPAL },
    rbacPrincipal: { source: 'input', objectId: PRINCIPAL },
    permissions: {},
    roleAssignments: keyed([
      [VNET, ok(assignments)],
      [SUBNET, ok(assignments)]
    ]),
    roleDefinitions: keyed([
      [
        NC,
        ok({ id: NC, roleName: 'Network Contributor', permissions: [NETWORK_CONTRIBUTOR_BLOCK] })
      ],
      [READER, ok({ id: READER, roleName: 'Reader', permissions: [READER_BLOCK] })],
      [
        CUSTOM,
        ok({
          id: CUSTOM,
          roleName: 'Subnet joiner (typo)',
          roleType: 'CustomRole',
          permissions: [
            { actions: ['Microsoft.Network/virtualNetworks/subnet/join/action'], notActions: [] }
          ]
        })
      ]
    ]),
    ...rest
  })
}

function deny(overrides: Partial<DenyAssignment> = {}): DenyAssignment {
  return {
    id: `${VNET}/providers/Microsoft.Authorization/denyAssignments/6e3bb3a5-7f7c-4a0c-9a55-1d2e3f4a5b6c`,
    name: 'Deny assignment created by deployment stack net-stack',
    scope: VNET,
    permissions: [{ actions: ['*'], notActions: ['*/read'] }],
    principals: [{ id: '00000000-0000-0000-0000-000000000000', type: 'SystemDefined' }],
    excludePrincipals: [],
    doNotApplyToChildScopes: false,
    ...overrides
  }
}

describe('RBAC checks with the logged-in identity (permissions API)', () => {
  it.each<[string, Snapshot, Array<[string, string]>]>([
    [
      'Network Contributor: all three pass',
      secureSnapshot(),
      [
        ['RBAC-01', 'pass'],
        ['RBAC-02', 'pass'],
        ['RBAC-03', 'pass']
      ]
    ],
    [
      'Reader: the read passes, both joins fail',
      withPermissions([READER_BLOCK]),
      [
        ['RBAC-01', 'pass'],
        ['RBAC-02', 'fail'],
        ['RBAC-03', 'fail']
      ]
    ],
    [
      'Owner-like *: all pass',
      withPermissions([{ actions: ['*'], notActions: [] }]),
      [
        ['RBAC-01', 'pass'],
        ['RBAC-02', 'pass'],
        ['RBAC-03', 'pass']
      ]
    ],
    [
      'joins in one block, the read removed in another block only: all pass',
      withPermissions([
        {
          actions: ['Microsoft.Network/*'],
          notActions: ['Microsoft.Network/virtualNetworks/read']
        },
        { actions: ['*/read'], notActions: [] }
      ]),
      [
        ['RBAC-01', 'pass'],
        ['RBAC-02', 'pass'],
        ['RBAC-03', 'pass']
      ]
    ],
    [
      'arm-template skips the read',
      secureSnapshot({ request: { route: 'auto', deploymentMethod: 'arm-template' } }),
      [
        ['RBAC-01', 'skipped'],
        ['RBAC-02', 'pass'],
        ['RBAC-03', 'pass']
      ]
    ]
  ])('%s', (_name, snapshot, expected) => {
    expect(outcomes(snapshot)).toEqual(expected)
  })

  it('names the role that grants it', () => {
    expect(result(RBAC_02, secureSnapshot()).detail).toContain('through role Network Contributor')
    expect(result(RBAC_02, secureSnapshot()).resource.id).toBe(VNET)
    expect(result(RBAC_03, secureSnapshot()).resource.id).toBe(SUBNET)
  })

  it('fails the read when a notAction of the same block removes part of it, naming it', () => {
    const r = result(
      RBAC_01,
      withPermissions([
        { actions: ['Microsoft.Network/*'], notActions: ['Microsoft.Network/virtualNetworks/read'] }
      ])
    )
    expect(r.outcome).toBe('fail')
    expect(r.detail).toContain('notAction Microsoft.Network/virtualNetworks/read')
    // The action's own identity needs the role only if it deploys: the fix says so and points at principal-id.
    expect(r.detail).toContain(
      'it needs this permission only if it is also the identity that deploys'
    )
    expect(r.detail).toContain('set the input `principal-id`')
    // Least privilege first (the custom role, then its assignment); the broader role is a commented alternative.
    const commands = r.remedy?.commands ?? []
    expect(commands).toHaveLength(4)
    // The role is written to a file by a quoted here-document, then created from it.
    const [write, ...json] = commands[0]!.split('\n')
    expect(write).toBe("cat > aml-inference-network-role.json <<'JSON'")
    expect(json.slice(-2)).toEqual([
      'JSON',
      'az role definition create --role-definition @aml-inference-network-role.json'
    ])
    expect(JSON.parse(json.slice(0, -2).join('\n'))).toMatchObject({
      Name: 'AML inference network deployer',
      Actions: [
        'Microsoft.Network/*/read',
        'Microsoft.Network/virtualNetworks/join/action',
        'Microsoft.Network/virtualNetworks/subnets/join/action'
      ],
      AssignableScopes: [VNET]
    })
    expect(commands.slice(1)).toEqual([
      `az role assignment create --role "AML inference network deployer" --scope ${VNET} --assignee-object-id ${LOGIN_OBJECT_ID} --assignee-principal-type ServicePrincipal`,
      '# Or, instead of the two commands above, the broader built-in role:',
      `az role assignment create --role "Network Contributor" --scope ${VNET} --assignee-object-id ${LOGIN_OBJECT_ID} --assignee-principal-type ServicePrincipal`
    ])
    // The object id is known, so nothing is a placeholder.
    expect(r.remedy?.placeholders).toBeUndefined()
    expect(r.detail).not.toContain('az role')
  })

  it('fails a missing join with the fix and the custom role alternative', () => {
    const r = result(RBAC_02, withPermissions([READER_BLOCK]))
    expect(r.detail).toContain('does not hold Microsoft.Network/virtualNetworks/join/action')
    expect(r.detail).toContain('a custom role with just')
    expect(r.detail).toContain('Microsoft.Network/virtualNetworks/subnets/join/action')
    expect(r.remedy?.commands[0]).toMatch(/\naz role definition create --role-definition @/)
  })

  it('is unknown on a 403 reading permissions and names the role to grant', () => {
    const r = result(
      RBAC_02,
      secureSnapshot({
        permissions: keyed([
          [VNET, failed(403)],
          [SUBNET, failed(403)]
        ])
      })
    )
    expect(r.outcome).toBe('unknown')
    expect(r.detail).toMatch(/HTTP 403 AuthorizationFailed/)
    expect(r.detail).toContain('Reader role on resource group rg-1234')
    // One Reader grant on the network's resource group: the cause the NET checks share.
    expect(r.cause?.key).toBe(`reader:/subscriptions/${SUBSCRIPTION}/resourcegroups/rg-1234`)
    expect(r.cause?.fix?.commands).toEqual([
      `az role assignment create --assignee <client-id> --role Reader --scope /subscriptions/${SUBSCRIPTION}/resourceGroups/rg-1234`
    ])
  })

  it('is unknown when no virtual network is known, asking for vnet-id', () => {
    const snapshot = secureSnapshot({
      workspace: ok({ ...workspace(), privateEndpointConnections: [] })
    })
    const r = result(RBAC_02, snapshot)
    expect(r.outcome).toBe('unknown')
    expect(r.detail).toContain('`vnet-id`')
    expect(r.remedy?.commands).toEqual(['az network vnet list --query "[].id" -o tsv'])
    // The workspace has no private endpoint: the cause NET-02 and NET-03 fail with.
    expect(r.cause?.key).toBe(`no-private-endpoint:${WORKSPACE_ID.toLowerCase()}`)
  })

  it('is unknown without a subnet when only vnet-id is set: its own finding, listing the subnets', () => {
    const snapshot = secureSnapshot({
      request: { route: 'auto', deploymentMethod: 'cli', vnetId: VNET },
      workspace: ok({ ...workspace(), privateEndpointConnections: [] })
    })
    const r = result(RBAC_03, snapshot)
    expect(r.outcome).toBe('unknown')
    expect(r.detail).toContain('`subnet-id`')
    expect(r.cause).toBeUndefined()
    expect(r.remedy?.commands).toEqual([
      'az network vnet subnet list --resource-group rg-1234 --vnet-name myVnet --query "[].id" -o tsv'
    ])
  })

  it('is unknown without a virtual network when the private endpoint cannot be read, with that read as the cause', () => {
    const snapshot = secureSnapshot({
      privateEndpoints: keyed([[privateEndpointId(), failed(403)]])
    })
    const r = result(RBAC_03, snapshot)
    expect(r.outcome).toBe('unknown')
    expect(r.detail).toContain('`subnet-id`')
    expect(r.cause?.key).toBe(`reader:/subscriptions/${SUBSCRIPTION}/resourcegroups/rg-1234`)
  })
})

describe('RBAC checks with principal-id (role assignments)', () => {
  it.each<[string, RoleAssignment[], Array<[string, string]>]>([
    [
      'Network Contributor on the VNet',
      [assignment(VNET, NC)],
      [
        ['RBAC-01', 'pass'],
        ['RBAC-02', 'pass'],
        ['RBAC-03', 'pass']
      ]
    ],
    [
      'inherited from the subscription',
      [assignment(`/subscriptions/${SUBSCRIPTION}`, NC)],
      [
        ['RBAC-01', 'pass'],
        ['RBAC-02', 'pass'],
        ['RBAC-03', 'pass']
      ]
    ],
    [
      'Network Contributor on the subnet only: it does not apply to the VNet',
      [assignment(`/subscriptions/${SUBSCRIPTION}`, READER), assignment(SUBNET, NC)],
      [
        ['RBAC-01', 'pass'],
        ['RBAC-02', 'fail'],
        ['RBAC-03', 'pass']
      ]
    ],
    [
      'a custom role with the typo action grants nothing',
      [assignment(VNET, READER), assignment(VNET, CUSTOM)],
      [
        ['RBAC-01', 'pass'],
        ['RBAC-02', 'fail'],
        ['RBAC-03', 'fail']
      ]
    ],
    [
      'no assignments',
      [],
      [
        ['RBAC-01', 'fail'],
        ['RBAC-02', 'fail'],
        ['RBAC-03', 'fail']
      ]
    ]
  ])('%s', (_name, assignments, expected) => {
    expect(outcomes(withAssignments(assignments))).toEqual(expected)
  })

  it('a failure names the deploying identity of principal-id as the one to grant, least privilege first', () => {
    const r = result(RBAC_03, withAssignments([assignment(VNET, READER)]))
    expect(r.outcome).toBe('fail')
    expect(r.detail).toContain(
      `Grant the deploying identity named by \`principal-id\` (${PRINCIPAL}) a custom role`
    )
    expect(r.detail).not.toContain('signs in as')
    // principal-id may be a user or a group: no principal type is claimed.
    expect(r.remedy?.commands.slice(1)).toEqual([
      `az role assignment create --role "AML inference network deployer" --scope ${VNET} --assignee-object-id ${PRINCIPAL}`,
      '# Or, instead of the two commands above, the broader built-in role:',
      `az role assignment create --role "Network Contributor" --scope ${VNET} --assignee-object-id ${PRINCIPAL}`
    ])
  })

  it('names the principal and the input', () => {
    const r = result(RBAC_02, withAssignments([assignment(VNET, NC)]))
    expect(r.detail).toContain(`Principal ${PRINCIPAL} (input \`principal-id\`)`)
    expect(r.message).toEqual(
      expect.arrayContaining([{ code: PRINCIPAL }, { code: 'Network Contributor' }])
    )
    expect(r.detail).toContain('through role Network Contributor')
  })

  it('is unknown when the only grant is under a condition', () => {
    const r = result(
      RBAC_02,
      withAssignments([assignment(VNET, NC, "@Resource[x] StringEquals 'y'")])
    )
    expect(r.outcome).toBe('unknown')
    expect(r.detail).toContain('does not evaluate')
    expect(r.detail).toContain("@Resource[x] StringEquals 'y'")
    expect(r.remedy?.commands[1]).toBe(
      `az role assignment create --role "AML inference network deployer" --scope ${VNET} --assignee-object-id ${PRINCIPAL}`
    )
  })

  it('is unknown when a role definition cannot be read and nothing else grants it', () => {
    const snapshot = withAssignments([assignment(VNET, NC)])
    snapshot.roleDefinitions = keyed([[NC, failed(403)]])
    const r = result(RBAC_02, snapshot)
    expect(r.outcome).toBe('unknown')
    expect(r.detail).toContain('4d97b98b-1d4f-4787-a291-c67834d212e7')
    // Role definitions live at the subscription: the Reader grant is there.
    expect(r.cause?.fix?.commands).toEqual([
      `az role assignment create --assignee <client-id> --role Reader --scope /subscriptions/${SUBSCRIPTION}`
    ])
  })

  it('is unknown when role assignments cannot be listed', () => {
    const snapshot = withAssignments([])
    snapshot.roleAssignments = keyed([
      [VNET, failed(403)],
      [SUBNET, failed(403)]
    ])
    const r = result(RBAC_01, snapshot)
    expect(r.outcome).toBe('unknown')
    expect(r.detail).toContain('Microsoft.Authorization/roleAssignments/read')
    expect(r.cause?.key).toBe(`reader:/subscriptions/${SUBSCRIPTION}/resourcegroups/rg-1234`)
  })
})

describe('deny assignments', () => {
  const withDenies = (denies: DenyAssignment[]): Snapshot =>
    secureSnapshot({
      denyAssignments: keyed([
        [VNET, ok(denies)],
        [SUBNET, ok(denies)]
      ])
    })

  it.each<[string, DenyAssignment[], Array<[string, string]>]>([
    [
      'everyone but reads: joins fail, the read passes',
      [deny()],
      [
        ['RBAC-01', 'pass'],
        ['RBAC-02', 'fail'],
        ['RBAC-03', 'fail']
      ]
    ],
    [
      'the principal is excluded',
      [deny({ excludePrincipals: [{ id: LOGIN_OBJECT_ID, type: 'ServicePrincipal' }] })],
      [
        ['RBAC-01', 'pass'],
        ['RBAC-02', 'pass'],
        ['RBAC-03', 'pass']
      ]
    ],
    [
      'not applied to child scopes: the subnet is free',
      [deny({ doNotApplyToChildScopes: true })],
      [
        ['RBAC-01', 'pass'],
        ['RBAC-02', 'fail'],
        ['RBAC-03', 'pass']
      ]
    ],
    [
      'a group the principal may be in: unknown',
      [deny({ principals: [{ id: 'bbbbbbbb-0000-4000-8000-000000000001', type: 'Group' }] })],
      [
        ['RBAC-01', 'pass'],
        ['RBAC-02', 'unknown'],
        ['RBAC-03', 'unknown']
      ]
    ]
  ])('%s', (_name, denies, expected) => {
    expect(outcomes(withDenies(denies))).toEqual(expected)
  })

  it('names the deny assignment', () => {
    const r = result(RBAC_02, withDenies([deny()]))
    expect(r.detail).toContain(
      'deny assignment Deny assignment created by deployment stack net-stack'
    )
    expect(r.detail).toContain('excluded principals')
    expect(r.remedy?.commands).toEqual([
      `az stack group list --resource-group rg-1234 --query "[?denySettings.mode!='none'].id" -o tsv`,
      `az stack group create --name <stack> --resource-group rg-1234 --template-file <template> --action-on-unmanage detachAll --deny-settings-mode <mode> --deny-settings-excluded-principals ${LOGIN_OBJECT_ID}`
    ])
    expect(plainText(r.remedy!.placeholders!)).toContain('`<stack>`, `<template>` and `<mode>`')
  })

  it('a deny that may apply through a group: the commands show it and check the membership', () => {
    const group = 'bbbbbbbb-0000-4000-8000-000000000001'
    const d = deny({ principals: [{ id: group, type: 'Group' }] })
    const r = result(RBAC_02, withDenies([d]))
    expect(r.outcome).toBe('unknown')
    expect(r.remedy?.commands).toEqual([
      `az rest --method get --url '${d.id}?api-version=2022-04-01'`,
      `az ad group member check --group ${group} --member-id ${LOGIN_OBJECT_ID}`
    ])
  })

  it('is unknown when deny assignments cannot be read', () => {
    const r = result(RBAC_02, secureSnapshot({ denyAssignments: keyed([[VNET, failed(500)]]) }))
    expect(r.outcome).toBe('unknown')
    expect(r.detail).toContain('deny assignments')
    expect(r.detail).toContain('a deny assignment overrides any role')
    expect(r.cause?.key).toBe('unavailable')
  })

  it('keeps the fixture consistent', () => {
    expect(Object.keys(secureAccess().permissions)).toHaveLength(2)
  })
})
