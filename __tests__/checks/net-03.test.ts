import { describe, expect, it } from '@jest/globals'
import { NET_02, NET_03 } from '../../src/evaluate/checks/prerequisites.js'
import type { CheckResult } from '../../src/model/check.js'
import type { Snapshot } from '../../src/model/snapshot.js'
import {
  NETWORK_RG,
  RESOURCE_GROUP,
  SUBSCRIPTION,
  WORKSPACE_ID,
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
import { plainText } from '../../src/model/text.js'
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
    // Lists the subnets of the named network, so the input can be corrected.
    expect(r.remedy?.commands).toEqual([
      `az network vnet subnet list --resource-group ${NETWORK_RG} --vnet-name myVnet --query "[].id" -o tsv`
    ])
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
    expect(r.detail).not.toContain('az ')
    // The endpoint goes into the named network; only its subnet is unknown, and it says which.
    expect(r.remedy?.commands).toEqual([
      `az network private-endpoint create --name testworkspace-pe --resource-group ${RESOURCE_GROUP} --subnet ${elsewhere}/subnets/<subnet> --private-connection-resource-id ${WORKSPACE_ID} --group-id amlworkspace --connection-name testworkspace-pe`
    ])
    expect(plainText(r.remedy!.placeholders!)).toContain(
      `az network vnet subnet list --resource-group ${NETWORK_RG} --vnet-name otherVnet --query "[].name" -o tsv`
    )
  })

  it('is unknown when the named network could not be read', () => {
    const s = withInputs(
      { vnetId: vnetId() },
      { virtualNetworks: keyed([[vnetId(), failed(403)]]) }
    )
    const r = only(NET_03.evaluate(s))
    expect(r.outcome).toBe('unknown')
    expect(r.detail).toContain('Reader role')
    expect(r.cause?.fix?.commands).toEqual([
      `az role assignment create --assignee <client-id> --role Reader --scope /subscriptions/${SUBSCRIPTION}/resourceGroups/${NETWORK_RG}`
    ])
  })

  it('fails when nothing can be discovered, and says what to set', () => {
    const r = only(NET_03.evaluate(withWorkspace({ privateEndpointConnections: [] })))
    expect(r.outcome).toBe('fail')
    expect(r.detail).toContain('inputs are empty and the workspace has no private endpoint')
    expect(r.detail).toContain('set `vnet-id` and `subnet-id`')
    expect(r.remedy?.commands[0]).toMatch(
      /^az network private-endpoint create --name testworkspace-pe --resource-group \S+ --vnet-name <vnet> --subnet <subnet> /
    )
    // The same cause as NET-02's failure: one private endpoint fixes both.
    const net02 = NET_02.evaluate(withWorkspace({ privateEndpointConnections: [] }))[0]
    expect(r.cause).toEqual(net02?.cause)
    expect(r.cause?.key).toBe(`no-private-endpoint:${WORKSPACE_ID.toLowerCase()}`)
  })

  it('is unknown when the private endpoint could not be read', () => {
    const s = secureSnapshot({ privateEndpoints: keyed([[privateEndpointId(), failed(403)]]) })
    const r = only(NET_03.evaluate(s))
    expect(r.outcome).toBe('unknown')
    expect(r.detail).toContain('petest01 of workspace testworkspace could not be read')
    // The same cause as NET-02's unknown: one Reader grant on the network's group fixes both.
    const net02 = NET_02.evaluate(s)[0]
    expect(r.cause).toEqual(net02?.cause)
    expect(r.cause?.key).toBe(
      `reader:/subscriptions/${SUBSCRIPTION}/resourcegroups/${NETWORK_RG}`.toLowerCase()
    )
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
