/**
 * The workflows in the docs are copy-paste safe (issue 15), and so are the
 * repository's own workflows and action.yml:
 *
 * - Fence rule (CONTRIBUTING.md): ```yaml is a complete workflow; ```yml is a
 *   non-workflow YAML file whose first line is `# <path>` naming it; no other
 *   fence may hold workflow YAML. So no workflow fragment escapes validation.
 * - Every workflow passes the real validator (@action-validator/core, the
 *   schema GitHub's own editor tooling uses) and this project's rules: declared
 *   least-privilege permissions, a checkout before the action, `id-token: write`
 *   for a live Azure read, `security-events: write` for SARIF uploads, and the
 *   released `uses:` ref.
 *
 * Permission semantics (job `permissions` replace the workflow's entirely; an
 * unnamed scope is `none`; `read-all`/`write-all`):
 * https://docs.github.com/actions/writing-workflows/workflow-syntax-for-github-actions#permissions
 */
import { describe, expect, it } from '@jest/globals'
import { validateAction, validateWorkflow, type ValidationError } from '@action-validator/core'
import { readdirSync, readFileSync } from 'node:fs'
import * as markdown from 'prettier/plugins/markdown'
import { parse } from 'yaml'
import { CHECKS } from '../../src/evaluate/checks/catalog.js'
import { parseSuppressions } from '../../src/evaluate/suppressions.js'

const root = new URL('../../', import.meta.url)
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8')

const pkg = JSON.parse(read('package.json')) as {
  name: string
  version: string
  repository: { url: string }
}
const repoSlug = /github\.com\/([^/]+\/[^/]+?)(?:\.git)?$/.exec(pkg.repository.url)?.[1]
/** The ref users pin: the repository and the moving major tag of package.json's version. */
const RELEASED = `${repoSlug}@v${pkg.version.split('.')[0]}`

// ---------------------------------------------------------------- blocks

interface Block {
  where: string
  lang: string | null
  text: string
}

interface MdNode {
  type: string
  lang?: string | null
  value?: string
  position?: { start: { line: number } }
  children?: MdNode[]
}

/** Fenced code blocks, found by Prettier's markdown parser (remark), so list-indented fences count. */
async function fencedBlocks(file: string, text: string): Promise<Block[]> {
  // The markdown parser reads no option; Prettier passes its full set when it formats.
  const tree = (await markdown.parsers.markdown.parse(text, {} as never)) as MdNode
  const blocks: Block[] = []
  const walk = (node: MdNode): void => {
    if (node.type === 'code') {
      blocks.push({
        where: `${file}:${node.position?.start.line}`,
        lang: node.lang ?? null,
        text: node.value ?? ''
      })
    }
    node.children?.forEach(walk)
  }
  walk(tree)
  return blocks
}

/** README.md and the other top-level docs, and every docs/**\/*.md. */
function markdownFiles(): string[] {
  const top = readdirSync(root).filter(f => f.endsWith('.md'))
  const docs = readdirSync(new URL('docs/', root), { recursive: true, encoding: 'utf8' })
    .filter(f => f.endsWith('.md'))
    .map(f => `docs/${f.split('\\').join('/')}`)
  return [...top, ...docs].sort()
}

// ---------------------------------------------------------------- fence rule

/** A line that only workflow YAML has (a key of a workflow, job or step). */
const WORKFLOW_LINE = /^\s*(?:-\s+)?(?:on|jobs|steps|runs-on|uses|permissions)\s*:/m

/** Non-workflow YAML files the docs may show (```yml), each with the parser the action uses. */
const FILE_VALIDATORS: Record<string, (text: string, path: string) => string[]> = {
  '.github/aml-inference-guard.yml': (text, path) => {
    try {
      parseSuppressions(text, path, CHECKS)
      return []
    } catch (error) {
      return [(error as Error).message]
    }
  }
}

/** Problems with a block that is not fenced as a workflow; [] when none. */
function nonWorkflowProblems(block: Block): string[] {
  const problems: string[] = []
  if (block.lang === 'yml') {
    const path = /^# (\S+)\s*$/.exec(block.text.split('\n')[0] ?? '')?.[1]
    const validate = path === undefined ? undefined : FILE_VALIDATORS[path]
    if (!path) problems.push('a ```yml block must start with a `# <path>` comment naming its file')
    else if (!validate)
      problems.push(`no validator for ${path}: add one to FILE_VALIDATORS or fence it otherwise`)
    else problems.push(...validate(block.text, path))
  } else if (block.lang !== null && /^ya?ml$/i.test(block.lang)) {
    problems.push(`fence \`${block.lang}\`: use \`yaml\` (a workflow) or \`yml\` (another file)`)
  }
  if (WORKFLOW_LINE.test(block.text)) {
    problems.push(
      `workflow YAML fenced as \`${block.lang ?? '(none)'}\`: fence a complete workflow as \`yaml\``
    )
  }
  return problems
}

