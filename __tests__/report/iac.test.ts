import { describe, expect, it } from '@jest/globals'
import { locateAll, locateInIac, type IacFile } from '../../src/report/iac.js'

const WS = {
  id: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/ml-ws',
  name: 'ml-ws',
  type: 'Microsoft.MachineLearningServices/workspaces'
}
const EP = {
  id: `${WS.id}/onlineEndpoints/ep-a`,
  name: 'ep-a',
  type: 'Microsoft.MachineLearningServices/workspaces/onlineEndpoints'
}
const AKS = {
  id: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/aks-1',
  name: 'aks-1',
  type: 'Microsoft.ContainerService/managedClusters'
}

const bicep: IacFile = {
  path: 'infra/main.bicep',
  content: `param wsName string
resource ws 'Microsoft.MachineLearningServices/workspaces@2024-10-01' = {
  name: wsName
  properties: {
    publicNetworkAccess: 'Enabled'
    managedNetwork: {
      isolationMode: 'Disabled'
    }
  }
}
resource ep 'Microsoft.MachineLearningServices/workspaces/onlineEndpoints@2024-10-01' = {
  parent: ws
  name: 'ep-a'
  properties: {
    publicNetworkAccess: 'Enabled'
  }
}
`
}

const arm: IacFile = {
  path: 'infra/azuredeploy.json',
  content: JSON.stringify(
    {
      resources: [
        {
          type: 'Microsoft.MachineLearningServices/workspaces',
          name: 'ml-ws',
          properties: { allowPublicAccessWhenBehindVnet: true, publicNetworkAccess: 'Enabled' }
        }
      ]
    },
    null,
    2
  )
}

const terraform: IacFile = {
  path: 'tf/aks.tf',
  content: `resource "azurerm_kubernetes_cluster" "aks" {
  name                    = "aks-1"
  private_cluster_enabled = false
}
`
}

describe('locateInIac', () => {
  it('finds a Bicep property by resource type when the name is a parameter', () => {
    expect(locateInIac([bicep], { checkId: 'NET-01', resource: WS })).toEqual({
      path: 'infra/main.bicep',
      line: 5,
      property: 'publicNetworkAccess'
    })
    expect(locateInIac([bicep], { checkId: 'MOE-01', resource: WS })?.line).toBe(7)
  })

  it('prefers the line after the resource name: the endpoint, not the workspace', () => {
    expect(locateInIac([bicep], { checkId: 'MOE-03', resource: EP })?.line).toBe(15)
  })

  it('finds an ARM JSON property', () => {
    const at = locateInIac([arm], { checkId: 'NET-01', resource: WS })
    expect(at?.path).toBe('infra/azuredeploy.json')
    expect(arm.content.split('\n')[at!.line - 1]).toContain('"publicNetworkAccess"')
  })

  it('finds a Terraform attribute', () => {
    expect(locateInIac([terraform], { checkId: 'K8S-01', resource: AKS })).toEqual({
      path: 'tf/aks.tf',
      line: 3,
      property: 'private_cluster_enabled'
    })
  })

  it('uses a hint name (e.g. an NSG rule)', () => {
    const nsg: IacFile = {
      path: 'nsg.bicep',
      content: `resource nsg 'Microsoft.Network/networkSecurityGroups@2023-09-01' = {
  name: 'nsg-ml'
  properties: {
    securityRules: [
      {
        name: 'DenyInternetOutbound'
        properties: {
          destinationAddressPrefix: 'Internet'
        }
      }
    ]
  }
}`
    }
    const resource = {
      id: '/x/networkSecurityGroups/nsg-ml',
      name: 'nsg-ml',
      type: 'Microsoft.Network/networkSecurityGroups'
    }
    expect(
      locateInIac([nsg], { checkId: 'OUT-02', resource }, ['DenyInternetOutbound'])?.line
    ).toBe(8)
  })

  it('says nothing for a check without a property, or a file about other resources', () => {
    expect(locateInIac([bicep], { checkId: 'NET-02', resource: WS })).toBeUndefined()
    expect(locateInIac([terraform], { checkId: 'NET-01', resource: WS })).toBeUndefined()
  })

  it('locates only failed and unknown results', () => {
    const located = locateAll(
      [
        { checkId: 'NET-01', outcome: 'pass', resource: WS },
        { checkId: 'MOE-03', outcome: 'fail', resource: EP }
      ],
      [bicep]
    )
    expect([...located.values()].map(l => l.line)).toEqual([15])
  })
})
