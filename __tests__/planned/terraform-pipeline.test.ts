// A Terraform plan through the whole evaluation (src/run/pipeline.ts): the checks judge the live
// workspace and the workspace as the plan leaves it, the gate judges the planned state, and the
// comment says what the plan changes. NET-01 and NET-02 are Microsoft's (Learn: "Configure a
// private endpoint for an Azure Machine Learning workspace": public network access disabled, an
// approved private endpoint); MOE-03 is "Network isolation with managed online endpoints"
// (public_network_access disabled).
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import type { Snapshot } from '../../src/model/snapshot.js'
import { parseTerraformPlan } from '../../src/planned/terraform.js'
import { plainText } from '../../src/model/text.js'
import { renderComment } from '../../src/report/comment.js'
import { evaluate, evaluateSettingsOf } from '../../src/run/pipeline.js'
import { parseFailOn } from '../../src/settings/inputs.js'
import { SUBSCRIPTION, ok, secureSnapshot, workspace } from '../checks/fixtures.js'

const quiet = { info: () => undefined, warning: () => undefined }

function withPlan(snapshot: Snapshot, name: string): Snapshot {
  const content = readFileSync(
    new URL(`../fixtures/planned/terraform/${name}`, import.meta.url),
    'utf8'
  )
  const file = `infra/${name}`
  const { armResources } = parseTerraformPlan({ path: file, content }, SUBSCRIPTION)
  return { ...snapshot, planned: { files: [file], resources: [], armResources } }
}

function run(snapshot: Snapshot) {
  const failOn = parseFailOn('isolation')
  if (typeof failOn === 'string') throw new Error(failOn)
  return evaluate(
    snapshot,
    evaluateSettingsOf(
      { failOn, failOnText: 'isolation', allowUnknown: false, configFile: 'x.yml' },
      []
    ),
    quiet
  )
}

const changed = (report: ReturnType<typeof run>['report']) =>
  report.planned?.checks
    .filter(c => c.live !== c.planned)
    .map(c => `${c.checkId}: ${c.live} → ${c.planned}`)

describe('a Terraform plan through evaluate', () => {
  it('a plan that makes the workspace public fails the gate before it is applied', () => {
    const live = secureSnapshot()
    expect(run(live).verdict.failed).toBe(false)
    const { report, verdict } = run(withPlan(live, 'workspace-public.json'))
    expect(verdict.failed).toBe(true)
    expect(verdict.failedCheckIds).toEqual(['NET-01'])
    // Only NET-01 changes: the managed network's provisioning status (never in a plan) stays as read.
    expect(changed(report)).toEqual(['NET-01: pass → fail'])
    expect(renderComment(report, { marker: '<!-- m -->' })).toContain(
      '- NET-01: passes now, **fails after this PR** (workspace <code>testworkspace</code> (<code>azurerm\\_machine\\_learning\\_workspace.main</code>) changed in the Terraform plan <code>infra/workspace-public.json</code>)'
    )
  })

  it('an azapi online endpoint with public access fails MOE-03 after this PR', () => {
    const { report, verdict } = run(withPlan(secureSnapshot(), 'azapi-endpoint.json'))
    expect(verdict.failedCheckIds).toEqual(['MOE-03'])
    expect(renderComment(report, { marker: '<!-- m -->' })).toContain(
      '- MOE-03: passes now, **fails after this PR** (endpoint <code>fraud-score</code> (<code>azapi\\_resource.endpoint</code>) created in the Terraform plan <code>infra/azapi-endpoint.json</code>)'
    )
  })

  it('a private endpoint whose subnet is known only after apply: NET-02 is unknown after this PR, with the cause', () => {
    // Live: the workspace has no private endpoint yet (NET-02 fails); the plan adds one.
    const live = secureSnapshot({ workspace: ok(workspace({ privateEndpointConnections: [] })) })
    expect(run(live).report.results.find(r => r.checkId === 'NET-02')?.outcome).toBe('fail')
    const { report, verdict } = run(withPlan(live, 'unknown-subnet.json'))
    const net02 = report.results.find(r => r.checkId === 'NET-02')
    expect(net02?.outcome).toBe('unknown')
    expect(net02?.detail).toContain('pe-scoring')
    expect(plainText(net02!.cause!.summary)).toBe(
      'The planned change does not say what private endpoint pe-scoring will be: the plan leaves subnet_id of azurerm_private_endpoint.scoring known only after apply (infra/unknown-subnet.json).'
    )
    expect(changed(report)).toContain('NET-02: fail → unknown')
    const comment = renderComment(report, { marker: '<!-- m -->' })
    // The result is the workspace's, not the endpoint's: the cause names the planned resource.
    expect(comment).toContain('- NET-02, NET-03: fails now, **is unknown after this PR**\n')
    expect(comment).toContain(
      'The planned change does not say what private endpoint <code>pe-scoring</code> will be: the plan leaves subnet\\_id of azurerm\\_private\\_endpoint.scoring known only after apply (infra/unknown-subnet.json).'
    )
    // Unknown is not a pass: the gate still fails.
    expect(verdict.failed).toBe(true)
  })
})