// ---------------------------------------------------------------- workflows

type Permissions = string | Record<string, string> | undefined

interface Step {
  uses?: string
  with?: Record<string, unknown>
  env?: Record<string, unknown>
}

interface Job {
  permissions?: Permissions
  uses?: string
  steps?: Step[]
}

interface Workflow {
  name?: string
  on?: unknown
  permissions?: Permissions
  jobs?: Record<string, Job>
}

function has(permissions: Permissions, scope: string, level: 'read' | 'write'): boolean {
  if (permissions === 'write-all') return true
  if (permissions === 'read-all') return level === 'read'
  if (typeof permissions !== 'object' || permissions === null) return false
  const granted = permissions[scope]
  return granted === 'write' || (level === 'read' && granted === 'read')
}

const isThisAction = (uses: string | undefined): boolean =>
  uses === './' || (uses !== undefined && new RegExp(`/${pkg.name}(@|$)`).test(uses))
const usesOf = (step: Step, prefix: string): boolean => step.uses?.startsWith(prefix) ?? false
const value = (step: Step, input: string): string => String(step.with?.[input] ?? '')
/** Modes that never log in to Azure (action.yml: from-report, merge-reports, from-snapshot). */
const OFFLINE_INPUTS = ['from-report', 'merge-reports', 'from-snapshot']
const isLive = (step: Step): boolean => OFFLINE_INPUTS.every(input => value(step, input) === '')
/** Estate modes write no pull-request comment (README "What it writes", docs/estate.md). */
const mayComment = (step: Step): boolean =>
  value(step, 'comment') !== 'never' &&
  value(step, 'scope') === '' &&
  value(step, 'merge-reports') === ''

function formatError(error: ValidationError): string {
  const where = 'path' in error ? error.path || '/' : 'yaml'
  const states =
    'states' in error && error.states
      ? ` [${error.states.map(s => s.errors.map(formatError).join(', ')).join(' | ')}]`
      : ''
  return `${where}: ${error.title}${error.detail ? ` (${error.detail})` : ''}${states}`
}

/**
 * Every problem of a workflow's text. `repository: true` for this repository's own
 * workflows, which may run the checkout (`uses: ./`) instead of the released ref.
 */
function workflowProblems(text: string, repository = false): string[] {
  const problems = validateWorkflow(text).errors.map(e => `action-validator: ${formatError(e)}`)
  let workflow: Workflow
  try {
    workflow = parse(text) as Workflow
  } catch (error) {
    return [...problems, `not YAML: ${(error as Error).message}`]
  }
  if (typeof workflow !== 'object' || workflow === null || Array.isArray(workflow)) {
    return [...problems, 'not a workflow: a mapping with name, on, permissions and jobs']
  }
  for (const key of ['name', 'on', 'jobs'] as const) {
    if (workflow[key] === undefined) problems.push(`no \`${key}\``)
  }
  for (const [id, job] of Object.entries(workflow.jobs ?? {})) {
    const problem = (text: string): number => problems.push(`job ${id}: ${text}`)
    if (job.permissions === undefined && workflow.permissions === undefined) {
      problem('no `permissions` (none at the workflow level either): declare least privilege')
    }
    // A job's own permissions replace the workflow's, scope by scope none inherited.
    const granted = job.permissions ?? workflow.permissions
    if (granted === 'write-all' || granted === 'read-all') {
      problem(`\`permissions: ${granted}\` is not least privilege`)
    }
    const steps = job.steps ?? []
    const checkout = steps.findIndex(s => usesOf(s, 'actions/checkout@'))
    const guards = steps.filter(s => isThisAction(s.uses))
    steps.forEach((step, index) => {
      if (!isThisAction(step.uses)) return
      if (checkout < 0 || checkout > index) {
        problem(`step ${index + 1} runs the action without an earlier actions/checkout step`)
      }
      if (step.uses !== RELEASED && !(repository && step.uses === './')) {
        problem(`uses \`${step.uses}\`, not the released ref \`${RELEASED}\``)
      }
      // The repository's emulator run points the action at the emulator's OIDC endpoint.
      const ownTokenSource = step.env?.['ACTIONS_ID_TOKEN_REQUEST_URL'] !== undefined
      if (isLive(step) && !ownTokenSource && !has(granted, 'id-token', 'write')) {
        problem(`step ${index + 1} logs in to Azure but the job lacks \`id-token: write\``)
      }
    })
    if (checkout >= 0 && !has(granted, 'contents', 'read')) {
      problem('actions/checkout needs `contents: read` (private repositories)')
    }
    const uploadsSarif = steps.some(s => usesOf(s, 'github/codeql-action/upload-sarif@'))
    if (uploadsSarif && !has(granted, 'security-events', 'write')) {
      problem('uploads SARIF but lacks `security-events: write`')
    }
    // Least privilege: no write or cross-run scope the job does not use.
    if (has(granted, 'id-token', 'write') && !guards.some(isLive)) {
      problem('`id-token: write` but no step logs in to Azure')
    }
    if (has(granted, 'pull-requests', 'write') && !guards.some(mayComment)) {
      problem('`pull-requests: write` but no step comments')
    }
    if (has(granted, 'security-events', 'write') && !uploadsSarif) {
      problem('`security-events: write` but no SARIF upload')
    }
    const downloadsOtherRun = steps.some(
      s => usesOf(s, 'actions/download-artifact@') && value(s, 'run-id') !== ''
    )
    if (has(granted, 'actions', 'read') && !downloadsOtherRun) {
      problem("`actions: read` but no download of another run's artifacts")
    }
    if (downloadsOtherRun && !has(granted, 'actions', 'read')) {
      problem("downloads another run's artifacts but lacks `actions: read`")
    }
  }
  return problems
}

