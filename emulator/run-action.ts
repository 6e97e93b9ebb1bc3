/**
 * Runs the bundled action (`dist/index.js`) as the runner would: a child
 * process with the INPUT_* variables the runner derives from action.yml and the
 * step's `with:` (./runner-env.ts: every default applied, expressions resolved),
 * a pull_request event file, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files and the
 * OIDC request variables, all pointed at an emulator. Parses what the runner
 * would parse (outputs, annotations, masks).
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { repoRoot } from './certs.js'
import { DEFAULT_REPOSITORY, type Scenario } from './scenario.js'
import { buildStepEnvironment, inputEnvName, readActionInputs } from './runner-env.js'
import { getScenario } from './scenarios/index.js'
import { startEmulator, type Emulator, type EmulatorOptions } from './server.js'

export type ActionEvent =
  | 'pull_request'
  | 'pull_request_target'
  | 'push'
  | 'workflow_dispatch'
  | 'schedule'
  | 'merge_group'
  | 'workflow_run'

export interface RunActionOptions {
  /** A scenario (or its registry name); an emulator is started for this run and closed after it. */
  scenario?: Scenario | string
  /** An emulator to reuse (left running), e.g. for a second run that should update a comment. */
  emulator?: Emulator
  /** Options for an emulator this run starts. */
  emulatorOptions?: EmulatorOptions
  /**
   * The step's `with:` block by input name (`fail-on`, ...), merged over the
   * scenario's (login, target, the emulator's endpoints). `undefined` leaves the
   * key out of the workflow; inputs with a default in action.yml are then set to
   * it, as on the runner. `${{ github.token }}`, `${{ vars.X }}` and the like are
   * resolved (see `vars`).
   */
  inputs?: Record<string, string | undefined>
  /**
   * Inputs to leave out of the environment altogether, defaults included: what a
   * host other than GitHub's runner may do (the runner never does), to prove
   * that an absent input and its default mean the same.
   */
  unsetInputs?: string[]
  /** Repository variables for `${{ vars.X }}` in `inputs`. */
  vars?: Record<string, string>
  /** The workflow's `env` context for `${{ env.X }}` in `inputs` (e.g. set through GITHUB_ENV by an earlier step). */
  workflowEnv?: Record<string, string>
  event?: ActionEvent
  /** Fields merged over the generated event payload (e.g. `workflow_run`, or a push's `after`). */
  eventPayload?: Record<string, unknown>
  /** Pull request number (default 42). */
  prNumber?: number
  /** Extra environment; `undefined` removes a variable. INPUT_* is refused: inputs go through `inputs`, as on the runner. */
  env?: Record<string, string | undefined>
  /** Leave out ACTIONS_ID_TOKEN_REQUEST_URL/TOKEN (a workflow without `id-token: write`). */
  omitIdToken?: boolean
  /** Script to run (default `<repo>/dist/index.js`). */
  entry?: string
  /** Node binary to run it with (default: the one running this process; the bench picks Node 24). */
  node?: string
  /** Kill the child after this many ms (default 60 000). */
  timeoutMs?: number
  /** Keep the run directory (event, outputs, RUNNER_TEMP with the report file) instead of deleting it. */
  keepRunDir?: boolean
  /** Called with the child's pid once it is spawned (e.g. to sample its memory). */
  onSpawn?: (pid: number) => void
  /** Files to create in the checkout (GITHUB_WORKSPACE) before the run: relative path → content. */
  workspaceFiles?: Record<string, string>
}

export interface Annotation {
  level: 'error' | 'warning' | 'notice'
  title?: string
  file?: string
  line?: number
  message: string
}

export interface ActionRun {
  exitCode: number | null
  signal: NodeJS.Signals | null
  timedOut: boolean
  durationMs: number
  stdout: string
  stderr: string
  /** GITHUB_STEP_SUMMARY content. */
  summary: string
  /** Content of the file the `report-file` output names (read before the run directory is removed). */
  report: string | undefined
  /** Parsed GITHUB_OUTPUT. */
  outputs: Record<string, string>
  /** `::error|warning|notice ...::` workflow commands, unescaped. */
  annotations: Annotation[]
  /** Values registered with `::add-mask::`. */
  masks: string[]
  /** Comments on the emulator after the run (all issues). */
  comments: Emulator['comments']
  emulator: Emulator
  /** What the runner printed before the step (e.g. unexpected inputs). */
  runnerWarnings: string[]
  /** The inputs as the step saw them (defaults applied, expressions resolved). */
  inputs: Record<string, string>
  /** Secrets this run involved: request token, GitHub token, and every OIDC/access token issued during it. */
  secrets: string[]
  /** Temp directory with event.json, github_output, step_summary.md, workspace/ and runner-temp/ (deleted after the run unless keepRunDir). */
  runDir: string
}

