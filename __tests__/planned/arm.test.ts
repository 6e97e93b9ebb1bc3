// The overlay of ARM-shaped planned resources (a what-if result's `after`, a Terraform plan mapped
// to ARM's shape) onto the live snapshot, through the normalizers the live answers go through.
// Verdicts pinned here are Microsoft's: MOE-03 (Learn: "Network isolation with managed online
// endpoints": public_network_access disabled), NET-01 (Learn: "Configure a private endpoint for
// an Azure Machine Learning workspace": public network access disabled), an NSG's default rules
// (Learn: "Network security groups", default security rules), private endpoint approval (Learn:
// "Manage Azure private endpoints": automatic vs manual approval).
import { describe, expect, it } from '@jest/globals'
import { evaluateAll } from '../../src/evaluate/checks/catalog.js'
import { MOE_03 } from '../../src/evaluate/checks/managed-endpoints.js'
import { NET_01 } from '../../src/evaluate/checks/prerequisites.js'
import {
  KNOWN_AFTER_APPLY_CODE,
  resourceKey,
  type PlannedArmResource,
  type Snapshot
} from '../../src/model/snapshot.js'
import {
  DEFAULT_SECURITY_RULES,
  overlayArm,
  plannedArmSourceOf,
  plannedBody
} from '../../src/planned/arm.js'
import { mergePlanned } from '../../src/planned/merge.js'
import { withPlannedUnreadable } from '../../src/planned/unreadable.js'
import { plainText } from '../../src/model/text.js'
import { renderComment } from '../../src/report/comment.js'
import { evaluate, evaluateSettingsOf } from '../../src/run/pipeline.js'
import { parseFailOn } from '../../src/settings/inputs.js'
import {
  WORKSPACE_ID,
  nsgId,
  privateEndpointId,
  secureSnapshot,
  subnetId
} from '../checks/fixtures.js'

const FILE = 'infra/main.json'

function planned(snapshot: Snapshot, ...armResources: PlannedArmResource[]): Snapshot {
  return { ...snapshot, planned: { files: [FILE], resources: [], armResources } }
}

function whatIf(
  id: string,
  type: string,
  change: PlannedArmResource['change'],
  after?: Record<string, unknown>
): PlannedArmResource {
  return { route: 'what-if', file: FILE, id, type, change, ...(after ? { after } : {}) }
}

const ENDPOINT_TYPE = 'Microsoft.MachineLearningServices/workspaces/onlineEndpoints'
const endpointBody = (name: string, publicNetworkAccess: string): Record<string, unknown> => ({
  id: `${WORKSPACE_ID}/onlineEndpoints/${name}`,
  name,
  type: ENDPOINT_TYPE,
  location: 'eastus2euap',
  identity: { type: 'SystemAssigned' },
  kind: 'Managed',
  properties: { authMode: 'Key', publicNetworkAccess }
})

const outcomes = (results: ReturnType<typeof MOE_03.evaluate>): string[] =>
  results.map(r => `${r.resource.name}:${r.outcome}`)

