/**
 * The snapshot keeps only the service tags the checks compare, from a
 * ServiceTags_List answer (REST example ServiceTagsList.json shape:
 * `values[].properties.addressPrefixes`, `region`, `systemService`).
 */
import { describe, expect, it } from '@jest/globals'
import {
  keepServiceTags,
  neededServiceTags,
  toServiceTagList
} from '../../src/azure/read-service-tags.js'
import type { Snapshot } from '../../src/snapshot.js'

const answer = {
  name: 'Public',
  changeNumber: '112',
  cloud: 'Public',
  values: [
    {
      name: 'AzureContainerRegistry.EastUS2',
      id: 'AzureContainerRegistry.EastUS2',
      properties: {
        region: 'eastus2',
        systemService: 'AzureContainerRegistry',
        addressPrefixes: ['20.44.19.64/26']
      }
    },
    {
      name: 'Storage.EastUS2',
      id: 'Storage.EastUS2',
      properties: {
        region: 'eastus2',
        systemService: 'AzureStorage',
        addressPrefixes: ['20.60.0.0/16']
      }
    },
    {
      name: 'AzureFrontDoor.Backend',
      id: 'AzureFrontDoor.Backend',
      properties: {
        region: '',
        systemService: 'AzureFrontDoor',
        addressPrefixes: ['13.73.248.8/29']
      }
    },
    {
      name: 'ApiManagement',
      id: 'ApiManagement',
      properties: {
        region: '',
        systemService: 'AzureApiManagement',
        addressPrefixes: ['13.64.39.16/32']
      }
    },
    {
      name: 'AppService.EastUS2',
      id: 'AppService.EastUS2',
      properties: {
        region: 'eastus2',
        systemService: 'AzureAppService',
        addressPrefixes: ['20.49.97.0/24']
      }
    }
  ]
}

describe('service tags kept in the snapshot', () => {
  it('keeps the registry data path tags and those rules and routes name, nothing else', () => {
    const partial = {
      networkSecurityGroups: {
        nsg: {
          ok: true as const,
          value: {
            id: 'nsg',
            name: 'nsg',
            securityRules: [
              {
                name: 'r',
                priority: 100,
                direction: 'Outbound',
                access: 'Deny',
                protocol: '*',
                destinationAddressPrefix: 'AzureFrontDoor.Backend'
              }
            ],
            defaultSecurityRules: []
          }
        }
      },
      routeTables: {
        rt: {
          ok: true as const,
          value: {
            id: 'rt',
            name: 'rt',
            routes: [{ name: 'app', addressPrefix: 'AppService.EastUS2', nextHopType: 'Internet' }]
          }
        }
      }
    } as unknown as Partial<Snapshot>
    const kept = keepServiceTags(toServiceTagList(answer), neededServiceTags(partial, 'eastus2'))
    expect(kept.tags.map(t => t.name)).toEqual([
      'AzureContainerRegistry.EastUS2',
      'Storage.EastUS2',
      'AzureFrontDoor.Backend',
      'AppService.EastUS2'
    ])
    expect(kept.changeNumber).toBe('112')
    expect(kept.tags[0]).toEqual({
      name: 'AzureContainerRegistry.EastUS2',
      region: 'eastus2',
      systemService: 'AzureContainerRegistry',
      addressPrefixes: ['20.44.19.64/26']
    })
  })

  it('marks an answer with more pages as incomplete', () => {
    expect(
      toServiceTagList({ ...answer, nextLink: 'https://management.azure.com/next' }).incomplete
    ).toBe(true)
  })
})
