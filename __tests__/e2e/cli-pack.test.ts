/**
 * The CLI as a platform engineer gets it (issue 20 item 7): `npm pack`, then
 * `npx --package=<tarball> aml-inference-guard` from a directory outside the checkout, with npm offline and an
 * empty cache, so the packed CLI must be self-contained (dist/ bundled by ncc, no
 * runtime dependency to install). The sample snapshot of the README's CLI
 * section runs with no Azure account. Needs `npm run bundle` first (dist/).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { repoRoot } from '../../emulator/certs.js'

interface Run {
  exitCode: number | null
  stdout: string
  stderr: string
}

let tmp: string
let tarball: string
let packedFiles: string[]

/** npm without the internet: offline, an empty cache of its own, no user config, a dead registry. */
function offlineNpmEnv(): Record<string, string> {
  return {
    // process.execPath first: npx runs on the Node these tests run on.
    PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env['PATH'] ?? ''}`,
    HOME: path.join(tmp, 'home'),
    npm_config_cache: path.join(tmp, 'npm-cache'),
    npm_config_userconfig: path.join(tmp, 'no-npmrc'),
    npm_config_offline: 'true',
    npm_config_registry: 'http://127.0.0.1:9/',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false'
  }
}

function npx(args: string[], cwd: string): Promise<Run> {
  // `npx <file>.tgz` would run the file as a command: a tarball is named with --package.
  const child = spawn('npx', ['--yes', `--package=${tarball}`, 'aml-inference-guard', ...args], {
    cwd,
    env: offlineNpmEnv(),
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('close', exitCode => resolve({ exitCode, stdout, stderr }))
  })
}

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'aml-guard-pack-'))
  fs.mkdirSync(path.join(tmp, 'home'))
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', tmp], {
      cwd: repoRoot,
      env: { ...process.env, ...offlineNpmEnv() },
      encoding: 'utf8'
    })
  ) as Array<{ filename: string; files: Array<{ path: string }> }>
  tarball = path.join(tmp, packed[0]!.filename)
  packedFiles = packed[0]!.files.map(f => f.path)
}, 120_000)

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }))

describe('the packed CLI', () => {
  it('is publishable and holds only the bundled CLI', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
      name: string
      version: string
      private?: boolean
      bin: Record<string, string>
      dependencies?: Record<string, string>
    }
    expect(manifest.private).toBeUndefined()
    expect(manifest.bin).toEqual({ 'aml-inference-guard': 'dist/cli.js' })
    // ncc bundles every library into dist/: nothing to install at run time.
    expect(manifest.dependencies).toBeUndefined()
    expect(path.basename(tarball)).toBe(`aml-inference-guard-${manifest.version}.tgz`)
    expect(packedFiles).toEqual(
      expect.arrayContaining(['dist/cli.js', 'dist/index.js', 'examples/snapshot.json'])
    )
    // The docs `--help` points to ship with it, and so does the sample snapshot; nothing else.
    expect(
      packedFiles.filter(f => !/^(dist|docs|examples)\//.test(f)).sort((a, b) => a.localeCompare(b))
    ).toEqual(['LICENSE', 'package.json', 'README.md'])
  })

  it('npx <tarball> --help, outside the checkout and offline, prints the CLI usage', async () => {
    const outside = fs.mkdtempSync(path.join(tmp, 'help-'))
    const run = await npx(['--help'], outside)
    expect(run.stderr).not.toMatch(/ENOTCACHED|ERR!/)
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toMatch(/^Usage: aml-inference-guard --subscription <id> /)
    expect(run.stdout).toContain('aml-inference-guard --from-snapshot <file> [options]')
    expect(run.stdout).toContain('When the run fails (exit code 1).')
    expect(run.stdout).not.toMatch(/\bstep\b|workflow|actions\/checkout/)
    const named = run.stdout.match(/docs\/[a-z-]+\.md/g) ?? []
    expect(named.length).toBeGreaterThan(0)
    for (const doc of named) expect(packedFiles).toContain(doc)
    // What npx installed: the package alone, no dependency.
    const npxDir = path.join(tmp, 'npm-cache', '_npx')
    const installed = fs
      .readdirSync(npxDir)
      .flatMap(id => fs.readdirSync(path.join(npxDir, id, 'node_modules')))
      .filter(name => !name.startsWith('.'))
    expect(installed).toEqual(['aml-inference-guard'])
  }, 120_000)

  it('runs the sample snapshot with no Azure account: results on stdout, exit code 1 with --fail-on any', async () => {
    const outside = fs.mkdtempSync(path.join(tmp, 'sample-'))
    fs.copyFileSync(
      path.join(repoRoot, 'examples', 'snapshot.json'),
      path.join(outside, 'snapshot.json')
    )
    const gated = await npx(['--from-snapshot', 'snapshot.json', '--fail-on', 'any'], outside)
    // The sample (the emulator's `demo` workspace): one managed endpoint is public (MOE-03, error)
    // and the managed network allows internet outbound (MOE-06); everything else passes or is skipped.
    expect(gated.exitCode).toBe(1)
    expect(gated.stdout).toMatch(/^aml-inference-guard \d+\.\d+\.\d+\n/)
    expect(gated.stdout).toMatch(/MOE-03 .* · recommender\n/)
    expect(gated.stdout).toMatch(/MOE-06 .* · ml-ws\n/)
    expect(gated.stderr).toContain('Inference environment check failed (fail-on: any)')
    expect(gated.stderr).toContain('Azure is not contacted')

    const reportOnly = await npx(['--from-snapshot', 'snapshot.json'], outside)
    expect(reportOnly.exitCode).toBe(0)
    expect(reportOnly.stdout).toContain('fail-on: none')
  }, 120_000)
})
