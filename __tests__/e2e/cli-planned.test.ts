/**
 * `--deployment-files` end to end (issue 21, docs/planned.md "Offline"): the CLI judges the
 * workspace as it will be once the Azure ML CLI v2 files are deployed, from a live read or a
 * saved snapshot, with the report alone on stdout. MOE-03's verdict is Microsoft's (Learn:
 * "Network isolation with managed online endpoints"); the YAML keys are those of "CLI (v2)
 * online endpoint YAML schema".
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { cliTarget, runCli, type CliRun } from '../../emulator/run-cli.js'
import { getScenario } from '../../emulator/scenarios/index.js'
import { startEmulator, type Emulator } from '../../emulator/server.js'
import type { ReportPlanned } from '../../src/report/model.js'
import { reportValidator } from '../report/schemas.js'
import { secureSnapshot } from '../checks/fixtures.js'

const PUBLIC_ENDPOINT = `$schema: https://azuremlschemas.azureedge.net/latest/managedOnlineEndpoint.schema.json
name: fraud-score
auth_mode: aml_token
public_network_access: enabled
`

interface JsonReport {
  results: Array<{ checkId: string; outcome: string; resource: { name: string } }>
  planned?: ReportPlanned
}

describe('the CLI with --deployment-files on a secured workspace', () => {
  let emulator: Emulator
  /** The live workspace, saved with no planned part. */
  let snapshot: string
  let live: CliRun

  beforeAll(async () => {
    emulator = await startEmulator(getScenario('secured'))
    live = await runCli(
      [
        ...cliTarget(emulator),
        '--fail-on',
        'isolation',
        '--deployment-files',
        'deploy/endpoint.yml',
        '--format',
        'json',
        '--save-snapshot',
        'out/snap.json'
      ],
      { emulator, keepDir: true, files: { 'deploy/endpoint.yml': PUBLIC_ENDPOINT } }
    )
    const saved = JSON.parse(fs.readFileSync(path.join(live.dir, 'out', 'snap.json'), 'utf8'))
    fs.rmSync(live.dir, { recursive: true, force: true })
    expect(saved.planned.files).toEqual(['deploy/endpoint.yml'])
    // The fixture of the offline runs: the live reads alone, as a run without files saves them.
    delete saved.planned
    snapshot = JSON.stringify(saved)
  })
  afterAll(() => emulator.close())

  it('reads Azure and the file, prints only the JSON report, and fails the gate on the planned state', () => {
    expect(emulator.requests.some(r => r.service === 'arm')).toBe(true)
    expect(live.exitCode).toBe(1)
    const report = JSON.parse(live.stdout) as JsonReport
    expect(reportValidator()(report)).toBe(true)
    expect(report.planned?.checks.find(c => c.checkId === 'MOE-03')).toMatchObject({
      live: 'pass',
      planned: 'fail'
    })
    expect(live.stderr).toMatch(
      /Inference environment check failed \(fail-on: isolation\):\n- MOE-03 fail \(error\): fraud-score/
    )
  })

  it('--from-snapshot with the file named now: the JSON report shows the change, exit 1', async () => {
    const run = await runCli(
      [
        '--from-snapshot',
        'snap.json',
        '--deployment-files',
        'deploy/endpoint.yml',
        '--fail-on',
        'isolation',
        '--format',
        'json'
      ],
      { files: { 'snap.json': snapshot, 'deploy/endpoint.yml': PUBLIC_ENDPOINT } }
    )
    expect(run.exitCode).toBe(1)
    const report = JSON.parse(run.stdout) as JsonReport
    expect(reportValidator()(report)).toBe(true)
    expect(report.planned).toMatchObject({ gateOn: 'planned', files: ['deploy/endpoint.yml'] })
    expect(report.planned?.checks.find(c => c.checkId === 'MOE-03')).toEqual({
      checkId: 'MOE-03',
      live: 'pass',
      planned: 'fail',
      sources: [
        {
          kind: 'onlineEndpoint',
          name: 'fraud-score',
          file: 'deploy/endpoint.yml',
          line: 4,
          key: 'public_network_access',
          value: 'enabled'
        }
      ]
    })
    expect(
      report.results.some(
        r => r.checkId === 'MOE-03' && r.resource.name === 'fraud-score' && r.outcome === 'fail'
      )
    ).toBe(true)
    expect(run.stderr).toContain('- MOE-03 fail (error): fraud-score')
  })

  it('without the flag, the same snapshot passes: the change alone fails the gate', async () => {
    const run = await runCli(
      ['--from-snapshot', 'snap.json', '--fail-on', 'isolation', '--format', 'json'],
      { files: { 'snap.json': snapshot } }
    )
    expect(run.exitCode).toBe(0)
    expect((JSON.parse(run.stdout) as JsonReport).planned).toBeUndefined()
  })

  it('--format text says the check fails after this PR, with the file and line', async () => {
    const run = await runCli(
      [
        '--from-snapshot',
        'snap.json',
        '--deployment-files=deploy/*.yml',
        '--fail-on',
        'isolation',
        '--format',
        'text'
      ],
      {
        files: { 'snap.json': snapshot, 'deploy/endpoint.yml': PUBLIC_ENDPOINT },
        env: { NO_COLOR: '1' }
      }
    )
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toContain(
      'What this change does: deploy/endpoint.yml laid over the live workspace; fail-on judges the planned state.\n' +
        '  MOE-03: passes now, fails after this PR (endpoint fraud-score in deploy/endpoint.yml line 4 sets public_network_access: enabled)'
    )
    // The fix is in the file: the endpoint does not exist yet.
    expect(run.stdout).toContain(
      'Fix: Set `public_network_access: disabled` in deploy/endpoint.yml line 4 (now `public_network_access: enabled`), then deploy the file.'
    )
    expect(run.stdout).not.toContain('az ml online-endpoint update')
  })

  it('--gate-on live passes (nothing public is deployed yet) and still says what changes', async () => {
    const run = await runCli(
      [
        '--from-snapshot',
        'snap.json',
        '--deployment-files',
        'deploy/endpoint.yml',
        '--gate-on',
        'live',
        '--fail-on',
        'isolation',
        '--format',
        'sarif'
      ],
      { files: { 'snap.json': snapshot, 'deploy/endpoint.yml': PUBLIC_ENDPOINT } }
    )
    expect(run.exitCode).toBe(0)
    // SARIF on stdout parses: nothing else was written there.
    expect(JSON.parse(run.stdout)).toMatchObject({ version: '2.1.0' })
    expect(run.stderr).not.toContain('check failed')
  })

  it('a file that cannot be judged: the error with file, line and fix on stderr, exit 2, nothing on stdout', async () => {
    const run = await runCli(
      [
        '--from-snapshot',
        'snap.json',
        '--deployment-files',
        'deploy/endpoint.yml',
        '--format',
        'json'
      ],
      {
        files: {
          'snap.json': snapshot,
          'deploy/endpoint.yml': PUBLIC_ENDPOINT.replace('enabled', 'open')
        }
      }
    )
    expect(run.exitCode).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).not.toMatch(/\n\s+at |bug/)
    expect(run.stderr).toContain(
      '\nerror: --deployment-files: "deploy/endpoint.yml" line 4: `public_network_access` is "open"; Microsoft\'s managedOnlineEndpoint schema allows enabled, disabled. Fix the value in the file.\n'
    )
  })

  it('refuses a pattern outside the current directory, in the words of a terminal', async () => {
    const run = await runCli(
      ['--from-snapshot', 'snap.json', '--deployment-files', '../deploy/*.yml'],
      { files: { 'snap.json': snapshot } }
    )
    expect(run.exitCode).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toContain(
      '\nerror: --deployment-files: the pattern "../deploy/*.yml" points outside the current directory. Name the files relative to it, such as deploy/endpoint.yml or deploy/**/*.yml.\n'
    )
  })
})