describe('overlayArm', () => {
  it('returns the snapshot unchanged when nothing ARM-shaped is planned', () => {
    const snapshot = secureSnapshot()
    expect(overlayArm(snapshot)).toBe(snapshot)
  })

  it('adds a planned public endpoint: MOE-03 passes live and fails planned', () => {
    const id = `${WORKSPACE_ID}/onlineEndpoints/fraud-score`
    const snapshot = planned(
      secureSnapshot(),
      whatIf(id, ENDPOINT_TYPE, 'Create', endpointBody('fraud-score', 'Enabled'))
    )
    expect(outcomes(MOE_03.evaluate(snapshot))).toEqual(['ep-private:pass'])
    const after = overlayArm(snapshot)
    expect(outcomes(MOE_03.evaluate(after))).toEqual(['ep-private:pass', 'fraud-score:fail'])
    // A new endpoint has no deployments but the planned ones.
    expect(after.onlineDeployments[resourceKey(id)]).toEqual({ ok: true, value: [] })
    expect(plannedArmSourceOf(after, id)).toMatchObject({ change: 'Create', file: FILE })
  })

  it('makes a live public endpoint private (fixed) and deletes one with its deployments', () => {
    const live = secureSnapshot()
    const id = `${WORKSPACE_ID}/onlineEndpoints/ep-private`
    const made = overlayArm(
      planned(live, whatIf(id, ENDPOINT_TYPE, 'Modify', endpointBody('ep-private', 'Enabled')))
    )
    expect(outcomes(MOE_03.evaluate(made))).toEqual(['ep-private:fail'])
    const gone = overlayArm(planned(live, whatIf(id, ENDPOINT_TYPE, 'Delete')))
    expect(gone.onlineEndpoints).toEqual({ ok: true, value: [] })
    expect(gone.onlineDeployments[resourceKey(id)]).toBeUndefined()
  })

  it('lays a planned deployment under a planned endpoint (parents first, whatever the order)', () => {
    const endpoint = `${WORKSPACE_ID}/onlineEndpoints/fraud-score`
    const deployment = `${endpoint}/deployments/blue`
    const after = overlayArm(
      planned(
        secureSnapshot(),
        whatIf(deployment, `${ENDPOINT_TYPE}/deployments`, 'Create', {
          name: 'blue',
          properties: { endpointComputeType: 'Managed', egressPublicNetworkAccess: 'Enabled' }
        }),
        whatIf(endpoint, ENDPOINT_TYPE, 'Create', endpointBody('fraud-score', 'Disabled'))
      )
    )
    expect(after.onlineDeployments[resourceKey(endpoint)]).toEqual({
      ok: true,
      value: [
        {
          id: deployment,
          name: 'blue',
          endpointComputeType: 'Managed',
          egressPublicNetworkAccess: 'Enabled',
          provisioningState: undefined,
          // Created after this read.
          createdAt: secureSnapshot().collectedAt
        }
      ]
    })
  })

  it('judges a workspace made public, keeping the live private endpoint connections', () => {
    const live = secureSnapshot()
    const after = overlayArm(
      planned(
        live,
        whatIf(WORKSPACE_ID, 'Microsoft.MachineLearningServices/workspaces', 'Modify', {
          name: 'testworkspace',
          location: 'eastus2euap',
          properties: { publicNetworkAccess: 'Enabled' }
        })
      )
    )
    expect(NET_01.evaluate(live).map(r => r.outcome)).toEqual(['pass'])
    expect(NET_01.evaluate(after).map(r => r.outcome)).toEqual(['fail'])
    expect(after.workspace.ok && after.workspace.value.privateEndpointConnections).toEqual(
      live.workspace.ok && live.workspace.value.privateEndpointConnections
    )
  })

  it("gives a new NSG Azure's default rules, and keeps the live ones of a modified NSG", () => {
    const id = nsgId('new-nsg')
    const body = {
      name: 'new-nsg',
      location: 'eastus2euap',
      properties: {
        securityRules: [
          {
            name: 'DenyInternetOutbound',
            properties: {
              priority: 4000,
              direction: 'Outbound',
              access: 'Deny',
              protocol: '*',
              sourcePortRange: '*',
              destinationPortRange: '*',
              sourceAddressPrefix: '*',
              destinationAddressPrefix: 'Internet'
            }
          }
        ]
      }
    }
    const after = overlayArm(
      planned(
        secureSnapshot(),
        whatIf(id, 'Microsoft.Network/networkSecurityGroups', 'Create', body)
      )
    )
    const nsg = after.networkSecurityGroups[resourceKey(id)]
    expect(nsg?.ok && nsg.value.defaultSecurityRules).toEqual(DEFAULT_SECURITY_RULES)
    expect(nsg?.ok && nsg.value.securityRules.map(r => r.name)).toEqual(['DenyInternetOutbound'])
    expect(DEFAULT_SECURITY_RULES.map(r => `${r.name}:${r.priority}`)).toEqual([
      'AllowVnetInBound:65000',
      'AllowAzureLoadBalancerInBound:65001',
      'DenyAllInBound:65500',
      'AllowVnetOutBound:65000',
      'AllowInternetOutBound:65001',
      'DenyAllOutBound:65500'
    ])
  })

  it('re-points a subnet at a planned NSG', () => {
    const after = overlayArm(
      planned(
        secureSnapshot(),
        whatIf(subnetId(), 'Microsoft.Network/virtualNetworks/subnets', 'Modify', {
          name: 'mySubnet',
          properties: {
            addressPrefix: '10.0.0.0/24',
            networkSecurityGroup: { id: nsgId('new-nsg') }
          }
        })
      )
    )
    const subnet = after.subnets[resourceKey(subnetId())]
    expect(subnet?.ok && subnet.value.networkSecurityGroupId).toBe(nsgId('new-nsg'))
  })

  it('adds the connection of a planned private endpoint to the workspace: Approved, or Pending when manual', () => {
    const id = privateEndpointId('pe-new')
    const body = (manual: boolean): Record<string, unknown> => ({
      name: 'pe-new',
      properties: {
        subnet: { id: subnetId() },
        [manual ? 'manualPrivateLinkServiceConnections' : 'privateLinkServiceConnections']: [
          {
            name: 'pe-new',
            properties: { privateLinkServiceId: WORKSPACE_ID, groupIds: ['amlworkspace'] }
          }
        ]
      }
    })
    for (const [manual, status] of [
      [false, 'Approved'],
      [true, 'Pending']
    ] as const) {
      const after = overlayArm(
        planned(
          secureSnapshot(),
          whatIf(id, 'Microsoft.Network/privateEndpoints', 'Create', body(manual))
        )
      )
      const connections = after.workspace.ok ? after.workspace.value.privateEndpointConnections : []
      expect(connections.find(c => c.privateEndpointId === id)?.status).toBe(status)
    }
  })

  it('leaves NoChange, Ignore and types no check reads alone', () => {
    const snapshot = planned(
      secureSnapshot(),
      whatIf(nsgId(), 'Microsoft.Network/networkSecurityGroups', 'NoChange', { properties: {} }),
      whatIf(`${WORKSPACE_ID}/onlineEndpoints/ep-private`, ENDPOINT_TYPE, 'Ignore'),
      whatIf(
        '/subscriptions/x/resourceGroups/y/providers/Microsoft.Storage/storageAccounts/z',
        'Microsoft.Storage/storageAccounts',
        'Create',
        { properties: {} }
      )
    )
    const after = overlayArm(snapshot)
    expect(after.networkSecurityGroups).toEqual(snapshot.networkSecurityGroups)
    expect(after.onlineEndpoints).toEqual(snapshot.onlineEndpoints)
  })

  it('makes a value known only after apply unknown, with that reason, never a guess', () => {
    const id = nsgId()
    const after = overlayArm(
      planned(secureSnapshot(), {
        route: 'terraform',
        file: 'tfplan.json',
        address: 'azurerm_network_security_group.aml',
        id,
        type: 'Microsoft.Network/networkSecurityGroups',
        change: 'Modify',
        after: { properties: { securityRules: [] } },
        unknownAfterApply: ['security_rule']
      })
    )
    expect(after.networkSecurityGroups[resourceKey(id)]).toEqual({
      ok: false,
      error: {
        status: null,
        code: KNOWN_AFTER_APPLY_CODE,
        message:
          'the plan leaves security_rule of azurerm_network_security_group.aml known only after apply (tfplan.json)'
      }
    })
  })
})

