/**
 * `npm run demo` as a first-time reader sees it (issue 20 item 6): the verdict on
 * the first line, then the results as the terminal report shows them, then the
 * files the action wrote. No raw markdown and no raw annotation lines on stdout.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { repoRoot } from '../../emulator/certs.js'

interface DemoRun {
  exitCode: number | null
  stdout: string
  stderr: string
}

function runDemo(out: string): Promise<DemoRun> {
  const tsx = path.join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs')
  const child = spawn(process.execPath, [tsx, 'emulator/demo.ts', '--out', out], {
    cwd: repoRoot,
    env: { PATH: process.env['PATH'] ?? '', HOME: out },
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

describe('npm run demo', () => {
  let out: string
  let run: DemoRun

  beforeAll(async () => {
    out = fs.mkdtempSync(path.join(os.tmpdir(), 'aml-guard-demo-test-'))
    run = await runDemo(out)
  }, 120_000)

  afterAll(() => fs.rmSync(out, { recursive: true, force: true }))

  it('exits 0 and names the verdict on its first line', () => {
    expect(run.stderr).toBe('')
    expect(run.exitCode).toBe(0)
    const [first] = run.stdout.split('\n')
    // The demo scenario: fail-on none, so the step passes while MOE-03 and MOE-06 fail.
    expect(first).toMatch(/^Verdict: the step passed \(fail-on: none\) · results: /)
    expect(first).toContain('15 pass')
    // MOE-06 is a notice: advice, counted and named apart from the failure.
    expect(first).toContain('1 fail, 1 advice')
    expect(first).toMatch(/failed or unknown checks: MOE-03$/)
  })

  it('shows the results as the terminal report, not as markdown or workflow commands', () => {
    const lines = run.stdout.split('\n')
    expect(lines.findIndex(l => /^\s+\S+ \S+.*MOE-03 .*· recommender$/.test(l))).toBeGreaterThan(0)
    expect(lines.some(l => /^Secure managed online endpoints$/.test(l))).toBe(true)
    for (const markdown of ['<code>', '|---', '| --- |', '<details>', '**Results:**']) {
      expect(run.stdout).not.toContain(markdown)
    }
    expect(run.stdout).not.toMatch(/^::(error|warning|notice)/m)
    expect(run.stdout).not.toMatch(/^(Error|Warning|Notice): /m)
  })

  it('says where the comment, summary and report were written, and they are there', () => {
    const comment = path.join(out, 'comment.md')
    const summary = path.join(out, 'summary.md')
    const report = path.join(out, 'report.json')
    for (const file of [comment, summary, report]) expect(run.stdout).toContain(file)
    expect(fs.readFileSync(comment, 'utf8')).toContain('MOE-03')
    expect(fs.readFileSync(summary, 'utf8')).toContain('MOE-03')
    const parsed = JSON.parse(fs.readFileSync(report, 'utf8')) as {
      verdict: { failed: boolean; failedCheckIds: string[] }
    }
    expect(parsed.verdict).toMatchObject({ failed: false, failedCheckIds: ['MOE-03'] })
  })
})
