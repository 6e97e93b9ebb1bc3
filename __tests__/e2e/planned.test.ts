/**
 * deployment-files end to end (issue 21, docs/planned.md): the action judges the workspace as it
 * will be after the Azure ML CLI v2 files of the pull request are deployed, before they are.
 * MOE-03's verdict is Microsoft's (Learn: "Network isolation with managed online endpoints");
 * the YAML keys are those of "CLI (v2) online endpoint YAML schema".
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { NO_AZURE_INPUTS, runAction, type ActionRun } from '../../emulator/run-action.js'

const PUBLIC_ENDPOINT = `$schema: https://azuremlschemas.azureedge.net/latest/managedOnlineEndpoint.schema.json
name: fraud-score
auth_mode: aml_token
public_network_access: enabled
`

const FIXED_ENDPOINT = `$schema: https://azuremlschemas.azureedge.net/latest/managedOnlineEndpoint.schema.json
name: credit-scoring
auth_mode: aml_token
public_network_access: disabled
`

const bodyOf = (run: ActionRun): string => run.comments.map(c => c.body).join('\n')

describe('a pull request that adds a public endpoint to a secured workspace', () => {
  let run: ActionRun
  beforeAll(async () => {
    run = await runAction({
      scenario: 'secured',
      inputs: { 'fail-on': 'isolation', 'deployment-files': 'deploy/*.yml' },
      workspaceFiles: { 'deploy/endpoint.yml': PUBLIC_ENDPOINT }
    })
  })

  it('fails the step before the endpoint exists', () => {
    expect(run.exitCode).toBe(1)
    expect(run.outputs['result']).toBe('fail')
    expect(run.outputs['failed-checks']).toBe('MOE-03')
    // The live workspace was read (the run below that stops early reads none of it).
    expect(run.emulator.requests.some(r => r.service === 'arm')).toBe(true)
  })

  it('says in the comment that MOE-03 fails after this PR, with the file and line', () => {
    expect(bodyOf(run)).toContain(
      '- MOE-03: passes now, **fails after this PR** (endpoint <code>fraud-score</code> in <code>deploy/endpoint.yml</code> line 4 sets <code>public\\_network\\_access: enabled</code>)'
    )
  })

  it('tells the reviewer to change the file, not to update an endpoint that does not exist yet', () => {
    expect(bodyOf(run)).toContain(
      '**MOE-03 · <code>fraud-score</code>**: Set <code>public\\_network\\_access: disabled</code> in <code>deploy/endpoint.yml</code> line 4 (now <code>public\\_network\\_access: enabled</code>), then deploy the file.'
    )
    expect(bodyOf(run)).not.toContain('az ml online-endpoint update')
  })

  it('annotates the line of the file that makes it public', () => {
    expect(run.annotations).toContainEqual(
      expect.objectContaining({ level: 'error', file: 'deploy/endpoint.yml', line: 4 })
    )
  })

  it('passes with gate-on: live (nothing public is deployed yet), and still says what changes', async () => {
    const live = await runAction({
      scenario: 'secured',
      inputs: { 'fail-on': 'isolation', 'deployment-files': 'deploy/*.yml', 'gate-on': 'live' },
      workspaceFiles: { 'deploy/endpoint.yml': PUBLIC_ENDPOINT }
    })
    expect(live.exitCode).toBe(0)
    expect(bodyOf(live)).toContain('**fails after this PR**')
  })
})

describe('a pull request that fixes a live public endpoint', () => {
  it('says "fixed by this PR"', async () => {
    const run = await runAction({
      scenario: 'public',
      inputs: { 'fail-on': 'isolation', 'deployment-files': 'deploy/endpoint.yml' },
      workspaceFiles: { 'deploy/endpoint.yml': FIXED_ENDPOINT }
    })
    expect(bodyOf(run)).toContain(
      '- MOE-03: fails now, **fixed by this PR** (endpoint <code>credit-scoring</code> in <code>deploy/endpoint.yml</code> line 4 sets <code>public\\_network\\_access: disabled</code>)'
    )
    // The workspace itself is still public: the gate still fails, on the other checks.
    expect(run.exitCode).toBe(1)
    expect(run.outputs['failed-checks']?.split(',')).not.toContain('MOE-03')
  })
})

describe('a deployment file that cannot be judged', () => {
  it('stops before Azure with the file, the line and the fix', async () => {
    const run = await runAction({
      scenario: 'secured',
      inputs: { 'fail-on': 'isolation', 'deployment-files': 'deploy/endpoint.yml' },
      workspaceFiles: {
        'deploy/endpoint.yml': PUBLIC_ENDPOINT.replace('enabled', 'open')
      }
    })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toContain(
      '`deployment-files`: "deploy/endpoint.yml" line 4: `public_network_access` is "open"; Microsoft\'s managedOnlineEndpoint schema allows enabled, disabled. Fix the value in the file.'
    )
    expect(run.emulator.requests.some(r => r.service === 'arm')).toBe(false)
  })
})

describe('offline: the saved snapshot keeps the planned part', () => {
  it('from-snapshot re-evaluates live and planned without the files or Azure', async () => {
    const live = await runAction({
      scenario: 'secured',
      inputs: {
        'fail-on': 'isolation',
        'deployment-files': 'deploy/endpoint.yml',
        'snapshot-file': 'out/snapshot.json'
      },
      workspaceFiles: { 'deploy/endpoint.yml': PUBLIC_ENDPOINT },
      keepRunDir: true
    })
    const saved = fs.readFileSync(
      path.join(live.runDir, 'workspace', 'out', 'snapshot.json'),
      'utf8'
    )
    fs.rmSync(live.runDir, { recursive: true, force: true })
    expect(JSON.parse(saved).planned.files).toEqual(['deploy/endpoint.yml'])
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
    expect(bodyOf(offline)).toContain(
      '- MOE-03: passes now, **fails after this PR** (endpoint <code>fraud-score</code> in <code>deploy/endpoint.yml</code> line 4 sets <code>public\\_network\\_access: enabled</code>)'
    )
  })
})
