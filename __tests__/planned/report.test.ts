// What reviewers see with deployment-files: the gate judges the planned state (gate-on), and the
// comment names each check this pull request changes, with the file and line behind it.
// MOE-03's verdict is Microsoft's (Learn: "Network isolation with managed online endpoints":
// public_network_access disabled), the YAML keys are from "CLI (v2) online endpoint YAML schema".
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parsePlannedFiles } from '../../src/planned/cli-v2.js'
import { evaluate, evaluateSettingsOf } from '../../src/run/pipeline.js'
import { parseFailOn } from '../../src/settings/inputs.js'
import { renderComment } from '../../src/report/comment.js'
import { renderSummary } from '../../src/report/summary.js'
import { buildAnnotations } from '../../src/report/annotations.js'
import { plannedLocations } from '../../src/report/planned.js'
import type { Snapshot } from '../../src/model/snapshot.js'
import { reportSchemaProblem } from '../../src/report/report-schema.js'
import { renderJsonReport } from '../../src/report/model.js'
import { ok, onlineEndpoint, secureSnapshot } from '../checks/fixtures.js'

const FIXTURES = new URL('../fixtures/planned/', import.meta.url)
const quiet = { info: () => undefined, warning: () => undefined }

function withPlanned(snapshot: Snapshot, ...names: string[]): Snapshot {
  const files = names.map(name => ({
    path: `deploy/${name}`,
    content: readFileSync(new URL(name, FIXTURES), 'utf8')
  }))
  return { ...snapshot, planned: { files: files.map(f => f.path), ...parsePlannedFiles(files) } }
}

function run(snapshot: Snapshot, gateOn?: 'planned' | 'live' | 'both') {
  const failOn = parseFailOn('any')
  if (typeof failOn === 'string') throw new Error(failOn)
  return evaluate(
    snapshot,
    evaluateSettingsOf(
      {
        failOn,
        failOnText: 'any',
        allowUnknown: false,
        configFile: 'x.yml',
        ...(gateOn ? { gateOn } : {})
      },
      []
    ),
    quiet
  )
}

const comment = (snapshot: Snapshot, gateOn?: 'planned' | 'live' | 'both'): string =>
  renderComment(run(snapshot, gateOn).report, { marker: '<!-- m -->' })

describe('a pull request that makes an endpoint public', () => {
  const snapshot = withPlanned(secureSnapshot(), 'endpoint-public.yml')

  it('fails the gate on the planned state by default, and passes on live', () => {
    expect(run(secureSnapshot()).verdict.failed).toBe(false)
    expect(run(snapshot).verdict.failedCheckIds).toEqual(['MOE-03'])
    expect(run(snapshot, 'live').verdict.failed).toBe(false)
    expect(run(snapshot, 'both').verdict.failedCheckIds).toEqual(['MOE-03'])
  })

  it('says so in the comment, with the file, line and key', () => {
    const body = comment(snapshot)
    expect(body).toContain('#### What this pull request changes')
    expect(body).toContain(
      '- MOE-03: passes now, **fails after this PR** (endpoint <code>fraud-score</code> in <code>deploy/endpoint-public.yml</code> line 5 sets <code>public\\_network\\_access: enabled</code>)'
    )
    // The results are those of the planned workspace.
    expect(body).toMatch(/<code>fraud-score<\/code> \| ❌/u)
  })

  it('says so in the job summary too', () => {
    expect(renderSummary(run(snapshot).report)).toContain(
      '- MOE-03: passes now, **fails after this PR** (endpoint <code>fraud-score</code>'
    )
  })

  it('annotates the line of the deployment file', () => {
    const { report } = run(snapshot)
    const annotations = buildAnnotations(report, {
      locations: plannedLocations(snapshot, report.results)
    })
    expect(annotations).toContainEqual(
      expect.objectContaining({
        level: 'error',
        file: 'deploy/endpoint-public.yml',
        line: 5,
        message: expect.stringMatching(/^fraud-score: public_network_access is set here\. /)
      })
    )
  })

  it('names a key the file leaves out and the default that applies', () => {
    expect(comment(withPlanned(secureSnapshot(), 'endpoint-default.yml'))).toContain(
      '- MOE-03: passes now, **fails after this PR** (endpoint <code>fraud-score</code> in <code>deploy/endpoint-default.yml</code> line 2 does not set <code>public\\_network\\_access</code> (the service default, enabled, applies))'
    )
  })
})

