import { describe, expect, it } from '@jest/globals'
import { NET_01, NET_02 } from '../../src/evaluate/checks/prerequisites.js'
import type { CheckResult } from '../../src/model/check.js'
import type { Snapshot, Workspace } from '../../src/model/snapshot.js'
import {
  NETWORK_RG,
  RESOURCE_GROUP,
  SUBSCRIPTION,
  WORKSPACE_ID,
  connection,
  failed,
  keyed,
  ok,
  privateEndpoint,
  privateEndpointId,
  secureSnapshot,
  subnet,
  subnetId,
  virtualNetwork,
  vnetId,
  withWorkspace,
  workspace
} from './fixtures.js'
import { readReference } from '../fixtures/reference.js'
import { plainText } from '../../src/model/text.js'

function only(results: CheckResult[]): CheckResult {
  expect(results).toHaveLength(1)
  return results[0] as CheckResult
}

describe('NET-01 workspace inbound access is private', () => {
  it('passes when public network access is Disabled and public access behind a VNet is off', () => {
    const r = only(NET_01.evaluate(secureSnapshot()))
    expect(r.outcome).toBe('pass')
    expect(r.resource).toEqual({
      id: WORKSPACE_ID,
      name: 'testworkspace',
      type: 'Microsoft.MachineLearningServices/workspaces'
    })
    expect(r.detail).toContain('testworkspace')
  })

  it('compares Disabled case-insensitively', () => {
    expect(only(NET_01.evaluate(withWorkspace({ publicNetworkAccess: 'disabled' }))).outcome).toBe(
      'pass'
    )
  })

  it('fails when public network access is Enabled, with the command to fix it', () => {
    const r = only(NET_01.evaluate(withWorkspace({ publicNetworkAccess: 'Enabled' })))
    expect(r.outcome).toBe('fail')
    expect(r.severity).toBe('error')
    expect(r.detail).toContain('`publicNetworkAccess` Enabled')
    expect(r.detail).not.toContain('az ')
    expect(r.remedy?.commands).toEqual([
      `az ml workspace update --resource-group ${RESOURCE_GROUP} --name testworkspace --public-network-access Disabled`
    ])
    // The workspace name is Azure's (a code value); the property name is our markup.
    expect(r.message).toEqual(
      expect.arrayContaining([{ code: 'testworkspace' }, { code: 'Enabled' }])
    )
  })

  it('fails when publicNetworkAccess is absent and says the default is Enabled', () => {
    const r = only(NET_01.evaluate(withWorkspace({ publicNetworkAccess: undefined })))
    expect(r.outcome).toBe('fail')
    expect(r.detail).toMatch(/does not set `publicNetworkAccess`.*default \(Enabled\)/)
    expect(r.remedy?.commands).toEqual([
      `az ml workspace update --resource-group ${RESOURCE_GROUP} --name testworkspace --public-network-access Disabled`
    ])
  })

  it('fails when Disabled but allowPublicAccessWhenBehindVnet is true, naming the flag', () => {
    const r = only(NET_01.evaluate(withWorkspace({ allowPublicAccessWhenBehindVnet: true })))
    expect(r.outcome).toBe('fail')
    expect(r.detail).toContain('`allowPublicAccessWhenBehindVnet` set to true')
    expect(r.detail).toContain('even though `publicNetworkAccess` is Disabled')
    expect(r.remedy?.commands).toEqual([
      `az resource update --ids ${WORKSPACE_ID} --set properties.allowPublicAccessWhenBehindVnet=false`
    ])
  })

  it('names both problems when both are present', () => {
    const r = only(
      NET_01.evaluate(
        withWorkspace({ publicNetworkAccess: 'Enabled', allowPublicAccessWhenBehindVnet: true })
      )
    )
    expect(r.detail).toContain('`publicNetworkAccess` Enabled')
    expect(r.detail).toContain('`allowPublicAccessWhenBehindVnet` set to true')
    expect(r.remedy?.commands).toEqual([
      `az ml workspace update --resource-group ${RESOURCE_GROUP} --name testworkspace --public-network-access Disabled`,
      `az resource update --ids ${WORKSPACE_ID} --set properties.allowPublicAccessWhenBehindVnet=false`
    ])
  })

  it('is unknown when the workspace read was refused, with the reason and the role to grant', () => {
    const r = only(NET_01.evaluate(secureSnapshot({ workspace: failed(403) })))
    expect(r.outcome).toBe('unknown')
    expect(r.resource.id).toBe(WORKSPACE_ID)
    expect(r.detail).toContain('HTTP 403 AuthorizationFailed')
    expect(r.detail).toContain(`Reader role on resource group ${RESOURCE_GROUP}`)
    // Azure's own message is kept, folded, with the cause; the fix names the real scope.
    expect(r.cause?.raw).toContain('does not have authorization')
    expect(r.cause?.fix?.commands).toEqual([
      `az role assignment create --assignee <client-id> --role Reader --scope /subscriptions/${SUBSCRIPTION}/resourceGroups/${RESOURCE_GROUP}`
    ])
  })

  it('is unknown when the workspace was not found, pointing at the inputs', () => {
    const r = only(NET_01.evaluate(secureSnapshot({ workspace: failed(404) })))
    expect(r.outcome).toBe('unknown')
    expect(r.detail).toContain('HTTP 404 ResourceNotFound')
    expect(r.detail).toContain('Check its subscription, resource group and name')
  })

  it('is unknown when Azure did not answer', () => {
    const r = only(
      NET_01.evaluate(secureSnapshot({ workspace: failed(null, 'ETIMEDOUT', 'timeout') }))
    )
    expect(r.outcome).toBe('unknown')
    expect(r.detail).toContain('no response ETIMEDOUT')
    expect(r.detail).toContain('Re-run the workflow')
  })
})

