import { describe, expect, it } from '@jest/globals'
import { OUTBOUND_CHECKS } from '../../src/evaluate/checks/outbound.js'
import { OUT_03, includesHttps } from '../../src/evaluate/checks/outbound/out-03-managed-network.js'
import type { OutboundRule, Snapshot } from '../../src/model/snapshot.js'
import { dependencyRules, failed, ok, secureSnapshot, withWorkspace } from './fixtures.js'
import { serviceTagRule } from './route-fixtures.js'

/** Storage and key vault rules only: no path to the registry unless a test adds one. */
const withoutRegistry = (...extra: OutboundRule[]): Snapshot =>
  secureSnapshot({ outboundRules: ok([...dependencyRules().slice(0, 2), ...extra]) })

describe('OUT-03 the approved-outbound managed network can pull images', () => {
  it('is exported in OUTBOUND_CHECKS', () => {
    expect(OUTBOUND_CHECKS).toContain(OUT_03)
    expect(OUT_03).toMatchObject({ section: 'outbound', category: 'outbound' })
  })

  it('passes with an active PrivateEndpoint rule to the workspace registry', () => {
    const [r] = OUT_03.evaluate(secureSnapshot())
    expect(r?.outcome).toBe('pass')
    expect(r?.resource.name).toBe('testworkspaceacr')
  })

  it.each([
    ['the global tag', serviceTagRule('AzureContainerRegistry')],
    [
      "the workspace region's tag, any casing",
      serviceTagRule('azurecontainerregistry.EastUS2EUAP')
    ],
    [
      'a port range covering 443',
      serviceTagRule('AzureContainerRegistry', { portRanges: '80, 400-500' })
    ],
    ['any protocol', serviceTagRule('AzureContainerRegistry', { protocol: '*' })]
  ])('passes with a ServiceTag rule for %s', (_label, rule) => {
    expect(OUT_03.evaluate(withoutRegistry(rule))[0]?.outcome).toBe('pass')
  })

  it.each([
    ['another region', serviceTagRule('AzureContainerRegistry.WestEurope')],
    ['port 80 only', serviceTagRule('AzureContainerRegistry', { portRanges: '80' })],
    ['UDP', serviceTagRule('AzureContainerRegistry', { protocol: 'UDP' })]
  ])('fails with a ServiceTag rule for %s, giving the rule to add', (_label, rule) => {
    const [r] = OUT_03.evaluate(withoutRegistry(rule))
    expect(r).toMatchObject({ outcome: 'fail', severity: 'error' })
    expect(r?.detail).toContain('Add a service tag rule for the registry, then provision')
    expect(r?.remedy).toEqual({
      commands: [
        'az ml workspace outbound-rule set --resource-group workspace-1234 --workspace-name testworkspace --rule allow-acr --type service_tag --service-tag AzureContainerRegistry.eastus2euap --protocol TCP --port-ranges 443',
        'az ml workspace provision-network --resource-group workspace-1234 --name testworkspace'
      ]
    })
  })

  // ServiceTag outbound rules carry `destination.action` (Allow or Deny) from api-version 2025-12-01
  // (azure-rest-api-specs: specification/machinelearningservices, ServiceTagDestination.action):
  // a Deny rule for the registry tag blocks it and never counts as the rule that lets images through.
  it.each<[string, OutboundRule[], string, RegExp]>([
    [
      'a Deny rule alone fails, naming it',
      [serviceTagRule('AzureContainerRegistry', { name: 'deny-acr', action: 'Deny' })],
      'fail',
      /deny-acr \(Active\) deny the registry's service tag \(action `Deny`\)/
    ],
    [
      'an explicit Allow still passes',
      [serviceTagRule('AzureContainerRegistry', { action: 'Allow' })],
      'pass',
      /allow-azurecontainerregistry/
    ],
    [
      'an Allow and a Deny of the tag: which wins is not documented',
      [
        serviceTagRule('AzureContainerRegistry'),
        serviceTagRule('AzureContainerRegistry.EastUS2EUAP', { name: 'deny-acr', action: 'deny' })
      ],
      'unknown',
      /not documented/
    ]
  ])('ServiceTag action: %s', (_label, rules, outcome, detail) => {
    const [r] = OUT_03.evaluate(withoutRegistry(...rules))
    expect(r?.outcome).toBe(outcome)
    expect(r?.detail).toMatch(detail)
    if (outcome === 'unknown') {
      // Removing the deny settles it.
      expect(r?.remedy?.commands).toEqual([
        'az ml workspace outbound-rule remove --resource-group workspace-1234 --workspace-name testworkspace --rule deny-acr'
      ])
    }
    if (outcome === 'fail')
      expect(r?.remedy?.commands[0]).toMatch(/outbound-rule set .* --rule allow-acr /)
    if (outcome === 'pass') expect(r?.remedy).toBeUndefined()
  })

  it('a Deny of the tag does not touch traffic to the registry private endpoint', () => {
    const snapshot = secureSnapshot()
    const rules = snapshot.outboundRules.ok ? snapshot.outboundRules.value : []
    const [r] = OUT_03.evaluate(
      secureSnapshot({
        outboundRules: ok([
          ...rules,
          serviceTagRule('AzureContainerRegistry', { name: 'deny-acr', action: 'Deny' })
        ])
      })
    )
    expect(r?.outcome).toBe('pass')
  })

  it('fails an inactive rule and says to provision the network', () => {
    const [r] = OUT_03.evaluate(
      withoutRegistry(serviceTagRule('AzureContainerRegistry', { status: 'Inactive' }))
    )
    expect(r?.outcome).toBe('fail')
    expect(r?.detail).toContain('not Active: allow-azurecontainerregistry (Inactive)')
    expect(r?.remedy).toEqual({
      commands: [
        'az ml workspace provision-network --resource-group workspace-1234 --name testworkspace'
      ]
    })
  })

  it('is skipped with internet outbound or no managed network, saying why', () => {
    const internet = OUT_03.evaluate(
      withWorkspace({ managedNetwork: { isolationMode: 'AllowInternetOutbound' } })
    )[0]
    expect(internet?.outcome).toBe('skipped')
    expect(internet?.detail).toContain('allows internet outbound')
    const none = OUT_03.evaluate(withWorkspace({ managedNetwork: undefined }))[0]
    expect(none?.outcome).toBe('skipped')
    expect(none?.detail).toContain('no managed virtual network')
  })

  it('is unknown when the rules could not be read', () => {
    const [r] = OUT_03.evaluate(secureSnapshot({ outboundRules: failed(403) }))
    expect(r?.outcome).toBe('unknown')
    expect(r?.detail).toContain('Reader role')
    // Keyed by the workspace's resource group: one grant there fixes every read it blocks.
    expect(r?.cause?.key).toBe(
      'reader:/subscriptions/00000000-1111-2222-3333-444444444444/resourcegroups/workspace-1234'
    )
  })

  it('is skipped on the Kubernetes route (NSG and firewall checks cover that network)', () => {
    const [r] = OUT_03.evaluate(
      secureSnapshot({ request: { route: 'kubernetes', deploymentMethod: 'cli' } })
    )
    expect(r?.outcome).toBe('skipped')
  })
})

describe('includesHttps', () => {
  it.each([
    [undefined, true],
    ['', true],
    ['443', true],
    ['*', true],
    ['80,443', true],
    ['1-65535', true],
    ['80', false],
    ['444-500', false],
    ['not-a-port', false]
  ])('%s → %s', (ranges, expected) => {
    expect(includesHttps(ranges)).toBe(expected)
  })
})
