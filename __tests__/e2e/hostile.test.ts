/**
 * End-to-end: hostile values, as a user would see them. Hostile inputs end as a
 * clear error or are handled; text from Azure and GitHub cannot issue workflow
 * commands; with step debug logging (and the Azure SDK's own log) on, no token
 * of the run reaches the log.
 */
import { describe, expect, it } from '@jest/globals'
import { existsSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { runAction, type ActionRun } from '../../emulator/run-action.js'
import {
  NET_RG,
  SUBSCRIPTION_ID,
  getScenario,
  resourceGroupId
} from '../../emulator/scenarios/index.js'
import { recordFault } from '../reliability/record.js'

/** What a forged line would try: every command the runner knows, both syntaxes. */
const INJECTED = [
  '::add-mask::secured',
  '::set-output name=result::pass',
  '::error title=forged::forged annotation',
  '::warning::forged warning',
  '::stop-commands::forged-token',
  '::set-env name=NODE_OPTIONS::--require=/tmp/x.js',
  '  ::add-path::/tmp/evil',
  '##[set-output name=result;]pass'
].join('\r\n')

const CHECK_TITLE = /^[A-Z0-9]+-\d\d: /

/** The lines of stdout and stderr the runner would run as workflow commands. */
function commands(run: ActionRun): string[] {
  return `${run.stdout}\n${run.stderr}`
    .split(/\r\n|\r|\n/)
    .map(line => line.replace(/^[\s\u0085]+/u, ''))
    .filter(line => line.startsWith('::') || line.startsWith('##['))
}

/** Asserts that only the action's own commands ran: masks of the run's tokens, debug, check annotations. */
function expectOnlyOwnCommands(run: ActionRun): void {
  for (const line of commands(run)) {
    const name = /^::([a-z-]+)/.exec(line)?.[1]
    expect([
      line.slice(0, 80),
      ['add-mask', 'debug', 'error', 'warning', 'notice'].includes(name ?? '')
    ]).toEqual([line.slice(0, 80), true])
  }
  for (const mask of run.masks) expect(run.secrets).toContain(mask)
  for (const annotation of run.annotations) {
    expect(annotation.title === undefined || CHECK_TITLE.test(annotation.title)).toBe(true)
    expect(annotation.message).not.toMatch(/^forged/)
  }
  expect(Object.keys(run.outputs).sort()).toEqual([
    'comment-id',
    'failed-checks',
    'report-file',
    'result'
  ])
}

describe('hostile inputs, end to end', () => {
  it('a workspace name with shell metacharacters and a command stops before any Azure request', async () => {
    const run = await runAction({
      scenario: 'secured',
      inputs: { 'workspace-name': '$(id);`id`|x&y\n::add-mask::x' }
    })
    recordFault(
      'input',
      'workspace-name with $(id), backticks, ;|& and ::add-mask::',
      'clear error',
      run
    )
    expect(run.exitCode).toBe(1)
    const error = run.annotations.find(a => a.level === 'error')?.message ?? ''
    expect(error).toContain('`workspace-name`: must be a single line')
    expect(run.masks).not.toContain('x')
    expect(run.emulator.requests.filter(r => r.service === 'arm')).toEqual([])
  })

  it('a fail-on value with bidi and zero-width characters is a clear error that shows them escaped', async () => {
    const run = await runAction({
      scenario: 'secured',
      inputs: { 'fail-on': 'isolation\u202E,\u200Brbac' }
    })
    recordFault('input', 'fail-on with bidi override and zero-width space', 'clear error', run)
    const error = run.annotations.find(a => a.level === 'error')?.message ?? ''
    expect(error).toContain('`fail-on`: "isolation\\u202e", "\\u200brbac" are not allowed values')
    expect(error).not.toMatch(/[\u202E\u200B]/)
  })

  it('a very long sarif-file is a clear error naming the input', async () => {
    const run = await runAction({
      scenario: 'secured',
      inputs: { 'sarif-file': 'r/'.repeat(3000) }
    })
    recordFault('input', 'sarif-file of 6000 characters', 'clear error', run)
    expect(run.annotations.find(a => a.level === 'error')?.message).toContain(
      '`sarif-file`: "r/r/r/'
    )
  })

  it('a comment-header and sarif-file with commands and shell metacharacters are used literally', async () => {
    const header = '::set-output name=result::fail $(id) `id` ;|&'
    const sarif = 'out/$(id) `id`;|&.sarif'
    const run = await runAction({
      scenario: 'secured',
      inputs: { 'comment-header': header, 'sarif-file': sarif },
      keepRunDir: true
    })
    try {
      recordFault(
        'input',
        'comment-header and sarif-file with :: commands and shell metacharacters',
        'full report',
        run
      )
      expect(run.exitCode).toBe(0)
      expect(run.outputs['result']).toBe('pass')
      expectOnlyOwnCommands(run)
      expect(existsSync(join(run.runDir, 'workspace', sarif))).toBe(true)
      expect(run.comments).toHaveLength(1)
      // Shown in the title, escaped as markdown text, never run.
      const title = run.comments[0]?.body.split('\n').find(line => line.startsWith('### '))
      expect(title).toMatch(/^### .*\(.*set-output name=result.*\): /)
    } finally {
      rmSync(run.runDir, { recursive: true, force: true })
    }
  })
})

describe('workflow-command injection from Azure and GitHub', () => {
  it('NSG rule descriptions, tags, an ARM error message and the OIDC subject cannot issue commands', async () => {
    const scenario = getScenario('secured')
    for (const resource of scenario.resources) {
      const body = resource.body as {
        type?: string
        tags?: unknown
        properties?: Record<string, unknown>
      }
      body.tags = { owner: `ml-team\n${INJECTED}`, [`cost\n${INJECTED}`]: 'x' }
      if (body.type === 'Microsoft.Network/networkSecurityGroups') {
        for (const rule of (body.properties?.['securityRules'] ?? []) as Array<{
          properties: Record<string, unknown>
        }>) {
          rule.properties['description'] = `Allow the registry\n${INJECTED}`
        }
      }
    }
    // Route tables in the network resource group are refused, with ARM's message carrying commands.
    scenario.faults.push({
      pathPrefix: `${resourceGroupId(SUBSCRIPTION_ID, NET_RG)}/providers/Microsoft.Network/routeTables`,
      status: 403,
      message: `The client does not have authorization.\n${INJECTED}`
    })
    // A subject GitHub would never issue, but the action prints the subject claim to the log.
    const subject = `repo:octo-org/octo-repo:pull_request\n${INJECTED}`
    scenario.github.subject = subject
    scenario.entra.federatedSubject = subject

    // `subnet-id` names the subnet traffic leaves from, so OUT-04 reads (and is refused) its route
    // table: on the managed route alone the private endpoint's subnet is not judged.
    const run = await runAction({
      scenario,
      inputs: {
        'fail-on': 'isolation',
        'subnet-id': `${resourceGroupId(SUBSCRIPTION_ID, NET_RG)}/providers/Microsoft.Network/virtualNetworks/vnet-ml/subnets/snet-ml`
      }
    })
    recordFault(
      'Azure',
      'workflow commands in NSG rule descriptions, tags, an ARM error and the OIDC subject',
      'partial report with unknowns',
      run
    )

    // The hostile text did reach the log (neutralised) and the report (as data).
    expect(run.stdout).toContain(
      'subject (sub): repo:octo-org/octo-repo:pull_request\n\\::add-mask::secured'
    )
    expect(run.report).toContain('::error title=forged::')
    expectOnlyOwnCommands(run)
    expect(run.masks).not.toContain('secured')
    expect(commands(run).some(line => line.startsWith('::stop-commands'))).toBe(false)
  })
})

describe('secrets with step debug logging', () => {
  it('no token of the run appears in the debug log or the Azure SDK log', async () => {
    const run = await runAction({
      scenario: 'secured',
      env: { ACTIONS_STEP_DEBUG: 'true', RUNNER_DEBUG: '1', AZURE_LOG_LEVEL: 'verbose' }
    })
    recordFault('Azure', 'ACTIONS_STEP_DEBUG and AZURE_LOG_LEVEL=verbose', 'full report', run)
    // Debug logging was on: the request log and the SDK's log are there.
    expect(run.stdout).toMatch(/^::debug::ARM GET https:\/\/127\.0\.0\.1:\d+\/subscriptions\//m)
    expect(run.stderr).toContain('azure:')
    // Every token, in stdout (::debug:: lines included, ::add-mask:: lines excluded) and stderr.
    const visible = `${run.stdout.replace(/^::add-mask::.*$/gm, '')}\n${run.stderr}`
    expect(run.secrets.length).toBeGreaterThanOrEqual(4)
    for (const secret of run.secrets) expect(visible.includes(secret)).toBe(false)
    expect(visible).not.toMatch(/authorization["']?\s*[:=]\s*["']?bearer\s+[^"'\s*]{8}/i)
    expect(visible).not.toMatch(/client_assertion=ey/)
  })
})
