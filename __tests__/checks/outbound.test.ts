import { describe, expect, it } from '@jest/globals'
import { OUT_01 } from '../../src/evaluate/checks/outbound/out-01-nsg.js'
import { OUT_02 } from '../../src/evaluate/checks/outbound/out-02-region-tag.js'
import { OUT_04 } from '../../src/evaluate/checks/outbound/out-04-forced-tunnel.js'
import type { Check, CheckResult } from '../../src/model/check.js'
import type {
  AzureFirewall,
  ContainerRegistry,
  FirewallPolicy,
  FirewallRuleCollection,
  RouteTable,
  SecurityRule,
  Snapshot
} from '../../src/model/snapshot.js'
import {
  SUBSCRIPTION,
  dependencyId,
  failed,
  keyed,
  nsgId,
  nsgRule,
  ok,
  routeTableId,
  secureSnapshot as fixtureSnapshot,
  securityGroup,
  subnet,
  subnetId,
  workspace
} from './fixtures.js'
import { plainText } from '../../src/model/text.js'

/**
 * OUT-01/02/04 judge only subnets traffic leaves from (egressSubnets): the fixture's subnet is
 * named by the `subnet-id` input, as a user would name the subnet inference egresses from.
 */
const secureSnapshot = (overrides: Partial<Snapshot> = {}): Snapshot =>
  fixtureSnapshot({
    request: { route: 'auto', deploymentMethod: 'cli', subnetId: subnetId() },
    ...overrides
  })

function only(check: Check, snapshot: Snapshot): CheckResult {
  const results = check.evaluate(snapshot)
  expect(results).toHaveLength(1)
  return results[0]!
}

const withRules = (rules: SecurityRule[]): Snapshot =>
  secureSnapshot({ networkSecurityGroups: keyed([[nsgId(), ok(securityGroup(rules))]]) })

const ACR = 'AzureContainerRegistry.EastUS2EUAP'
const denyInternet = nsgRule('DenyInternetOutbound', 4000, 'Deny', 'Internet', '*')

