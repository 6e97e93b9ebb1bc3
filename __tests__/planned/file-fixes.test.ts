// The fix of a failure that a deployment file of the change causes is in that file: "set
// `public_network_access: disabled` in deploy/endpoint.yml line 4", not `az ml online-endpoint
// update` against an endpoint that does not exist yet (or that deploying the file would make
// public again). MOE-03: Microsoft Learn "Network isolation with managed online endpoints"
// (public_network_access=disabled); MOE-04: egress_public_network_access cannot change on an
// existing deployment ("CLI (v2) managed online deployment YAML schema"), so a live one keeps
// the check's recreate commands.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parsePlannedFiles, type PlannedFile } from '../../src/planned/cli-v2.js'
import { evaluate, evaluateSettingsOf } from '../../src/run/pipeline.js'
import { parseFailOn } from '../../src/settings/inputs.js'
import { renderComment } from '../../src/report/comment.js'
import { renderTerminal } from '../../src/report/terminal.js'
import { buildAnnotations } from '../../src/report/annotations.js'
import { renderSarif } from '../../src/report/sarif.js'
import { reportSchemaProblem } from '../../src/report/report-schema.js'
import { renderJsonReport } from '../../src/report/model.js'
import type { Snapshot } from '../../src/model/snapshot.js'
import {
  keyed,
  managedDeployment,
  ok,
  onlineEndpoint,
  secureSnapshot,
  workspace
} from '../checks/fixtures.js'

const FIXTURES = new URL('../fixtures/planned/', import.meta.url)
const quiet = { info: () => undefined, warning: () => undefined }

const fixture = (name: string): PlannedFile => ({
  path: `deploy/${name}`,
  content: readFileSync(new URL(name, FIXTURES), 'utf8')
})

function withPlanned(snapshot: Snapshot, ...files: PlannedFile[]): Snapshot {
  return { ...snapshot, planned: { files: files.map(f => f.path), ...parsePlannedFiles(files) } }
}

function run(snapshot: Snapshot, gateOn: 'planned' | 'live' = 'planned') {
  const failOn = parseFailOn('any')
  if (typeof failOn === 'string') throw new Error(failOn)
  const settings = { failOn, failOnText: 'any', allowUnknown: false, configFile: 'x.yml', gateOn }
  return evaluate(snapshot, evaluateSettingsOf(settings, []), quiet)
}

const resultOf = (snapshot: Snapshot, checkId: string, name: string, gateOn?: 'live') =>
  run(snapshot, gateOn).report.results.find(r => r.checkId === checkId && r.resource.name === name)

const deploymentFile = (name: string, egress?: string): PlannedFile => ({
  path: `deploy/${name}-deployment.yml`,
  content: `$schema: https://azuremlschemas.azureedge.net/latest/managedOnlineDeployment.schema.json
name: ${name}
endpoint_name: ep-private
instance_type: Standard_DS3_v2
${egress ? `egress_public_network_access: ${egress}\n` : ''}`
})

