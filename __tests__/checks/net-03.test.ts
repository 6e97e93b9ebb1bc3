import { describe, expect, it } from '@jest/globals'
import { NET_03 } from '../../src/evaluate/checks/prerequisites.js'
import type { CheckResult } from '../../src/model/check.js'
import type { Snapshot } from '../../src/model/snapshot.js'
import {
  failed,
  keyed,
  ok,
  privateEndpointId,
  secureSnapshot,
  subnet,
  subnetId,
  virtualNetwork,
  vnetId,
  withWorkspace,
  workspace
} from './fixtures.js'
import { clusterId, kubernetesSnapshot, managedCluster } from './route-fixtures.js'

const only = (results: CheckResult[]): CheckResult => {
  expect(results).toHaveLength(1)
  return results[0] as CheckResult
}

const withInputs = (inputs: { vnetId?: string; subnetId?: string }, rest: Partial<Snapshot> = {}) =>
  secureSnapshot({ request: { route: 'auto', deploymentMethod: 'cli', ...inputs }, ...rest })

describe('NET-03 an existing virtual network and subnet secure the workspace', () => {
  it("passes the private endpoint's subnet, naming the VNet, the subnet and where they came from", () => {
    const r = only(NET_03.evaluate(secureSnapshot()))
    expect(r.outcome).toBe('pass')
    expect(r.detail).toContain(
      "subnet mySubnet of virtual network myVnet, discovered from the workspace's private endpoint"
    )
    expect(r.resource).toMatchObject({
      name: 'mySubnet',
      type: 'Microsoft.Network/virtualNetworks/subnets'
    })
  })

  it('passes named inputs in the VNet of the private endpoint (another subnet is fine)', () => {
    const other = subnetId('snet-inference')
    const s = withInputs(
      { subnetId: other },
      {
        subnets: keyed([
          [subnetId(), ok(subnet())],
          [other, ok(subnet(other))]
        ])
      }
    )
    const r = only(NET_03.evaluate(s))
    expect(r.outcome).toBe('pass')
    expect(r.detail).toContain('named by the `vnet-id` / `subnet-id` inputs')
  })

  it('fails a named subnet that does not exist', () => {
    const missing = subnetId('nope')
    const s = withInputs({ subnetId: missing }, { subnets: keyed([[missing, failed(404)]]) })
    const r = only(NET_03.evaluate(s))
    expect(r.outcome).toBe('fail')
    expect(r.detail).toContain(`The subnet ${missing}`)
    expect(r.detail).toContain('does not exist')
  })

  it("fails a named VNet that is not where the workspace's private endpoint lives", () => {
    const elsewhere = vnetId('otherVnet')
    const s = withInputs(
      { vnetId: elsewhere },
      {
        virtualNetworks: keyed([
          [vnetId(), ok(virtualNetwork())],
          [elsewhere, ok(virtualNetwork(elsewhere, []))]
        ])
      }
    )
    const r = only(NET_03.evaluate(s))
    expect(r.outcome).toBe('fail')
    expect(r.detail).toContain(
      "not where the workspace is reached privately: the workspace's private endpoint live in myVnet"
    )
    expect(r.detail).toContain('az network private-endpoint create')
  })

  it('is unknown when the named network could not be read', () => {
    const s = withInputs(
      { vnetId: vnetId() },
      { virtualNetworks: keyed([[vnetId(), failed(403)]]) }
    )
    const r = only(NET_03.evaluate(s))
    expect(r.outcome).toBe('unknown')
    expect(r.detail).toContain('Reader role')
  })

  it('fails when nothing can be discovered, and says what to set', () => {
    const r = only(NET_03.evaluate(withWorkspace({ privateEndpointConnections: [] })))
    expect(r.outcome).toBe('fail')
    expect(r.detail).toContain('inputs are empty and the workspace has no private endpoint')
    expect(r.detail).toContain('set `vnet-id` and `subnet-id`')
  })

  it('is unknown when the private endpoint could not be read', () => {
    const s = secureSnapshot({ privateEndpoints: keyed([[privateEndpointId(), failed(403)]]) })
    const r = only(NET_03.evaluate(s))
    expect(r.outcome).toBe('unknown')
    expect(r.detail).toContain('petest01 of workspace testworkspace could not be read')
  })

  it('on the Kubernetes route, discovers the node pool subnet when there is no private endpoint', () => {
    const pool = subnetId('snet-aks', 'aksVnet')
    const s = kubernetesSnapshot({
      workspace: ok(workspace({ privateEndpointConnections: [] })),
      managedClusters: keyed([
        [clusterId(), ok(managedCluster({ agentPools: [{ name: 'np1', vnetSubnetId: pool }] }))]
      ]),
      subnets: keyed([[pool, ok(subnet(pool))]]),
      virtualNetworks: keyed([[vnetId('aksVnet'), ok(virtualNetwork(vnetId('aksVnet'), [pool]))]])
    })
    const r = only(NET_03.evaluate(s))
    expect(r.outcome).toBe('pass')
    expect(r.detail).toContain(
      "subnet snet-aks of virtual network aksVnet, discovered from the attached AKS cluster's node pools"
    )
  })
})
