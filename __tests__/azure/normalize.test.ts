import { describe, expect, it } from '@jest/globals'
import {
  toOnlineEndpoint,
  toPrivateEndpoint,
  toSubnet,
  toVirtualNetwork,
  toWorkspace
} from '../../src/model/normalize.js'
import { parseResourceId } from '../../src/model/resource-id.js'

const sub = '/subscriptions/11111111-2222-3333-4444-555555555555'
const wsId = `${sub}/resourceGroups/ml-rg/providers/Microsoft.MachineLearningServices/workspaces/ml-ws`
const peId = `${sub}/resourceGroups/net-rg/providers/Microsoft.Network/privateEndpoints/pe-ml-ws`
const vnetId = `${sub}/resourceGroups/net-rg/providers/Microsoft.Network/virtualNetworks/vnet-ml`

describe('toWorkspace', () => {
  it('keeps the fields the 2022-10-01 SDK models drop (managedNetwork) and the connections', () => {
    const ws = toWorkspace({
      id: wsId,
      name: 'ml-ws',
      type: 'Microsoft.MachineLearningServices/workspaces',
      location: 'westeurope',
      properties: {
        publicNetworkAccess: 'Disabled',
        allowPublicAccessWhenBehindVnet: false,
        keyVault: `${sub}/resourceGroups/ml-rg/providers/Microsoft.KeyVault/vaults/kv-ml`,
        managedNetwork: {
          isolationMode: 'AllowOnlyApprovedOutbound',
          outboundRules: { 'rule-1': { type: 'FQDN', destination: 'pypi.org', status: 'Active' } },
          status: { sparkReady: false, status: 'Active' }
        },
        privateEndpointConnections: [
          {
            id: `${wsId}/privateEndpointConnections/pec-1`,
            name: 'pec-1',
            properties: {
              privateEndpoint: { id: peId },
              privateLinkServiceConnectionState: {
                status: 'Approved',
                description: 'Auto-Approved'
              },
              provisioningState: 'Succeeded'
            }
          }
        ]
      }
    })
    expect(ws).toMatchObject({
      id: wsId,
      publicNetworkAccess: 'Disabled',
      allowPublicAccessWhenBehindVnet: false,
      managedNetwork: { isolationMode: 'AllowOnlyApprovedOutbound', status: { status: 'Active' } },
      privateEndpointConnections: [{ name: 'pec-1', privateEndpointId: peId, status: 'Approved' }]
    })
    expect(Object.keys(ws.managedNetwork?.outboundRules ?? {})).toEqual(['rule-1'])
  })

  it('leaves absent settings undefined instead of guessing', () => {
    const ws = toWorkspace({ id: wsId, name: 'ml-ws', properties: {} })
    expect(ws.publicNetworkAccess).toBeUndefined()
    expect(ws.managedNetwork).toBeUndefined()
    expect(ws.privateEndpointConnections).toEqual([])
  })
})

describe('network bodies', () => {
  it('reads the private endpoint subnet, subnet NSG/route table and VNet subnets', () => {
    expect(
      toPrivateEndpoint({
        id: peId,
        name: 'pe-ml-ws',
        properties: { subnet: { id: `${vnetId}/subnets/snet-ml` } }
      }).subnetId
    ).toBe(`${vnetId}/subnets/snet-ml`)
    expect(
      toSubnet({
        id: `${vnetId}/subnets/snet-ml`,
        name: 'snet-ml',
        properties: {
          addressPrefix: '10.0.1.0/24',
          networkSecurityGroup: {
            id: `${sub}/resourceGroups/net-rg/providers/Microsoft.Network/networkSecurityGroups/nsg-ml`
          },
          routeTable: {
            id: `${sub}/resourceGroups/net-rg/providers/Microsoft.Network/routeTables/rt-ml`
          }
        }
      })
    ).toMatchObject({
      addressPrefixes: ['10.0.1.0/24'],
      networkSecurityGroupId: expect.stringContaining('nsg-ml'),
      routeTableId: expect.stringContaining('rt-ml')
    })
    expect(
      toVirtualNetwork({
        id: vnetId,
        name: 'vnet-ml',
        properties: {
          addressSpace: { addressPrefixes: ['10.0.0.0/16'] },
          subnets: [{ id: `${vnetId}/subnets/snet-ml` }]
        }
      })
    ).toMatchObject({ addressPrefixes: ['10.0.0.0/16'], subnetIds: [`${vnetId}/subnets/snet-ml`] })
  })
})

describe('toOnlineEndpoint', () => {
  it('tells managed endpoints (no compute) from Kubernetes ones (an attached compute)', () => {
    expect(
      toOnlineEndpoint({
        id: `${wsId}/onlineEndpoints/a`,
        name: 'a',
        properties: { authMode: 'Key', publicNetworkAccess: 'Disabled' }
      })
    ).toMatchObject({
      computeType: 'Managed',
      publicNetworkAccess: 'Disabled'
    })
    expect(
      toOnlineEndpoint({
        id: `${wsId}/onlineEndpoints/b`,
        name: 'b',
        properties: { compute: 'aks-attached' }
      })
    ).toMatchObject({
      computeType: 'Kubernetes',
      compute: 'aks-attached'
    })
  })
})

describe('parseResourceId', () => {
  it('splits child resources into type/name segments and rejects malformed ids', () => {
    expect(parseResourceId(`${vnetId}/subnets/snet-ml`)).toEqual({
      subscriptionId: '11111111-2222-3333-4444-555555555555',
      resourceGroup: 'net-rg',
      provider: 'Microsoft.Network',
      segments: ['virtualNetworks', 'vnet-ml', 'subnets', 'snet-ml']
    })
    expect(parseResourceId(`${vnetId}/subnets`)).toBeUndefined()
    expect(parseResourceId('vnet-ml')).toBeUndefined()
  })
})