describe('the CLI with --terraform-plan', () => {
  // NET-01 is Microsoft's (Learn: "Configure a private endpoint for an Azure Machine Learning
  // workspace": public network access disabled); the plan is shaped like `terraform show -json`.
  const plan = fs.readFileSync(
    new URL('../fixtures/planned/terraform/workspace-public.json', import.meta.url),
    'utf8'
  )

  it('judges the plan over a saved snapshot: the JSON report shows the change, exit 1', async () => {
    const run = await runCli(
      [
        '--from-snapshot',
        'snap.json',
        '--terraform-plan',
        'infra/tfplan.json',
        '--fail-on',
        'isolation',
        '--format',
        'json'
      ],
      { files: { 'snap.json': JSON.stringify(secureSnapshot()), 'infra/tfplan.json': plan } }
    )
    expect(run.stderr).not.toContain('Error:')
    expect(run.exitCode).toBe(1)
    const report = JSON.parse(run.stdout) as JsonReport
    expect(reportValidator()(report)).toBe(true)
    expect(report.planned?.files).toEqual(['infra/tfplan.json'])
    expect(report.planned?.checks.find(c => c.checkId === 'NET-01')).toMatchObject({
      live: 'pass',
      planned: 'fail',
      sources: [
        expect.objectContaining({
          kind: 'armResource',
          route: 'terraform',
          address: 'azurerm_machine_learning_workspace.main',
          value: 'Modify'
        })
      ]
    })
  })

  it('a state file named as the plan: the error and the fix on stderr, exit 2, nothing on stdout', async () => {
    const run = await runCli(
      ['--from-snapshot', 'snap.json', '--terraform-plan', 'infra/tfplan.json'],
      {
        files: {
          'snap.json': JSON.stringify(secureSnapshot()),
          'infra/tfplan.json': JSON.stringify({ format_version: '1.0', values: {} })
        }
      }
    )
    expect(run.exitCode).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toContain('--terraform-plan')
    expect(run.stderr).toContain('terraform show -json')
    expect(run.stderr).not.toMatch(/\n\s+at /u)
  })
})