function unescapeData(s: string): string {
  return s.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%')
}

function unescapeProperty(s: string): string {
  return s
    .replace(/%0D/gi, '\r')
    .replace(/%0A/gi, '\n')
    .replace(/%3A/gi, ':')
    .replace(/%2C/gi, ',')
    .replace(/%25/g, '%')
}

/** Parses `::error title=T,file=F::message` lines (what @actions/core writes) from a log. */
export function parseAnnotations(stdout: string): { annotations: Annotation[]; masks: string[] } {
  const annotations: Annotation[] = []
  const masks: string[] = []
  for (const raw of stdout.split(/\r?\n/)) {
    const match = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(raw)
    if (!match) continue
    const [, command, props = '', data = ''] = match
    if (command === 'add-mask') {
      masks.push(unescapeData(data))
      continue
    }
    if (command !== 'error' && command !== 'warning' && command !== 'notice') continue
    const annotation: Annotation = { level: command, message: unescapeData(data) }
    for (const pair of props.split(',')) {
      const eq = pair.indexOf('=')
      if (eq <= 0) continue
      const key = pair.slice(0, eq).trim()
      const value = unescapeProperty(pair.slice(eq + 1))
      if (key === 'title') annotation.title = value
      else if (key === 'file') annotation.file = value
      else if (key === 'line') annotation.line = Number(value)
    }
    annotations.push(annotation)
  }
  return { annotations, masks }
}

/**
 * Renders a step log the way the Actions UI shows it: workflow commands
 * interpreted (annotations as `Error:`/`Warning:` lines, groups as `▸`),
 * `::debug::` hidden unless `debug`, and every `::add-mask::` value replaced by `***`.
 */
export function renderLog(stdout: string, options: { debug?: boolean } = {}): string {
  const { masks } = parseAnnotations(stdout)
  const secrets = masks.filter(m => m.length > 0).sort((a, b) => b.length - a.length)
  const mask = (text: string): string => secrets.reduce((t, m) => t.split(m).join('***'), text)
  const out: string[] = []
  for (const raw of stdout.split(/\r?\n/)) {
    const match = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(raw)
    if (!match) {
      out.push(mask(raw))
      continue
    }
    const [, command, , data = ''] = match
    const text = mask(unescapeData(data))
    if (command === 'debug') {
      if (options.debug) out.push(`##[debug]${text}`)
    } else if (command === 'group') out.push(`▸ ${text}`)
    else if (command === 'endgroup' || command === 'add-mask') continue
    else if (command === 'error' || command === 'warning' || command === 'notice') {
      const [annotation] = parseAnnotations(raw).annotations
      const label = command === 'error' ? 'Error' : command === 'warning' ? 'Warning' : 'Notice'
      const title = annotation?.title ? `${mask(annotation.title)}: ` : ''
      out.push(`${label}: ${title}${text}`)
    } else out.push(mask(raw))
  }
  return out.join('\n')
}

/** Parses a GITHUB_OUTPUT file: `name<<DELIM` heredocs and legacy `name=value` lines. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').replace(/\r$/, '')
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const [, name, delimiter] = heredoc as unknown as [string, string, string]
      const value: string[] = []
      i++
      while (i < lines.length && (lines[i] ?? '').replace(/\r$/, '') !== delimiter) {
        value.push(lines[i] ?? '')
        i++
      }
      outputs[name] = value.join('\n')
      continue
    }
    const eq = line.indexOf('=')
    if (eq > 0) outputs[line.slice(0, eq)] = line.slice(eq + 1)
  }
  return outputs
}

function eventPayload(
  event: ActionEvent,
  prNumber: number,
  repository: string,
  githubApiUrl: string
): Record<string, unknown> {
  const [owner = 'octo-org', name = 'octo-repo'] = repository.split('/')
  const ownerObj = {
    login: owner,
    id: 1342004,
    node_id: 'O_kgDOABR5VA',
    type: 'Organization',
    html_url: `https://github.com/${owner}`,
    url: `${githubApiUrl}/users/${owner}`
  }
  const repo = {
    id: 702553180,
    node_id: 'R_kgDOKeEyXA',
    name,
    full_name: repository,
    private: true,
    owner: ownerObj,
    html_url: `https://github.com/${repository}`,
    url: `${githubApiUrl}/repos/${repository}`,
    default_branch: 'main',
    visibility: 'private'
  }
  const sender = { login: 'mona', id: 5000001, type: 'User' }
  const headSha = '3f786850e387550fdab836ed7e6dc881de23001b'
  const baseSha = 'a3c1f2e4b5d6978812340abcdef1234567890abc'
  if (event === 'pull_request' || event === 'pull_request_target') {
    return {
      action: 'synchronize',
      number: prNumber,
      before: baseSha,
      after: headSha,
      pull_request: {
        id: 1900000000 + prNumber,
        node_id: 'PR_kwDOKeEyXM5xYz12',
        number: prNumber,
        state: 'open',
        draft: false,
        title: 'Move scoring endpoints behind private endpoints',
        user: sender,
        html_url: `https://github.com/${repository}/pull/${prNumber}`,
        url: `${githubApiUrl}/repos/${repository}/pulls/${prNumber}`,
        issue_url: `${githubApiUrl}/repos/${repository}/issues/${prNumber}`,
        comments_url: `${githubApiUrl}/repos/${repository}/issues/${prNumber}/comments`,
        head: {
          label: `${owner}:feature/private-endpoints`,
          ref: 'feature/private-endpoints',
          sha: headSha,
          repo
        },
        base: { label: `${owner}:main`, ref: 'main', sha: baseSha, repo }
      },
      repository: repo,
      organization: { login: owner, id: 1342004 },
      sender
    }
  }
  if (event === 'push') {
    return {
      ref: 'refs/heads/main',
      before: baseSha,
      after: headSha,
      head_commit: {
        id: headSha,
        message: 'Merge pull request',
        timestamp: new Date().toISOString()
      },
      repository: repo,
      organization: { login: owner, id: 1342004 },
      pusher: { name: 'mona' },
      sender
    }
  }
  return { repository: repo, organization: { login: owner, id: 1342004 }, sender }
}

/** Runs the action once against an emulator; see RunActionOptions. */
/**
 * The Azure inputs the harness adds, left out of the step's `with:`: a `from-snapshot` run needs
 * none of them (spread into `inputs`).
 */
