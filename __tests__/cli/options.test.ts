import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { generateActionInputs } from '../../scripts/gen-action-inputs.js'
import { ACTION_INPUTS } from '../../src/cli/action-inputs.js'
import {
  INPUT_PLACEMENT,
  flagOf,
  helpText,
  inCliTerms,
  parseCliArgs
} from '../../src/cli/options.js'
import { ConfigurationError } from '../../src/model/errors.js'
import { readSettings } from '../../src/settings/inputs.js'

const root = new URL('../../', import.meta.url)

function usageError(argv: string[]): string {
  try {
    parseCliArgs(argv)
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError)
    return (error as Error).message
  }
  throw new Error('the arguments were accepted')
}

describe('one definition of the inputs for action.yml and the CLI', () => {
  it('src/cli/action-inputs.ts is what action.yml generates (regenerate: npx tsx scripts/gen-action-inputs.ts)', async () => {
    expect(readFileSync(new URL('src/cli/action-inputs.ts', root), 'utf8')).toBe(
      await generateActionInputs()
    )
  })

  it('every action.yml input is a CLI option or says why it is not one', () => {
    const action = parse(readFileSync(new URL('action.yml', root), 'utf8')) as {
      inputs: Record<string, unknown>
    }
    expect(Object.keys(INPUT_PLACEMENT).sort()).toEqual(Object.keys(action.inputs).sort())
    const flags = Object.values(INPUT_PLACEMENT).flatMap(p => ('flag' in p ? [p.flag] : []))
    expect(new Set(flags).size).toBe(flags.length)
  })

  it('--help shows each option with its action.yml description and default', () => {
    const help = helpText().replace(/\s+/g, ' ')
    for (const input of ACTION_INPUTS) {
      const flag = flagOf(input.name)
      if (!flag) {
        expect(help).not.toContain(`--${input.name} `)
        continue
      }
      expect(help).toContain(`--${flag} <value>`)
      // The description's first words, in the CLI's terms and without markdown backticks.
      const words = inCliTerms(input.description).replace(/`/g, '').split(' ').slice(0, 6).join(' ')
      expect([flag, help.includes(words)]).toEqual([flag, true])
    }
    expect(help).toContain('Default: .github/aml-inference-guard.yml.')
    expect(help).toContain('--format <text|json|markdown|sarif>')
    expect(help).toContain(
      'Exit codes: 0 pass, 1 failed per --fail-on, 2 usage or configuration error'
    )
    // Every line fits a 100-column terminal.
    expect(
      helpText()
        .split('\n')
        .filter(l => l.length > 100)
    ).toEqual([])
  })
})

describe('parseCliArgs', () => {
  it('maps options to the inputs they mirror, in both spellings', () => {
    const options = parseCliArgs([
      '--subscription',
      'sub',
      '--workspace=ml-ws',
      '--fail-on',
      'any',
      '--save-snapshot',
      'snap.json',
      '--format',
      'JSON',
      '--output',
      'report.json'
    ])
    expect(options).toEqual({
      inputs: {
        'subscription-id': 'sub',
        'workspace-name': 'ml-ws',
        'fail-on': 'any',
        'snapshot-file': 'snap.json'
      },
      format: 'json',
      output: 'report.json',
      help: false,
      version: false
    })
    expect(parseCliArgs(['-h']).help).toBe(true)
    expect(parseCliArgs(['--vnet-id=/a=b']).inputs['vnet-id']).toBe('/a=b')
  })

  it('takes --deployment-files several times, one pattern per line as the input has them', () => {
    const options = parseCliArgs([
      '--from-snapshot',
      'snap.json',
      '--deployment-files',
      'deploy/endpoint.yml',
      '--deployment-files=deploy/*-deployment.yml,!deploy/old-deployment.yml'
    ])
    expect(options.inputs['deployment-files']).toBe(
      'deploy/endpoint.yml\ndeploy/*-deployment.yml,!deploy/old-deployment.yml'
    )
    expect(
      readSettings(name => (options.inputs as Record<string, string>)[name] ?? '', {
        oidcLogin: false
      }).deploymentFiles
    ).toEqual(['deploy/endpoint.yml', 'deploy/*-deployment.yml', '!deploy/old-deployment.yml'])
  })

  it('refuses usage mistakes with one sentence and a pointer to --help', () => {
    const help = 'Run `aml-inference-guard --help` for the options.'
    expect(usageError(['--colour', 'red'])).toBe(`Unknown option --colour. ${help}`)
    expect(usageError(['--github-token', 'x'])).toBe(
      `Unknown option --github-token (no pull request comment). ${help}`
    )
    expect(usageError(['--workspace'])).toBe(`Option --workspace needs a value. ${help}`)
    expect(usageError(['--workspace', '--route', 'managed'])).toBe(
      `Option --workspace needs a value. ${help}`
    )
    expect(usageError(['--route', 'a', '--route', 'b'])).toBe(
      `Option --route is given twice. ${help}`
    )
    expect(usageError(['ml-ws'])).toBe(
      `Unexpected argument "ml-ws": options are written --name value. ${help}`
    )
    expect(usageError(['--format', 'html'])).toBe(
      'Option --format: "html" is not a format. Allowed values: text, json, markdown, sarif.'
    )
  })
})

describe('inCliTerms', () => {
  it("says options and --flags where the action's messages say inputs", () => {
    expect(
      inCliTerms(
        'The action\'s inputs have 2 problems:\n- Input required and not supplied: workspace-name. To fix it, set it.\n- `subscription-id`: "x" is not a GUID; `client-id` and `route: auto` stay.'
      )
    ).toBe(
      'The options have 2 problems:\n- Option required and not supplied: --workspace. To fix it, set it.\n- --subscription: "x" is not a GUID; `client-id` and --route auto stay.'
    )
  })

  it('speaks of the run and the current directory, not of a step, a workflow or a checkout', () => {
    // What src/settings/suppressions-file.ts and src/settings/inputs.ts write for the action.
    expect(
      inCliTerms(
        '`config-file`: ci/guard.yml does not exist (looked for /w/ci/guard.yml). Check the path (it is relative to the repository root), make sure the workflow checks out the repository (actions/checkout) before this step, or remove the `config-file` input to use the optional default .github/aml-inference-guard.yml.'
      )
    ).toBe(
      '--config-file: ci/guard.yml does not exist (looked for /w/ci/guard.yml). Check the path (it is relative to the current directory), or remove the --config-file option to use the optional default .github/aml-inference-guard.yml.'
    )
    expect(
      inCliTerms(
        'No suppressions: .github/aml-inference-guard.yml does not exist in the workspace.'
      )
    ).toBe(
      'No suppressions: .github/aml-inference-guard.yml does not exist in the current directory.'
    )
    expect(
      inCliTerms(
        '`allow-unknown`: "yes" is not true or false. Leave it unset (false) to fail the step on unknown checks, or set it to true to let them pass with a warning.'
      )
    ).toBe(
      '--allow-unknown: "yes" is not true or false. Leave it unset (false) to fail the run on unknown checks, or set it to true to let them pass with a warning.'
    )
  })

  it('says where deployment files are looked for in the current directory, not a checkout', () => {
    // What src/settings/deployment-files.ts and src/planned/cli-v2.ts write for the action.
    expect(
      inCliTerms(
        '`deployment-files`: the pattern "../x.yml" points outside the workspace checkout. Name the files relative to the repository root, such as deploy/endpoint.yml or deploy/**/*.yml.'
      )
    ).toBe(
      '--deployment-files: the pattern "../x.yml" points outside the current directory. Name the files relative to it, such as deploy/endpoint.yml or deploy/**/*.yml.'
    )
    expect(
      inCliTerms(
        '`deployment-files`: no file matched "deploy/*.yml". Check the paths (relative to the repository root) and that the job checks the repository out before this step; or leave the input empty to judge only what is live.'
      )
    ).toBe(
      '--deployment-files: no file matched "deploy/*.yml". Check the paths (relative to the current directory); or leave the option out to judge only what is live.'
    )
    expect(
      inCliTerms(
        '`deployment-files`: "deploy/endpoint.yml" resolves outside the workspace checkout (a symbolic link?); it was not read. Name files of the repository only.'
      )
    ).toBe(
      '--deployment-files: "deploy/endpoint.yml" resolves outside the current directory (a symbolic link?); it was not read. Name files under the current directory only.'
    )
    expect(
      inCliTerms(
        'both declare endpoint "x"; which one is deployed depends on the workflow\'s order. Name only the files the workflow deploys.'
      )
    ).toBe(
      'both declare endpoint "x"; which one is deployed depends on the order you deploy them in. Name only the files you deploy.'
    )
  })

  it('names each CLI option once, with its flag', () => {
    // What src/collect/snapshot-file.ts and src/settings/clouds.ts write for both edges.
    expect(
      inCliTerms(
        '--from-snapshot: "nope.json" could not be read (no such file). Point it at a file written by `snapshot-file` or `--save-snapshot`.'
      )
    ).toBe(
      '--from-snapshot: "nope.json" could not be read (no such file). Point it at a file written by --save-snapshot.'
    )
    expect(
      inCliTerms(
        'environment: custom requires both `authority-host` and `arm-endpoint` (not set: `arm-endpoint`). Set them, or use environment AzureCloud, AzureUSGovernment or AzureChinaCloud.'
      )
    ).toBe(
      '--environment custom requires both --authority-host and --arm-endpoint (not set: --arm-endpoint). Set them, or use --environment AzureCloud, AzureUSGovernment or AzureChinaCloud.'
    )
  })
})

describe('--help in the words of a terminal user', () => {
  const help = helpText().replace(/\s+/g, ' ')

  it('names no step, workflow, checkout, artifact, input or action-only mode', () => {
    for (const actionWord of [
      /\bstep\b/i,
      /workflow/i,
      /checkout/i,
      /artifact/i,
      /\binputs?\b/i,
      /the action\b/i,
      /client-id|from-report|merge-reports|report-file|pull-request comment/,
      /`/
    ]) {
      expect([actionWord, help.match(actionWord)?.[0]]).toEqual([actionWord, undefined])
    }
  })

  it('names the flags and exit code instead', () => {
    expect(help).toContain('--fail-on <value> When the run fails (exit code 1).')
    expect(help).toContain('Required with --environment custom;')
    expect(help).toContain(
      'The Azure options (--tenant, --subscription, --resource-group, --workspace)'
    )
  })
})
