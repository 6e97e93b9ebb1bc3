/**
 * `npm run demo`: runs the bundled action (dist/index.js) once, as a
 * pull_request run with `fail-on: none`, against the local emulator's `demo`
 * scenario, and prints its log, job summary, PR comment and outputs.
 * No Azure or GitHub account is needed; nothing leaves 127.0.0.1.
 *
 * `tsx emulator/demo.ts [--scenario <name>] [--entry <script>]`
 */
import fs from 'node:fs'
import path from 'node:path'
import { ensureTestCertificates, repoRoot } from './certs.js'
import { renderLog, runAction } from './run-action.js'
import { getScenario, scenarios } from './scenarios/index.js'
import { startEmulator } from './server.js'

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? process.argv[i + 1] : undefined
}

function section(title: string, body: string): void {
  const rule = '─'.repeat(Math.max(8, 78 - title.length))
  process.stdout.write(`\n── ${title} ${rule}\n${body.trimEnd() || '(empty)'}\n`)
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
  if (!fs.existsSync(entry)) {
    process.stderr.write(`${entry} not found: run \`npm run bundle\` first.\n`)
    return 2
  }

  ensureTestCertificates()
  const scenario = getScenario(scenarioName)
  const emulator = await startEmulator(scenario)
  try {
    process.stdout.write(
      [
        'aml-inference-guard demo (local emulator, no Azure or GitHub account needed)',
        `scenario : ${scenario.name}: ${scenario.description}`,
        `workspace: ${scenario.target.resourceGroup}/${scenario.target.workspaceName} in subscription ${scenario.subscriptionId}`,
        `Entra ID : ${emulator.urls.authorityHost}   ARM: ${emulator.urls.armEndpoint}`,
        `GitHub   : ${emulator.urls.githubApiUrl}   OIDC: ${emulator.urls.oidcRequestUrl}`,
        `running  : node ${path.relative(process.cwd(), entry) || entry} (pull_request #42, fail-on: none)`,
        ''
      ].join('\n')
    )
    const run = await runAction({
      emulator,
      entry,
      event: 'pull_request',
      prNumber: 42,
      inputs: { 'fail-on': 'none' }
    })

    section('action log', renderLog(run.stdout) + (run.stderr ? `\n[stderr]\n${run.stderr}` : ''))
    section('job summary (GITHUB_STEP_SUMMARY)', run.summary)
    const posted = run.comments.filter(c => c.user.login === 'github-actions[bot]')
    section(
      'PR comment',
      posted.length
        ? posted.map(c => `${c.html_url}\n\n${c.body}`).join('\n\n')
        : 'the action posted no comment'
    )
    section(
      'outputs (GITHUB_OUTPUT)',
      Object.entries(run.outputs)
        .map(([k, v]) => `${k}=${v}`)
        .join('\n')
    )
    const status = run.timedOut
      ? 'timed out (killed after 60 s)'
      : `exit code ${run.exitCode ?? `signal ${run.signal}`}`
    process.stdout.write(`\naction finished: ${status} in ${run.durationMs} ms\n`)

    // With fail-on: none the action only fails when something unexpected happened.
    if (run.timedOut) return 1
    return run.exitCode ?? 1
  } finally {
    await emulator.close()
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
