/**
 * The CLI end to end: `node dist/cli.js` against the emulator, signed in by
 * DefaultAzureCredential through workload identity; offline runs with
 * --from-snapshot; exit codes 0, 1 and 2 as a user sees them.
 */
import { VERSION } from '../../src/model/version.js'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { cliTarget, runCli, type CliRun } from '../../emulator/run-cli.js'
import { getScenario, SUBSCRIPTION_ID } from '../../emulator/scenarios/index.js'
import { SUBSCRIPTION_B, estate } from '../../emulator/scenarios/estate.js'
import type { EstateReport } from '../../src/estate/report.js'
import type { SarifLog } from '../../src/report/sarif.js'
import { startEmulator, type Emulator } from '../../emulator/server.js'
import { recordFault, type VisibleOutput } from '../reliability/record.js'
import { reportValidator } from '../report/schemas.js'
import { reportWithoutTime } from './report-compare.js'

function visible(run: CliRun): VisibleOutput {
  return { texts: [run.stdout, run.stderr], secrets: run.secrets, exitCode: run.exitCode }
}

describe('the CLI on a public workspace (workload identity through DefaultAzureCredential)', () => {
  let emulator: Emulator
  let live: CliRun
  let snapshot: string
  let text: CliRun

  beforeAll(async () => {
    emulator = await startEmulator(getScenario('public'))
    live = await runCli(
      [
        ...cliTarget(emulator),
        '--fail-on',
        'isolation',
        '--format',
        'json',
        '--save-snapshot',
        'out/snap.json'
      ],
      { emulator, keepDir: true }
    )
    snapshot = fs.readFileSync(path.join(live.dir, 'out', 'snap.json'), 'utf8')
    fs.rmSync(live.dir, { recursive: true, force: true })
    text = await runCli([...cliTarget(emulator)], { emulator, env: { NO_COLOR: '1' } })
  })
  afterAll(() => emulator.close())

  it('signs in, reads ARM, prints a valid JSON report and exits 1 on the failed gate', () => {
    expect(live.stderr).toContain('Signed in to Azure with the environment as object id')
    expect(live.exitCode).toBe(1)
    const report = JSON.parse(live.stdout) as {
      results: Array<{ checkId: string; outcome: string }>
    }
    expect(reportValidator()(report)).toBe(true)
    expect(report.results.some(r => r.checkId === 'NET-01' && r.outcome === 'fail')).toBe(true)
    expect(live.stderr).toMatch(
      /Inference environment check failed \(fail-on: isolation\):\n- NET-01 fail/
    )
    expect(emulator.requests.some(r => r.service === 'arm')).toBe(true)
    const shown = [live.stdout, live.stderr].join('\n')
    expect(live.secrets.length).toBeGreaterThan(1)
    for (const secret of live.secrets) expect(shown.includes(secret)).toBe(false)
  })

  it('prints a terminal report grouped by checklist section, without colour when not a TTY, exit 0 with fail-on none', () => {
    expect(text.exitCode).toBe(0)
    expect(text.stdout).not.toContain('\u001b[')
    const sections = ['Prerequisites', 'Secure managed online endpoints']
    const at = sections.map(s => text.stdout.indexOf(`\n${s}\n`))
    expect(at.every(i => i > 0)).toBe(true)
    expect(at[0]).toBeLessThan(at[1] as number)
    expect(text.stdout).toMatch(/✗ fail \(error\)\s+NET-01 /)
    expect(text.stdout).toContain('Results: ')
    // No progress line: stderr is not a terminal.
    expect(text.stderr).not.toContain('Reading Azure…')
  })

  it('--from-snapshot reproduces the live report with no credential and no request', async () => {
    const before = emulator.requests.length
    const offline = await runCli(
      ['--from-snapshot', 'snap.json', '--fail-on', 'isolation', '--format', 'json'],
      { files: { 'snap.json': snapshot } }
    )
    expect(emulator.requests.length).toBe(before)
    expect(offline.stderr).toContain('Azure is not contacted')
    expect(offline.exitCode).toBe(1)
    expect(reportWithoutTime(offline.stdout)).toEqual(reportWithoutTime(live.stdout))
    for (const secret of live.secrets) expect(snapshot.includes(secret)).toBe(false)
  })

  it('takes the authority host from AZURE_AUTHORITY_HOST when no option names one', async () => {
    const run = await runCli(
      [
        '--subscription',
        emulator.scenario.subscriptionId,
        '--resource-group',
        emulator.scenario.target.resourceGroup,
        '--workspace',
        emulator.scenario.target.workspaceName,
        '--arm-endpoint',
        emulator.urls.armEndpoint,
        '--format',
        'json'
      ],
      { emulator }
    )
    expect(run.stderr).toContain('Signed in to Azure with the environment')
    expect(run.exitCode).toBe(0)
    expect((JSON.parse(run.stdout) as { cloud: string }).cloud).toBe('AzureCloud')
  })

  it('--format sarif and markdown reuse the action renderers', async () => {
    const sarif = await runCli(['--from-snapshot', 'snap.json', '--format', 'sarif'], {
      files: { 'snap.json': snapshot }
    })
    expect(sarif.exitCode).toBe(0)
    const log = JSON.parse(sarif.stdout) as SarifLog
    expect(log.version).toBe('2.1.0')
    // GitHub's upload needs a physicalLocation uri on every result; the CLI knows no
    // workflow file, so the resource id stands in (see src/report/sarif.ts).
    const results = log.runs[0]!.results
    expect(results.length).toBeGreaterThan(0)
    for (const r of results) {
      expect(r.locations[0]!.physicalLocation.artifactLocation.uri).toMatch(/^subscriptions\//)
    }
    const markdown = await runCli(['--from-snapshot', 'snap.json', '--format', 'markdown'], {
      files: { 'snap.json': snapshot }
    })
    expect(markdown.stdout).toContain('NET-01')
    expect(markdown.stdout).toContain('| ')
  })
})

describe('CLI faults end with exit 2 and one clear message', () => {
  it('no credential at all names every source it tried', async () => {
    const emulator = await startEmulator(getScenario('secured'))
    try {
      const run = await runCli([...cliTarget(emulator)], {
        env: { NODE_EXTRA_CA_CERTS: emulator.caFile, AZURE_TOKEN_CREDENTIALS: undefined }
      })
      recordFault(
        'CLI',
        'no credential (no az login, nothing in the environment)',
        'clear error',
        visible(run)
      )
      expect(run.exitCode).toBe(2)
      expect(run.stderr).toMatch(
        /^error: No Azure credential worked\. Tried:\n- Azure CLI \(az login\): .+\n- the environment \(DefaultAzureCredential: .+\): .+\nFix: run `az login`/m
      )
      expect(emulator.requests.filter(r => r.service === 'arm')).toEqual([])
    } finally {
      await emulator.close()
    }
  }, 90_000)

  it("a bad option value is named in the CLI's terms", async () => {
    const run = await runCli([
      '--workspace',
      'ml-ws',
      '--resource-group',
      'rg',
      '--subscription',
      'nope',
      '--fail-on',
      'sometimes'
    ])
    recordFault('CLI', 'bad option values', 'clear error', visible(run))
    expect(run.exitCode).toBe(2)
    expect(run.stderr).toContain('error: The options have 2 problems:')
    expect(run.stderr).toContain('- --subscription: "nope" is not a GUID')
    expect(run.stderr).toContain('- --fail-on: "sometimes" is not an allowed value')
  })

  it('an unknown option, a missing value and a missing workspace', async () => {
    const unknown = await runCli(['--client-id', 'x'])
    recordFault('CLI', 'unknown option', 'clear error', visible(unknown))
    expect(unknown.stderr).toBe(
      'error: Unknown option --client-id (the CLI signs in with az login or the environment (AZURE_CLIENT_ID), not GitHub OIDC). Run `aml-inference-guard --help` for the options.\n'
    )
    const missing = await runCli([
      '--subscription',
      '00000000-0000-0000-0000-000000000000',
      '--resource-group',
      'rg'
    ])
    recordFault('CLI', 'required option missing', 'clear error', visible(missing))
    expect(missing.stderr).toContain('Option required and not supplied: --workspace')
    expect([unknown.exitCode, missing.exitCode]).toEqual([2, 2])
  })

  it('--help and --version exit 0', async () => {
    const help = await runCli(['--help'])
    expect(help.exitCode).toBe(0)
    expect(help.stdout).toMatch(/^Usage: aml-inference-guard /)
    const version = await runCli(['--version'])
    expect(version.stdout).toBe(`${VERSION}\n`)
  })
})

describe('the CLI: --config-file at its default path means the default', () => {
  let emulator: Emulator
  beforeAll(async () => {
    emulator = await startEmulator(getScenario('secured'))
  })
  afterAll(() => emulator.close())

  it('passing the default path --help shows, with no such file, is the same run as leaving it out', async () => {
    const help = await runCli(['--help'])
    expect(help.stdout).toContain('.github/aml-inference-guard.yml')
    const args = [...cliTarget(emulator), '--fail-on', 'any', '--format', 'json']
    const omitted = await runCli(args, { emulator })
    const named = await runCli([...args, '--config-file', '.github/aml-inference-guard.yml'], {
      emulator
    })
    expect([omitted.exitCode, named.exitCode]).toEqual([0, 0])
    const untimed = (json: string): unknown => {
      const report = reportWithoutTime(json) as Record<string, unknown>
      delete report['collectedAt']
      return report
    }
    expect(untimed(named.stdout)).toEqual(untimed(omitted.stdout))
  })

  it('another path that does not exist is an error naming it', async () => {
    const run = await runCli([...cliTarget(emulator), '--config-file', 'ci/guard.yml'], {
      emulator
    })
    expect(run.exitCode).toBe(2)
    expect(run.stderr).toContain('ci/guard.yml')
    expect(run.stderr).not.toMatch(/\n\s+at /)
    // In a terminal's words: no workflow, checkout or step.
    expect(run.stderr).toContain('relative to the current directory')
    expect(run.stderr).not.toMatch(/workflow|actions\/checkout|\bstep\b|\binput\b/)
  })
})

describe('the CLI with --scope (an estate scan through Resource Graph)', () => {
  let emulator: Emulator
  beforeAll(async () => {
    emulator = await startEmulator(estate(getScenario('secured'), { workspaces: 6 }))
  })
  afterAll(() => emulator.close())

  const scope = (): string[] => [
    '--scope',
    `subscription:${SUBSCRIPTION_ID},${SUBSCRIPTION_B}`,
    '--environment',
    'custom',
    '--authority-host',
    emulator.urls.authorityHost,
    '--arm-endpoint',
    emulator.urls.armEndpoint
  ]

  it('prints one estate report (JSON) and exits 1 naming the failing workspaces', async () => {
    const run = await runCli([...scope(), '--fail-on', 'isolation', '--format', 'json'], {
      emulator
    })
    expect(run.exitCode).toBe(1)
    const report = JSON.parse(run.stdout) as EstateReport
    expect(report.kind).toBe('estate')
    expect(report.workspaces.map(w => w.target.workspaceName).sort()).toEqual([
      'mlw-000',
      'mlw-001',
      'mlw-002',
      'mlw-003',
      'mlw-004',
      'mlw-005'
    ])
    expect(report.verdict.failingWorkspaceIds.map(id => id.split('/').pop()).sort()).toEqual([
      'mlw-002',
      'mlw-005'
    ])
    expect(run.stderr).toMatch(/check failed for 2 workspace\(s\) \(fail-on: isolation\)/)
    expect(run.stderr).toMatch(/Estate scan of .* through Azure Resource Graph/)
    expect(
      emulator.requests.some(r => r.path.startsWith('/providers/Microsoft.ResourceGraph/'))
    ).toBe(true)
    for (const secret of run.secrets) expect(run.stdout + run.stderr).not.toContain(secret)
  })

  it('prints each workspace on the terminal and exits 0 with fail-on none', async () => {
    const run = await runCli([...scope(), '--fail-on', 'none'], {
      emulator,
      env: { NO_COLOR: '1' }
    })
    expect(run.exitCode).toBe(0)
    expect(run.stdout.split('\n')[0]).toMatch(/2 of 6 workspaces/)
    for (const name of ['mlw-000', 'mlw-005']) expect(run.stdout).toContain(name)
    expect(run.stdout).not.toContain('\u001b[')
  })

  it('refuses --scope together with --workspace (exit 2, naming both)', async () => {
    const run = await runCli([...scope(), '--workspace', 'mlw-001'], { emulator })
    recordFault('CLI', '--scope together with --workspace', 'clear error', visible(run))
    expect(run.exitCode).toBe(2)
    expect(run.stderr).toMatch(/--workspace.*--scope/s)
  })
})