describe('NET-01 against peer fixtures (PSRule for Azure, Checkov)', () => {
  const peers = (file: string): unknown => readReference(`peers/${file}`)

  interface ArmWorkspace {
    type: string
    name: string
    location: string
    properties: { publicNetworkAccess?: string; allowPublicAccessWhenBehindVnet?: boolean }
  }

  /** An ARM workspace resource from a template or fixture, in snapshot form. */
  function fromArm(resource: ArmWorkspace): Snapshot {
    const ws: Workspace = workspace({
      name: resource.name,
      location: resource.location,
      publicNetworkAccess: resource.properties.publicNetworkAccess,
      allowPublicAccessWhenBehindVnet: resource.properties.allowPublicAccessWhenBehindVnet
    })
    return secureSnapshot({ workspace: ok(ws) })
  }

  const psrule = peers('psrule-rules-azure.json') as {
    datasets: Array<{ resources: ArmWorkspace[] }>
  }
  const psruleWorkspaces = psrule.datasets
    .flatMap(d => d.resources)
    .filter(r => r.type === 'Microsoft.MachineLearningServices/workspaces')
  const psruleNamed = (name: string): ArmWorkspace => {
    const found = psruleWorkspaces.find(r => r.name === name)
    if (!found) throw new Error(`PSRule fixture ${name} not found`)
    return found
  }

  it.each([
    ['ml-wks-a', 'pass'],
    ['ml-wks-b', 'fail'],
    ['ml-wks-c', 'fail']
  ])('PSRule %s → %s (agrees with Azure.ML.PublicAccess)', (name, expected) => {
    expect(only(NET_01.evaluate(fromArm(psruleNamed(name)))).outcome).toBe(expected)
  })

  const checkov = peers('checkov.json') as {
    datasets: Array<{
      check_id: string
      framework: string
      files?: Record<string, { resources: ArmWorkspace[] }>
    }>
  }
  const ckv49 = checkov.datasets.find(d => d.check_id === 'CKV2_AZURE_49' && d.framework === 'arm')
  const checkovNamed = (file: string): ArmWorkspace => {
    const resource = ckv49?.files?.[file]?.resources[0]
    if (!resource) throw new Error(`Checkov fixture ${file} not found`)
    return resource
  }

  it.each([
    ['pass.json', 'pass'],
    ['fail.json', 'fail'],
    // Checkov passes a workspace without publicNetworkAccess; the service default is Enabled, so we fail it.
    ['pass2.json', 'fail']
  ])('Checkov CKV2_AZURE_49 %s → %s', (file, expected) => {
    expect(only(NET_01.evaluate(fromArm(checkovNamed(file)))).outcome).toBe(expected)
  })
})