describe('a pull request that fixes a live public endpoint', () => {
  const live = secureSnapshot({
    onlineEndpoints: ok([onlineEndpoint('ep-public', { publicNetworkAccess: 'Enabled' })])
  })
  const snapshot = withPlanned(live, 'endpoint-fix.yml')

  it('passes the planned gate, fails gate-on live and both', () => {
    expect(run(snapshot).verdict.failed).toBe(false)
    expect(run(snapshot, 'live').verdict.failedCheckIds).toEqual(['MOE-03'])
    const both = run(snapshot, 'both').verdict
    expect(both.failed).toBe(true)
    expect(both.gatingResults.map(r => `${r.checkId}:${r.resource.name}`)).toEqual([
      'MOE-03:ep-public'
    ])
  })

  it('says "fixed by this PR"', () => {
    expect(comment(snapshot)).toContain(
      '- MOE-03: fails now, **fixed by this PR** (endpoint <code>ep-public</code> in <code>deploy/endpoint-fix.yml</code> line 4 sets <code>public\\_network\\_access: disabled</code>)'
    )
  })

  it('records live and planned status per check in the report', () => {
    const { report } = run(snapshot)
    expect(report.planned?.gateOn).toBe('planned')
    expect(report.planned?.files).toEqual(['deploy/endpoint-fix.yml'])
    expect(report.planned?.checks.find(c => c.checkId === 'MOE-03')).toEqual({
      checkId: 'MOE-03',
      live: 'fail',
      planned: 'pass',
      sources: [
        {
          kind: 'onlineEndpoint',
          name: 'ep-public',
          file: 'deploy/endpoint-fix.yml',
          line: 4,
          key: 'public_network_access',
          value: 'disabled'
        }
      ]
    })
  })
})

describe('a planned deployment to an endpoint that exists nowhere', () => {
  it('is named in a warning, not passed in silence', () => {
    const warnings: string[] = []
    const failOn = parseFailOn('any')
    if (typeof failOn === 'string') throw new Error(failOn)
    evaluate(
      withPlanned(secureSnapshot(), 'deployment-blue.yml'),
      evaluateSettingsOf(
        { failOn, failOnText: 'any', allowUnknown: false, configFile: 'x.yml' },
        []
      ),
      { info: () => undefined, warning: w => warnings.push(w) }
    )
    expect(warnings).toEqual([
      'deployment-files: "deploy/deployment-blue.yml" line 3 deploys "blue" to endpoint "fraud-score", which is neither in the workspace nor in deployment-files; no check judged it. Add the endpoint\'s file to deployment-files, or fix endpoint_name.'
    ])
  })
})

describe('the JSON report', () => {
  it('with its planned part matches the published schema (from-report reads it back)', () => {
    const { report } = run(withPlanned(secureSnapshot(), 'endpoint-public.yml'))
    expect(report.planned).toBeDefined()
    expect(reportSchemaProblem(JSON.parse(renderJsonReport(report)))).toBeUndefined()
    const forged = { ...JSON.parse(renderJsonReport(report)), planned: { gateOn: 'never' } }
    expect(reportSchemaProblem(forged)).toMatch(/^at "\/planned/)
  })
})

describe('without planned inputs', () => {
  it('the report and comment are as before', () => {
    const { report } = run(secureSnapshot())
    expect(report.planned).toBeUndefined()
    expect(renderComment(report, { marker: '<!-- m -->' })).not.toContain(
      'this pull request changes'
    )
  })
})