describe('OUT-01 NSG evaluation', () => {
  it.each<[string, SecurityRule[], string, RegExp]>([
    [
      'the secure fixture',
      [nsgRule('AllowAcr', 3000, 'Allow', ACR), denyInternet],
      'pass',
      /AllowAcr \(priority 3000, Allow\) decides. Outbound traffic is limited/
    ],
    [
      'no custom rules',
      [],
      'pass',
      /default rule AllowInternetOutBound .* Outbound traffic is not limited/
    ],
    [
      'deny Internet, no allow',
      [denyInternet],
      'fail',
      /rule DenyInternetOutbound \(priority 4000, Deny\) matches first/
    ],
    [
      'wrong region allow',
      [nsgRule('AllowAcr', 3000, 'Allow', 'AzureContainerRegistry.WestEurope'), denyInternet],
      'fail',
      /DenyInternetOutbound/
    ],
    [
      'allow after the deny',
      [nsgRule('AllowAcr', 4001, 'Allow', ACR), denyInternet],
      'fail',
      /rule DenyInternetOutbound \(priority 4000, Deny\) matches first/
    ]
  ])('%s → %s', (_name, rules, outcome, detail) => {
    const r = only(OUT_01, withRules(rules))
    expect(r.outcome).toBe(outcome)
    expect(r.detail).toMatch(detail)
    // A fail carries the rule to add; a pass carries nothing to do.
    if (outcome === 'fail') expect(r.remedy?.commands[0]).toMatch(/--priority 3999 /)
    else expect(r.remedy).toBeUndefined()
  })

  const allowRule = (priority: number): string =>
    `az network nsg rule create --resource-group rg-1234 --nsg-name mySubnet-nsg --name AllowAzureContainerRegistryOutbound --priority ${priority} --direction Outbound --access Allow --protocol Tcp --source-address-prefixes 10.0.0.0/24 --source-port-ranges '*' --destination-address-prefixes ${ACR} --destination-port-ranges 443`

  it('proposes the allow rule just below the deny, with the real names', () => {
    const r = only(OUT_01, withRules([denyInternet]))
    expect(r.detail).toContain('Add an outbound allow rule before it.')
    expect(r.remedy).toEqual({ commands: [allowRule(3999)] })
    // The NSG and rule names are Azure's values, shown as code; the sentence is ours.
    expect(r.message).toContainEqual({ code: 'mySubnet-nsg' })
    expect(r.message).toContainEqual({ code: 'DenyInternetOutbound' })
    expect(r.resource.id).toBe(nsgId())
  })

  it('quotes an Azure name a shell would read as more than a word', () => {
    const hostile = { ...securityGroup([denyInternet]), name: "nsg'; curl evil #" }
    const r = only(
      OUT_01,
      secureSnapshot({ networkSecurityGroups: keyed([[nsgId(), ok(hostile)]]) })
    )
    expect(r.outcome).toBe('fail')
    expect(r.remedy?.commands[0]).toContain(`--nsg-name 'nsg'\\''; curl evil #' --name`)
  })

  it('skips priorities other outbound rules hold', () => {
    const r = only(
      OUT_01,
      withRules([denyInternet, nsgRule('Other', 3999, 'Allow', 'VirtualNetwork', '*')])
    )
    expect(r.outcome).toBe('fail')
    expect(r.remedy).toEqual({ commands: [allowRule(3998)] })
  })

  it('says where to find a priority when none below the deny is free', () => {
    const taken = Array.from({ length: 3 }, (_, k) =>
      nsgRule(`Taken${100 + k}`, 100 + k, 'Allow', 'VirtualNetwork', '*')
    )
    const r = only(
      OUT_01,
      withRules([...taken, nsgRule('DenyFirst', 103, 'Deny', 'Internet', '*')])
    )
    expect(r.outcome).toBe('fail')
    expect(r.remedy?.commands).toEqual([
      allowRule(3999).replace('--priority 3999', '--priority <priority>')
    ])
    expect(plainText(r.remedy!.placeholders!)).toContain(
      `az network nsg rule list --resource-group rg-1234 --nsg-name mySubnet-nsg --query "[?direction=='Outbound'].priority"`
    )
  })

  it('passes with a note when the subnet has no NSG', () => {
    const r = only(OUT_01, secureSnapshot({ subnets: keyed([[subnetId(), ok(subnet())]]) }))
    expect(r.outcome).toBe('pass')
    expect(r.detail).toContain('no network security group')
  })

  it('is unknown when the NSG cannot be read', () => {
    const r = only(
      OUT_01,
      secureSnapshot({ networkSecurityGroups: keyed([[nsgId(), failed(403)]]) })
    )
    expect(r.outcome).toBe('unknown')
    expect(r.detail).toContain(
      'Could not read network security group mySubnet-nsg of subnet mySubnet (HTTP 403 AuthorizationFailed), so this check cannot tell whether it passes.'
    )
    // One Reader grant on the NSG's resource group fixes it: the shared cause says so.
    expect(r.cause?.key).toBe(`reader:/subscriptions/${SUBSCRIPTION}/resourcegroups/rg-1234`)
    expect(r.cause?.fix?.commands).toEqual([
      `az role assignment create --assignee <client-id> --role Reader --scope /subscriptions/${SUBSCRIPTION}/resourceGroups/rg-1234`
    ])
    expect(r.detail).toContain('Reader')
  })

  it('is unknown when an earlier partial deny may decide', () => {
    const partial = {
      ...nsgRule('DenySomePorts', 200, 'Deny', 'Internet', '*'),
      sourcePortRange: '1024-2048'
    }
    const r = only(OUT_01, withRules([partial, nsgRule('AllowAcr', 3000, 'Allow', ACR)]))
    expect(r.outcome).toBe('unknown')
    expect(r.detail).toContain(
      'DenySomePorts (priority 200, Deny): it matches only source ports 1024-2048'
    )
    expect(r.remedy?.commands).toEqual([allowRule(199)])
  })

  it('is skipped when no subnet sends traffic (no input, managed route only)', () => {
    const r = only(
      OUT_01,
      fixtureSnapshot({ workspace: ok({ ...workspace(), privateEndpointConnections: [] }) })
    )
    expect(r.outcome).toBe('skipped')
  })
})