describe('a refused what-if', () => {
  const refused = (snapshot: Snapshot): Snapshot => ({
    ...snapshot,
    planned: {
      files: [FILE],
      resources: [],
      unreadable: [
        {
          route: 'what-if',
          file: FILE,
          error: {
            status: 403,
            code: 'AuthorizationFailed',
            message:
              "The client does not have authorization to perform action 'Microsoft.Resources/deployments/whatIf/action'."
          }
        }
      ]
    }
  })

  it('makes every planned result that is not skipped unknown, with one cause naming the permission', () => {
    const results = withPlannedUnreadable(
      evaluateAll(secureSnapshot()),
      refused(secureSnapshot()).planned
    )
    expect(results.filter(r => r.outcome === 'pass')).toEqual([])
    const unknown = results.filter(r => r.outcome === 'unknown')
    expect(unknown.length).toBeGreaterThan(5)
    expect(new Set(unknown.map(r => r.cause?.key))).toEqual(
      new Set(['planned-unreadable:what-if:infra/main.json'])
    )
    expect(unknown[0]!.detail).toContain('Microsoft.Resources/deployments/whatIf/action')
  })

  it('fails the gate on the planned state, and the comment names the cause once', () => {
    const failOn = parseFailOn('any')
    if (typeof failOn === 'string') throw new Error(failOn)
    const { report, verdict } = evaluate(
      refused(secureSnapshot()),
      evaluateSettingsOf(
        { failOn, failOnText: 'any', allowUnknown: false, configFile: 'x.yml' },
        []
      ),
      { info: () => undefined, warning: () => undefined }
    )
    expect(verdict.failed).toBe(true)
    const body = renderComment(report, { marker: '<!-- m -->' })
    expect(body.match(/could not be read \(HTTP 403 AuthorizationFailed\)/gu)).toHaveLength(1)
    // One line for the checks that change the same way, not one per check.
    expect(body).toContain(
      '- NET-01, NET-02, NET-03, RBAC-01, RBAC-02, RBAC-03, MOE-01, MOE-02, MOE-03, MOE-04, MOE-05, MOE-06, MOE-07, OUT-03: passes now, **is unknown after this PR**'
    )
    expect(body).toContain(
      '| ⚠️ unknown | The planned state cannot be judged. **See the cause above.** |'
    )
    expect(body).toContain(
      '<code>Microsoft.Resources/<wbr>deployments/<wbr>whatIf/<wbr>action</code>'
    )
  })
})