describe('a new endpoint made public by its file (MOE-03)', () => {
  const snapshot = withPlanned(secureSnapshot(), fixture('endpoint-public.yml'))

  it('is fixed in the file, at the line of the key, with no command against Azure', () => {
    const result = resultOf(snapshot, 'MOE-03', 'fraud-score')
    expect(result?.outcome).toBe('fail')
    expect(result?.remedy).toEqual({
      commands: [],
      edit: {
        file: 'deploy/endpoint-public.yml',
        line: 5,
        key: 'public_network_access',
        value: 'disabled',
        current: 'enabled'
      }
    })
  })

  it('says so wherever the fix is shown: comment, terminal, annotation, SARIF, JSON', () => {
    const { report } = run(snapshot)
    const comment = renderComment(report, { marker: '<!-- m -->' })
    expect(comment).toContain(
      '**MOE-03 · <code>fraud-score</code>**: Set <code>public\\_network\\_access: disabled</code> in <code>deploy/endpoint-public.yml</code> line 5 (now <code>public\\_network\\_access: enabled</code>), then deploy the file.'
    )
    const terminal = renderTerminal(report, { color: false })
    expect(terminal).toContain(
      'Fix: Set `public_network_access: disabled` in deploy/endpoint-public.yml line 5 (now `public_network_access: enabled`), then deploy the file.'
    )
    const annotation = buildAnnotations(report).find(a => a.title.startsWith('MOE-03'))
    expect(annotation?.message).toContain(
      'Fix: Set `public_network_access: disabled` in deploy/endpoint-public.yml line 5'
    )
    expect(renderSarif(report)).toContain(
      'Fix: Set `public_network_access: disabled` in deploy/endpoint-public.yml line 5'
    )
    for (const shown of [comment, terminal, annotation?.message ?? '', renderSarif(report)]) {
      expect(shown).not.toContain('online-endpoint update --name fraud-score')
    }
    expect(reportSchemaProblem(JSON.parse(renderJsonReport(report)))).toBeUndefined()
  })

  it('says to add the key when the file leaves it out (the service default, enabled, applies)', () => {
    const result = resultOf(
      withPlanned(secureSnapshot(), fixture('endpoint-default.yml')),
      'MOE-03',
      'fraud-score'
    )
    expect(result?.remedy?.edit).toEqual({
      file: 'deploy/endpoint-default.yml',
      line: 2,
      key: 'public_network_access',
      value: 'disabled'
    })
  })

  it('keeps the command for a live endpoint no file touches, and for the live state (gate-on: live)', () => {
    const live = secureSnapshot({
      onlineEndpoints: ok([onlineEndpoint('ep-public', { publicNetworkAccess: 'Enabled' })])
    })
    const planned = withPlanned(live, fixture('endpoint-public.yml'))
    expect(resultOf(planned, 'MOE-03', 'ep-public')?.remedy?.commands[0]).toMatch(
      /^az ml online-endpoint update --name ep-public /
    )
    expect(resultOf(planned, 'MOE-03', 'ep-public')?.remedy?.edit).toBeUndefined()
  })

  it('is fixed in the file too when the file replaces a live public endpoint: deploying it would undo an update', () => {
    const live = secureSnapshot({
      onlineEndpoints: ok([onlineEndpoint('fraud-score', { publicNetworkAccess: 'Enabled' })])
    })
    const planned = withPlanned(live, fixture('endpoint-public.yml'))
    expect(resultOf(planned, 'MOE-03', 'fraud-score')?.remedy?.edit?.file).toBe(
      'deploy/endpoint-public.yml'
    )
    // The live state, judged alone, keeps the command.
    expect(resultOf(planned, 'MOE-03', 'fraud-score', 'live')?.remedy?.commands[0]).toMatch(
      /^az ml online-endpoint update --name fraud-score /
    )
  })
})

describe('a deployment with internet egress in a workspace without a managed network (MOE-04)', () => {
  const live = secureSnapshot({
    workspace: ok(workspace({ managedNetwork: { isolationMode: 'Disabled' } })),
    onlineEndpoints: ok([onlineEndpoint('ep-private', { publicNetworkAccess: 'Disabled' })]),
    onlineDeployments: keyed([
      [onlineEndpoint('ep-private').id, ok([managedDeployment('ep-private', 'blue', 'Enabled')])]
    ])
  })

  it('a new one is fixed in its file', () => {
    const planned = withPlanned(live, deploymentFile('green', 'enabled'))
    expect(resultOf(planned, 'MOE-04', 'ep-private/green')?.remedy).toEqual({
      commands: [],
      edit: {
        file: 'deploy/green-deployment.yml',
        line: 5,
        key: 'egress_public_network_access',
        value: 'disabled',
        current: 'enabled'
      }
    })
  })

  it('a live one keeps the recreate commands: the setting cannot change on an existing deployment', () => {
    const planned = withPlanned(live, deploymentFile('blue'))
    const result = resultOf(planned, 'MOE-04', 'ep-private/blue')
    expect(result?.outcome).toBe('fail')
    expect(result?.remedy?.edit).toBeUndefined()
    expect(result?.remedy?.commands[0]).toMatch(/^az ml online-deployment create /)
  })
})
