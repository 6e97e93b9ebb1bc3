import { describe, expect, it } from '@jest/globals'
import { toNetworkSecurityGroup } from '../../src/model/normalize-access.js'
import {
  destinationCoversRegistry,
  normalizeRegion,
  parseIpv4Prefix,
  portRangeCovers,
  prefixCovers,
  serviceTagRegion,
  sourceCoversSubnet,
  wrongRegionRegistryTag
} from '../../src/evaluate/engine/network.js'
import { evaluateNsg, outboundRules, priorityBefore } from '../../src/evaluate/engine/nsg.js'
import type { NetworkSecurityGroup, SecurityRule } from '../../src/model/snapshot.js'
import { readReference } from '../fixtures/reference.js'
import { plainText } from '../../src/model/text.js'

const FLOW = { sourcePrefixes: ['10.20.1.0/24'], region: 'westeurope', port: 443 }

function out(
  name: string,
  priority: number,
  access: 'Allow' | 'Deny',
  destination: string | string[],
  extra: Partial<SecurityRule> = {}
): SecurityRule {
  return {
    name,
    priority,
    direction: 'Outbound',
    access,
    protocol: 'Tcp',
    sourcePortRange: '*',
    destinationPortRange: '443',
    sourceAddressPrefix: 'VirtualNetwork',
    ...(Array.isArray(destination)
      ? { destinationAddressPrefixes: destination }
      : { destinationAddressPrefix: destination }),
    ...extra
  }
}

function nsg(rules: SecurityRule[]): NetworkSecurityGroup {
  return {
    id: '/subscriptions/s/resourceGroups/net-rg/providers/Microsoft.Network/networkSecurityGroups/nsg-ml',
    name: 'nsg-ml',
    location: 'westeurope',
    securityRules: rules,
    defaultSecurityRules: []
  }
}

const denyInternet = out('deny-internet', 4000, 'Deny', 'Internet', { destinationPortRange: '*' })
const denyAll = out('deny-all', 4096, 'Deny', '*', { protocol: '*', destinationPortRange: '*' })

