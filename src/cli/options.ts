/**
 * The CLI's options: every action input is either a CLI option (same meaning,
 * help text from action.yml through the generated action-inputs.ts) or
 * listed with the reason it has none; the type makes both lists cover every
 * input, so an input added to action.yml does not compile until it is placed.
 */
import { ConfigurationError } from '../model/errors.js'
import { ACTION_INPUTS, type ActionInputName } from './action-inputs.js'

export const CLI_NAME = 'aml-inference-guard'

export const FORMATS = ['text', 'json', 'markdown', 'sarif'] as const
export type Format = (typeof FORMATS)[number]

type Placement =
  | {
      flag: string
      group: 'Workspace' | 'Checks' | 'Azure' | 'Snapshots'
      requiredLive?: true
      /** Given several times: the values joined one per line, as the input's lines. */
      repeatable?: true
    }
  | { notInCli: string }

/** Where each action input went in the CLI. */
export const INPUT_PLACEMENT: Readonly<Record<ActionInputName, Placement>> = {
  'subscription-id': { flag: 'subscription', group: 'Workspace', requiredLive: true },
  'resource-group': { flag: 'resource-group', group: 'Workspace', requiredLive: true },
  'workspace-name': { flag: 'workspace', group: 'Workspace', requiredLive: true },
  route: { flag: 'route', group: 'Checks' },
  'vnet-id': { flag: 'vnet-id', group: 'Checks' },
  'subnet-id': { flag: 'subnet-id', group: 'Checks' },
  'principal-id': { flag: 'principal-id', group: 'Checks' },
  'deployment-method': { flag: 'deployment-method', group: 'Checks' },
  'fail-on': { flag: 'fail-on', group: 'Checks' },
  'allow-unknown': { flag: 'allow-unknown', group: 'Checks' },
  'config-file': { flag: 'config-file', group: 'Checks' },
  'tenant-id': { flag: 'tenant', group: 'Azure' },
  environment: { flag: 'environment', group: 'Azure' },
  'authority-host': { flag: 'authority-host', group: 'Azure' },
  'arm-endpoint': { flag: 'arm-endpoint', group: 'Azure' },
  'max-concurrency': { flag: 'max-concurrency', group: 'Azure' },
  'arm-read-reserve': { flag: 'arm-read-reserve', group: 'Azure' },
  'timeout-seconds': { flag: 'timeout-seconds', group: 'Azure' },
  'snapshot-file': { flag: 'save-snapshot', group: 'Snapshots' },
  'from-snapshot': { flag: 'from-snapshot', group: 'Snapshots' },
  'client-id': {
    notInCli: 'the CLI signs in with az login or the environment (AZURE_CLIENT_ID), not GitHub OIDC'
  },
  audience: { notInCli: 'the audience of the GitHub OIDC token' },
  'github-token': { notInCli: 'no pull request comment' },
  comment: { notInCli: 'no pull request comment' },
  'comment-mode': { notInCli: 'no pull request comment' },
  'comment-header': { notInCli: 'no pull request comment' },
  detail: { notInCli: 'the CLI prints the full report on your own machine' },
  'sarif-file': { notInCli: 'use --format sarif (with --output)' },
  'iac-files': { notInCli: 'file annotations are a workflow feature' },
  'deployment-files': { flag: 'deployment-files', group: 'Checks', repeatable: true },
  'gate-on': { flag: 'gate-on', group: 'Checks' },
  'arm-template': { flag: 'arm-template', group: 'Checks' },
  'arm-parameters': { flag: 'arm-parameters', group: 'Checks' },
  'from-report': { notInCli: 'posting a saved report is a workflow step' },
  scope: { flag: 'scope', group: 'Workspace' },
  'merge-reports': { notInCli: 'merging the reports of matrix jobs is a workflow step' },
  'terraform-plan': { flag: 'terraform-plan', group: 'Checks', repeatable: true }
}

interface CliOnlyOption {
  flag: string
  value?: string
  description: string
}

const CLI_ONLY: readonly CliOnlyOption[] = [
  {
    flag: 'format',
    value: FORMATS.join('|'),
    description:
      'Report format on stdout: text (a terminal report grouped by checklist section), json (the JSON report), markdown (the job summary) or sarif (SARIF 2.1.0). Default: text.'
  },
  {
    flag: 'output',
    value: 'file',
    description: 'Write the report to this file instead of stdout.'
  },
  { flag: 'help', description: 'Show this help.' },
  { flag: 'version', description: 'Show the version.' }
]

export interface CliOptions {
  /** Action input values by input name, as given on the command line. */
  inputs: Partial<Record<ActionInputName, string>>
  format: Format
  output?: string
  help: boolean
  version: boolean
}

const SEE_HELP = `Run \`${CLI_NAME} --help\` for the options.`

const INPUT_OF_FLAG = new Map<string, ActionInputName>(
  Object.entries(INPUT_PLACEMENT).flatMap(([name, p]) =>
    'flag' in p ? [[p.flag, name as ActionInputName]] : []
  )
)

