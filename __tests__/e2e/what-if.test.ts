/**
 * arm-template end to end (issue 21 item 2, docs/planned.md): the action asks Azure's what-if
 * (Deployments_WhatIf at the resource group, REST spec Microsoft.Resources/deployments 2025-04-01,
 * example PostDeploymentWhatIfOnResourceGroup.json) what the compiled template will change, and
 * judges the workspace as it will be, before the deployment. MOE-03's verdict is Microsoft's
 * (Learn: "Network isolation with managed online endpoints"); OUT-01's is the inferencing
 * checklist's (Learn: "Secure an Azure Machine Learning inferencing environment with virtual
 * networks": outbound TCP 443 to the AzureContainerRegistry tag).
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { NO_AZURE_INPUTS, runAction, type ActionRun } from '../../emulator/run-action.js'
import { getScenario } from '../../emulator/scenarios/index.js'

const SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#'
const VNET =
  '/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/net-rg/providers/Microsoft.Network/virtualNetworks/vnet-ml'

/** `az bicep build` output of an endpoint module: the endpoint's access is a parameter. */
const endpointTemplate = (name: string): string =>
  JSON.stringify(
    {
      $schema: SCHEMA,
      contentVersion: '1.0.0.0',
      parameters: {
        workspaceName: { type: 'string' },
        publicNetworkAccess: { type: 'string', defaultValue: 'Disabled' }
      },
      resources: [
        {
          type: 'Microsoft.MachineLearningServices/workspaces/onlineEndpoints',
          apiVersion: '2024-10-01',
          name: `[concat(parameters('workspaceName'), '/${name}')]`,
          location: '[resourceGroup().location]',
          identity: { type: 'SystemAssigned' },
          properties: {
            authMode: 'AMLToken',
            publicNetworkAccess: "[parameters('publicNetworkAccess')]"
          }
        }
      ]
    },
    null,
    2
  )

const parametersFile = (access: 'Enabled' | 'Disabled'): string =>
  JSON.stringify({
    $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#',
    contentVersion: '1.0.0.0',
    parameters: { workspaceName: { value: 'ml-ws' }, publicNetworkAccess: { value: access } }
  })

