/**
 * terraform-plan end to end (issue 21 item 3, docs/planned.md): the action judges the workspace as
 * the Terraform plan leaves it, before `terraform apply`. NET-01's verdict is Microsoft's (Learn:
 * "Configure a private endpoint for an Azure Machine Learning workspace": public network access
 * disabled); the plan is shaped like `terraform show -json` output (format 1.2, azurerm 4.x).
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { NO_AZURE_INPUTS, runAction, type ActionRun } from '../../emulator/run-action.js'

/** The unit tests' plan, with the ids of the emulator's `secured` workspace. */
const PLAN = [
  ['00000000-1111-2222-3333-444444444444', '11111111-2222-3333-4444-555555555555'],
  ['testworkspacestorage', 'stmlws0427'],
  ['testworkspacekv', 'kv-mlws-0427'],
  ['testworkspaceacr', 'crmlws0427'],
  ['testworkspaceai', 'appi-mlws-0427'],
  ['testworkspace', 'ml-ws'],
  ['workspace-1234', 'ml-rg'],
  ['eastus2euap', 'eastus2']
].reduce(
  (text, [from, to]) => text.split(from!).join(to!),
  fs.readFileSync(
    new URL('../fixtures/planned/terraform/workspace-public.json', import.meta.url),
    'utf8'
  )
)

const bodyOf = (run: ActionRun): string => run.comments.map(c => c.body).join('\n')

describe('a pull request whose Terraform plan makes the workspace public', () => {
  let run: ActionRun
  beforeAll(async () => {
    run = await runAction({
      scenario: 'secured',
      inputs: { 'fail-on': 'isolation', 'terraform-plan': 'infra/tfplan.json' },
      workspaceFiles: { 'infra/tfplan.json': PLAN }
    })
  })

  it('fails the step before the plan is applied', () => {
    expect(run.exitCode).toBe(1)
    expect(run.outputs['result']).toBe('fail')
    expect(run.outputs['failed-checks']).toBe('NET-01')
  })

  it('says in the comment that NET-01 fails after this PR, naming the plan and the resource', () => {
    expect(bodyOf(run)).toContain(
      '- NET-01: passes now, **fails after this PR** (workspace <code>ml-ws</code> (<code>azurerm\\_machine\\_learning\\_workspace.main</code>) changed in the Terraform plan <code>infra/tfplan.json</code>)'
    )
    // The fix belongs in the Terraform configuration: a command run now would be undone by the apply.
    expect(bodyOf(run)).toContain(
      'Make this change in the Terraform configuration of <code>azurerm\\_machine\\_learning\\_workspace.main</code> (the plan <code>infra/tfplan.json</code>), not with the command: the apply would undo it.'
    )
  })

  it('passes with gate-on: live (nothing is applied yet), and still says what changes', async () => {
    const live = await runAction({
      scenario: 'secured',
      inputs: {
        'fail-on': 'isolation',
        'terraform-plan': 'infra/tfplan.json',
        'gate-on': 'live'
      },
      workspaceFiles: { 'infra/tfplan.json': PLAN }
    })
    expect(live.exitCode).toBe(0)
    expect(bodyOf(live)).toContain('- NET-01: passes now, **fails after this PR**')
  })

  it('from-snapshot re-evaluates the saved planned part without the plan file or Azure', async () => {
    const saving = await runAction({
      scenario: 'secured',
      inputs: {
        'fail-on': 'isolation',
        'terraform-plan': 'infra/tfplan.json',
        'snapshot-file': 'out/snapshot.json'
      },
      workspaceFiles: { 'infra/tfplan.json': PLAN },
      keepRunDir: true
    })
    const saved = fs.readFileSync(
      path.join(saving.runDir, 'workspace', 'out', 'snapshot.json'),
      'utf8'
    )
    fs.rmSync(saving.runDir, { recursive: true, force: true })
    expect(
      JSON.parse(saved).planned.armResources.map((r: { address: string }) => r.address)
    ).toEqual(['azurerm_machine_learning_workspace.main'])
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
    expect(offline.outputs['failed-checks']).toBe('NET-01')
    expect(bodyOf(offline)).toContain('- NET-01: passes now, **fails after this PR**')
    expect(offline.emulator.requests.some(r => r.service === 'arm')).toBe(false)
  })
})

describe('a plan file that is not a plan', () => {
  it('stops before Azure with the file and the fix (a state, not a plan)', async () => {
    const state = JSON.stringify({
      format_version: '1.0',
      terraform_version: '1.9.8',
      values: { root_module: { resources: [] } }
    })
    const run = await runAction({
      scenario: 'secured',
      inputs: { 'fail-on': 'isolation', 'terraform-plan': 'infra/tfplan.json' },
      workspaceFiles: { 'infra/tfplan.json': state }
    })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toContain(
      '`terraform-plan`: "infra/tfplan.json" holds a Terraform state, not a plan (it has no `resource_changes`): run terraform show -json on the plan file'
    )
    expect(run.stdout).not.toMatch(/\n\s+at /)
    expect(run.emulator.requests.some(r => r.service === 'arm')).toBe(false)
  })
})