describe('NSG outbound evaluation for registry traffic (TCP 443, westeurope)', () => {
  it.each<[string, SecurityRule[], boolean, string]>([
    ['no custom rules: AllowInternetOutBound (65001) decides', [], true, 'AllowInternetOutBound'],
    ['deny Internet without an ACR allow', [denyInternet], false, 'deny-internet'],
    [
      'deny Internet after an ACR allow for the region',
      [out('allow-acr', 3000, 'Allow', 'AzureContainerRegistry.WestEurope'), denyInternet],
      true,
      'allow-acr'
    ],
    [
      'deny Internet before the ACR allow (priority order, not list order)',
      [out('allow-acr', 4010, 'Allow', 'AzureContainerRegistry.WestEurope'), denyInternet],
      false,
      'deny-internet'
    ],
    [
      'an allow for another region does not match',
      [out('allow-acr-neu', 3000, 'Allow', 'AzureContainerRegistry.NorthEurope'), denyInternet],
      false,
      'deny-internet'
    ],
    [
      'the global AzureContainerRegistry tag matches',
      [out('allow-acr', 3000, 'Allow', 'AzureContainerRegistry'), denyAll],
      true,
      'allow-acr'
    ],
    [
      'AzureCloud.<region> matches',
      [out('allow-cloud', 3000, 'Allow', 'AzureCloud.westeurope'), denyAll],
      true,
      'allow-cloud'
    ],
    [
      'plural destinations: the tag is the second prefix',
      [out('allow-some', 3000, 'Allow', ['Storage', 'AzureContainerRegistry.WestEurope']), denyAll],
      true,
      'allow-some'
    ],
    [
      'plural ports: 443 in a range',
      [
        out('allow-acr', 3000, 'Allow', 'AzureContainerRegistry', {
          destinationPortRange: undefined,
          destinationPortRanges: ['80', '400-500']
        }),
        denyAll
      ],
      true,
      'allow-acr'
    ],
    [
      'a port range that misses 443',
      [
        out('allow-acr', 3000, 'Allow', 'AzureContainerRegistry', {
          destinationPortRange: '8443-9000'
        }),
        denyAll
      ],
      false,
      'deny-all'
    ],
    [
      'UDP does not match TCP traffic',
      [out('allow-acr', 3000, 'Allow', 'AzureContainerRegistry', { protocol: 'Udp' }), denyAll],
      false,
      'deny-all'
    ],
    [
      'a specific prefix is not the registry',
      [out('allow-ip', 3000, 'Allow', '20.50.1.0/24'), denyAll],
      false,
      'deny-all'
    ],
    ['a deny on 0.0.0.0/0 matches', [out('deny-any', 100, 'Deny', '0.0.0.0/0')], false, 'deny-any'],
    [
      'a source prefix holding the subnet matches',
      [
        out('allow-acr', 3000, 'Allow', 'AzureContainerRegistry.WestEurope', {
          sourceAddressPrefix: undefined,
          sourceAddressPrefixes: ['10.20.0.0/16']
        }),
        denyInternet
      ],
      true,
      'allow-acr'
    ],
    [
      'a source prefix of another subnet does not',
      [
        out('allow-acr', 3000, 'Allow', 'AzureContainerRegistry.WestEurope', {
          sourceAddressPrefix: '10.20.2.0/24'
        }),
        denyInternet
      ],
      false,
      'deny-internet'
    ],
    [
      'a deny on VirtualNetwork destinations does not touch the registry',
      [out('deny-vnet', 100, 'Deny', 'VirtualNetwork')],
      true,
      'AllowInternetOutBound'
    ],
    [
      'inbound rules are ignored',
      [{ ...out('deny-in', 100, 'Deny', '*'), direction: 'Inbound' }],
      true,
      'AllowInternetOutBound'
    ],
    ['a deny of everything falls to DenyAllOutBound-like behaviour', [denyAll], false, 'deny-all']
  ])('%s', (_name, rules, allowed, decidedBy) => {
    const decision = evaluateNsg(nsg(rules), FLOW)
    expect(decision.allowed).toBe(allowed)
    expect(decision.decidedBy.rule.name).toBe(decidedBy)
  })

  it('says whether outbound is limited at all', () => {
    expect(evaluateNsg(nsg([]), FLOW).outboundLimited).toBe(false)
    expect(evaluateNsg(nsg([denyInternet]), FLOW).outboundLimited).toBe(true)
  })

  it('reports a partial match with the other access as uncertain', () => {
    const decision = evaluateNsg(
      nsg([
        out('deny-some-ports', 200, 'Deny', 'Internet', { sourcePortRange: '1024-2048' }),
        out('allow-acr', 3000, 'Allow', 'AzureContainerRegistry.WestEurope')
      ]),
      FLOW
    )
    expect(decision.allowed).toBe(true)
    expect(decision.uncertainBecause.map(m => m.rule.name)).toEqual(['deny-some-ports'])
    expect(plainText(decision.uncertainBecause[0]!.partialReason!)).toBe(
      'it matches only source ports 1024-2048'
    )
    // The rule's ports are Azure's value, not our words.
    expect(decision.uncertainBecause[0]!.partialReason).toContainEqual({ value: '1024-2048' })
  })

  it('applies the platform defaults even when the body lists none', () => {
    expect(outboundRules(nsg([])).map(m => [m.rule.name, m.rule.priority])).toEqual([
      ['AllowVnetOutBound', 65000],
      ['AllowInternetOutBound', 65001],
      ['DenyAllOutBound', 65500]
    ])
  })

  it('proposes a free priority just below a deny', () => {
    expect(priorityBefore(nsg([denyInternet]), 4000)).toBe(3999)
    expect(priorityBefore(nsg([denyInternet, out('x', 3999, 'Allow', 'Storage')]), 4000)).toBe(3998)
    expect(priorityBefore(nsg([]), 65001)).toBe(4096)
  })
})

