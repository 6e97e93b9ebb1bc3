/**
 * Prefix arithmetic (src/evaluate/engine/prefixes.ts) and how NSG and firewall rules
 * use it: a rule decides the part of the destination's addresses it covers
 * (issue 17). NSG processing stops at the first rule that matches, by priority
 * (https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview);
 * Azure Firewall denies what no rule allows
 * (https://learn.microsoft.com/azure/firewall/rule-processing).
 */
import { describe, expect, it } from '@jest/globals'
import { evaluateFirewall } from '../../src/evaluate/engine/firewall.js'
import { evaluateNsg } from '../../src/evaluate/engine/nsg.js'
import {
  coverage,
  describeSet,
  parsePrefix,
  setOf,
  subtract,
  toPrefixes,
  type Coverage
} from '../../src/evaluate/engine/prefixes.js'
import type {
  FirewallRuleCollection,
  NetworkSecurityGroup,
  SecurityRule
} from '../../src/model/snapshot.js'
import { plainText } from '../../src/model/text.js'

describe('prefix arithmetic', () => {
  it.each<[string, string[], string[], Coverage]>([
    ['a /0 covers everything IPv4', ['0.0.0.0/0'], ['20.44.19.64/26', '40.70.146.88/29'], 'all'],
    [
      'two halves cover what /0 does',
      ['0.0.0.0/1', '128.0.0.0/1'],
      ['20.44.19.64/26', '200.1.2.0/24'],
      'all'
    ],
    [
      'a /6 holds one of two prefixes',
      ['20.0.0.0/6'],
      ['20.44.19.64/26', '40.70.146.88/29'],
      'part'
    ],
    [
      'a prefix inside the target covers part of it',
      ['20.44.19.64/27'],
      ['20.44.19.64/26'],
      'part'
    ],
    [
      'adjacent prefixes together cover a larger one',
      ['20.44.19.64/27', '20.44.19.96/27'],
      ['20.44.19.64/26'],
      'all'
    ],
    ['disjoint prefixes cover none', ['192.0.2.0/24'], ['20.44.19.64/26'], 'none'],
    ['host bits are ignored, as Azure does', ['20.44.19.77/26'], ['20.44.19.64/26'], 'all'],
    ['a single address covers only itself', ['20.44.19.65'], ['20.44.19.64/26'], 'part'],
    ['IPv4 does not cover IPv6', ['0.0.0.0/0'], ['2603:1030:40c:402::90/125'], 'none'],
    ['::/0 covers IPv6', ['::/0'], ['2603:1030:40c:402::90/125'], 'all'],
    [
      'an IPv6 /40 covers a /125 inside it',
      ['2603:1030::/32'],
      ['2603:1030:40c:402::90/125'],
      'all'
    ],
    ['IPv6 partly', ['2603:1030:40c:402::90/126'], ['2603:1030:40c:402::90/125'], 'part'],
    ['mixed families: IPv4 part only', ['0.0.0.0/0'], ['20.44.19.64/26', '2603:1030::/32'], 'part'],
    ['tags and * are not prefixes', ['Internet', '*'], ['20.44.19.64/26'], 'none']
  ])('%s', (_name, cover, target, expected) => {
    expect(coverage(setOf(cover), setOf(target))).toBe(expected)
  })

  it.each([
    ['10.0.0.0/24', true],
    ['10.0.0.4', true],
    ['2603:1000::/40', true],
    ['::/0', true],
    ['10.0.0.0/33', false],
    ['10.0.0', false],
    ['10.0.0.256/8', false],
    ['AzureCloud', false],
    ['10.0.0.0/8/8', false]
  ])('parsePrefix(%s) parses: %s', (text, ok) => {
    expect(parsePrefix(text) !== undefined).toBe(ok)
  })

  it('writes a set back as the fewest prefixes', () => {
    expect(toPrefixes(setOf(['20.44.19.64/27', '20.44.19.96/27']))).toEqual(['20.44.19.64/26'])
    expect(toPrefixes(subtract(setOf(['0.0.0.0/0']), setOf(['128.0.0.0/1'])))).toEqual([
      '0.0.0.0/1'
    ])
    expect(toPrefixes(subtract(setOf(['10.0.0.0/24']), setOf(['10.0.0.0/26'])))).toEqual([
      '10.0.0.64/26',
      '10.0.0.128/25'
    ])
    expect(toPrefixes(setOf(['2603:1030:40c:402::90/125']))).toEqual(['2603:1030:40c:402::90/125'])
    expect(describeSet(setOf(['1.0.0.0/8', '3.0.0.0/8', '5.0.0.0/8']), 2)).toBe(
      '1.0.0.0/8, 3.0.0.0/8 and 1 more'
    )
  })
})

