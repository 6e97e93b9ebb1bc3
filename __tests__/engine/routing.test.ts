/**
 * Longest-prefix route selection (src/evaluate/engine/routing.ts), as Azure selects a
 * route: the longest prefix holding the destination address wins, an IP
 * prefix wins an exact tie with a service tag route, and addresses no
 * user-defined route holds follow the system routes
 * (https://learn.microsoft.com/azure/virtual-network/virtual-networks-udr-overview#how-azure-selects-a-route).
 */
import { describe, expect, it } from '@jest/globals'
import { toPrefixes } from '../../src/evaluate/engine/prefixes.js'
import { selectRoutes } from '../../src/evaluate/engine/routing.js'
import type { RouteTableRoute } from '../../src/model/snapshot.js'

const ACR = ['20.44.19.64/26', '40.70.146.88/29', '2603:1030:40c:402::90/125']
const FLOW = {
  sourcePrefixes: ['10.20.1.0/24'],
  region: 'eastus2',
  port: 443,
  tagPrefixes: { 'azurecontainerregistry.eastus2': ACR }
}

function route(
  name: string,
  addressPrefix: string,
  nextHopType: string,
  ip?: string
): RouteTableRoute {
  return { name, addressPrefix, nextHopType, ...(ip ? { nextHopIpAddress: ip } : {}) }
}

/** route name (or `system`) → prefixes it carries. */
function carried(
  routes: RouteTableRoute[],
  flow: typeof FLOW | Omit<typeof FLOW, 'tagPrefixes'> = FLOW
): Record<string, string[]> {
  const selection = selectRoutes(routes, flow)
  return Object.fromEntries(
    selection.parts.map(p => [
      p.route?.name ?? 'system',
      p.opaque ? ['(all)'] : toPrefixes(p.known)
    ])
  )
}

describe('longest-prefix routing of the registry tag addresses', () => {
  it.each<[string, RouteTableRoute[], Record<string, string[]>]>([
    ['no routes: system routes', [], { system: ['20.44.19.64/26', '40.70.146.88/29'] }],
    [
      '0.0.0.0/0 holds everything',
      [route('default', '0.0.0.0/0', 'VirtualAppliance', '10.0.0.4')],
      { default: ['20.44.19.64/26', '40.70.146.88/29'] }
    ],
    [
      'two halves hold everything: the registry addresses (20.x, 40.x) are in the low half',
      [
        route('low', '0.0.0.0/1', 'VirtualAppliance', '10.0.0.4'),
        route('high', '128.0.0.0/1', 'VirtualAppliance', '10.0.0.4')
      ],
      { low: ['20.44.19.64/26', '40.70.146.88/29'] }
    ],
    [
      'the tag route to Internet beats 0.0.0.0/0',
      [
        route('default', '0.0.0.0/0', 'VirtualAppliance', '10.0.0.4'),
        route('acr', 'AzureContainerRegistry.EastUS2', 'Internet')
      ],
      { acr: ['20.44.19.64/26', '40.70.146.88/29'] }
    ],
    [
      'a /8 more specific than the tag-free default takes the 20.x prefix',
      [route('default', '0.0.0.0/0', 'Internet'), route('twenty', '20.0.0.0/8', 'None')],
      { twenty: ['20.44.19.64/26'], default: ['40.70.146.88/29'] }
    ],
    [
      'a route for one /26 to None, nothing else: the rest follows system routes',
      [route('drop', '20.44.19.64/26', 'None')],
      { drop: ['20.44.19.64/26'], system: ['40.70.146.88/29'] }
    ],
    [
      'an IP prefix wins an exact tie with the tag route',
      [
        route('acr', 'AzureContainerRegistry.EastUS2', 'Internet'),
        route('exact', '40.70.146.88/29', 'None')
      ],
      { exact: ['40.70.146.88/29'], acr: ['20.44.19.64/26'] }
    ],
    [
      'an IPv6 route does not carry IPv4-subnet traffic',
      [route('v6', '::/0', 'None')],
      { system: ['20.44.19.64/26', '40.70.146.88/29'] }
    ]
  ])('%s', (_name, routes, expected) => {
    expect(carried(routes)).toEqual(expected)
  })
})

describe('routing when the tag prefixes are not known', () => {
  const flow = { sourcePrefixes: ['10.20.1.0/24'], region: 'eastus2', port: 443 }
  it.each<[string, RouteTableRoute[], string | undefined, string[]]>([
    [
      '0.0.0.0/0 alone decides',
      [route('default', '0.0.0.0/0', 'VirtualAppliance', '10.0.0.4')],
      'default',
      []
    ],
    [
      'the tag route beats 0.0.0.0/0 whatever its prefixes',
      [
        route('default', '0.0.0.0/0', 'VirtualAppliance', '10.0.0.4'),
        route('acr', 'AzureContainerRegistry.EastUS2', 'Internet')
      ],
      'acr',
      []
    ],
    [
      'halves with one next hop decide together',
      [
        route('low', '0.0.0.0/1', 'VirtualAppliance', '10.0.0.4'),
        route('high', '128.0.0.0/1', 'VirtualAppliance', '10.0.0.4')
      ],
      'low',
      []
    ],
    [
      'halves with different next hops: cannot tell',
      [
        route('low', '0.0.0.0/1', 'VirtualAppliance', '10.0.0.4'),
        route('high', '128.0.0.0/1', 'Internet')
      ],
      'low',
      ['high']
    ],
    [
      'a /8 to an appliance may hold the registry: cannot tell, never a plain pass',
      [route('twenty', '20.0.0.0/8', 'VirtualAppliance', '10.0.0.4')],
      undefined,
      ['twenty']
    ]
  ])('%s', (_name, routes, winner, uncertain) => {
    const selection = selectRoutes(routes, flow)
    expect(selection.parts.map(p => p.route?.name)).toEqual([winner])
    expect(selection.uncertain.map(r => r.name)).toEqual(uncertain)
  })
})