describe('OUT-02 region of the registry tag', () => {
  it.each<[string, SecurityRule[], string]>([
    [
      'right region',
      [nsgRule('AllowAcr', 3000, 'Allow', 'azurecontainerregistry.eastus2euap'), denyInternet],
      'pass'
    ],
    [
      'wrong region',
      [nsgRule('AllowAcr', 3000, 'Allow', 'AzureContainerRegistry.WestEurope'), denyInternet],
      'fail'
    ],
    [
      'global tag only',
      [nsgRule('AllowAcr', 3000, 'Allow', 'AzureContainerRegistry'), denyInternet],
      'skipped'
    ],
    [
      'a deny for another region is not an allow',
      [nsgRule('DenyWeu', 3000, 'Deny', 'AzureContainerRegistry.WestEurope')],
      'skipped'
    ]
  ])('%s → %s', (_name, rules, outcome) => {
    expect(only(OUT_02, withRules(rules)).outcome).toBe(outcome)
  })

  it('says which region was expected', () => {
    const r = only(
      OUT_02,
      withRules([nsgRule('AllowAcr', 3000, 'Allow', 'AzureContainerRegistry.WestEurope')])
    )
    expect(r.detail).toContain(
      'the workspace is in eastus2euap, so the expected tag is AzureContainerRegistry.EastUS2EUAP'
    )
    expect(r.detail).toContain('Point the rule at AzureContainerRegistry.EastUS2EUAP.')
    expect(r.remedy).toEqual({
      commands: [
        'az network nsg rule update --resource-group rg-1234 --nsg-name mySubnet-nsg --name AllowAcr --destination-address-prefixes AzureContainerRegistry.EastUS2EUAP'
      ]
    })
  })

  it('is unknown with the shared Reader cause when the NSG cannot be read', () => {
    const r = only(
      OUT_02,
      secureSnapshot({ networkSecurityGroups: keyed([[nsgId(), failed(403)]]) })
    )
    expect(r.outcome).toBe('unknown')
    expect(r.detail).toMatch(/^Could not read network security group mySubnet-nsg \(HTTP 403/)
    expect(r.cause?.key).toBe(`reader:/subscriptions/${SUBSCRIPTION}/resourcegroups/rg-1234`)
  })
})

// ---------------------------------------------------------------- OUT-04

const FIREWALL_ID = `/subscriptions/${SUBSCRIPTION}/resourceGroups/hub-rg/providers/Microsoft.Network/azureFirewalls/fw-hub`
const POLICY_ID = `/subscriptions/${SUBSCRIPTION}/resourceGroups/hub-rg/providers/Microsoft.Network/firewallPolicies/fwp-hub`
const PARENT_ID = `/subscriptions/${SUBSCRIPTION}/resourceGroups/hub-rg/providers/Microsoft.Network/firewallPolicies/fwp-base`

function table(
  nextHopType = 'VirtualAppliance',
  nextHopIpAddress: string | undefined = '10.0.254.4',
  extra: RouteTable['routes'] = []
): RouteTable {
  return {
    id: routeTableId(),
    name: 'mySubnet-rt',
    routes: [
      {
        name: 'default-via-hub',
        addressPrefix: '0.0.0.0/0',
        nextHopType,
        ...(nextHopIpAddress ? { nextHopIpAddress } : {})
      },
      ...extra
    ]
  }
}

function collection(
  name: string,
  priority: number,
  action: 'Allow' | 'Deny',
  kind: 'network' | 'application',
  rule: Record<string, unknown>
): FirewallRuleCollection {
  return {
    name,
    priority,
    action,
    kind,
    networkRules:
      kind === 'network'
        ? [
            {
              name: 'r',
              protocols: ['TCP'],
              sourceAddresses: ['10.0.0.0/16'],
              sourceIpGroups: [],
              destinationAddresses: [],
              destinationIpGroups: [],
              destinationFqdns: [],
              destinationPorts: ['443'],
              ...rule
            }
          ]
        : [],
    applicationRules:
      kind === 'application'
        ? [
            {
              name: 'r',
              protocols: [{ protocolType: 'Https', port: 443 }],
              sourceAddresses: ['*'],
              sourceIpGroups: [],
              targetFqdns: [],
              fqdnTags: [],
              ...rule
            }
          ]
        : []
  }
}

function firewall(collections: FirewallRuleCollection[], policyId?: string): AzureFirewall {
  return {
    id: FIREWALL_ID,
    name: 'fw-hub',
    privateIpAddresses: ['10.0.254.4'],
    ...(policyId ? { firewallPolicyId: policyId } : {}),
    ruleCollections: collections
  }
}

function tunnelled(
  route: RouteTable,
  firewalls: AzureFirewall[] | 'forbidden' = [],
  policies: FirewallPolicy[] = []
): Snapshot {
  return secureSnapshot({
    subnets: keyed([
      [
        subnetId(),
        ok({ ...subnet(), networkSecurityGroupId: nsgId(), routeTableId: routeTableId() })
      ]
    ]),
    routeTables: keyed([[routeTableId(), ok(route)]]),
    azureFirewalls: keyed([
      [`/subscriptions/${SUBSCRIPTION}`, firewalls === 'forbidden' ? failed(403) : ok(firewalls)]
    ]),
    firewallPolicies: keyed(policies.map(p => [p.id, ok(p)]))
  })
}

const ACR_HOSTS = ['testworkspaceacr.azurecr.io', 'testworkspaceacr.eastus2euap.data.azurecr.io']

describe('OUT-04 forced tunnelling', () => {
  it.each<[string, Snapshot, string, RegExp]>([
    ['no route table', secureSnapshot(), 'pass', /no route table/],
    [
      'default route to Internet',
      tunnelled(table('Internet', undefined)),
      'pass',
      /to Internet, not through an appliance/
    ],
    [
      'default route dropped',
      tunnelled(table('None', undefined)),
      'fail',
      /sends 0.0.0.0\/0 \(route default-via-hub\) to next hop `None`, which drops registry traffic/
    ],
    [
      'gateway',
      tunnelled(table('VirtualNetworkGateway', undefined)),
      'unknown',
      /VirtualNetworkGateway/
    ],
    [
      'an appliance that is not a readable Azure Firewall',
      tunnelled(table(), []),
      'unknown',
      /not an Azure Firewall this identity can read/
    ],
    [
      'firewalls cannot be listed',
      tunnelled(table(), 'forbidden'),
      'unknown',
      /could not be listed \(HTTP 403/
    ],
    [
      'the registry tag routed to Internet bypasses the appliance',
      tunnelled(
        table('VirtualAppliance', '10.0.254.4', [
          { name: 'acr', addressPrefix: 'AzureContainerRegistry', nextHopType: 'Internet' }
        ])
      ),
      'pass',
      /sends AzureContainerRegistry \(route acr\) to Internet/
    ],
    [
      'classic network rule for the regional tag',
      tunnelled(table(), [
        firewall([collection('acr', 200, 'Allow', 'network', { destinationAddresses: [ACR] })])
      ]),
      'pass',
      /network rule r in collection acr/
    ],
    [
      'classic application rule for the registry names',
      tunnelled(table(), [
        firewall([
          collection('acr', 200, 'Allow', 'application', { targetFqdns: ['*.azurecr.io'] })
        ])
      ]),
      'pass',
      /application rule r in collection acr/
    ],
    [
      'application rule for the login server only: the data endpoint is denied',
      tunnelled(table(), [
        firewall([collection('acr', 200, 'Allow', 'application', { targetFqdns: [ACR_HOSTS[0]] })])
      ]),
      'fail',
      /testworkspaceacr.eastus2euap.data.azurecr.io: no rule matches/
    ],
    [
      'a network deny wins over an application allow of higher priority',
      tunnelled(table(), [
        firewall([
          collection('allow-acr-app', 100, 'Allow', 'application', {
            targetFqdns: ['*.azurecr.io']
          }),
          collection('deny-all', 4000, 'Deny', 'network', {
            destinationAddresses: ['*'],
            protocols: ['Any'],
            destinationPorts: ['*'],
            sourceAddresses: ['*']
          })
        ])
      ]),
      'fail',
      /network rule r in collection deny-all/
    ],
    [
      'no rules: implicit deny',
      tunnelled(table(), [firewall([])]),
      'fail',
      /no rule matches, so the firewall denies it/
    ],
    [
      'a rule sourced from IP groups only is uncertain',
      tunnelled(table(), [
        firewall([
          collection('acr', 200, 'Allow', 'network', {
            destinationAddresses: [ACR],
            sourceAddresses: [],
            sourceIpGroups: [
              '/subscriptions/x/resourceGroups/y/providers/Microsoft.Network/ipGroups/spokes'
            ]
          })
        ])
      ]),
      'unknown',
      /IP groups/
    ]
  ])('%s → %s', (_name, snapshot, outcome, detail) => {
    const r = only(OUT_04, snapshot)
    expect(r.outcome).toBe(outcome)
    expect(r.detail).toMatch(detail)
    // Every fail and unknown carries a command with the real names; a pass carries none.
    if (outcome === 'pass') expect(r.remedy).toBeUndefined()
    else expect(r.remedy?.commands.length).toBeGreaterThan(0)
    for (const command of r.remedy?.commands ?? []) expect(command).not.toMatch(/<resource-group>/)
  })

  it('names one Reader cause per scope for reads Azure refuses', () => {
    const table403 = only(
      OUT_04,
      secureSnapshot({
        subnets: keyed([[subnetId(), ok({ ...subnet(), routeTableId: routeTableId() })]]),
        routeTables: keyed([[routeTableId(), failed(403)]])
      })
    )
    expect(table403.outcome).toBe('unknown')
    expect(table403.detail).toContain(
      'Could not read route table mySubnet-rt of subnet mySubnet (HTTP 403 AuthorizationFailed)'
    )
    expect(table403.cause?.key).toBe(`reader:/subscriptions/${SUBSCRIPTION}/resourcegroups/rg-1234`)
    // The firewall list is the subscription's: Reader on the subscription.
    const firewalls403 = only(OUT_04, tunnelled(table(), 'forbidden'))
    expect(firewalls403.cause?.key).toBe(`reader:/subscriptions/${SUBSCRIPTION}`.toLowerCase())
    expect(firewalls403.cause?.fix?.commands).toEqual([
      `az role assignment create --assignee <client-id> --role Reader --scope /subscriptions/${SUBSCRIPTION}`
    ])
    // Until the firewall can be read, routing the tag to Internet settles it.
    expect(firewalls403.remedy?.commands).toEqual([
      `az network route-table route create --resource-group rg-1234 --route-table-name mySubnet-rt --name to-acr --address-prefix ${ACR} --next-hop-type Internet`
    ])
  })

  it('routes the registry tag to Internet when the default route drops it', () => {
    const r = only(OUT_04, tunnelled(table('None', undefined)))
    expect(r.remedy).toEqual({
      commands: [
        `az network route-table route create --resource-group rg-1234 --route-table-name mySubnet-rt --name to-acr --address-prefix ${ACR} --next-hop-type Internet`
      ]
    })
  })

  it('proposes an application rule before the implicit deny of a classic firewall', () => {
    const r = only(OUT_04, tunnelled(table(), [firewall([])]))
    expect(r.outcome).toBe('fail')
    expect(r.remedy).toEqual({
      commands: [
        `az network firewall application-rule create --resource-group hub-rg --firewall-name fw-hub --collection-name allow-acr --priority 65000 --action Allow --name acr --protocols Https=443 --source-addresses 10.0.0.0/24 --target-fqdns ${ACR_HOSTS.join(' ')}`
      ]
    })
  })

  it('proposes a network rule below a network deny (network rules are processed first)', () => {
    const r = only(
      OUT_04,
      tunnelled(table(), [
        firewall([
          collection('deny-all', 4000, 'Deny', 'network', {
            destinationAddresses: ['*'],
            protocols: ['Any'],
            destinationPorts: ['*'],
            sourceAddresses: ['*']
          })
        ])
      ])
    )
    expect(r.outcome).toBe('fail')
    expect(r.remedy).toEqual({
      commands: [
        `az network firewall network-rule create --resource-group hub-rg --firewall-name fw-hub --collection-name allow-acr --priority 3999 --action Allow --name acr --protocols TCP --source-addresses 10.0.0.0/24 --destination-addresses ${ACR} --destination-ports 443`
      ]
    })
  })

  // Host suffixes per cloud as `az cloud show` reports them (suffixes.acrLoginServerEndpoint,
  // suffixes.storageEndpoint); data endpoints are <name>.<region>.data.<suffix>
  // (https://learn.microsoft.com/azure/container-registry/container-registry-dedicated-data-endpoints).
  it.each<[string, string, string[]]>([
    ['AzureCloud', 'with data endpoints', ACR_HOSTS],
    [
      'AzureUSGovernment',
      'with data endpoints',
      ['testworkspaceacr.azurecr.us', 'testworkspaceacr.eastus2euap.data.azurecr.us']
    ],
    [
      'AzureChinaCloud',
      'with data endpoints',
      ['testworkspaceacr.azurecr.cn', 'testworkspaceacr.eastus2euap.data.azurecr.cn']
    ],
    [
      'AzureUSGovernment',
      'without data endpoints',
      ['testworkspaceacr.azurecr.us', '*.blob.core.usgovcloudapi.net']
    ],
    [
      'AzureChinaCloud',
      'without data endpoints',
      ['testworkspaceacr.azurecr.cn', '*.blob.core.chinacloudapi.cn']
    ],
    ['custom', 'without data endpoints', ['testworkspaceacr.azurecr.io', '*.blob.core.windows.net']]
  ])('in %s, a registry %s: the fix allows the hosts of that cloud', (cloud, how, hosts) => {
    const registry: ContainerRegistry = {
      id: dependencyId('registry'),
      name: 'testworkspaceacr',
      sku: 'Premium',
      publicNetworkAccess: 'Enabled',
      dataEndpointEnabled: how === 'with data endpoints',
      privateEndpointConnections: []
    }
    const r = only(OUT_04, {
      ...tunnelled(table(), [firewall([])]),
      cloud,
      containerRegistries: keyed([[dependencyId('registry'), ok(registry)]])
    })
    expect(r.outcome).toBe('fail')
    // A wildcard host is quoted, so a shell does not expand it.
    const words = hosts.map(h => (h.startsWith('*') ? `'${h}'` : h))
    expect(r.remedy?.commands[0]).toMatch(
      new RegExp(` --target-fqdns ${words.join(' ').replace(/[.*]/g, '\\$&')}$`)
    )
    for (const host of hosts) expect(r.detail).toContain(`${host}: no rule matches`)
  })

  it('asks to confirm the registry names for an unknown appliance', () => {
    const r = only(OUT_04, tunnelled(table(), []))
    for (const host of ACR_HOSTS) expect(r.detail).toContain(host)
    expect(r.detail).toContain('10.0.254.4')
  })

  it('evaluates a firewall policy, parent rules first', () => {
    const parent: FirewallPolicy = {
      id: PARENT_ID,
      name: 'fwp-base',
      ruleCollectionGroups: [
        {
          id: `${PARENT_ID}/ruleCollectionGroups/platform`,
          name: 'platform',
          priority: 60000,
          ruleCollections: [
            collection('deny-acr-weu', 60000, 'Deny', 'network', {
              destinationAddresses: ['AzureContainerRegistry.WestEurope']
            })
          ]
        }
      ]
    }
    const child = (rules: FirewallRuleCollection[]): FirewallPolicy => ({
      id: POLICY_ID,
      name: 'fwp-hub',
      basePolicyId: PARENT_ID,
      ruleCollectionGroups: [
        {
          id: `${POLICY_ID}/ruleCollectionGroups/apps`,
          name: 'apps',
          priority: 100,
          ruleCollections: rules
        }
      ]
    })
    const allow = child([
      collection('acr', 100, 'Allow', 'application', { targetFqdns: ['*.azurecr.io'] })
    ])
    const pass = only(OUT_04, tunnelled(table(), [firewall([], POLICY_ID)], [allow, parent]))
    expect(pass.outcome).toBe('pass')
    expect(pass.detail).toContain('firewall policy fwp-hub (child of fwp-base)')

    const parentDeniesAll: FirewallPolicy = {
      ...parent,
      ruleCollectionGroups: [
        {
          ...parent.ruleCollectionGroups[0]!,
          ruleCollections: [
            collection('deny-acr', 60000, 'Deny', 'network', {
              destinationAddresses: ['AzureContainerRegistry']
            })
          ]
        }
      ]
    }
    const fail = only(
      OUT_04,
      tunnelled(table(), [firewall([], POLICY_ID)], [allow, parentDeniesAll])
    )
    expect(fail.outcome).toBe('fail')
    // The parent's network deny is processed first: the allow goes in the parent's group, before it.
    expect(fail.remedy).toEqual({
      commands: [
        `az network firewall policy rule-collection-group collection add-filter-collection --resource-group hub-rg --policy-name fwp-base --rcg-name platform --name allow-acr --collection-priority 59999 --action Allow --rule-type NetworkRule --rule-name acr --ip-protocols TCP --source-addresses 10.0.0.0/24 --destination-addresses ${ACR} --destination-ports 443`
      ]
    })

    const missingParent = only(OUT_04, tunnelled(table(), [firewall([], POLICY_ID)], [allow]))
    expect(missingParent.outcome).toBe('unknown')
    expect(missingParent.detail).toContain('Firewall policy fwp-base was referenced but not read')
  })
})
