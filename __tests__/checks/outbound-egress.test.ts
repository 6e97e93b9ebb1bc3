/**
 * OUT-01/02/04 judge the subnets traffic really leaves from (egressSubnets), not the workspace
 * private endpoint's subnet: a private endpoint's NIC starts no connections, and managed online
 * deployments egress from the workspace's managed virtual network
 * (https://learn.microsoft.com/azure/machine-learning/how-to-managed-network).
 * The image-build compute builds environment images in its subnet; serverless builds work only when
 * the registry is not network restricted
 * (https://learn.microsoft.com/azure/machine-learning/how-to-secure-workspace-vnet#enable-azure-container-registry-acr).
 */
import { describe, expect, it } from '@jest/globals'
import { OUT_01 } from '../../src/evaluate/checks/outbound/out-01-nsg.js'
import { OUT_02 } from '../../src/evaluate/checks/outbound/out-02-region-tag.js'
import { OUT_04 } from '../../src/evaluate/checks/outbound/out-04-forced-tunnel.js'
import type { Compute, Snapshot } from '../../src/model/snapshot.js'
import {
  dependencyId,
  failed,
  keyed,
  nsgId,
  nsgRule,
  ok,
  privateEndpointId,
  secureSnapshot,
  securityGroup,
  subnet,
  subnetId,
  workspace
} from './fixtures.js'
import { computeId } from './route-fixtures.js'
import { plainText } from '../../src/model/text.js'

const denyInternet = nsgRule('DenyInternetOutbound', 4000, 'Deny', 'Internet', '*')
const buildSubnet = subnetId('snet-build')
const buildNsg = nsgId('snet-build-nsg')
const cluster: Compute = {
  id: computeId('cpu-cluster'),
  name: 'cpu-cluster',
  computeType: 'AmlCompute',
  provisioningState: 'Succeeded',
  subnetId: buildSubnet
}
/** Public access disabled, reached through its approved private endpoint. */
const privateRegistry: Partial<Snapshot> = {
  containerRegistries: keyed([
    [
      dependencyId('registry'),
      ok({
        id: dependencyId('registry'),
        name: 'testworkspaceacr',
        sku: 'Premium',
        publicNetworkAccess: 'Disabled',
        dataEndpointEnabled: false,
        privateEndpointConnections: [
          { name: 'acr-pe', privateEndpointId: privateEndpointId('acr-pe'), status: 'Approved' }
        ]
      })
    ]
  ])
}
/** The private endpoint subnet denies all outbound traffic: nothing egresses from it. */
const lockedPeSubnet: Partial<Snapshot> = {
  networkSecurityGroups: keyed([
    [nsgId(), ok(securityGroup([nsgRule('DenyAllOutbound', 100, 'Deny', '*', '*')]))]
  ])
}

describe('OUT-01/02/04 on the managed route without an egressing subnet', () => {
  it.each([OUT_01, OUT_02, OUT_04])('%# is skipped with the reason', check => {
    const results = check.evaluate(secureSnapshot(lockedPeSubnet))
    expect(results).toHaveLength(1)
    expect(results[0]!.outcome).toBe('skipped')
    expect(results[0]!.detail).toContain(
      "Managed online deployments do not send traffic from your virtual network: their outbound traffic leaves from the workspace's managed virtual network, which MOE-04, MOE-06 and OUT-03 judge; and the workspace private endpoint's subnet only receives connections."
    )
  })

  it('evaluates an older snapshot without imageBuildCompute or compute subnets', () => {
    const older = secureSnapshot(lockedPeSubnet)
    delete (older as Partial<Snapshot>).containerRegistries
    expect(OUT_01.evaluate(older).map(r => r.outcome)).toEqual(['skipped'])
  })
})

