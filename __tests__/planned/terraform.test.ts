// Terraform plans (`terraform-plan`, issue 21 item 3): the JSON of `terraform show -json` mapped to
// planned ARM resources. The fixtures follow Terraform's "JSON Output Format" (format_version 1.x,
// planned_values, resource_changes with before/after/after_unknown/after_sensitive, configuration
// with expressions and references: developer.hashicorp.com/terraform/internals/json-format); the
// attribute names are those of the azurerm 4.x and azapi 2.x provider docs.
import { describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { KNOWN_AFTER_APPLY_CODE, type Snapshot } from '../../src/model/snapshot.js'
import { overlayArm } from '../../src/planned/arm.js'
import { changeOf, parseTerraformPlan, validatePlan } from '../../src/planned/terraform.js'
import { readTerraformPlans } from '../../src/settings/terraform-plan.js'
import { SUBSCRIPTION, WORKSPACE_ID, nsgId, secureSnapshot, subnetId } from '../checks/fixtures.js'

const FIXTURES = new URL('../fixtures/planned/terraform/', import.meta.url)
const read = (name: string): string => readFileSync(new URL(name, FIXTURES), 'utf8')
type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
const fixture = (name: string): Json => JSON.parse(read(name)) as Json

function plan(name: string, content = read(name)) {
  return parseTerraformPlan({ path: `infra/${name}`, content }, SUBSCRIPTION)
}

function withArm(result: ReturnType<typeof plan>, snapshot: Snapshot = secureSnapshot()): Snapshot {
  return {
    ...snapshot,
    planned: { files: ['infra/plan.json'], resources: [], armResources: result.armResources }
  }
}

const NETWORK = `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-1234/providers/Microsoft.Network`

describe('changeOf: Terraform actions → what-if change words', () => {
  it.each([
    [['create'], 'Create'],
    [['update'], 'Modify'],
    [['delete'], 'Delete'],
    [['delete', 'create'], 'Create'],
    [['create', 'delete'], 'Create'],
    [['no-op'], 'NoChange'],
    [['read'], 'NoChange'],
    [['forget'], 'NoChange']
  ])('%j → %s', (actions, change) => {
    expect(changeOf(actions)).toBe(change)
  })
})

describe('parseTerraformPlan', () => {
  it('a workspace made public (update) is a Modify with publicNetworkAccess Enabled', () => {
    const result = plan('workspace-public.json')
    expect(result.unreadable).toEqual([])
    expect(result.armResources).toHaveLength(1)
    const [workspace] = result.armResources
    expect(workspace).toMatchObject({
      route: 'terraform',
      file: 'infra/workspace-public.json',
      address: 'azurerm_machine_learning_workspace.main',
      id: WORKSPACE_ID,
      type: 'Microsoft.MachineLearningServices/workspaces',
      change: 'Modify'
    })
    expect(workspace!.after?.['properties']).toEqual({
      publicNetworkAccess: 'Enabled',
      managedNetwork: { isolationMode: 'AllowOnlyApprovedOutbound' },
      storageAccount: expect.stringMatching(/storageAccounts\/testworkspacestorage$/),
      keyVault: expect.stringMatching(/vaults\/testworkspacekv$/),
      containerRegistry: expect.stringMatching(/registries\/testworkspaceacr$/),
      applicationInsights: expect.stringMatching(/components\/testworkspaceai$/),
      v1LegacyMode: false
    })
    expect(workspace!.unknownAfterApply).toBeUndefined()
    // The overlay judges it as ARM would report it.
    const after = overlayArm(withArm(result))
    expect(after.workspace.ok && after.workspace.value.publicNetworkAccess).toBe('Enabled')
  })

  it('public_network_access_enabled false → Disabled', () => {
    const json = fixture('workspace-public.json')
    json['resource_changes'][0].change.after.public_network_access_enabled = false
    const [workspace] = plan('workspace-public.json', JSON.stringify(json)).armResources
    expect(workspace!.after?.['properties']).toMatchObject({ publicNetworkAccess: 'Disabled' })
  })

  it('a new NSG, its rule and its association: the unknown ids resolve through the configuration', () => {
    const result = plan('nsg-association.json')
    const nsg = `${NETWORK}/networkSecurityGroups/scoring-nsg`
    const subnet = `${NETWORK}/virtualNetworks/myVnet/subnets/scoring`
    expect(result.armResources.map(r => [r.address, r.id, r.change])).toEqual([
      ['azurerm_network_security_group.scoring', nsg, 'Create'],
      ['azurerm_subnet.scoring', subnet, 'Create']
    ])
    expect(result.armResources.every(r => !r.unknownAfterApply && !r.unsupportedReason)).toBe(true)
    // The separate rule is merged into its NSG, in ARM's shape.
    expect(result.armResources[0]!.after?.['properties']).toEqual({
      securityRules: [
        {
          name: 'allow-https-internet',
          properties: {
            priority: 100,
            direction: 'Inbound',
            access: 'Allow',
            protocol: 'Tcp',
            sourcePortRange: '*',
            destinationPortRange: '443',
            sourceAddressPrefix: 'Internet',
            destinationAddressPrefix: 'VirtualNetwork'
          }
        }
      ]
    })
    // The association sets the subnet's NSG; both ids were "(known after apply)".
    expect(result.armResources[1]!.after?.['properties']).toEqual({
      addressPrefixes: ['10.0.4.0/24'],
      networkSecurityGroup: { id: nsg }
    })
    const after = overlayArm(withArm(result))
    const planned = after.subnets[subnet.toLowerCase()]
    expect(planned?.ok && planned.value.networkSecurityGroupId).toBe(nsg)
    const group = after.networkSecurityGroups[nsg.toLowerCase()]
    expect(group?.ok && group.value.securityRules.map(r => r.name)).toEqual([
      'allow-https-internet'
    ])
  })

  it('an association whose NSG id cannot be resolved leaves the subnet unknown', () => {
    const json = fixture('nsg-association.json')
    const association = json['configuration'].root_module.resources[3]
    association.expressions.network_security_group_id = { references: ['var.nsg_id'] }
    const result = plan('nsg-association.json', JSON.stringify(json))
    const subnet = result.armResources.find(r => r.address === 'azurerm_subnet.scoring')
    expect(subnet?.unknownAfterApply).toEqual([
      'azurerm_subnet_network_security_group_association.scoring.network_security_group_id'
    ])
    const after = overlayArm(withArm(result))
    const read = after.subnets[`${NETWORK}/virtualNetworks/myVnet/subnets/scoring`.toLowerCase()]
    expect(read).toMatchObject({ ok: false, error: { code: KNOWN_AFTER_APPLY_CODE } })
  })

  it('a VNet with an inline subnet, its NSG and route table (a separate route): ids resolved, BGP inverted', () => {
    const result = plan('vnet-routes.json')
    expect(result.armResources.map(r => [r.address, r.change, r.unknownAfterApply])).toEqual([
      ['azurerm_virtual_network.scoring', 'Create', undefined],
      ['azurerm_network_security_group.scoring', 'Create', undefined],
      ['azurerm_route_table.scoring', 'Create', undefined]
    ])
    const after = overlayArm(withArm(result))
    const subnet =
      after.subnets[`${NETWORK}/virtualNetworks/vnet-scoring/subnets/scoring`.toLowerCase()]
    expect(subnet).toEqual({
      ok: true,
      value: {
        id: `${NETWORK}/virtualNetworks/vnet-scoring/subnets/scoring`,
        name: 'scoring',
        addressPrefixes: ['10.20.1.0/24'],
        networkSecurityGroupId: `${NETWORK}/networkSecurityGroups/nsg-scoring`,
        routeTableId: `${NETWORK}/routeTables/rt-scoring`,
        provisioningState: undefined
      }
    })
    const table = after.routeTables[`${NETWORK}/routeTables/rt-scoring`.toLowerCase()]
    expect(table).toEqual({
      ok: true,
      value: {
        id: `${NETWORK}/routeTables/rt-scoring`,
        name: 'rt-scoring',
        // bgp_route_propagation_enabled = false
        disableBgpRoutePropagation: true,
        routes: [
          {
            name: 'to-firewall',
            addressPrefix: '0.0.0.0/0',
            nextHopType: 'VirtualAppliance',
            nextHopIpAddress: '10.0.0.4'
          }
        ]
      }
    })
  })

  it('an inline subnet whose NSG reference cannot be resolved leaves the VNet unknown', () => {
    const json = fixture('vnet-routes.json')
    const vnet = json['configuration'].root_module.resources[0]
    vnet.expressions.subnet[0].security_group = { references: ['var.nsg_id'] }
    const [planned] = plan('vnet-routes.json', JSON.stringify(json)).armResources
    expect(planned?.unknownAfterApply).toEqual(['subnet[scoring].security_group'])
  })

  it('a rule added to a NSG the plan holds unchanged: the NSG becomes a Modify with all its rules', () => {
    const json = fixture('nsg-association.json')
    const [nsg] = json['resource_changes']
    const existing = {
      access: 'Deny',
      description: '',
      destination_address_prefix: '*',
      destination_address_prefixes: [],
      destination_application_security_group_ids: [],
      destination_port_range: '*',
      destination_port_ranges: [],
      direction: 'Inbound',
      name: 'deny-all-in',
      priority: 4000,
      protocol: '*',
      source_address_prefix: '*',
      source_address_prefixes: [],
      source_application_security_group_ids: [],
      source_port_range: '*',
      source_port_ranges: []
    }
    nsg.change = {
      actions: ['no-op'],
      before: { ...nsg.change.after, id: nsgId('scoring-nsg'), security_rule: [existing] },
      after: { ...nsg.change.after, id: nsgId('scoring-nsg'), security_rule: [existing] },
      after_unknown: {},
      before_sensitive: {},
      after_sensitive: {}
    }
    json['resource_changes'] = [nsg, json['resource_changes'][1]]
    const [group] = plan('nsg-association.json', JSON.stringify(json)).armResources
    expect(group?.change).toBe('Modify')
    expect(
      (group?.after?.['properties'] as Json)['securityRules'].map((r: Json) => r['name'])
    ).toEqual(['deny-all-in', 'allow-https-internet'])
    // Empty strings and lists of the provider's state are not ARM values.
    expect((group?.after?.['properties'] as Json)['securityRules'][0]).toEqual({
      name: 'deny-all-in',
      properties: {
        priority: 4000,
        direction: 'Inbound',
        access: 'Deny',
        protocol: '*',
        sourcePortRange: '*',
        destinationPortRange: '*',
        sourceAddressPrefix: '*',
        destinationAddressPrefix: '*'
      }
    })
  })

  it('a rule added to a NSG the plan does not hold: that NSG is unknown, not guessed', () => {
    const json = fixture('nsg-association.json')
    json['resource_changes'] = [json['resource_changes'][1]]
    const result = plan('nsg-association.json', JSON.stringify(json))
    expect(result.armResources).toHaveLength(1)
    expect(result.armResources[0]).toMatchObject({
      id: `${NETWORK}/networkSecurityGroups/scoring-nsg`,
      type: 'Microsoft.Network/networkSecurityGroups',
      change: 'Modify',
      unsupportedReason: expect.stringContaining(
        'the plan changes azurerm_network_security_rule.https, part of scoring-nsg'
      )
    })
  })

  it('azapi: an online endpoint with public access, and its deployment under the planned parent', () => {
    const result = plan('azapi-endpoint.json')
    const endpoint = `${WORKSPACE_ID}/onlineEndpoints/fraud-score`
    expect(result.armResources.map(r => [r.address, r.id, r.type, r.change])).toEqual([
      [
        'azapi_resource.endpoint',
        endpoint,
        'Microsoft.MachineLearningServices/workspaces/onlineEndpoints',
        'Create'
      ],
      [
        'azapi_resource.blue',
        `${endpoint}/deployments/blue`,
        'Microsoft.MachineLearningServices/workspaces/onlineEndpoints/deployments',
        'Create'
      ]
    ])
    expect(result.armResources[0]!.after?.['properties']).toEqual({
      authMode: 'AMLToken',
      publicNetworkAccess: 'Enabled'
    })
    // azapi 1.x writes the body as a JSON string (jsonencode).
    expect(result.armResources[1]!.after?.['properties']).toMatchObject({
      egressPublicNetworkAccess: 'Disabled'
    })
    // The storage account is of a type no check reads: one info line counts it.
    expect(result.notes).toEqual([
      '`terraform-plan`: "infra/azapi-endpoint.json": 1 resource change(s) of types no check reads were not judged (azapi_resource of other ARM types ×1).'
    ])
    const after = overlayArm(withArm(result))
    expect(after.onlineEndpoints.ok && after.onlineEndpoints.value.map(e => e.name)).toEqual([
      'ep-private',
      'fraud-score'
    ])
  })

  it('azapi_update_resource: merged into the resource the plan holds; alone, that resource is unknown', () => {
    const json = fixture('workspace-public.json')
    const [workspace] = json['resource_changes']
    workspace.change.actions = ['no-op']
    workspace.change.after.public_network_access_enabled = false
    const update = {
      address: 'azapi_update_resource.public',
      mode: 'managed',
      type: 'azapi_update_resource',
      name: 'public',
      provider_name: 'registry.terraform.io/azure/azapi',
      change: {
        actions: ['create'],
        before: null,
        after: {
          body: { properties: { publicNetworkAccess: 'Enabled' } },
          resource_id: WORKSPACE_ID,
          type: 'Microsoft.MachineLearningServices/workspaces@2024-04-01'
        },
        after_unknown: { id: true, output: true, body: { properties: {} } },
        before_sensitive: false,
        after_sensitive: {}
      }
    }
    json['resource_changes'] = [workspace, update]
    const [merged] = plan('workspace-public.json', JSON.stringify(json)).armResources
    expect(merged).toMatchObject({
      address: 'azurerm_machine_learning_workspace.main',
      change: 'Modify',
      after: { properties: { publicNetworkAccess: 'Enabled', keyVault: expect.any(String) } }
    })
    expect(merged?.unsupportedReason).toBeUndefined()
    json['resource_changes'] = [update]
    const [alone] = plan('workspace-public.json', JSON.stringify(json)).armResources
    expect(alone?.unsupportedReason).toBe(
      'the plan changes part of azapi_update_resource.public (azapi_update_resource); the rest of the resource is not in the plan, so its planned state is not judged'
    )
  })

  it('azapi: an unknown body leaves the resource unknown', () => {
    const json = fixture('azapi-endpoint.json')
    const [endpoint] = json['resource_changes']
    delete endpoint.change.after.body
    endpoint.change.after_unknown.body = true
    const [planned] = plan('azapi-endpoint.json', JSON.stringify(json)).armResources
    expect(planned?.unknownAfterApply).toEqual(['body'])
  })

  it('a judged attribute known only after apply → unknownAfterApply; the overlay makes it unknown', () => {
    const result = plan('unknown-subnet.json')
    const pe = result.armResources.find(r => r.address === 'azurerm_private_endpoint.scoring')
    // subnet_id is a module output: not a plain reference to a planned resource.
    expect(pe?.unknownAfterApply).toEqual(['subnet_id'])
    const after = overlayArm(withArm(result))
    const read = after.privateEndpoints[`${NETWORK}/privateEndpoints/pe-scoring`.toLowerCase()]
    expect(read).toEqual({
      ok: false,
      error: {
        status: null,
        code: KNOWN_AFTER_APPLY_CODE,
        message:
          'the plan leaves subnet_id of azurerm_private_endpoint.scoring known only after apply (infra/unknown-subnet.json)'
      }
    })
  })

  it('AKS in a child module: the subnet reference resolves inside the module; the node resource group default', () => {
    const result = plan('unknown-subnet.json')
    const aks = result.armResources.find(
      r => r.address === 'module.network.azurerm_kubernetes_cluster.aks'
    )
    expect(aks?.unknownAfterApply).toBeUndefined()
    expect(aks?.after?.['properties']).toEqual({
      apiServerAccessProfile: {
        enablePrivateCluster: false,
        authorizedIPRanges: ['203.0.113.0/24']
      },
      networkProfile: { networkPlugin: 'azure', networkPolicy: 'calico' },
      nodeResourceGroup: 'MC_rg-1234_aml-aks_eastus',
      agentPoolProfiles: [
        {
          mode: 'System',
          name: 'system',
          vnetSubnetID: subnetId('aks'),
          enableNodePublicIP: false
        },
        // A separate node pool joins its cluster: its cluster id and subnet resolve in the module.
        {
          name: 'scoring',
          mode: 'User',
          vnetSubnetID: subnetId('aks'),
          enableNodePublicIP: true
        }
      ]
    })
  })

  it('sensitive values are never copied: an attribute no check reads, a part of an azapi body', () => {
    const json = fixture('unknown-subnet.json')
    const aks = json['resource_changes'][2].change
    aks.after.kube_admin_config_raw =
      'apiVersion: v1\nusers:\n- user:\n    token: s3cr3t-admin-token'
    aks.after_sensitive.kube_admin_config_raw = true
    const result = plan('unknown-subnet.json', JSON.stringify(json))
    expect(JSON.stringify(result)).not.toContain('s3cr3t')
    const azapi = fixture('azapi-endpoint.json')
    const endpoint = azapi['resource_changes'][0].change
    endpoint.after.body.properties.keys = { primaryKey: 's3cr3t-endpoint-key' }
    endpoint.after_sensitive = { body: { properties: { keys: true } } }
    const [planned] = plan('azapi-endpoint.json', JSON.stringify(azapi)).armResources
    expect(planned?.after?.['properties']).toEqual({
      authMode: 'AMLToken',
      publicNetworkAccess: 'Enabled'
    })
  })

  it('a resource of a judged type whose id the plan does not give: the planned state is unknown', () => {
    const json = fixture('azapi-endpoint.json')
    const [endpoint] = json['resource_changes']
    delete endpoint.change.after.parent_id
    endpoint.change.after_unknown.parent_id = true
    const result = plan('azapi-endpoint.json', JSON.stringify(json))
    expect(result.armResources.map(r => r.address)).not.toContain('azapi_resource.endpoint')
    expect(result.unreadable).toContainEqual({
      route: 'terraform',
      file: 'infra/azapi-endpoint.json',
      error: {
        status: null,
        code: KNOWN_AFTER_APPLY_CODE,
        message:
          'The plan changes azapi_resource.endpoint (Microsoft.MachineLearningServices/workspaces/onlineEndpoints), whose id is known only after apply; what it changes cannot be judged.'
      }
    })
  })

  it('a judged attribute marked sensitive is not copied, and the resource is unknown', () => {
    const json = fixture('workspace-public.json')
    json['resource_changes'][0].change.after_sensitive.storage_account_id = true
    const [workspace] = plan('workspace-public.json', JSON.stringify(json)).armResources
    expect(workspace?.unsupportedReason).toBe(
      'the plan marks storage_account_id of azurerm_machine_learning_workspace.main sensitive; its value is not read'
    )
    expect(JSON.stringify(workspace)).not.toContain('testworkspacestorage')
  })

  it('actions this action does not know leave the resource unknown', () => {
    const json = fixture('workspace-public.json')
    json['resource_changes'][0].change.actions = ['transmogrify']
    const [workspace] = plan('workspace-public.json', JSON.stringify(json)).armResources
    expect(workspace).toMatchObject({
      change: 'Unsupported',
      unsupportedReason:
        "the plan's actions for azurerm_machine_learning_workspace.main are not ones this action knows"
    })
  })

  it('a deleted workspace is a Delete with the id of its prior state', () => {
    const json = fixture('workspace-public.json')
    const change = json['resource_changes'][0].change
    change.actions = ['delete']
    change.after = null
    change.after_unknown = {}
    change.after_sensitive = false
    const [workspace] = plan('workspace-public.json', JSON.stringify(json)).armResources
    expect(workspace).toMatchObject({ id: WORKSPACE_ID, change: 'Delete' })
    expect(workspace?.after).toBeUndefined()
  })
})

describe('validatePlan: errors name the input, the file, the problem and the fix', () => {
  const error = (content: string): string => {
    try {
      validatePlan({ path: 'infra/tfplan.json', content })
    } catch (e) {
      expect((e as Error).name).toBe('ConfigurationError')
      return (e as Error).message
    }
    throw new Error('no error')
  }

  it('a state, not a plan', () => {
    const state = {
      format_version: '1.0',
      terraform_version: '1.9.8',
      values: { root_module: { resources: [] } }
    }
    expect(error(JSON.stringify(state))).toBe(
      '`terraform-plan`: "infra/tfplan.json" holds a Terraform state, not a plan (it has no `resource_changes`): run terraform show -json on the plan file (`terraform plan -out tfplan && terraform show -json tfplan > tfplan.json`), not on the state.'
    )
  })

  it('format 2.0', () => {
    expect(
      error(JSON.stringify({ ...fixture('workspace-public.json'), format_version: '2.0' }))
    ).toBe(
      '`terraform-plan`: "infra/tfplan.json" has `format_version` "2.0"; only the 1.x JSON format of Terraform 0.12 and later is read. Produce it with a Terraform release that writes format 1.x, or report the new format.'
    )
  })

  it('the plan of a terraform plan that failed', () => {
    expect(error(JSON.stringify({ ...fixture('workspace-public.json'), errored: true }))).toBe(
      '`terraform-plan`: "infra/tfplan.json" is the plan of a `terraform plan` that failed (`errored`: true), so it does not hold every change. Fix the errors terraform plan reports, then write the JSON again.'
    )
  })

  it('no format_version', () => {
    expect(error('{"resource_changes": []}')).toContain('has no `format_version`')
  })

  it('not JSON (the text output of terraform plan)', () => {
    expect(error('Terraform will perform the following actions:')).toMatch(
      /^`terraform-plan`: "infra\/tfplan.json" is not JSON \(".*"\)\. Produce it with `terraform plan -out tfplan && terraform show -json tfplan > tfplan.json`\.$/
    )
  })

  it('the binary plan file', () => {
    expect(error('PK\u0003\u0004tfplan')).toContain('is a binary plan file, not JSON')
  })
})

describe('readTerraformPlans: files of the checkout only', () => {
  const workspace = (): string => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tfplan-'))
    mkdirSync(path.join(dir, 'repo', 'infra'), { recursive: true })
    writeFileSync(path.join(dir, 'repo', 'infra', 'tfplan.json'), read('workspace-public.json'))
    writeFileSync(path.join(dir, 'outside.json'), read('workspace-public.json'))
    return dir
  }

  it('reads a plan of the checkout into the planned part', async () => {
    const dir = workspace()
    try {
      const result = await readTerraformPlans(
        ['infra/tfplan.json'],
        SUBSCRIPTION,
        path.join(dir, 'repo')
      )
      expect(result?.planned.files).toEqual(['infra/tfplan.json'])
      expect(result?.planned.resources).toEqual([])
      expect(result?.planned.armResources?.map(r => r.change)).toEqual(['Modify'])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('refuses a path outside the checkout, and a symbolic link leading out', async () => {
    const dir = workspace()
    try {
      const repo = path.join(dir, 'repo')
      await expect(readTerraformPlans(['../outside.json'], SUBSCRIPTION, repo)).rejects.toThrow(
        '`terraform-plan`: "../outside.json" points outside the workspace checkout.'
      )
      symlinkSync(path.join(dir, 'outside.json'), path.join(repo, 'link.json'))
      await expect(readTerraformPlans(['link.json'], SUBSCRIPTION, repo)).rejects.toThrow(
        '`terraform-plan`: "link.json" resolves outside the workspace checkout'
      )
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('says how to produce a missing plan', async () => {
    const dir = workspace()
    try {
      await expect(
        readTerraformPlans(['infra/missing.json'], SUBSCRIPTION, path.join(dir, 'repo'))
      ).rejects.toThrow(
        '`terraform-plan`: "infra/missing.json" does not exist. Produce it in an earlier step of the job (`terraform plan -out tfplan && terraform show -json tfplan > tfplan.json`, in the Terraform directory)'
      )
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
