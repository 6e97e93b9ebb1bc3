/**
 * The snapshot keeps only the service tags the checks compare, from a
 * ServiceTags_List answer (REST example ServiceTagsList.json shape:
 * `values[].properties.addressPrefixes`, `region`, `systemService`).
 */
import { describe, expect, it } from '@jest/globals'
import { createHttpHeaders, type PipelineRequest } from '@azure/core-rest-pipeline'
import {
  followServiceTagPages,
  keepServiceTags,
  neededServiceTags,
  toServiceTagList
} from '../../src/collect/read-service-tags.js'
import type { Snapshot } from '../../src/model/snapshot.js'

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
})

const ARM = 'https://management.azure.com'
const LIST = '/subscriptions/s/providers/Microsoft.Network/locations/eastus2/serviceTags'

/** ServiceTags_List pages as ARM links them (ServiceTagsListResult: `values`, `nextLink`). */
function pages(count: number, fail?: { page: number; status: number; code: string }) {
  const sent: string[] = []
  const page = (n: number): Record<string, unknown> => ({
    ...answer,
    id: `${LIST.replace(/locations\/eastus2\/serviceTags$/, 'serviceTags/Public')}`,
    values: [answer.values[n]],
    ...(n + 1 < count
      ? { nextLink: `${ARM}${LIST}?api-version=2025-05-01&$skipToken=${n + 1}` }
      : {})
  })
  const sender = {
    sendRequest: (request: PipelineRequest) => {
      sent.push(request.url)
      const n = Number(new URL(request.url).searchParams.get('$skipToken'))
      const failed = fail?.page === n
      return Promise.resolve({
        status: failed ? fail.status : 200,
        headers: createHttpHeaders(),
        request,
        bodyAsText: JSON.stringify(
          failed
            ? { error: { code: fail.code, message: 'The client does not have authorization.' } }
            : page(n)
        )
      }) as never
    }
  }
  const first = { ...toServiceTagList(page(0)), nextLink: page(0)['nextLink'] as string }
  return { sent, sender, first }
}

describe('service tags after the first page', () => {
  it('follows nextLink to the last page and merges the tags', async () => {
    const { sent, sender, first } = pages(5)
    const list = await followServiceTagPages(first, sender, ARM)
    expect(sent).toHaveLength(4)
    expect(list.incomplete).toBeUndefined()
    expect(list.tags.map(t => t.name)).toEqual(answer.values.map(v => v.name))
    expect(list.changeNumber).toBe('112')
  })

  it('keeps the tags read and says why when a later page cannot be read', async () => {
    const { sender, first } = pages(5, { page: 2, status: 403, code: 'AuthorizationFailed' })
    const list = await followServiceTagPages(first, sender, ARM)
    expect(list.incomplete).toBe(true)
    expect(list.pageError).toEqual({
      status: 403,
      code: 'AuthorizationFailed',
      message: 'The client does not have authorization.'
    })
    expect(list.tags.map(t => t.name)).toEqual([
      'AzureContainerRegistry.EastUS2',
      'Storage.EastUS2'
    ])
  })

  it('does not follow a nextLink to another host (it would receive the ARM token)', async () => {
    const { sent, sender, first } = pages(2)
    const list = await followServiceTagPages(
      { ...first, nextLink: 'https://attacker.example/serviceTags?$skipToken=1' },
      sender,
      ARM
    )
    expect(sent).toEqual([])
    expect(list.incomplete).toBe(true)
    expect(list.pageError?.code).toBe('UnexpectedNextLink')
    expect(list.pageError?.message).toContain('attacker.example')
  })

  it('stops at a nextLink repeated', async () => {
    const { sender, first } = pages(2)
    const looping = {
      ...sender,
      sendRequest: async (request: PipelineRequest) => {
        const response = (await sender.sendRequest(request)) as unknown as { bodyAsText: string }
        const body = JSON.parse(response.bodyAsText) as Record<string, unknown>
        return {
          ...response,
          bodyAsText: JSON.stringify({ ...body, nextLink: first.nextLink })
        } as never
      }
    }
    const list = await followServiceTagPages(first, looping, ARM)
    expect(list.incomplete).toBe(true)
    expect(list.pageError?.code).toBe('RepeatedNextLink')
  })
})
