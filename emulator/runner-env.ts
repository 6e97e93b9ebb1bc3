/**
 * The `INPUT_*` environment of a JavaScript action step, built from action.yml
 * the way GitHub's runner builds it, so that what the tests, the demo and the
 * benchmark run is what users run:
 * - every input action.yml declares with a `default` is set, whether or not the
 *   workflow's `with:` names it (a default is never "unset" on the runner);
 * - `${{ … }}` expressions in defaults and in `with:` values are resolved
 *   (`${{ github.token }}` arrives as the token, not as text);
 * - the variable name is the input name upper-cased with spaces turned into
 *   `_` (hyphens are kept: `INPUT_CLIENT-ID`);
 * - values are passed as written: the runner trims nothing (`@actions/core` does).
 * A `with:` key that action.yml does not declare is still passed, with the
 * warning the runner prints ("Unexpected input(s) …").
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { repoRoot } from './certs.js'

export interface ActionInputDefinition {
  name: string
  description: string
  required: boolean
  /** As written in action.yml; undefined when the input declares no default. */
  default?: string
}

/** What the runner's expression context holds for the expressions this project's docs use. */
export interface ExpressionContext {
  github: Record<string, string>
  vars?: Record<string, string>
  secrets?: Record<string, string>
  env?: Record<string, string>
  runner?: Record<string, string>
}

export interface StepEnvironment {
  /** `INPUT_<NAME>` → value. */
  env: Record<string, string>
  /** Input name → the value the step sees (after defaults and expressions). */
  inputs: Record<string, string>
  /** What the runner would print for this step before running it. */
  warnings: string[]
}

/** The inputs action.yml declares, in its order. */
export function readActionInputs(
  actionYmlPath = path.join(repoRoot, 'action.yml')
): ActionInputDefinition[] {
  const action = parse(readFileSync(actionYmlPath, 'utf8')) as {
    inputs?: Record<string, { description?: string; required?: boolean; default?: unknown }>
  }
  return Object.entries(action.inputs ?? {}).map(([name, input]) => ({
    name,
    description: String(input?.description ?? ''),
    required: input?.required === true,
    ...(input?.default !== undefined && input?.default !== null
      ? { default: String(input.default) }
      : {})
  }))
}

/** The runner's variable name for an input. */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
}

/**
 * Resolves `${{ expr }}` where expr is a property path (`github.token`,
 * `vars.AZURE_CLIENT_ID`, `secrets.X`, `env.X`, `runner.temp`). Like the
 * runner, a missing `vars`/`secrets`/`env` entry resolves to ''. Anything
 * else (functions, operators) is refused: this harness must not guess.
 */
export function resolveExpressions(value: string, context: ExpressionContext): string {
  return value.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (whole, expr: string) => {
    const match = /^(github|vars|secrets|env|runner)\.([A-Za-z_][A-Za-z0-9_-]*)$/.exec(expr)
    if (!match) {
      throw new Error(`runner-env: cannot resolve the expression ${whole} (only context.name)`)
    }
    const [, scope, key] = match as unknown as [string, keyof ExpressionContext, string]
    const table = context[scope]
    const found = table?.[key]
    if (found !== undefined) return found
    if (scope === 'github' || scope === 'runner') {
      throw new Error(`runner-env: the context has no ${scope}.${key} for ${whole}`)
    }
    return ''
  })
}

/**
 * The step's `INPUT_*` variables for a workflow step `with:` block. A `with:`
 * value of `undefined` means the key is not in the workflow at all.
 */
export function buildStepEnvironment(
  definitions: readonly ActionInputDefinition[],
  withValues: Readonly<Record<string, string | undefined>>,
  context: ExpressionContext
): StepEnvironment {
  const inputs: Record<string, string> = {}
  for (const input of definitions) {
    if (input.default !== undefined) inputs[input.name] = resolveExpressions(input.default, context)
  }
  const declared = new Set(definitions.map(d => d.name.toLowerCase()))
  const unexpected: string[] = []
  for (const [name, value] of Object.entries(withValues)) {
    if (value === undefined) continue
    if (!declared.has(name.toLowerCase())) unexpected.push(name)
    inputs[name] = resolveExpressions(value, context)
  }
  const warnings =
    unexpected.length > 0
      ? [
          `Unexpected input(s) '${unexpected.join("', '")}', valid inputs are ['${definitions.map(d => d.name).join("', '")}']`
        ]
      : []
  const env: Record<string, string> = {}
  for (const [name, value] of Object.entries(inputs)) env[inputEnvName(name)] = value
  return { env, inputs, warnings }
}