/** The CLI flag of an action input, if it has one. */
export function flagOf(input: string): string | undefined {
  const placement = (INPUT_PLACEMENT as Record<string, Placement | undefined>)[input]
  return placement && 'flag' in placement ? placement.flag : undefined
}

/** `--name value`, `--name=value`; `-h` for help. Throws a ConfigurationError on a usage mistake. */
export function parseCliArgs(argv: readonly string[]): CliOptions {
  const options: CliOptions = { inputs: {}, format: 'text', help: false, version: false }
  const seen = new Set<string>()
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string
    if (arg === '-h' || arg === '--help') {
      options.help = true
      continue
    }
    if (arg === '--version') {
      options.version = true
      continue
    }
    const match = /^--([a-z][a-z-]*)(?:=(.*))?$/s.exec(arg)
    if (!match) {
      throw new ConfigurationError(
        `Unexpected argument ${JSON.stringify(arg)}: options are written --name value. ${SEE_HELP}`
      )
    }
    const flag = match[1] as string
    const input = INPUT_OF_FLAG.get(flag)
    if (!input && flag !== 'format' && flag !== 'output') {
      const placement = Object.entries(INPUT_PLACEMENT).find(([name]) => name === flag)?.[1]
      const why = placement && 'notInCli' in placement ? ` (${placement.notInCli})` : ''
      throw new ConfigurationError(`Unknown option --${flag}${why}. ${SEE_HELP}`)
    }
    let value = match[2]
    if (value === undefined) {
      const next = argv[i + 1]
      if (next === undefined || next.startsWith('--')) {
        throw new ConfigurationError(`Option --${flag} needs a value. ${SEE_HELP}`)
      }
      value = next
      i++
    }
    const placement = input ? INPUT_PLACEMENT[input] : undefined
    const repeatable =
      placement !== undefined && 'flag' in placement && placement.repeatable === true
    if (seen.has(flag) && !repeatable) {
      throw new ConfigurationError(`Option --${flag} is given twice. ${SEE_HELP}`)
    }
    seen.add(flag)
    const earlier = input ? options.inputs[input] : undefined
    if (input) options.inputs[input] = earlier === undefined ? value : `${earlier}\n${value}`
    else if (flag === 'output') options.output = value
    else {
      const format = FORMATS.find(f => f === value.toLowerCase())
      if (!format) {
        throw new ConfigurationError(
          `Option --format: ${JSON.stringify(value)} is not a format. Allowed values: ${FORMATS.join(', ')}.`
        )
      }
      options.format = format
    }
  }
  return options
}

/**
 * A message written for the action, in the CLI's words: `--workspace` where
 * the action says `workspace-name`, "options" where it says "inputs".
 */
