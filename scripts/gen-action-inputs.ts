/**
 * Writes src/cli/action-inputs.ts from action.yml: the one definition of the
 * inputs (name, description, default) that the CLI's options and `--help`
 * are built from. `__tests__/cli/options.test.ts` fails when the committed
 * file differs from a fresh one: run `npx tsx scripts/gen-action-inputs.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import * as prettier from 'prettier'
import { parse } from 'yaml'

export const ACTION_INPUTS_PATH = fileURLToPath(
  new URL('../src/cli/action-inputs.ts', import.meta.url)
)

interface YamlInput {
  description?: string
  required?: boolean
  default?: string
}

export async function generateActionInputs(): Promise<string> {
  const action = parse(readFileSync(new URL('../action.yml', import.meta.url), 'utf8')) as {
    inputs: Record<string, YamlInput>
  }
  const inputs = Object.entries(action.inputs).map(([name, input]) => ({
    name,
    description: (input.description ?? '').trim(),
    required: input.required === true,
    default: String(input.default ?? '')
  }))
  const text = `// Generated from action.yml by scripts/gen-action-inputs.ts; do not edit.
/** The action's inputs as action.yml declares them: the CLI's options and --help are built from these. */
export const ACTION_INPUTS = ${JSON.stringify(inputs, null, 2)} as const

export type ActionInputName = (typeof ACTION_INPUTS)[number]['name']
`
  const options = (await prettier.resolveConfig(ACTION_INPUTS_PATH)) ?? {}
  return prettier.format(text, { ...options, parser: 'typescript' })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(ACTION_INPUTS_PATH, await generateActionInputs())
  console.log(`wrote ${ACTION_INPUTS_PATH}`)
}