const ACR = ['20.44.19.64/26', '40.70.146.88/29', '2603:1030:40c:402::90/125']
const TAGS = {
  'azurecontainerregistry.eastus2': ACR,
  'storage.eastus2': ['20.60.0.0/16']
}
const FLOW = { sourcePrefixes: ['10.20.1.0/24'], region: 'eastus2', port: 443, tagPrefixes: TAGS }

function deny(name: string, priority: number, destinations: string[]): SecurityRule {
  return {
    name,
    priority,
    direction: 'Outbound',
    access: 'Deny',
    protocol: '*',
    sourcePortRange: '*',
    destinationPortRange: '*',
    sourceAddressPrefix: '*',
    destinationAddressPrefixes: destinations
  }
}

function nsg(rules: SecurityRule[]): NetworkSecurityGroup {
  return { id: '/x/nsg', name: 'nsg', securityRules: rules, defaultSecurityRules: [] }
}

describe('NSG rules decide by address (registry tag prefixes known)', () => {
  it.each<[string, string[], 'allowed' | 'denied' | 'part', string]>([
    ['0.0.0.0/1 + 128.0.0.0/1 deny it all', ['0.0.0.0/1', '128.0.0.0/1'], 'denied', 'deny-1'],
    ['20.0.0.0/6 denies the 20.x prefix only', ['20.0.0.0/6'], 'part', 'deny-1'],
    ['the exact prefixes deny it all', ['20.44.19.64/26', '40.70.146.88/29'], 'denied', 'deny-1'],
    ['a disjoint prefix does not match', ['192.0.2.0/24'], 'allowed', 'AllowInternetOutBound'],
    [
      'another tag whose prefixes are disjoint does not match',
      ['Storage.EastUS2'],
      'allowed',
      'AllowInternetOutBound'
    ],
    [
      'the IPv6 prefix alone does not matter to an IPv4 subnet',
      ['2603:1030::/32'],
      'allowed',
      'AllowInternetOutBound'
    ]
  ])('%s', (_name, destinations, verdict, decidedBy) => {
    const decision = evaluateNsg(nsg([deny('deny-1', 200, destinations)]), FLOW)
    expect(decision.verdict).toBe(verdict)
    expect(decision.allowed).toBe(verdict === 'allowed')
    expect(decision.decidedBy.rule.name).toBe(decidedBy)
  })

  it('two denies that each cover part cover it all together', () => {
    const decision = evaluateNsg(
      nsg([deny('deny-20', 200, ['20.0.0.0/8']), deny('deny-40', 300, ['40.0.0.0/8'])]),
      FLOW
    )
    expect(decision.verdict).toBe('denied')
    expect(decision.deciders.map(d => [d.match.rule.name, toPrefixes(d.known)])).toEqual([
      ['deny-20', ['20.44.19.64/26']],
      ['deny-40', ['40.70.146.88/29']]
    ])
  })

  it('an IPv6 subnet is judged on the IPv6 prefixes too', () => {
    const decision = evaluateNsg(nsg([deny('deny-v4', 200, ['0.0.0.0/0'])]), {
      ...FLOW,
      sourcePrefixes: ['10.20.1.0/24', 'fd00:db8::/64']
    })
    expect(decision.verdict).toBe('part')
    expect(toPrefixes(decision.denied)).toEqual(['20.44.19.64/26', '40.70.146.88/29'])
  })
})

describe('NSG rules written as prefixes when the tag prefixes are not known', () => {
  const flow = { sourcePrefixes: ['10.20.1.0/24'], region: 'eastus2', port: 443 }
  it.each<[string, string[], boolean, string, number]>([
    [
      '0.0.0.0/1 + 128.0.0.0/1 still cover every IPv4 address',
      ['0.0.0.0/1', '128.0.0.0/1'],
      false,
      'deny-1',
      0
    ],
    [
      '20.0.0.0/6 may hold the registry: uncertain, never a plain pass',
      ['20.0.0.0/6'],
      true,
      'AllowInternetOutBound',
      1
    ],
    [
      'a tag named by text only does not match',
      ['Storage.EastUS2'],
      true,
      'AllowInternetOutBound',
      0
    ]
  ])('%s', (_name, destinations, allowed, decidedBy, uncertain) => {
    const decision = evaluateNsg(nsg([deny('deny-1', 200, destinations)]), flow)
    expect(decision.allowed).toBe(allowed)
    expect(decision.decidedBy.rule.name).toBe(decidedBy)
    expect(decision.uncertainBecause).toHaveLength(uncertain)
    if (uncertain)
      expect(plainText(decision.uncertainBecause[0]!.partialReason!)).toMatch(/not read/)
  })
})

