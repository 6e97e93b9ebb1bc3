/**
 * `npm run demo`: runs the bundled action (dist/index.js) once, as a
 * pull_request run with `fail-on: none`, against the local emulator's `demo`
 * scenario. It prints the verdict first, then the results as the CLI's
 * terminal report shows them (the bundled CLI, dist/cli.js, evaluating the
 * snapshot the action saved), then where the PR comment, job summary, JSON
 * report and step log were written, for those who want to read them.
 * No Azure or GitHub account is needed; nothing leaves 127.0.0.1.
 *
 * `tsx emulator/demo.ts [--scenario <name>] [--entry <script>] [--out <dir>]`
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ensureTestCertificates, repoRoot } from './certs.js'
import { renderLog, runAction, type ActionRun } from './run-action.js'
import { getScenario, scenarios } from './scenarios/index.js'
import { startEmulator } from './server.js'

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? process.argv[i + 1] : undefined
}

interface ReportSummary {
  verdict?: { failed?: boolean; counts?: Record<string, number> }
  /** pass / fail / advice / unknown / skipped: the words every renderer uses. */
  statusCounts?: Record<string, number>
  failOn?: string
}

/**
 * The one line a person reads first: whether the step passed and what the
 * checks found. With `fail-on: none` the step passes even when checks fail,
 * so both are said.
 */
function verdictLine(run: ActionRun, report: ReportSummary | undefined): string {
  const step =
    run.exitCode === 0 && run.outputs['result'] === 'pass'
      ? 'the step passed'
      : `the step FAILED (exit code ${run.exitCode ?? run.signal})`
  const counts = report?.statusCounts ?? report?.verdict?.counts
  if (!counts) return `Verdict: ${step}, and it wrote no report.`
  const found = Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([outcome, n]) => `${n} ${outcome}`)
    .join(', ')
  const failing = run.outputs['failed-checks'] || 'none'
  return `Verdict: ${step} (fail-on: ${report?.failOn ?? '?'}) · results: ${found} · failed or unknown checks: ${failing}`
}

/** The terminal report, from the bundled CLI so the demo shows exactly what the CLI prints. */
function terminalReport(cli: string, snapshot: string, dir: string): string {
  const result = spawnSync(
    process.execPath,
    [cli, '--from-snapshot', snapshot, '--fail-on', 'none', '--format', 'text'],
    { cwd: dir, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1' } }
  )
  if (result.status !== 0) {
    return `(the CLI could not render the results: exit code ${result.status}; ${result.stderr.trim()})`
  }
  return result.stdout
}

async function main(): Promise<number> {
  const scenarioName = arg('scenario') ?? 'demo'
  if (!scenarios[scenarioName]) {
    process.stderr.write(
      `unknown scenario '${scenarioName}' (known: ${Object.keys(scenarios).join(', ')})\n`
    )
    return 2
  }
  const entry = path.resolve(arg('entry') ?? path.join(repoRoot, 'dist', 'index.js'))
  const cli = path.join(path.dirname(entry), 'cli.js')
  for (const file of [entry, cli]) {
    if (!fs.existsSync(file)) {
      process.stderr.write(`${file} not found: run \`npm run bundle\` first.\n`)
      return 2
    }
  }
  const outArg = arg('out')
  const out = outArg
    ? path.resolve(outArg)
    : fs.mkdtempSync(path.join(os.tmpdir(), 'aml-inference-guard-demo-'))
  fs.mkdirSync(out, { recursive: true })

  ensureTestCertificates()
  const scenario = getScenario(scenarioName)
  const emulator = await startEmulator(scenario)
  let run: ActionRun
  try {
    run = await runAction({
      emulator,
      entry,
      event: 'pull_request',
      prNumber: 42,
      inputs: { 'fail-on': 'none', 'snapshot-file': 'snapshot.json' },
      keepRunDir: true
    })
  } finally {
    await emulator.close()
  }
  try {
    const files: Array<[string, string, string | undefined]> = [
      [
        'PR comment (markdown)',
        'comment.md',
        run.comments.find(c => c.user.login === 'github-actions[bot]')?.body
      ],
      ['job summary (markdown)', 'summary.md', run.summary || undefined],
      ['JSON report', 'report.json', run.report],
      [
        'step log (as the Actions UI shows it)',
        'step-log.txt',
        renderLog(run.stdout) + (run.stderr ? `\n[stderr]\n${run.stderr}` : '')
      ],
      [
        'outputs',
        'outputs.txt',
        Object.entries(run.outputs)
          .map(([k, v]) => `${k}=${v}\n`)
          .join('')
      ]
    ]
    const written: string[] = []
    for (const [what, name, content] of files) {
      if (content === undefined) continue
      fs.writeFileSync(path.join(out, name), content)
      written.push(`  ${what.padEnd(38)} ${path.join(out, name)}`)
    }
    const savedSnapshot = path.join(run.runDir, 'workspace', 'snapshot.json')
    const snapshot = path.join(out, 'snapshot.json')
    if (fs.existsSync(savedSnapshot)) {
      fs.copyFileSync(savedSnapshot, snapshot)
      written.push(`  ${'snapshot (what the action read)'.padEnd(38)} ${snapshot}`)
    }

    let report: ReportSummary | undefined
    try {
      report = run.report ? (JSON.parse(run.report) as ReportSummary) : undefined
    } catch {
      report = undefined
    }
    const status = run.timedOut ? ' (timed out, killed after 60 s)' : ''
    process.stdout.write(
      [
        `${verdictLine(run, report)}${status}`,
        `aml-inference-guard demo: the bundled action against a local emulator (no Azure or GitHub account), scenario '${scenario.name}': ${scenario.description}`,
        '',
        fs.existsSync(snapshot)
          ? terminalReport(cli, snapshot, out).trimEnd()
          : '(the action saved no snapshot: see the step log below)',
        '',
        'What the action wrote, to read in full:',
        ...written,
        `The comment was posted to the emulator's pull request #42; \`aml-inference-guard --from-snapshot ${snapshot}\` evaluates the snapshot again.`,
        ''
      ].join('\n')
    )
    // With fail-on: none the action only fails when something unexpected happened.
    if (run.timedOut) return 1
    return run.exitCode ?? 1
  } finally {
    fs.rmSync(run.runDir, { recursive: true, force: true })
  }
}

main().then(
  code => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`demo failed: ${error instanceof Error ? error.stack : String(error)}\n`)
    process.exitCode = 1
  }
)