describe('OUT-01 on the image-build compute subnet', () => {
  const snapshot = (rules = [denyInternet]): Snapshot =>
    secureSnapshot({
      ...privateRegistry,
      workspace: ok(workspace({ imageBuildCompute: 'cpu-cluster', managedNetwork: undefined })),
      computes: ok([cluster]),
      subnets: keyed([
        [subnetId(), ok({ ...subnet(), networkSecurityGroupId: nsgId() })],
        [buildSubnet, ok({ ...subnet(buildSubnet), networkSecurityGroupId: buildNsg })]
      ]),
      networkSecurityGroups: keyed([[buildNsg, ok(securityGroup(rules, buildNsg))]])
    })

  it('fails naming the subnet and why it egresses when its NSG blocks the registry', () => {
    const results = OUT_01.evaluate(
      snapshot([nsgRule('DenyVnetOutbound', 100, 'Deny', 'VirtualNetwork', '*')])
    )
    expect(results).toHaveLength(1)
    expect(results[0]!.outcome).toBe('fail')
    expect(results[0]!.resource.id).toBe(buildNsg)
    expect(results[0]!.detail).toMatch(
      /^Subnet snet-build is judged because compute cpu-cluster \(the workspace's `imageBuildCompute`\) builds every environment image in it and pushes it to the registry, which refuses public traffic \(testworkspaceacr has `publicNetworkAccess` `Disabled`\)\. NSG snet-build-nsg denies traffic from subnet snet-build to the registry's private endpoint/
    )
    // The deny holds priority 100, the lowest custom priority: none is free before it, so the
    // command says <priority> and the placeholder says how to find the taken ones.
    expect(results[0]!.remedy?.commands).toEqual([
      expect.stringMatching(
        /^az network nsg rule create --resource-group \S+ --nsg-name snet-build-nsg --name AllowVirtualNetworkOutbound --priority <priority> --direction Outbound .* --destination-address-prefixes VirtualNetwork --destination-port-ranges 443$/
      )
    ])
    expect(plainText(results[0]!.remedy!.placeholders!)).toMatch(
      /^`<priority>`: every priority from 100/
    )
  })

  it('passes when the NSG allows the private endpoint (traffic stays in the network)', () => {
    const [r] = OUT_01.evaluate(snapshot())
    expect(r!.outcome).toBe('pass')
    expect(r!.detail).toContain('Subnet snet-build is judged because')
  })

  it('is unknown when the computes cannot be read', () => {
    const s = { ...snapshot(), computes: failed(403) }
    const results = OUT_01.evaluate(s)
    expect(results.map(r => r.outcome)).toEqual(['unknown'])
    expect(results[0]!.detail).toContain('its computes could not be read (AuthorizationFailed)')
    // The refused compute list is the workspace's: the Reader cause is scoped to its resource group.
    expect(results[0]!.cause?.key).toBe(
      'reader:/subscriptions/00000000-1111-2222-3333-444444444444/resourcegroups/workspace-1234'
    )
  })
})

describe('OUT-01: a private registry image builds cannot reach', () => {
  const snapshot = (extra: Partial<Snapshot> = {}): Snapshot =>
    secureSnapshot({
      ...privateRegistry,
      ...lockedPeSubnet,
      workspace: ok(workspace({ managedNetwork: undefined })),
      ...extra
    })

  it('fails on the registry, and OUT-02/04 stay skipped', () => {
    const results = OUT_01.evaluate(snapshot())
    expect(results).toHaveLength(1)
    expect(results[0]!.outcome).toBe('fail')
    expect(results[0]!.resource.id).toBe(dependencyId('registry'))
    expect(results[0]!.detail).toContain(
      'Registry testworkspaceacr has public network access disabled and workspace testworkspace names no image-build compute'
    )
    expect(results[0]!.remedy?.commands).toEqual([
      'az ml workspace update --resource-group workspace-1234 --name testworkspace --image-build-compute <compute-cluster>'
    ])
    expect(plainText(results[0]!.remedy!.placeholders!)).toContain(
      'az ml compute list --resource-group workspace-1234 --workspace-name testworkspace --type amlcompute'
    )
    expect(OUT_02.evaluate(snapshot()).map(r => r.outcome)).toEqual(['skipped'])
    expect(OUT_04.evaluate(snapshot()).map(r => r.outcome)).toEqual(['skipped'])
  })

  it('is a second result beside the subnet the input names', () => {
    const s = snapshot({
      request: { route: 'auto', deploymentMethod: 'cli', subnetId: subnetId() }
    })
    expect(OUT_01.evaluate(s).map(r => [r.outcome, r.resource.id])).toEqual([
      ['fail', nsgId()],
      ['fail', dependencyId('registry')]
    ])
  })
})
