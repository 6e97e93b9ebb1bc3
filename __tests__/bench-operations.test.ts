/**
 * `npm run bench` counts reads by ARM operation, named from the request path
 * (the REST specs' paths: a GET ends with a resource name, a list with a type).
 */
import { describe, expect, it } from '@jest/globals'
import { operationOf } from '../scripts/bench.js'

const RG = '/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/net-rg'

describe('operationOf', () => {
  it('names a GET by its resource type and a list by the type it lists', () => {
    expect(
      operationOf('GET', `${RG}/providers/Microsoft.Network/networkSecurityGroups/nsg-1`)
    ).toBe('GET Microsoft.Network/networkSecurityGroups')
    expect(
      operationOf('GET', `${RG}/providers/Microsoft.Network/virtualNetworks/v/subnets/s`)
    ).toBe('GET Microsoft.Network/virtualNetworks/subnets')
    expect(
      operationOf(
        'GET',
        `${RG}/providers/Microsoft.MachineLearningServices/workspaces/ws/onlineEndpoints/e/deployments?api-version=2025-12-01&$skipToken=MA`
      )
    ).toBe('LIST Microsoft.MachineLearningServices/workspaces/onlineEndpoints/deployments')
  })

  it('names an extension resource by its own provider, and reads outside any provider', () => {
    expect(
      operationOf(
        'GET',
        `${RG}/providers/Microsoft.Network/virtualNetworks/v/providers/Microsoft.Authorization/permissions`
      )
    ).toBe('LIST Microsoft.Authorization/permissions')
    expect(
      operationOf('POST', '/providers/Microsoft.ResourceGraph/resources?api-version=2024-04-01')
    ).toBe('POST Microsoft.ResourceGraph/resources')
    expect(operationOf('GET', RG)).toBe('GET subscriptions/resourceGroups')
  })
})
