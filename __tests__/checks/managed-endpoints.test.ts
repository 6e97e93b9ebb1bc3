import { describe, expect, it } from '@jest/globals'
import { MOE_03 } from '../../src/checks/managed-endpoints.js'
import {
  RESOURCE_GROUP,
  WORKSPACE_ID,
  failed,
  ok,
  onlineEndpoint,
  secureSnapshot
} from './fixtures.js'

const withEndpoints = (...endpoints: ReturnType<typeof onlineEndpoint>[]) =>
  secureSnapshot({ onlineEndpoints: ok(endpoints) })

describe('MOE-03 managed online endpoints are not public', () => {
  it('gives one result per managed endpoint, each naming it', () => {
    const results = MOE_03.evaluate(
      withEndpoints(
        onlineEndpoint('ep-private', { publicNetworkAccess: 'Disabled' }),
        onlineEndpoint('ep-lower', { publicNetworkAccess: 'disabled' }),
        onlineEndpoint('ep-public', { publicNetworkAccess: 'Enabled' }),
        onlineEndpoint('ep-default')
      )
    )
    expect(results.map(r => [r.resource.name, r.outcome])).toEqual([
      ['ep-private', 'pass'],
      ['ep-lower', 'pass'],
      ['ep-public', 'fail'],
      ['ep-default', 'fail']
    ])
    expect(results[0]?.resource).toEqual({
      id: `${WORKSPACE_ID}/onlineEndpoints/ep-private`,
      name: 'ep-private',
      type: 'Microsoft.MachineLearningServices/workspaces/onlineEndpoints'
    })
  })

  it('fails a public endpoint with the command that fixes it', () => {
    const [r] = MOE_03.evaluate(
      withEndpoints(onlineEndpoint('ep-public', { publicNetworkAccess: 'Enabled' }))
    )
    expect(r?.outcome).toBe('fail')
    expect(r?.severity).toBe('error')
    expect(r?.detail).toContain('ep-public has public network access Enabled')
    expect(r?.detail).toContain(
      `az ml online-endpoint update --name ep-public --resource-group ${RESOURCE_GROUP} --workspace-name testworkspace --set public_network_access=disabled`
    )
  })

  it('treats an absent setting as the Enabled default', () => {
    const [r] = MOE_03.evaluate(withEndpoints(onlineEndpoint('ep-default')))
    expect(r?.outcome).toBe('fail')
    expect(r?.detail).toContain('service default (Enabled)')
  })

  it('ignores Kubernetes endpoints', () => {
    const results = MOE_03.evaluate(
      withEndpoints(
        onlineEndpoint('k8s-public', { computeType: 'Kubernetes', publicNetworkAccess: 'Enabled' }),
        onlineEndpoint('ep-private', { publicNetworkAccess: 'Disabled' })
      )
    )
    expect(results.map(r => r.resource.name)).toEqual(['ep-private'])
  })

  it.each([
    ['no endpoints', []],
    ['only Kubernetes endpoints', [onlineEndpoint('k8s', { computeType: 'Kubernetes' })]]
  ])('is skipped with %s', (_label, endpoints) => {
    const results = MOE_03.evaluate(withEndpoints(...endpoints))
    expect(results).toHaveLength(1)
    expect(results[0]?.outcome).toBe('skipped')
    expect(results[0]?.detail).toContain('no managed online endpoints yet')
    expect(results[0]?.resource.id).toBe(WORKSPACE_ID)
  })

  it('is unknown when the endpoint list could not be read', () => {
    const results = MOE_03.evaluate(secureSnapshot({ onlineEndpoints: failed(403) }))
    expect(results).toHaveLength(1)
    expect(results[0]?.outcome).toBe('unknown')
    expect(results[0]?.detail).toContain('online endpoints of workspace testworkspace')
    expect(results[0]?.detail).toContain('HTTP 403')
    expect(results[0]?.detail).toContain(`Reader role on resource group ${RESOURCE_GROUP}`)
  })
})