describe('NET-02 approved private endpoint in an existing subnet', () => {
  it('passes and names the private endpoint, subnet and VNet', () => {
    const r = only(NET_02.evaluate(secureSnapshot()))
    expect(r.outcome).toBe('pass')
    expect(r.resource).toEqual({
      id: privateEndpointId(),
      name: 'petest01',
      type: 'Microsoft.Network/privateEndpoints'
    })
    expect(r.detail).toContain('petest01')
    expect(r.detail).toContain('mySubnet')
    expect(r.detail).toContain('myVnet')
  })

  it('matches ids case-insensitively and accepts a lower-case status', () => {
    const upper = privateEndpointId().replace('resourceGroups', 'RESOURCEGROUPS')
    const s = withWorkspace({ privateEndpointConnections: [connection('c', 'approved', upper)] })
    expect(only(NET_02.evaluate(s)).outcome).toBe('pass')
  })

  it('fails when the workspace has no private endpoint connection', () => {
    const r = only(NET_02.evaluate(withWorkspace({ privateEndpointConnections: [] })))
    expect(r.outcome).toBe('fail')
    expect(r.resource.id).toBe(WORKSPACE_ID)
    expect(r.detail).toContain('has no private endpoint connections')
    // No network is named or found, so only the network is a placeholder, and it says so.
    expect(r.remedy?.commands).toEqual([
      `az network private-endpoint create --name testworkspace-pe --resource-group ${RESOURCE_GROUP} --vnet-name <vnet> --subnet <subnet> --private-connection-resource-id ${WORKSPACE_ID} --group-id amlworkspace --connection-name testworkspace-pe`
    ])
    expect(plainText(r.remedy!.placeholders!)).toContain('`<vnet>` and `<subnet>`')
    // NET-03 and the RBAC checks fail or cannot pick a network for the same reason: one cause.
    expect(r.cause?.key).toBe(`no-private-endpoint:${WORKSPACE_ID.toLowerCase()}`)
    expect(r.cause?.fix?.commands).toEqual(r.remedy?.commands)
  })

  it('names the subnet-id input in the create command when it is set', () => {
    const s = secureSnapshot({
      request: { route: 'auto', deploymentMethod: 'cli', subnetId: subnetId() },
      workspace: ok(workspace({ privateEndpointConnections: [] }))
    })
    const r = only(NET_02.evaluate(s))
    expect(r.outcome).toBe('fail')
    expect(r.remedy).toEqual({
      commands: [
        `az network private-endpoint create --name testworkspace-pe --resource-group ${RESOURCE_GROUP} --subnet ${subnetId()} --private-connection-resource-id ${WORKSPACE_ID} --group-id amlworkspace --connection-name testworkspace-pe`
      ]
    })
  })

  it('fails when no connection is Approved, naming each status', () => {
    const s = withWorkspace({
      privateEndpointConnections: [
        connection('conn-a', 'Pending'),
        connection('conn-b', 'Rejected'),
        connection('conn-c', null)
      ]
    })
    const r = only(NET_02.evaluate(s))
    expect(r.outcome).toBe('fail')
    expect(r.detail).toContain('none is Approved')
    expect(r.detail).toContain('conn-a: Pending, conn-b: Rejected, conn-c: no status')
    // The pending connection can be approved by its id; a new endpoint is the other way.
    expect(r.remedy?.commands[0]).toBe(
      `az resource update --ids ${WORKSPACE_ID}/privateEndpointConnections/conn-a --set properties.privateLinkServiceConnectionState.status=Approved`
    )
    expect(r.remedy?.commands[1]).toMatch(
      /^az network private-endpoint create --name testworkspace-pe /
    )
    expect(r.remedy?.commands).toHaveLength(2)
  })

  it("quotes Azure's names in the commands, so a copied command runs nothing else", () => {
    const hostile = "conn'$(touch x)"
    const s = withWorkspace({ privateEndpointConnections: [connection(hostile, 'Pending')] })
    const r = only(NET_02.evaluate(s))
    expect(r.outcome).toBe('fail')
    expect(r.remedy?.commands[0]).toBe(
      `az resource update --ids '${WORKSPACE_ID}/privateEndpointConnections/conn'\\''$(touch x)' --set properties.privateLinkServiceConnectionState.status=Approved`
    )
  })

  it('fails when the approved private endpoint no longer exists', () => {
    const s = secureSnapshot({ privateEndpoints: keyed([[privateEndpointId(), failed(404)]]) })
    const r = only(NET_02.evaluate(s))
    expect(r.outcome).toBe('fail')
    expect(r.resource.id).toBe(WORKSPACE_ID)
    expect(r.detail).toContain('private endpoint petest01 no longer exists')
    expect(r.remedy?.commands).toEqual([
      `az network private-endpoint create --name testworkspace-pe --resource-group ${RESOURCE_GROUP} --vnet-name <vnet> --subnet <subnet> --private-connection-resource-id ${WORKSPACE_ID} --group-id amlworkspace --connection-name testworkspace-pe`,
      `az resource delete --ids ${WORKSPACE_ID}/privateEndpointConnections/testprivatelinkconnection`
    ])
  })

  it('fails when the private endpoint subnet no longer exists', () => {
    const r = only(NET_02.evaluate(secureSnapshot({ subnets: keyed([[subnetId(), failed(404)]]) })))
    expect(r.outcome).toBe('fail')
    expect(r.detail).toContain('subnet mySubnet of private endpoint petest01 no longer exists')
  })

  it('fails when the virtual network no longer exists', () => {
    const s = secureSnapshot({ virtualNetworks: keyed([[vnetId(), failed(404)]]) })
    const r = only(NET_02.evaluate(s))
    expect(r.outcome).toBe('fail')
    expect(r.detail).toContain('virtual network myVnet')
    expect(r.detail).toContain('no longer exists')
  })

  it('is unknown when the private endpoint read was refused, with the role on the network resource group', () => {
    const s = secureSnapshot({ privateEndpoints: keyed([[privateEndpointId(), failed(403)]]) })
    const r = only(NET_02.evaluate(s))
    expect(r.outcome).toBe('unknown')
    expect(r.detail).toContain('private endpoint petest01')
    expect(r.detail).toContain('HTTP 403 AuthorizationFailed')
    expect(r.detail).toContain(`Reader role on resource group ${NETWORK_RG}`)
    expect(r.cause?.key).toBe(
      `reader:/subscriptions/${SUBSCRIPTION}/resourcegroups/${NETWORK_RG}`.toLowerCase()
    )
    expect(r.cause?.fix?.commands).toEqual([
      `az role assignment create --assignee <client-id> --role Reader --scope /subscriptions/${SUBSCRIPTION}/resourceGroups/${NETWORK_RG}`
    ])
  })

  it('is unknown when the subnet read failed on the server side', () => {
    const s = secureSnapshot({
      subnets: keyed([[subnetId(), failed(500, 'InternalServerError', 'boom')]])
    })
    const r = only(NET_02.evaluate(s))
    expect(r.outcome).toBe('unknown')
    expect(r.detail).toContain('subnet mySubnet (HTTP 500 InternalServerError)')
    expect(r.detail).toContain('Re-run the workflow')
    // Azure's message is kept for the folded raw text, not in the sentence.
    expect(r.detail).not.toContain('boom')
    expect(r.cause).toMatchObject({ key: 'unavailable', raw: 'boom' })
  })

  it('is unknown (a collection bug) when the private endpoint was never read', () => {
    const r = only(NET_02.evaluate(secureSnapshot({ privateEndpoints: {} })))
    expect(r.outcome).toBe('unknown')
    expect(r.detail).toContain('private endpoint petest01 was referenced but not read')
    expect(r.detail).toContain('bug')
    expect(r.remedy?.commands).toEqual([`az resource show --ids ${privateEndpointId()}`])
  })

  it('is unknown when the virtual network was never read', () => {
    const r = only(NET_02.evaluate(secureSnapshot({ virtualNetworks: {} })))
    expect(r.outcome).toBe('unknown')
    expect(r.detail).toContain('virtual network myVnet was referenced but not read')
  })

  it('is unknown when an approved connection names no private endpoint', () => {
    const s = withWorkspace({
      privateEndpointConnections: [connection('orphan', 'Approved', null)]
    })
    const r = only(NET_02.evaluate(s))
    expect(r.outcome).toBe('unknown')
    expect(r.detail).toContain('orphan names no private endpoint')
    expect(r.remedy?.commands).toEqual([
      `az resource show --ids ${WORKSPACE_ID}/privateEndpointConnections/orphan`
    ])
  })

  it('is unknown when the private endpoint reports no subnet', () => {
    const s = secureSnapshot({
      privateEndpoints: keyed([
        [privateEndpointId(), ok(privateEndpoint(privateEndpointId(), null))]
      ])
    })
    const r = only(NET_02.evaluate(s))
    expect(r.outcome).toBe('unknown')
    expect(r.detail).toContain('reports no subnet')
    expect(r.remedy?.commands).toEqual([
      `az network private-endpoint show --ids ${privateEndpointId()} --query subnet`
    ])
  })

  it('passes through a second approved endpoint when the first is gone', () => {
    const second = privateEndpointId('pe-second')
    const secondSubnet = subnetId('inference', 'vnet-2')
    const s = secureSnapshot({
      workspace: ok(
        workspace({
          privateEndpointConnections: [
            connection('first'),
            connection('second', 'Approved', second)
          ]
        })
      ),
      privateEndpoints: keyed([
        [privateEndpointId(), failed(404)],
        [second, ok(privateEndpoint(second, secondSubnet))]
      ]),
      subnets: keyed([[secondSubnet, ok(subnet(secondSubnet))]]),
      virtualNetworks: keyed([
        [vnetId('vnet-2'), ok(virtualNetwork(vnetId('vnet-2'), [secondSubnet]))]
      ])
    })
    const r = only(NET_02.evaluate(s))
    expect(r.outcome).toBe('pass')
    expect(r.resource.name).toBe('pe-second')
    expect(r.detail).toContain('inference')
    expect(r.detail).toContain('vnet-2')
  })

  it('is unknown, naming both, when one approved endpoint is gone and another cannot be read', () => {
    const second = privateEndpointId('pe-second')
    const s = secureSnapshot({
      workspace: ok(
        workspace({
          privateEndpointConnections: [
            connection('first'),
            connection('second', 'Approved', second)
          ]
        })
      ),
      privateEndpoints: keyed([
        [privateEndpointId(), failed(404)],
        [second, failed(403)]
      ])
    })
    const r = only(NET_02.evaluate(s))
    expect(r.outcome).toBe('unknown')
    expect(r.detail).toContain('petest01 no longer exists')
    expect(r.detail).toContain('Could not read private endpoint pe-second')
    expect(r.cause?.key).toBe(
      `reader:/subscriptions/${SUBSCRIPTION}/resourcegroups/${NETWORK_RG}`.toLowerCase()
    )
  })

  it('is unknown when the workspace read was refused', () => {
    const r = only(NET_02.evaluate(secureSnapshot({ workspace: failed(403) })))
    expect(r.outcome).toBe('unknown')
    expect(r.detail).toContain('Reader role')
  })
})