// ---------------------------------------------------------------- action.yml

/**
 * Known gap: the schema bundled in @action-validator/core 0.6.0 predates
 * `runs.using: node24` (its enum stops at node20), so a node24 action fails the
 * `/runs` oneOf only through the `/runs/using` enum of the JavaScript branch.
 * GitHub runs node24 actions:
 * https://docs.github.com/actions/reference/workflows-and-actions/metadata-syntax#runsusing-for-javascript-actions
 * Exactly that error is accepted, and only when `using` is `node24`.
 */
function isNode24Gap(error: ValidationError): boolean {
  return (
    error.code === 'one_of' &&
    'path' in error &&
    error.path === '/runs' &&
    (error.states ?? []).some(
      s =>
        s.errors.length > 0 &&
        s.errors.every(e => 'path' in e && e.path === '/runs/using' && e.code === 'enum')
    )
  )
}

function actionProblems(text: string): string[] {
  const action = parse(text) as { runs?: { using?: string } } | null
  const node24 = action?.runs?.using === 'node24'
  return validateAction(text)
    .errors.filter(e => !(node24 && isNode24Gap(e)))
    .map(e => `action-validator: ${formatError(e)}`)
}

// ---------------------------------------------------------------- the tests

const files = markdownFiles()
const blocks = (await Promise.all(files.map(f => fencedBlocks(f, read(f))))).flat()
const workflowBlocks = blocks.filter(b => b.lang === 'yaml')
const repositoryWorkflows = readdirSync(new URL('.github/workflows/', root))
  .filter(f => /\.ya?ml$/.test(f))
  .map(f => `.github/workflows/${f}`)

/** Each item's problems by name, items without problems left out: one run shows them all. */
function problemsBy<T>(
  items: T[],
  check: (item: T) => [string, string[]]
): Record<string, string[]> {
  return Object.fromEntries(items.map(check).filter(([, problems]) => problems.length > 0))
}

