/**
 * The repository's own `uses: ./` workflow (.github/workflows/action.yml), run
 * as written through the runner-faithful harness: its step's `with:` and `env:`
 * are read from the file, `${{ env.EMULATOR_* }}` resolve to what
 * `emulator/serve.ts --settings-file` writes into GITHUB_ENV, and its final
 * check (the `jq` expression in the workflow, mirrored here) must hold.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { runAction } from '../../emulator/run-action.js'
import { getScenario } from '../../emulator/scenarios/index.js'
import { startEmulator } from '../../emulator/server.js'

interface Step {
  id?: string
  uses?: string
  run?: string
  env?: Record<string, string>
  with?: Record<string, string>
}

const workflow = parse(
  readFileSync(new URL('../../.github/workflows/action.yml', import.meta.url), 'utf8')
) as { jobs: Record<string, { steps: Step[] }> }
const steps = Object.values(workflow.jobs).flatMap(job => job.steps)

/** The final check's jq filter, which this test evaluates on the report. */
const JQ = '.results | length > 0 and all(.outcome != "fail" and .outcome != "unknown")'

describe('the repository’s own uses: ./ workflow', () => {
  it('checks out first, runs the secured scenario and asserts no failed or unknown result', async () => {
    const action = steps.find(s => s.uses === './')
    expect(action).toBeDefined()
    expect(steps.findIndex(s => s.uses?.startsWith('actions/checkout@'))).toBeLessThan(
      steps.indexOf(action!)
    )
    const check = steps.find(s => s.run?.includes('steps.guard') || s.env?.['REPORT'])
    expect(check?.run).toContain(`jq -e '${JQ}' "$REPORT"`)
    expect(steps.find(s => s.run?.includes('emulator/serve.ts'))?.run).toContain(
      '--scenario secured'
    )

    const emulator = await startEmulator(getScenario('secured'))
    try {
      const { scenario, urls } = emulator
      const workflowEnv: Record<string, string> = {
        EMULATOR_OIDC_REQUEST_URL: urls.oidcRequestUrl,
        EMULATOR_OIDC_REQUEST_TOKEN: emulator.oidcRequestToken,
        EMULATOR_AUTHORITY_HOST: urls.authorityHost,
        EMULATOR_ARM_ENDPOINT: urls.armEndpoint,
        EMULATOR_CLIENT_ID: scenario.clientId,
        EMULATOR_TENANT_ID: scenario.tenantId,
        EMULATOR_SUBSCRIPTION_ID: scenario.subscriptionId,
        EMULATOR_RESOURCE_GROUP: scenario.target.resourceGroup,
        EMULATOR_WORKSPACE_NAME: scenario.target.workspaceName
      }
      const resolve = (value: string): string =>
        value.replace(/\$\{\{\s*env\.(\w+)\s*\}\}/g, (_, name: string) => workflowEnv[name] ?? '')
      const run = await runAction({
        emulator,
        // Exactly the workflow's with:, none of the harness's own.
        inputs: {
          'client-id': undefined,
          'tenant-id': undefined,
          'subscription-id': undefined,
          'resource-group': undefined,
          'workspace-name': undefined,
          environment: undefined,
          'authority-host': undefined,
          'arm-endpoint': undefined,
          ...action!.with
        },
        workflowEnv,
        omitIdToken: true,
        env: Object.fromEntries(
          Object.entries(action!.env ?? {}).map(([name, value]) => [name, resolve(value)])
        )
      })
      expect(run.runnerWarnings).toEqual([])
      expect(run.exitCode).toBe(0)
      // test "$RESULT" = pass; test -z "$FAILED"
      expect(run.outputs['result']).toBe('pass')
      expect(run.outputs['failed-checks']).toBe('')
      const results = (JSON.parse(run.report ?? '{}') as { results?: Array<{ outcome: string }> })
        .results
      expect(results?.length).toBeGreaterThan(0)
      expect(results?.filter(r => r.outcome === 'fail' || r.outcome === 'unknown')).toEqual([])
    } finally {
      await emulator.close()
    }
  })
})
