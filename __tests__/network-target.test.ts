import { describe, expect, it } from '@jest/globals'
import { resolveNetworkTarget } from '../src/network-target.js'
import type { Snapshot } from '../src/snapshot.js'
import { keyed, ok, secureSnapshot } from './checks/fixtures.js'
import { clusterId, kubernetesSnapshot, managedCluster } from './checks/route-fixtures.js'

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

describe('resolveNetworkTarget on the Kubernetes route', () => {
  const pool = peSubnet.replace(/subnets\/[^/]+$/, 'subnets/snet-aks')

  it('adds node pool subnets to the relevant subnets, after the private endpoint', () => {
    const snapshot = kubernetesSnapshot({
      managedClusters: keyed([
        [clusterId(), ok(managedCluster({ agentPools: [{ name: 'np1', vnetSubnetId: pool }] }))]
      ])
    })
    const target = resolveNetworkTarget(snapshot)
    expect(target.source).toBe('private-endpoint')
    expect(target.relevantSubnetIds).toEqual([peSubnet, pool])
  })

  it("uses the node pool subnet ('node-pool') when there is no private endpoint", () => {
    const snapshot: Snapshot = {
      ...kubernetesSnapshot({
        managedClusters: keyed([
          [clusterId(), ok(managedCluster({ agentPools: [{ name: 'np1', vnetSubnetId: pool }] }))]
        ])
      }),
      privateEndpoints: {}
    }
    expect(resolveNetworkTarget(snapshot)).toEqual({
      source: 'node-pool',
      subnetId: pool,
      vnetId: pool.replace(/\/subnets\/[^/]+$/, ''),
      relevantSubnetIds: [pool]
    })
  })

  it('ignores node pools on the managed route and when the route fields are not given', () => {
    const k8s = kubernetesSnapshot()
    const managed: Snapshot = { ...k8s, request: { ...k8s.request, route: 'managed' } }
    expect(resolveNetworkTarget(managed).relevantSubnetIds).toEqual([peSubnet])
    const { request, workspace, privateEndpoints } = k8s
    expect(
      resolveNetworkTarget({ request, workspace, privateEndpoints }).relevantSubnetIds
    ).toEqual([peSubnet])
  })
})

describe('resolveNetworkTarget and connection status', () => {
  it('ignores private endpoints whose connection is not approved', () => {
    if (!base.workspace.ok) throw new Error('fixture workspace must be readable')
    const pending = base.workspace.value.privateEndpointConnections.map(c => ({
      ...c,
      status: 'Pending'
    }))
    const snapshot: Snapshot = {
      ...base,
      workspace: {
        ok: true,
        value: { ...base.workspace.value, privateEndpointConnections: pending }
      }
    }
    expect(resolveNetworkTarget(snapshot)).toMatchObject({ source: 'none', relevantSubnetIds: [] })
  })
})