const bodyOf = (run: ActionRun): string => run.comments.map(c => c.body).join('\n')
const whatIfRequests = (run: ActionRun): string[] =>
  run.emulator.requests
    .filter(r => r.service === 'arm' && /\/whatif$|\/operationresults\//i.test(r.path))
    .map(r => `${r.method} ${r.status}`)

const PUBLIC_ENDPOINT_PR = {
  'infra/main.json': endpointTemplate('fraud-score'),
  'infra/main.parameters.json': parametersFile('Enabled')
}
const TEMPLATE_INPUTS = {
  'fail-on': 'isolation',
  'arm-template': 'infra/main.json',
  'arm-parameters': 'infra/main.parameters.json'
}

describe('a template that adds a public endpoint to a secured workspace', () => {
  let run: ActionRun
  beforeAll(async () => {
    run = await runAction({
      scenario: 'secured',
      inputs: TEMPLATE_INPUTS,
      workspaceFiles: PUBLIC_ENDPOINT_PR
    })
  })

  it("fails the step before the endpoint exists, on Azure's what-if", () => {
    expect(run.exitCode).toBe(1)
    expect(run.outputs['result']).toBe('fail')
    expect(run.outputs['failed-checks']).toBe('MOE-03')
    // The long-running POST (202 + Location), then its result.
    expect(whatIfRequests(run)).toEqual(['POST 202', 'GET 200'])
  })

  it('says in the comment that MOE-03 fails after this PR, naming the endpoint and the template', () => {
    expect(bodyOf(run)).toContain(
      '- MOE-03: passes now, **fails after this PR** (endpoint <code>fraud-score</code> created in the what-if of <code>infra/main.json</code>)'
    )
    expect(bodyOf(run)).toContain(
      'Make this change in the template <code>infra/main.json</code> (endpoint <code>fraud-score</code>), not with the command: the deployment would undo it.'
    )
  })

  it('annotates the template', () => {
    expect(run.annotations).toContainEqual(
      expect.objectContaining({ level: 'error', file: 'infra/main.json' })
    )
  })

  it('passes with parameters that keep the endpoint private', async () => {
    const privateRun = await runAction({
      scenario: 'secured',
      inputs: TEMPLATE_INPUTS,
      workspaceFiles: {
        ...PUBLIC_ENDPOINT_PR,
        'infra/main.parameters.json': parametersFile('Disabled')
      }
    })
    expect(privateRun.exitCode).toBe(0)
    expect(bodyOf(privateRun)).toContain('No check changes with this pull request.')
  })
})

describe('a template that fixes a live public endpoint', () => {
  it('says "fixed by this PR" and passes', async () => {
    const scenario = getScenario('secured')
    const live = scenario.resources.find(r => r.id.endsWith('/onlineEndpoints/credit-scoring'))!
    ;(live.body['properties'] as Record<string, unknown>)['publicNetworkAccess'] = 'Enabled'
    const before = await runAction({ scenario, inputs: { 'fail-on': 'isolation' } })
    // The live workspace fails MOE-03 on that endpoint alone.
    expect(before.exitCode).toBe(1)
    expect(before.outputs['failed-checks']).toBe('MOE-03')

    const run = await runAction({
      scenario,
      inputs: TEMPLATE_INPUTS,
      workspaceFiles: {
        'infra/main.json': endpointTemplate('credit-scoring'),
        'infra/main.parameters.json': parametersFile('Disabled')
      }
    })
    expect(bodyOf(run)).toContain(
      '- MOE-03: fails now, **fixed by this PR** (endpoint <code>credit-scoring</code> changed in the what-if of <code>infra/main.json</code>)'
    )
    expect(run.exitCode).toBe(0)
    expect(run.outputs['result']).toBe('pass')
  })
})

describe('a template that changes the NSG of the subnet inference traffic leaves from', () => {
  it('judges the NSG as the nested deployment into the network resource group leaves it', async () => {
    const rule = (name: string, priority: number, access: string, destination: string) => ({
      name,
      properties: {
        priority,
        access,
        direction: 'Outbound',
        protocol: 'Tcp',
        sourcePortRange: '*',
        destinationPortRange: '443',
        sourceAddressPrefix: 'VirtualNetwork',
        destinationAddressPrefix: destination
      }
    })
    const template = {
      $schema: SCHEMA,
      contentVersion: '1.0.0.0',
      resources: [
        {
          type: 'Microsoft.Resources/deployments',
          apiVersion: '2022-09-01',
          name: 'network',
          resourceGroup: 'net-rg',
          properties: {
            mode: 'Incremental',
            expressionEvaluationOptions: { scope: 'inner' },
            template: {
              $schema: SCHEMA,
              contentVersion: '1.0.0.0',
              resources: [
                {
                  type: 'Microsoft.Network/networkSecurityGroups',
                  apiVersion: '2024-05-01',
                  name: 'nsg-ml',
                  location: '[resourceGroup().location]',
                  properties: {
                    securityRules: [
                      rule('deny-registry-out', 2000, 'Deny', 'AzureContainerRegistry'),
                      rule('allow-acr-out', 3000, 'Allow', 'AzureContainerRegistry.EastUS2')
                    ]
                  }
                }
              ]
            }
          }
        }
      ]
    }
    const run = await runAction({
      scenario: 'secured',
      inputs: {
        'fail-on': 'outbound',
        'subnet-id': `${VNET}/subnets/snet-ml`,
        'arm-template': 'infra/network.json'
      },
      workspaceFiles: { 'infra/network.json': JSON.stringify(template) }
    })
    expect(bodyOf(run)).toContain(
      '- OUT-01: passes now, **fails after this PR** (network security group <code>nsg-ml</code> changed in the what-if of <code>infra/network.json</code>)'
    )
    expect(bodyOf(run)).toContain(
      'rule <code>deny-registry-out</code> (priority 2000, Deny) matches first'
    )
    expect(run.exitCode).toBe(1)
    expect(run.outputs['failed-checks']).toBe('OUT-01')
  })
})

describe('a what-if Azure refuses', () => {
  let run: ActionRun
  beforeAll(async () => {
    run = await runAction({
      scenario: 'what-if-refused',
      inputs: { 'fail-on': 'isolation', 'arm-template': 'infra/main.json' },
      workspaceFiles: { 'infra/main.json': endpointTemplate('fraud-score') }
    })
  })

  it('makes the planned results unknown, never a pass: the gate fails closed', () => {
    expect(whatIfRequests(run)).toEqual(['POST 403'])
    expect(run.exitCode).toBe(1)
    expect(run.outputs['failed-checks']?.split(',')).toContain('MOE-03')
    const report = JSON.parse(run.report ?? '{}') as {
      results: Array<{ checkId: string; outcome: string }>
    }
    expect(report.results.filter(r => r.outcome !== 'skipped').map(r => r.outcome)).toEqual(
      expect.arrayContaining(['unknown'])
    )
    expect(report.results.every(r => r.outcome === 'unknown' || r.outcome === 'skipped')).toBe(true)
  })

  it('names the permission in the cause, with Azure’s own words', () => {
    const body = bodyOf(run)
    expect(body).toContain(
      "Azure's what-if of <code>infra/main.json</code> could not be read (HTTP 403 AuthorizationFailed), so what this change will do is unknown."
    )
    expect(body).toContain(
      '<code>Microsoft.Resources/<wbr>deployments/<wbr>whatIf/<wbr>action</code>'
    )
    expect(body).toContain(
      "does not have authorization to perform action 'Microsoft.Resources/deployments/whatIf/action'"
    )
  })

  it('with the defaults (fail-on: none) the step passes but shows the unknown state; allow-unknown does not pass it', async () => {
    const defaults = await runAction({
      scenario: 'what-if-refused',
      inputs: { 'arm-template': 'infra/main.json' },
      workspaceFiles: { 'infra/main.json': endpointTemplate('fraud-score') }
    })
    expect(defaults.exitCode).toBe(0)
    // Checks that change alike share one line.
    expect(bodyOf(defaults)).toMatch(
      /\n- [^\n]*MOE-03[^\n]*: passes now, \*\*is unknown after this PR\*\*\n/
    )
    const allowed = await runAction({
      scenario: 'what-if-refused',
      inputs: {
        'fail-on': 'isolation',
        'allow-unknown': 'true',
        'arm-template': 'infra/main.json'
      },
      workspaceFiles: { 'infra/main.json': endpointTemplate('fraud-score') }
    })
    // Every planned result is unknown: nothing was evaluated, which allow-unknown does not pass.
    expect(allowed.exitCode).toBe(1)
    expect(allowed.stdout).toContain(
      'nothing was evaluated (30 results, all skipped or unknown), so the gate cannot pass.'
    )
  })
})

describe('a template that cannot be read', () => {
  it('stops before Azure with the input, the file, the line and the fix', async () => {
    const run = await runAction({
      scenario: 'secured',
      inputs: { 'fail-on': 'isolation', 'arm-template': 'infra/main.json' },
      workspaceFiles: { 'infra/main.json': '{\n  "resources" []\n}\n' }
    })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toContain(
      '`arm-template`: "infra/main.json" line 2 column 15 is not valid JSON ("Expected \':\' after property name").'
    )
    expect(run.emulator.requests.some(r => r.service === 'arm')).toBe(false)
  })
})

describe('offline: the saved snapshot keeps what the what-if predicted', () => {
  it('from-snapshot re-evaluates live and planned without Azure', async () => {
    const live = await runAction({
      scenario: 'secured',
      inputs: { ...TEMPLATE_INPUTS, 'snapshot-file': 'out/snapshot.json' },
      workspaceFiles: PUBLIC_ENDPOINT_PR,
      keepRunDir: true
    })
    const saved = fs.readFileSync(
      path.join(live.runDir, 'workspace', 'out', 'snapshot.json'),
      'utf8'
    )
    fs.rmSync(live.runDir, { recursive: true, force: true })
    expect(JSON.parse(saved).planned.armResources).toEqual([
      expect.objectContaining({ route: 'what-if', file: 'infra/main.json', change: 'Create' })
    ])
    const offline = await runAction({
      scenario: 'secured',
      inputs: {
        'fail-on': 'isolation',
        'from-snapshot': 'saved/snapshot.json',
        ...NO_AZURE_INPUTS
      },
      omitIdToken: true,
      workspaceFiles: { 'saved/snapshot.json': saved }
    })
    expect(offline.exitCode).toBe(1)
    expect(offline.outputs['failed-checks']).toBe('MOE-03')
    expect(bodyOf(offline)).toContain('- MOE-03: passes now, **fails after this PR**')
    expect(offline.emulator.requests.some(r => r.service === 'arm')).toBe(false)
  })
})