describe('workflows in the docs', () => {
  it('finds the docs and their workflows', () => {
    expect(files).toEqual(
      expect.arrayContaining(['README.md', 'CONTRIBUTING.md', 'docs/estate.md'])
    )
    expect(
      workflowBlocks.filter(b => b.where.startsWith('README.md')).length
    ).toBeGreaterThanOrEqual(4)
    expect(workflowBlocks.filter(b => b.where.startsWith('docs/estate.md')).length).toBe(2)
  })

  it('every ```yaml block is a complete, valid, least-privilege workflow', () => {
    expect(problemsBy(workflowBlocks, b => [b.where, workflowProblems(b.text)])).toEqual({})
  })

  it('every other block is fenced by the rule (```yml names its file; no workflow elsewhere)', () => {
    const others = blocks.filter(b => b.lang !== 'yaml')
    expect(problemsBy(others, b => [b.where, nonWorkflowProblems(b)])).toEqual({})
    expect(blocks.some(b => b.lang === 'yml')).toBe(true)
  })

  it('every use of this action in any block is the released ref', () => {
    expect(RELEASED).toBe('aml-inference-guard/aml-inference-guard@v1')
    const uses = blocks.flatMap(b =>
      [...b.text.matchAll(/uses:\s*(\S*aml-inference-guard\S*)/g)].map(m => [b.where, m[1]])
    )
    expect(uses.length).toBeGreaterThanOrEqual(8)
    for (const [where, ref] of uses) expect([where, ref]).toEqual([where, RELEASED])
  })

  it('the quick start passes the deploying identity and gates on isolation and rbac', () => {
    const usage = read('README.md').split('\n## Usage\n')[1] ?? ''
    const quickStart = /```yaml\n([\s\S]*?)\n```/.exec(usage)?.[1] ?? ''
    const workflow = parse(quickStart) as Workflow
    const step = Object.values(workflow.jobs ?? {})
      .flatMap(j => j.steps ?? [])
      .find(s => isThisAction(s.uses))
    expect(step?.with).toEqual({
      'client-id': '${{ vars.AZURE_CLIENT_ID }}',
      'tenant-id': '${{ vars.AZURE_TENANT_ID }}',
      'subscription-id': '${{ vars.AZURE_SUBSCRIPTION_ID }}',
      'resource-group': '${{ vars.AML_RESOURCE_GROUP }}',
      'workspace-name': '${{ vars.AML_WORKSPACE_NAME }}',
      'principal-id': '${{ vars.AML_DEPLOYER_PRINCIPAL_ID }}',
      'fail-on': 'isolation,rbac'
    })
  })

  it('every repository variable a docs workflow reads is created in the docs (gh variable set)', () => {
    const all = files.map(read).join('\n')
    const used = new Set(
      workflowBlocks.flatMap(b => [...b.text.matchAll(/\bvars\.(\w+)/g)].map(m => m[1]))
    )
    expect(used.size).toBeGreaterThanOrEqual(6)
    for (const name of used) {
      expect([name, new RegExp(`gh variable set ${name}\\b`).test(all)]).toEqual([name, true])
    }
  })
})

describe("the repository's workflows and action.yml", () => {
  it('every .github/workflows file is valid and least privilege', () => {
    expect(repositoryWorkflows).toEqual(
      expect.arrayContaining(['.github/workflows/action.yml', '.github/workflows/release.yml'])
    )
    expect(problemsBy(repositoryWorkflows, f => [f, workflowProblems(read(f), true)])).toEqual({})
  })

  it('release.yml may write contents, and nothing else', () => {
    const release = parse(read('.github/workflows/release.yml')) as Workflow
    expect(release.permissions).toEqual({ contents: 'write' })
    expect(Object.values(release.jobs ?? {}).every(j => j.permissions === undefined)).toBe(true)
  })

  it('action.yml is valid, node24 being the only gap of the validator', () => {
    const text = read('action.yml')
    expect((parse(text) as { runs: { using: string } }).runs.using).toBe('node24')
    expect(validateAction(text).errors.every(isNode24Gap)).toBe(true)
    expect(actionProblems(text)).toEqual([])
  })

  it('the emulator run asserts no fail and no unknown result', () => {
    const text = read('.github/workflows/action.yml')
    expect(text).toContain(
      `jq -e '.results | length > 0 and all(.outcome != "fail" and .outcome != "unknown")'`
    )
  })

  it('dependabot.yml updates npm (Azure SDK grouped) and GitHub Actions weekly', () => {
    const config = parse(read('.github/dependabot.yml')) as {
      version: number
      updates: Array<{
        'package-ecosystem': string
        schedule: { interval: string }
        groups?: Record<string, { patterns: string[] }>
      }>
    }
    expect(config.version).toBe(2)
    expect(config.updates.map(u => [u['package-ecosystem'], u.schedule.interval])).toEqual([
      ['npm', 'weekly'],
      ['github-actions', 'weekly']
    ])
    expect(Object.values(config.updates[0]?.groups ?? {}).map(g => g.patterns)).toContainEqual([
      '@azure/*'
    ])
  })
})

// ---------------------------------------------------------------- the checker rejects

const GOOD = `name: ok
on:
  pull_request:
permissions:
  id-token: write
  contents: read
  pull-requests: write
jobs:
  guard:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
      - uses: ${RELEASED}
        with:
          client-id: x
`
const swap = (from: string, to: string): string => {
  if (!GOOD.includes(from)) throw new Error(`not in GOOD: ${from}`)
  return GOOD.replace(from, to)
}

