import { describe, expect, it } from '@jest/globals'
import { resolveNetworkTarget } from '../src/network-target.js'
import type { Snapshot } from '../src/snapshot.js'
import { secureSnapshot } from './checks/fixtures.js'

const base = secureSnapshot()
const peSubnet = Object.values(base.privateEndpoints).flatMap(r =>
  r.ok ? [r.value.subnetId] : []
)[0]!

describe('resolveNetworkTarget', () => {
  it("discovers the VNet and subnet from the workspace's private endpoint", () => {
    const target = resolveNetworkTarget(base)
    expect(target.source).toBe('private-endpoint')
    expect(target.subnetId).toBe(peSubnet)
    expect(target.vnetId).toBe(peSubnet.replace(/\/subnets\/[^/]+$/, ''))
    expect(target.relevantSubnetIds).toEqual([peSubnet])
  })

  it('prefers the inputs, implies the VNet of a named subnet, and keeps PE subnets relevant', () => {
    const subnetId = peSubnet.replace(/subnets\/[^/]+$/, 'subnets/snet-inference')
    const snapshot: Snapshot = { ...base, request: { ...base.request, subnetId } }
    const target = resolveNetworkTarget(snapshot)
    expect(target).toEqual({
      source: 'input',
      subnetId,
      vnetId: peSubnet.replace(/\/subnets\/[^/]+$/, ''),
      relevantSubnetIds: [subnetId, peSubnet]
    })
  })

  it('says nothing was found when there is no input and no readable private endpoint', () => {
    const snapshot: Snapshot = { ...base, privateEndpoints: {} }
    expect(resolveNetworkTarget(snapshot)).toEqual({ source: 'none', relevantSubnetIds: [] })
  })
})