describe('mergePlanned', () => {
  it('joins the routes and drops nothing', () => {
    const a = { files: ['deploy/endpoint.yml'], resources: [] }
    const b = {
      files: [FILE],
      resources: [],
      armResources: [
        whatIf(WORKSPACE_ID, 'Microsoft.MachineLearningServices/workspaces', 'NoChange')
      ]
    }
    expect(mergePlanned(undefined, undefined)).toBeUndefined()
    expect(mergePlanned(a, undefined, b)).toEqual({
      files: ['deploy/endpoint.yml', FILE],
      resources: [],
      armResources: b.armResources
    })
  })
})

describe('plannedBody', () => {
  it('keeps what the checks read and drops the rest (secrets a template or plan carries)', () => {
    const deployment = plannedBody(
      'Microsoft.MachineLearningServices/workspaces/onlineEndpoints/deployments',
      {
        id: `${WORKSPACE_ID}/onlineEndpoints/fraud-score/deployments/blue`,
        name: 'blue',
        properties: {
          endpointComputeType: 'Managed',
          egressPublicNetworkAccess: 'Disabled',
          environmentVariables: { DB_PASSWORD: 'hunter2' }
        }
      }
    )
    expect(JSON.stringify(deployment)).not.toContain('hunter2')
    expect(deployment).toEqual({
      id: `${WORKSPACE_ID}/onlineEndpoints/fraud-score/deployments/blue`,
      name: 'blue',
      properties: { endpointComputeType: 'Managed', egressPublicNetworkAccess: 'Disabled' }
    })
    const cluster = plannedBody('Microsoft.ContainerService/managedClusters', {
      id: '/subscriptions/s/resourceGroups/r/providers/Microsoft.ContainerService/managedClusters/aks',
      name: 'aks',
      Properties: {
        servicePrincipalProfile: { clientId: 'x', secret: 'sp-secret' },
        apiServerAccessProfile: { enablePrivateCluster: true }
      }
    })
    expect(JSON.stringify(cluster)).not.toContain('sp-secret')
    expect(cluster['properties']).toEqual({
      apiServerAccessProfile: { enablePrivateCluster: true }
    })
  })
})

describe('a Terraform resource whose id is known only after apply', () => {
  it('says so and what to change, not to re-run a what-if', () => {
    const results = withPlannedUnreadable(evaluateAll(secureSnapshot()), {
      files: ['tfplan.json'],
      resources: [],
      unreadable: [
        {
          route: 'terraform',
          file: 'tfplan.json',
          error: {
            status: null,
            code: KNOWN_AFTER_APPLY_CODE,
            message: 'The plan changes azapi_resource.endpoint, whose id is known only after apply.'
          }
        }
      ]
    })
    const cause = results.find(r => r.outcome === 'unknown')?.cause
    expect(cause && plainText(cause.summary)).toBe(
      'The Terraform plan tfplan.json changes a resource the checks read whose id is known only after apply, so what this change will do is unknown.'
    )
    expect(cause && plainText(cause.action)).toContain(
      'Give that resource a name and resource group known when planning'
    )
    expect(cause && plainText(cause.action)).not.toContain('what-if')
  })
})
