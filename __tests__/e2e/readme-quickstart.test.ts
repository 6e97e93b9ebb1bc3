/**
 * The README's quick start, run as written: the first workflow under "## Usage"
 * is read from README.md, its step's `with:` goes through the runner-faithful
 * harness (action.yml's defaults, `${{ vars.X }}` resolved from the repository
 * variables the README's Azure setup tells users to create), against an
 * isolated workspace whose roles are the ones the README's Azure setup assigns
 * (Reader for the action's identity; the README's custom role, read from the
 * README, for the deploying identity). The checkout has no suppressions file.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { runAction, type ActionRun } from '../../emulator/run-action.js'
import { customRole, DEPLOYER_ID, quickstartScenario } from '../../emulator/scenarios/access.js'
import { getScenario } from '../../emulator/scenarios/index.js'

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')

function section(heading: string): string {
  const start = README.indexOf(`\n${heading}\n`)
  expect(start).toBeGreaterThan(0)
  const rest = README.slice(start + heading.length + 2)
  const next = rest.search(/\n## /)
  return next < 0 ? rest : rest.slice(0, next)
}

interface Step {
  uses?: string
  with?: Record<string, string>
}

/** The `with:` of the action's step in the first workflow of "## Usage". */
function quickstartWith(): Record<string, string> {
  const block = /```yaml\n([\s\S]*?)```/.exec(section('## Usage'))?.[1]
  expect(block).toBeDefined()
  const workflow = parse(block!) as { jobs: Record<string, { steps: Step[] }> }
  const steps = Object.values(workflow.jobs).flatMap(job => job.steps)
  const step = steps.find(s => s.uses?.includes('aml-inference-guard@'))
  expect(step?.with).toBeDefined()
  // The checkout comes first: the action reads config-file from it.
  expect(steps.findIndex(s => s.uses?.startsWith('actions/checkout@'))).toBeLessThan(
    steps.indexOf(step!)
  )
  return step!.with!
}

/** The custom role the README's Azure setup creates (`az role definition create`). */
function readmeDeployerRole(): ReturnType<typeof customRole> {
  const json = /<<'EOF'\n([\s\S]*?)\n\s*EOF/.exec(section('## Azure setup'))?.[1]
  expect(json).toBeDefined()
  return customRole(JSON.parse(json!) as Parameters<typeof customRole>[0])
}

function outcomes(run: ActionRun): Record<string, string[]> {
  const report = JSON.parse(run.report ?? '{"results":[]}') as {
    results: Array<{ checkId: string; outcome: string }>
  }
  const byOutcome: Record<string, string[]> = {}
  for (const r of report.results) (byOutcome[r.outcome] ??= []).push(r.checkId)
  return byOutcome
}

describe("the README's quick start against an isolated workspace", () => {
  const scenario = (): ReturnType<typeof getScenario> =>
    quickstartScenario(getScenario('secured'), readmeDeployerRole())

  /** The repository variables the README's Azure setup creates, with this scenario's values. */
  const vars = (s: ReturnType<typeof getScenario>): Record<string, string> => ({
    AZURE_CLIENT_ID: s.clientId,
    AZURE_TENANT_ID: s.tenantId,
    AZURE_SUBSCRIPTION_ID: s.subscriptionId,
    AML_RESOURCE_GROUP: s.target.resourceGroup,
    AML_WORKSPACE_NAME: s.target.workspaceName,
    AML_DEPLOYER_PRINCIPAL_ID: DEPLOYER_ID
  })

  it('documents every repository variable it uses', () => {
    for (const value of Object.values(quickstartWith())) {
      for (const [, name] of String(value).matchAll(/\$\{\{\s*vars\.(\w+)\s*\}\}/g)) {
        expect(README).toContain(`gh variable set ${name} `)
      }
    }
  })

  it('runs green: exit 0, result pass, no failed or unknown check, RBAC judged for the deployer', async () => {
    const s = scenario()
    const run = await runAction({
      scenario: s,
      // Only the emulator's clouds are added: the README's with: is used as written.
      inputs: {
        'client-id': undefined,
        'tenant-id': undefined,
        'subscription-id': undefined,
        'resource-group': undefined,
        'workspace-name': undefined,
        ...quickstartWith()
      },
      vars: vars(s)
    })
    expect(run.runnerWarnings).toEqual([])
    expect(run.inputs['principal-id']).toBe(DEPLOYER_ID)
    expect(run.stderr).toBe('')
    expect(run.exitCode).toBe(0)
    expect(run.outputs['result']).toBe('pass')
    expect(run.outputs['failed-checks']).toBe('')
    const seen = outcomes(run)
    expect(seen['fail'] ?? []).toEqual([])
    expect(seen['unknown'] ?? []).toEqual([])
    expect(seen['pass']).toEqual(
      expect.arrayContaining(['NET-01', 'RBAC-01', 'RBAC-02', 'RBAC-03'])
    )
    expect(run.annotations.filter(a => a.level === 'error')).toEqual([])
    expect(run.comments).toHaveLength(1)
    expect(run.comments[0]!.body).toContain('✅')
    const report = JSON.parse(run.report!) as {
      results: Array<{ checkId: string; detail: string }>
    }
    expect(report.results.find(r => r.checkId === 'RBAC-03')?.detail).toContain(
      `Principal ${DEPLOYER_ID} (input \`principal-id\`)`
    )
  })

  it('without principal-id, the same setup judges the action’s Reader identity and fails RBAC-02/03, naming principal-id as the fix', async () => {
    const s = scenario()
    const run = await runAction({
      scenario: s,
      inputs: { ...quickstartWith(), 'principal-id': undefined },
      vars: vars(s)
    })
    expect(run.exitCode).toBe(1)
    expect(run.outputs['failed-checks']).toBe('RBAC-02,RBAC-03')
    const rbac02 = run.annotations.find(a => a.title?.startsWith('RBAC-02'))
    expect(rbac02?.message).toContain('set the input `principal-id`')
  })
})