export const NO_AZURE_INPUTS: Readonly<Record<string, undefined>> = {
  'client-id': undefined,
  'tenant-id': undefined,
  'subscription-id': undefined,
  'resource-group': undefined,
  'workspace-name': undefined,
  'authority-host': undefined,
  'arm-endpoint': undefined,
  environment: undefined
}

export async function runAction(options: RunActionOptions = {}): Promise<ActionRun> {
  if (!options.emulator && !options.scenario) {
    throw new Error('runAction needs a scenario or an emulator')
  }
  // AIG_ACTION_ENTRY lets a developer test a private bundle while dist/ is being rebuilt.
  const entry = path.resolve(
    options.entry ?? process.env['AIG_ACTION_ENTRY'] ?? path.join(repoRoot, 'dist', 'index.js')
  )
  if (!fs.existsSync(entry)) {
    throw new Error(`action entry ${entry} does not exist (run \`npm run bundle\` first)`)
  }
  const ownEmulator = !options.emulator
  const emulator =
    options.emulator ??
    (await startEmulator(
      typeof options.scenario === 'string'
        ? getScenario(options.scenario)
        : (options.scenario as Scenario),
      options.emulatorOptions
    ))
  const scenario = emulator.scenario
  const event = options.event ?? 'pull_request'
  const prNumber = options.prNumber ?? 42
  const repository = scenario.github.repository ?? DEFAULT_REPOSITORY
  const idTokensBefore = emulator.idTokens.length
  const accessTokensBefore = emulator.issuedTokens.length

  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'aml-guard-run-'))
  const workspaceDir = path.join(runDir, 'workspace')
  const runnerTemp = path.join(runDir, 'runner-temp')
  fs.mkdirSync(workspaceDir)
  fs.mkdirSync(runnerTemp)
  for (const [relative, content] of Object.entries(options.workspaceFiles ?? {})) {
    const file = path.join(workspaceDir, relative)
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, content)
  }
  const eventPath = path.join(runDir, 'event.json')
  const outputPath = path.join(runDir, 'github_output')
  const summaryPath = path.join(runDir, 'step_summary.md')
  const statePath = path.join(runDir, 'github_state')
  const envPath = path.join(runDir, 'github_env')
  const pathPath = path.join(runDir, 'github_path')
  fs.writeFileSync(
    eventPath,
    JSON.stringify(
      {
        ...eventPayload(event, prNumber, repository, emulator.urls.githubApiUrl),
        ...options.eventPayload
      },
      null,
      2
    )
  )
  for (const f of [outputPath, summaryPath, statePath, envPath, pathPath]) fs.writeFileSync(f, '')

  // The workflow the scenario stands for: its login, its target and the emulator's clouds.
  const withValues: Record<string, string | undefined> = {
    'client-id': scenario.clientId,
    'tenant-id': scenario.tenantId,
    'subscription-id': scenario.subscriptionId,
    'resource-group': scenario.target.resourceGroup,
    'workspace-name': scenario.target.workspaceName,
    environment: 'custom',
    'authority-host': emulator.urls.authorityHost,
    'arm-endpoint': emulator.urls.armEndpoint,
    ...options.inputs
  }
  const step = buildStepEnvironment(readActionInputs(), withValues, {
    github: {
      token: emulator.githubToken,
      repository,
      workspace: workspaceDir,
      event_name: event,
      server_url: 'https://github.com',
      api_url: emulator.urls.githubApiUrl,
      run_id: '9876543210'
    },
    runner: { temp: runnerTemp, os: 'Linux' },
    vars: options.vars ?? {},
    env: options.workflowEnv ?? {}
  })
  const inputs = step.inputs
  const isPr = event === 'pull_request' || event === 'pull_request_target'
  const env: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'GitHub Actions 12',
    RUNNER_ENVIRONMENT: 'github-hosted',
    RUNNER_TEMP: runnerTemp,
    GITHUB_WORKSPACE: workspaceDir,
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: repository,
    GITHUB_REPOSITORY_OWNER: repository.split('/')[0],
    GITHUB_API_URL: emulator.urls.githubApiUrl,
    GITHUB_GRAPHQL_URL: `${emulator.urls.githubApiUrl}/graphql`,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '9876543210',
    GITHUB_RUN_NUMBER: '118',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKFLOW: 'AML guard',
    GITHUB_WORKFLOW_REF: `${repository}/.github/workflows/aml-guard.yml@${isPr ? `refs/pull/${prNumber}/merge` : 'refs/heads/main'}`,
    GITHUB_JOB: 'guard',
    GITHUB_ACTION: '__self',
    GITHUB_ACTOR: 'mona',
    GITHUB_SHA: '3f786850e387550fdab836ed7e6dc881de23001b',
    GITHUB_REF: isPr ? `refs/pull/${prNumber}/merge` : 'refs/heads/main',
    GITHUB_REF_NAME: isPr ? `${prNumber}/merge` : 'main',
    GITHUB_HEAD_REF: isPr ? 'feature/private-endpoints' : '',
    GITHUB_BASE_REF: isPr ? 'main' : '',
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_STATE: statePath,
    GITHUB_ENV: envPath,
    GITHUB_PATH: pathPath,
    NODE_EXTRA_CA_CERTS: emulator.caFile
  }
  if (!options.omitIdToken) {
    env.ACTIONS_ID_TOKEN_REQUEST_URL = emulator.urls.oidcRequestUrl
    env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = emulator.oidcRequestToken
  }
  Object.assign(env, step.env)
  for (const name of options.unsetInputs ?? []) delete env[inputEnvName(name)]
  const handSet = Object.keys(options.env ?? {}).filter(name => /^INPUT_/i.test(name))
  if (handSet.length > 0) {
    throw new Error(
      `runAction: ${handSet.join(', ')} set through env; pass inputs through \`inputs\` (the step's with:) so action.yml's defaults apply as on the runner`
    )
  }
  Object.assign(env, options.env ?? {})
  const childEnv: Record<string, string> = {}
  for (const [k, v] of Object.entries(env)) if (v !== undefined) childEnv[k] = v

  const started = Date.now()
  const timeoutMs = options.timeoutMs ?? 60_000
  try {
    const child = spawn(options.node ?? process.execPath, [entry], {
      cwd: workspaceDir,
      env: childEnv,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    if (child.pid !== undefined) options.onSpawn?.(child.pid)
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      child.kill('SIGKILL')
    }, timeoutMs)
    const { code, signal } = await new Promise<{
      code: number | null
      signal: NodeJS.Signals | null
    }>((resolve, reject) => {
      child.once('error', reject)
      child.once('close', (c, s) => resolve({ code: c, signal: s }))
    }).finally(() => clearTimeout(timer))

    const { annotations, masks } = parseAnnotations(stdout)
    const outputs = parseOutputFile(fs.readFileSync(outputPath, 'utf8'))
    const reportFile = outputs['report-file']
    return {
      exitCode: code,
      signal,
      timedOut,
      durationMs: Date.now() - started,
      stdout,
      stderr,
      summary: fs.readFileSync(summaryPath, 'utf8'),
      outputs,
      report:
        reportFile && fs.existsSync(reportFile) ? fs.readFileSync(reportFile, 'utf8') : undefined,
      annotations,
      masks,
      comments: emulator.comments,
      emulator,
      runnerWarnings: step.warnings,
      inputs,
      secrets: [
        ...new Set([emulator.oidcRequestToken, emulator.githubToken, inputs['github-token'] ?? '']),
        ...emulator.idTokens.slice(idTokensBefore),
        ...emulator.issuedTokens.slice(accessTokensBefore)
      ].filter(Boolean),
      runDir
    }
  } finally {
    if (!options.keepRunDir) fs.rmSync(runDir, { recursive: true, force: true })
    if (ownEmulator) await emulator.close()
  }
}