export function inCliTerms(message: string): string {
  return CLI_PHRASES.reduce((text, [action, cli]) => text.replace(action, cli), message)
    .replace(/Input required and not supplied: ([a-z-]+)/g, (whole, name: string) => {
      const flag = flagOf(name)
      return flag ? `Option required and not supplied: --${flag}` : whole
    })
    .replace(/`([a-z][a-z-]*): ([^`\s]+)`/g, (whole, name: string, value: string) => {
      const flag = flagOf(name)
      return flag ? `--${flag} ${value}` : whole
    })
    .replace(/`([a-z][a-z-]*)`/g, (whole, name: string) => {
      const flag = flagOf(name)
      return flag ? `--${flag}` : whole
    })
    .replace(/\binput(s?)\b/g, 'option$1')
}

/**
 * Phrases of action.yml and of the shared messages that speak of a workflow
 * (steps, checkouts, artifacts, modes the CLI lacks), in a terminal's words.
 * A phrase action.yml rewords no longer matches: the --help test catches it.
 */
const CLI_PHRASES: ReadonlyArray<readonly [RegExp, string]> = [
  [/The action's inputs have/g, 'The options have'],
  [/, `from-report`, `from-snapshot` and `merge-reports`/g, ' and `from-snapshot`'],
  [
    / \(job summary, report-file, SARIF; no pull-request comment\)/g,
    ' (in the --format asked for)'
  ],
  [
    /subscription-id, resource-group and workspace-name are then left empty/g,
    '`subscription-id`, `resource-group` and `workspace-name` are then left out'
  ],
  [/The Azure inputs \(`client-id`, /g, 'The Azure options ('],
  [
    / Needed whenever `client-id` is\./g,
    ' Optional: by default the tenant of the Azure CLI login or of the environment.'
  ],
  [/the report, comment and outputs are still written/g, 'the report is still written'],
  [/, e\.g\. to upload as an artifact and re-evaluate later/g, ', e.g. to re-evaluate it later'],
  [/the action logs in as/g, 'the CLI signs in as'],
  [
    /Check the path \(it is relative to the repository root\), make sure the workflow checks out the repository \(actions\/checkout\) before this step, /g,
    'Check the path (it is relative to the current directory), '
  ],
  [/ does not exist in the workspace\./g, ' does not exist in the current directory.'],
  // deployment-files: its description and src/settings/deployment-files.ts, src/planned/cli-v2.ts.
  [
    /\(one per line, or comma-separated, relative to the repository root\)/g,
    '(comma-separated, or the option given again; relative to the current directory)'
  ],
  [/ this workflow will deploy\./g, ' you will deploy.'],
  [
    /, and the comment says what this pull request changes/g,
    ', and the report says what they change'
  ],
  [/the workspace checkout/g, 'the current directory'],
  [/ Name the files relative to the repository root,/g, ' Name the files relative to it,'],
  [/ Name files of the repository only\./g, ' Name files under the current directory only.'],
  [
    / \(relative to the repository root\) and that the job checks the repository out before this step;/g,
    ' (relative to the current directory);'
  ],
  [/leave the input empty to judge only/g, 'leave the option out to judge only'],
  [/the workflow deploys/g, 'you deploy'],
  [/depends on the workflow's order/g, 'depends on the order you deploy them in'],
  // Messages shared with the action name both spellings; the CLI needs one.
  [/`snapshot-file` or `--save-snapshot`/g, '`snapshot-file`'],
  [/\benvironment: custom requires\b/g, '--environment custom requires'],
  [/\bor use environment AzureCloud\b/g, 'or use --environment AzureCloud'],
  [/\bWhen the step fails\b/g, 'When the run fails (exit code 1)'],
  [/\bthe step\b/g, 'the run'],
  // arm-template, terraform-plan (after the more specific phrases above)
  [/The action asks Azure's what-if/g, "The CLI asks Azure's what-if"],
  [/ this workflow will deploy to /g, ' you will deploy to '],
  [/ this workflow will apply\./g, ' you will apply.'],
  [/ \(relative to the repository root\) /g, ' (relative to the current directory) '],
  [
    /, one per line relative to the repository root,/g,
    ', relative to the current directory (the option given again for more),'
  ]
]

const WIDTH = 100
const INDENT = 28

function wrap(text: string, indent: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && indent + line.length + 1 + word.length > WIDTH) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(line)
  return lines
}

function helpEntry(left: string, description: string): string {
  const [first = '', ...rest] = wrap(description, INDENT)
  const pad = ' '.repeat(INDENT)
  const head =
    left.length + 3 <= INDENT ? `  ${left.padEnd(INDENT - 2)}${first}` : `  ${left}\n${pad}${first}`
  return [head, ...rest.map(l => pad + l)].join('\n')
}

/** `--help`: the mirrored inputs' descriptions come from action.yml. */
export function helpText(): string {
  const groups = new Map<string, string[]>(
    ['Workspace', 'Checks', 'Azure', 'Snapshots'].map(g => [g, []])
  )
  for (const input of ACTION_INPUTS) {
    const placement = INPUT_PLACEMENT[input.name]
    if (!('flag' in placement)) continue
    const shownDefault =
      input.default && !input.default.includes('${{') ? ` Default: ${input.default}.` : ''
    const required = placement.requiredLive ? ' Required unless --from-snapshot or --scope.' : ''
    const description = inCliTerms(input.description).replace(/`/g, '') + required + shownDefault
    const entries = groups.get(placement.group) ?? []
    entries.push(helpEntry(`--${placement.flag} <value>`, description))
    groups.set(placement.group, entries)
  }
  groups.set(
    'Output',
    CLI_ONLY.map(o => helpEntry(`--${o.flag}${o.value ? ` <${o.value}>` : ''}`, o.description))
  )
  const sections = [...groups].map(([group, entries]) => `${group}:\n${entries.join('\n')}`)
  return [
    `Usage: ${CLI_NAME} --subscription <id> --resource-group <name> --workspace <name> [options]`,
    `       ${CLI_NAME} --from-snapshot <file> [options]`,
    '',
    ...wrap(
      "Checks an Azure Machine Learning workspace and its network against Microsoft's checklist for securing an inferencing environment with virtual networks: the GitHub Action's checks, run locally.",
      0
    ),
    '',
    ...sections.flatMap(s => [s, '']),
    ...[
      'Credentials: the Azure CLI login (az login), else DefaultAzureCredential (AZURE_CLIENT_ID, AZURE_TENANT_ID with AZURE_CLIENT_SECRET, a certificate or AZURE_FEDERATED_TOKEN_FILE; managed identity; Azure Developer CLI; Azure PowerShell). --from-snapshot needs none.',
      'Exit codes: 0 pass, 1 failed per --fail-on, 2 usage or configuration error (including no credential), 3 unexpected error.',
      'Colour only on a terminal, and never when NO_COLOR is set.'
    ].flatMap(paragraph => [...wrap(paragraph, 0), ''])
  ].join('\n')
}