describe('the official NSG example and PSRule fixtures', () => {
  it('the REST example (rule1 inbound, defaults listed) allows registry traffic by AllowInternetOutBound', () => {
    const example = readReference(
      'arm-examples/Microsoft.Network/NetworkSecurityGroups_Get.json'
    ) as { responses: { 200: { body: unknown } } }
    const group = toNetworkSecurityGroup(example.responses[200].body)
    expect(group.defaultSecurityRules).toHaveLength(6)
    const decision = evaluateNsg(group, FLOW)
    expect(decision.allowed).toBe(true)
    expect(decision.decidedBy.rule.name).toBe('AllowInternetOutBound')
  })

  it("none of PSRule's VirtualNetwork NSGs blocks registry traffic", () => {
    const peers = readReference('peers/psrule-rules-azure.json') as {
      datasets: Array<{
        resources: Array<{
          Name?: string
          ResourceId?: string
          ResourceType?: string
          Properties?: unknown
        }>
      }>
    }
    const groups = peers.datasets
      .flatMap(d => d.resources)
      .filter(r => r.ResourceType === 'Microsoft.Network/networkSecurityGroups')
      .map(r =>
        toNetworkSecurityGroup({ id: r.ResourceId, name: r.Name, properties: r.Properties })
      )
    expect(groups.map(g => g.name)).toEqual(['nsg-A', 'nsg-B', 'nsg-C', 'nsg-D', 'nsg-E'])
    for (const group of groups) {
      const decision = evaluateNsg(group, { ...FLOW, sourcePrefixes: ['10.0.0.0/24'] })
      expect([group.name, decision.allowed, decision.decidedBy.rule.name]).toEqual([
        group.name,
        true,
        'AllowInternetOutBound'
      ])
    }
    // nsg-B's RDP deny uses the plural port field and still does not match 443.
    const b = groups.find(g => g.name === 'nsg-B')!
    expect(
      b.securityRules.find(r => r.name === 'deny-rdp-double-hop-outbound')?.destinationPortRanges
    ).toEqual(['3389'])
  })
})

describe('helpers', () => {
  it.each([
    ['WestEurope', 'westeurope'],
    ['west europe', 'westeurope'],
    ['EastUS2', 'eastus2']
  ])('normalizeRegion(%s) = %s', (input, expected) => {
    expect(normalizeRegion(input)).toBe(expected)
  })

  it.each([
    ['eastus2', 'EastUS2'],
    ['westeurope', 'WestEurope'],
    ['southeastasia', 'SoutheastAsia'],
    ['westcentralus', 'WestCentralUS'],
    ['usgovvirginia', 'USGovVirginia'],
    ['uaenorth', 'UAENorth'],
    ['eastus2euap', 'EastUS2EUAP'],
    ['germanywestcentral', 'GermanyWestCentral'],
    ['somewhere', 'somewhere']
  ])('serviceTagRegion(%s) = %s', (input, expected) => {
    expect(serviceTagRegion(input)).toBe(expected)
  })

  it.each([
    ['*', true],
    ['0.0.0.0/0', true],
    ['Internet', true],
    ['AzureCloud', true],
    ['AzureCloud.WestEurope', true],
    ['AzureCloud.EastUS', false],
    ['AzureContainerRegistry', true],
    ['azurecontainerregistry.westeurope', true],
    ['AzureContainerRegistry.NorthEurope', false],
    ['Storage.WestEurope', false],
    ['VirtualNetwork', false],
    ['20.0.0.0/8', false]
  ])('destinationCoversRegistry(%s) = %s', (destination, expected) => {
    expect(destinationCoversRegistry(destination, 'westeurope')).toBe(expected)
  })

  it('names a registry tag of another region', () => {
    expect(wrongRegionRegistryTag('AzureContainerRegistry.NorthEurope', 'westeurope')).toBe(
      'AzureContainerRegistry.NorthEurope'
    )
    expect(
      wrongRegionRegistryTag('AzureContainerRegistry.WestEurope', 'westeurope')
    ).toBeUndefined()
    expect(wrongRegionRegistryTag('AzureContainerRegistry', 'westeurope')).toBeUndefined()
  })

  it.each([
    ['*', true],
    ['443', true],
    ['400-500', true],
    ['444-500', false],
    ['80', false]
  ])('portRangeCovers(%s, 443) = %s', (range, expected) => {
    expect(portRangeCovers(range, 443)).toBe(expected)
  })

  it('IPv4 prefixes', () => {
    expect(parseIpv4Prefix('10.20.1.7/24')).toEqual(parseIpv4Prefix('10.20.1.0/24'))
    expect(prefixCovers('10.20.0.0/16', '10.20.1.0/24')).toBe('yes')
    expect(prefixCovers('10.20.1.0/25', '10.20.1.0/24')).toBe('maybe')
    expect(prefixCovers('10.30.0.0/16', '10.20.1.0/24')).toBe('no')
    expect(sourceCoversSubnet('VirtualNetwork', ['10.20.1.0/24'])).toBe('yes')
    expect(sourceCoversSubnet('Internet', ['10.20.1.0/24'])).toBe('no')
  })
})