describe('the checker', () => {
  it('accepts the baseline', () => {
    expect(workflowProblems(GOOD)).toEqual([])
  })

  it.each([
    [
      'no checkout',
      swap('      - uses: actions/checkout@v5\n', ''),
      'without an earlier actions/checkout'
    ],
    [
      'checkout after the action',
      swap('      - uses: actions/checkout@v5\n', '') + '      - uses: actions/checkout@v5\n',
      'without an earlier actions/checkout'
    ],
    [
      'the placeholder ref',
      swap(RELEASED, '<owner>/aml-inference-guard@v1'),
      'not the released ref'
    ],
    ['a local ref in the docs', swap(RELEASED, './'), 'not the released ref'],
    ['no id-token for a live read', swap('  id-token: write\n', ''), 'lacks `id-token: write`'],
    [
      'no permissions at all',
      swap(/permissions:[\s\S]*?jobs:/.exec(GOOD)![0], 'jobs:'),
      'no `permissions`'
    ],
    [
      'write-all',
      swap(/permissions:[\s\S]*?jobs:/.exec(GOOD)![0], 'permissions: write-all\njobs:'),
      'not least privilege'
    ],
    [
      'upload-sarif without security-events',
      GOOD +
        '      - uses: github/codeql-action/upload-sarif@v3\n        with:\n          sarif_file: x.sarif\n',
      'lacks `security-events: write`'
    ],
    [
      // Job permissions replace the workflow's: the workflow's security-events does not reach the job.
      'security-events only at the workflow level, job permissions of its own',
      swap(
        '  pull-requests: write\n',
        '  pull-requests: write\n  security-events: write\n'
      ).replace(
        '    runs-on: ubuntu-latest\n',
        '    runs-on: ubuntu-latest\n    permissions:\n      id-token: write\n      contents: read\n      pull-requests: write\n'
      ) +
        '      - uses: github/codeql-action/upload-sarif@v3\n        with:\n          sarif_file: x.sarif\n',
      'lacks `security-events: write`'
    ],
    [
      'pull-requests: write with comment: never',
      GOOD + '          comment: never\n',
      'no step comments'
    ],
    [
      'id-token: write for an offline mode',
      GOOD + '          from-report: report.json\n',
      'no step logs in'
    ],
    ['an invalid key (action-validator)', swap('    runs-on:', '    run-on:'), 'action-validator'],
    ['no name', swap('name: ok\n', ''), 'no `name`']
  ])('rejects a workflow with %s', (_case, text, expected) => {
    expect(workflowProblems(text).join('\n')).toContain(expected)
  })

  it.each([
    [
      'a step fragment fenced as a workflow',
      'yaml',
      `- uses: actions/checkout@v5\n- uses: ${RELEASED}\n`,
      'not a workflow'
    ],
    [
      'a workflow fenced as yml',
      'yml',
      `# .github/aml-inference-guard.yml\n${GOOD}`,
      'fence a complete workflow as `yaml`'
    ],
    [
      'a step fenced as sh',
      'sh',
      `- uses: ${RELEASED}\n  with:\n    client-id: x\n`,
      'workflow YAML fenced as `sh`'
    ],
    ['an unfenced language', null, 'jobs:\n  a: {}\n', 'workflow YAML fenced as `(none)`'],
    ['yml without its path', 'yml', 'suppressions: []\n', 'must start with a `# <path>` comment'],
    [
      'yml naming an unknown file',
      'yml',
      '# .github/other.yml\na: 1\n',
      'no validator for .github/other.yml'
    ],
    [
      'an invalid suppressions file',
      'yml',
      '# .github/aml-inference-guard.yml\nsuppressions:\n  - check: NOPE-01\n',
      'NOPE-01'
    ],
    ['YAML spelled otherwise', 'YAML', 'a: 1\n', 'use `yaml`']
  ])('rejects %s', (_case, lang, text, expected) => {
    const block = { where: 'x.md:1', lang, text }
    const problems = lang === 'yaml' ? workflowProblems(text) : nonWorkflowProblems(block)
    expect(problems.join('\n')).toContain(expected)
  })

  it('accepts node24 and nothing else outside the schema, in action.yml', () => {
    const action = read('action.yml')
    expect(actionProblems(action.replace('using: node24', 'using: node99'))).not.toEqual([])
    expect(actionProblems(action.replace('  main: dist/index.js\n', ''))).not.toEqual([])
    expect(actionProblems(action.replace(/^description:/m, 'descriptio:'))).not.toEqual([])
  })
})
