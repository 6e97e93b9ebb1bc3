/**
 * OUT-01 judges the registry's data path as the registry is
 * (Microsoft.ContainerRegistry/registries, api-version 2025-04-01):
 * - without dedicated data endpoints, layers come from the registry's storage
 *   (https://learn.microsoft.com/azure/container-registry/container-registry-dedicated-data-endpoints);
 * - through an approved private endpoint, pulls are VirtualNetwork traffic
 *   (https://learn.microsoft.com/azure/container-registry/container-registry-private-link);
 * - public access disabled and no private endpoint: nothing can pull.
 */
import { describe, expect, it } from '@jest/globals'
import { OUT_01 } from '../../src/evaluate/checks/outbound/out-01-nsg.js'
import type { ContainerRegistry, Read, SecurityRule, Snapshot } from '../../src/model/snapshot.js'
import {
  dependencyId,
  failed,
  keyed,
  nsgId,
  nsgRule,
  ok,
  secureSnapshot as fixtureSnapshot,
  subnetId,
  securityGroup
} from './fixtures.js'

/**
 * OUT-01/02/04 judge only subnets traffic leaves from (egressSubnets): the fixture's subnet is
 * named by the `subnet-id` input, as a user would name the subnet inference egresses from.
 */
const secureSnapshot = (overrides: Partial<Snapshot> = {}): Snapshot =>
  fixtureSnapshot({
    request: { route: 'auto', deploymentMethod: 'cli', subnetId: subnetId() },
    ...overrides
  })

const ACR = 'AzureContainerRegistry.EastUS2EUAP'
const allowAcr = nsgRule('AllowAcr', 3000, 'Allow', ACR)
const allowStorage = nsgRule('AllowStorage', 3001, 'Allow', 'Storage.EastUS2EUAP')
const denyInternet = nsgRule('DenyInternetOutbound', 4000, 'Deny', 'Internet', '*')

function registry(overrides: Partial<ContainerRegistry> = {}): ContainerRegistry {
  return {
    id: dependencyId('registry'),
    name: 'testworkspaceacr',
    sku: 'Premium',
    publicNetworkAccess: 'Enabled',
    dataEndpointEnabled: true,
    privateEndpointConnections: [],
    ...overrides
  }
}

function snapshotWith(rules: SecurityRule[], read: Read<ContainerRegistry> | undefined): Snapshot {
  return secureSnapshot({
    networkSecurityGroups: keyed([[nsgId(), ok(securityGroup(rules))]]),
    ...(read ? { containerRegistries: keyed([[dependencyId('registry'), read]]) } : {})
  })
}

describe('OUT-01 and the registry data path', () => {
  it.each<[string, SecurityRule[], Read<ContainerRegistry> | undefined, string, RegExp]>([
    [
      'not read (older snapshot): the registry tag alone',
      [allowAcr, denyInternet],
      undefined,
      'pass',
      /AllowAcr/
    ],
    [
      'dedicated data endpoints: the registry tag covers them',
      [allowAcr, denyInternet],
      ok(registry()),
      'pass',
      /dedicated data endpoints, which the registry tag covers/
    ],
    [
      'no data endpoints, storage denied',
      [allowAcr, denyInternet],
      ok(registry({ dataEndpointEnabled: false })),
      'fail',
      /registry's storage \(Storage\.EastUS2EUAP, TCP 443\)/
    ],
    [
      'no data endpoints, storage allowed',
      [allowAcr, allowStorage, denyInternet],
      ok(registry({ dataEndpointEnabled: false })),
      'pass',
      /AllowStorage/
    ],
    [
      'approved private endpoint: Internet denied does not matter',
      [denyInternet],
      ok(
        registry({
          publicNetworkAccess: 'Disabled',
          privateEndpointConnections: [
            { name: 'pec', privateEndpointId: '/x/privateEndpoints/pe-acr', status: 'Approved' }
          ]
        })
      ),
      'pass',
      /private endpoint \(`VirtualNetwork`, TCP 443\).*AllowVnetOutBound/
    ],
    [
      'a pending private endpoint carries nothing',
      [allowAcr, denyInternet],
      ok(
        registry({
          publicNetworkAccess: 'Disabled',
          privateEndpointConnections: [{ name: 'pec', status: 'Pending' }]
        })
      ),
      'fail',
      /cannot be pulled from it at all/
    ],
    [
      'unreadable: a pass is not certain',
      [allowAcr, denyInternet],
      failed(403),
      'unknown',
      /registries\/read/
    ],
    ['unreadable: a fail stays a fail', [denyInternet], failed(403), 'fail', /DenyInternetOutbound/]
  ])('%s → %s', (_name, rules, read, outcome, detail) => {
    const [r] = OUT_01.evaluate(snapshotWith(rules, read))
    expect(r?.outcome).toBe(outcome)
    expect(r?.detail).toMatch(detail)
  })

  it('fails with the rule for the registry storage when storage is denied', () => {
    const [r] = OUT_01.evaluate(
      snapshotWith([allowAcr, denyInternet], ok(registry({ dataEndpointEnabled: false })))
    )
    expect(r?.outcome).toBe('fail')
    expect(r?.remedy?.commands).toEqual([
      "az network nsg rule create --resource-group rg-1234 --nsg-name mySubnet-nsg --name AllowStorageOutbound --priority 3999 --direction Outbound --access Allow --protocol Tcp --source-address-prefixes 10.0.0.0/24 --source-port-ranges '*' --destination-address-prefixes Storage.EastUS2EUAP --destination-port-ranges 443"
    ])
  })

  it('proposes a private endpoint in the subnet network for a registry nobody can reach', () => {
    const [r] = OUT_01.evaluate(
      snapshotWith(
        [allowAcr, denyInternet],
        ok(
          registry({
            publicNetworkAccess: 'Disabled',
            privateEndpointConnections: [{ name: 'pec', status: 'Pending' }]
          })
        )
      )
    )
    expect(r?.outcome).toBe('fail')
    expect(r?.remedy?.commands).toEqual([
      `az network private-endpoint create --resource-group rg-1234 --name testworkspaceacr-pe --vnet-name myVnet --subnet mySubnet --private-connection-resource-id ${dependencyId('registry')} --group-id registry --connection-name testworkspaceacr-pe`
    ])
  })

  it('names the registry read as the cause when it cannot be read and the NSG would pass', () => {
    const [r] = OUT_01.evaluate(snapshotWith([allowAcr, denyInternet], failed(403)))
    expect(r?.outcome).toBe('unknown')
    expect(r?.detail).toContain(
      'Could not read container registry testworkspaceacr (HTTP 403 AuthorizationFailed)'
    )
    expect(r?.cause?.key).toBe(
      'reader:/subscriptions/00000000-1111-2222-3333-444444444444/resourcegroups/workspace-1234'
    )
  })
})