describe('firewall network rules decide by address', () => {
  function collection(
    name: string,
    priority: number,
    action: string,
    destinationAddresses: string[],
    destinationIpGroups: string[] = []
  ): FirewallRuleCollection {
    return {
      name,
      priority,
      action,
      kind: 'network',
      networkRules: [
        {
          name: `${name}-rule`,
          protocols: ['TCP'],
          sourceAddresses: ['*'],
          sourceIpGroups: [],
          destinationAddresses,
          destinationIpGroups,
          destinationFqdns: [],
          destinationPorts: ['443']
        }
      ],
      applicationRules: []
    }
  }
  const flow = { ...FLOW, hosts: ['cr.azurecr.io'] }

  it.each<[string, FirewallRuleCollection[], boolean, boolean, boolean]>([
    [
      'an allow of the two halves allows it all',
      [collection('a', 100, 'Allow', ['0.0.0.0/1', '128.0.0.0/1'])],
      true,
      false,
      false
    ],
    [
      'an allow of 20.0.0.0/6 leaves the 40.x prefix to the implicit deny',
      [collection('a', 100, 'Allow', ['20.0.0.0/6'])],
      false,
      true,
      false
    ],
    [
      'a deny of 20.0.0.0/6 before an allow of the tag splits it',
      [
        collection('d', 100, 'Deny', ['20.0.0.0/6']),
        collection('a', 200, 'Allow', ['AzureContainerRegistry.EastUS2'])
      ],
      false,
      true,
      false
    ],
    [
      'a deny of an unread IP group before an allow is uncertain',
      [
        collection(
          'd',
          100,
          'Deny',
          [],
          ['/subscriptions/s/resourceGroups/r/providers/Microsoft.Network/ipGroups/g']
        ),
        collection('a', 200, 'Allow', ['AzureContainerRegistry'])
      ],
      true,
      false,
      true
    ],
    [
      'a disjoint deny does not match',
      [collection('d', 100, 'Deny', ['192.0.2.0/24']), collection('a', 200, 'Allow', ['*'])],
      true,
      false,
      false
    ]
  ])('%s', (_name, collections, allowed, part, uncertain) => {
    const decision = evaluateFirewall(collections, flow)
    expect([decision.allowed, decision.part, decision.uncertain]).toEqual([
      allowed,
      part,
      uncertain
    ])
  })
})

describe('IP groups in firewall rules', () => {
  const GROUP = '/subscriptions/s/resourceGroups/hub-rg/providers/Microsoft.Network/ipGroups/spokes'
  function rule(
    extra: Partial<FirewallRuleCollection['networkRules'][number]>
  ): FirewallRuleCollection {
    return {
      name: 'c',
      priority: 100,
      action: 'Deny',
      kind: 'network',
      networkRules: [
        {
          name: 'r',
          protocols: ['TCP'],
          sourceAddresses: [],
          sourceIpGroups: [],
          destinationAddresses: [],
          destinationIpGroups: [],
          destinationFqdns: [],
          destinationPorts: ['443'],
          ...extra
        }
      ],
      applicationRules: []
    }
  }
  const allowAll: FirewallRuleCollection = {
    ...rule({ sourceAddresses: ['*'], destinationAddresses: ['*'] }),
    name: 'allow',
    priority: 200,
    action: 'Allow'
  }
  const flow = { ...FLOW, hosts: ['cr.azurecr.io'] }
  it.each<[string, Record<string, string[]> | undefined, boolean, boolean]>([
    [
      'a read group holding the subnet and the registry decides',
      { [GROUP.toLowerCase()]: ['10.20.0.0/16'] },
      false,
      false
    ],
    [
      'a read group that misses the subnet does not match',
      { [GROUP.toLowerCase()]: ['10.99.0.0/16'] },
      true,
      false
    ],
    [
      'a range in a group counts',
      { [GROUP.toLowerCase()]: ['10.20.0.0-10.20.255.255'] },
      false,
      false
    ],
    ['an unread group is a partial match', undefined, true, true]
  ])('%s', (_name, ipGroups, allowed, uncertain) => {
    const deny = rule({ sourceIpGroups: [GROUP], destinationAddresses: ['*'] })
    const decision = evaluateFirewall([deny, allowAll], {
      ...flow,
      ...(ipGroups ? { ipGroups } : {})
    })
    expect([decision.allowed, decision.uncertain]).toEqual([allowed, uncertain])
  })

  it('a destination group holding the registry prefixes decides', () => {
    const deny = rule({ sourceAddresses: ['*'], destinationIpGroups: [GROUP] })
    const decision = evaluateFirewall([deny, allowAll], {
      ...flow,
      ipGroups: { [GROUP.toLowerCase()]: ['20.44.19.64/26', '40.70.146.88/29'] }
    })
    expect([decision.allowed, decision.part, decision.uncertain]).toEqual([false, false, false])
  })
})
