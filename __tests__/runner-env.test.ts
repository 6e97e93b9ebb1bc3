/**
 * The harness's INPUT_* environment is built the way GitHub's runner builds it
 * (docs: "Metadata syntax for GitHub Actions", inputs: "the runner will create
 * an environment variable for the input with the name INPUT_<VARIABLE_NAME>",
 * upper-cased with spaces replaced by `_`; defaults are used when the workflow
 * does not set the input).
 */
import { describe, expect, it } from '@jest/globals'
import {
  buildStepEnvironment,
  inputEnvName,
  readActionInputs,
  resolveExpressions,
  type ActionInputDefinition
} from '../emulator/runner-env.js'

const DEFINITIONS: ActionInputDefinition[] = [
  { name: 'client-id', description: '', required: false },
  { name: 'fail-on', description: '', required: false, default: 'none' },
  { name: 'github-token', description: '', required: false, default: '${{ github.token }}' },
  { name: 'my input', description: '', required: false, default: '' }
]
const CONTEXT = { github: { token: 'ghs_T' }, vars: { AZURE_CLIENT_ID: 'abc' } }

describe('runner-env', () => {
  it('names variables as the runner does: upper case, spaces to _, hyphens kept', () => {
    expect(inputEnvName('client-id')).toBe('INPUT_CLIENT-ID')
    expect(inputEnvName('my input')).toBe('INPUT_MY_INPUT')
  })

  it('sets every input with a default even when with: is empty, and none without one', () => {
    const { env } = buildStepEnvironment(DEFINITIONS, {}, CONTEXT)
    expect(env).toEqual({
      'INPUT_FAIL-ON': 'none',
      'INPUT_GITHUB-TOKEN': 'ghs_T',
      INPUT_MY_INPUT: ''
    })
  })

  it('with: overrides defaults, keeps an explicit empty string, and resolves expressions', () => {
    const { env } = buildStepEnvironment(
      DEFINITIONS,
      { 'client-id': '${{ vars.AZURE_CLIENT_ID }}', 'fail-on': '', 'github-token': undefined },
      CONTEXT
    )
    expect(env['INPUT_CLIENT-ID']).toBe('abc')
    expect(env['INPUT_FAIL-ON']).toBe('')
    expect(env['INPUT_GITHUB-TOKEN']).toBe('ghs_T')
  })

  it('passes an undeclared input with the runner’s warning', () => {
    const step = buildStepEnvironment(DEFINITIONS, { 'fail-onn': 'any' }, CONTEXT)
    expect(step.env['INPUT_FAIL-ONN']).toBe('any')
    expect(step.warnings).toEqual([
      "Unexpected input(s) 'fail-onn', valid inputs are ['client-id', 'fail-on', 'github-token', 'my input']"
    ])
  })

  it('resolves a missing var to empty, and refuses what it cannot evaluate', () => {
    expect(resolveExpressions('x-${{ vars.NOPE }}-y', CONTEXT)).toBe('x--y')
    expect(() => resolveExpressions("${{ format('{0}', 1) }}", CONTEXT)).toThrow(/cannot resolve/)
    expect(() => resolveExpressions('${{ github.nope }}', CONTEXT)).toThrow(/no github.nope/)
  })

  it('reads action.yml: no input is required, the expression default is github.token', () => {
    const inputs = readActionInputs()
    expect(inputs.filter(i => i.required)).toEqual([])
    expect(inputs.find(i => i.name === 'github-token')?.default).toBe('${{ github.token }}')
    expect(inputs.find(i => i.name === 'config-file')?.default).toBe(
      '.github/aml-inference-guard.yml'
    )
  })
})