describe("the CLI with --arm-template (what-if through the CLI's sign-in)", () => {
  // Deployments_WhatIf at the resource group (REST spec Microsoft.Resources/deployments
  // 2025-04-01, example PostDeploymentWhatIfOnResourceGroup.json); MOE-03 as above.
  const template = JSON.stringify({
    $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
    contentVersion: '1.0.0.0',
    parameters: { workspaceName: { type: 'string' } },
    resources: [
      {
        type: 'Microsoft.MachineLearningServices/workspaces/onlineEndpoints',
        apiVersion: '2024-10-01',
        name: "[concat(parameters('workspaceName'), '/fraud-score')]",
        location: '[resourceGroup().location]',
        identity: { type: 'SystemAssigned' },
        properties: { authMode: 'AMLToken', publicNetworkAccess: 'Enabled' }
      }
    ]
  })
  let emulator: Emulator
  beforeAll(async () => {
    emulator = await startEmulator(getScenario('secured'))
  })
  afterAll(() => emulator.close())

  it('asks what-if, prints only the JSON report, and fails on the planned public endpoint', async () => {
    const parameters = JSON.stringify({
      parameters: { workspaceName: { value: emulator.scenario.target.workspaceName } }
    })
    const run = await runCli(
      [
        ...cliTarget(emulator),
        '--arm-template',
        'infra/main.json',
        '--arm-parameters',
        'infra/main.parameters.json',
        '--fail-on',
        'isolation',
        '--format',
        'json'
      ],
      {
        emulator,
        files: { 'infra/main.json': template, 'infra/main.parameters.json': parameters }
      }
    )
    expect(run.exitCode).toBe(1)
    expect(emulator.requests.some(r => r.method === 'POST' && /\/whatif$/i.test(r.path))).toBe(true)
    const report = JSON.parse(run.stdout) as JsonReport
    expect(reportValidator()(report)).toBe(true)
    expect(report.planned?.checks.find(c => c.checkId === 'MOE-03')).toMatchObject({
      live: 'pass',
      planned: 'fail',
      sources: [expect.objectContaining({ route: 'what-if', name: 'fraud-score', value: 'Create' })]
    })
  })
})
