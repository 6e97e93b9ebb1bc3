/**
 * A default means the default, end to end, for every input action.yml gives a
 * default (the list is read from action.yml, so a new input is covered when it
 * is added). GitHub's runner passes every such input whether or not the
 * workflow sets it; another host (a wrapper, the CLI) may pass nothing. The
 * bundled action must behave the same in each case: same exit code, outputs,
 * report, annotations, job summary and comment.
 * - literal defaults: left out of `with:` (the runner passes the default) vs
 *   absent from the environment altogether;
 * - expression defaults (`${{ github.token }}`): left out vs written into
 *   `with:` as the same expression, resolved by the harness as the runner does.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { runAction, type ActionRun } from '../../emulator/run-action.js'
import { readActionInputs } from '../../emulator/runner-env.js'

interface Seen {
  exitCode: number | null
  outputs: Record<string, string>
  report: unknown
  annotations: ActionRun['annotations']
  summary: string
  comments: string[]
}

/** What a user sees of a run, without what legitimately differs per run (times, temp paths). */
function seen(run: ActionRun): Seen {
  const report = JSON.parse(run.report ?? 'null') as Record<string, string> | null
  const mask = (text: string): string =>
    [report?.['collectedAt'], report?.['generatedAt'], run.runDir]
      .filter((v): v is string => !!v)
      .reduce((t, v) => t.split(v).join('<varies>'), text)
  return {
    exitCode: run.exitCode,
    outputs: Object.fromEntries(
      Object.entries(run.outputs).map(([k, v]) => [
        k,
        // Comment ids differ per emulator: compare which comment the output names instead.
        k === 'comment-id' ? `comment #${run.comments.findIndex(c => String(c.id) === v)}` : mask(v)
      ])
    ),
    report: JSON.parse(mask(run.report ?? 'null')),
    annotations: run.annotations.map(a => ({ ...a, message: mask(a.message) })),
    summary: mask(run.summary),
    comments: run.comments.map(c => mask(c.body))
  }
}

// The secured scenario with a gate, so a changed default would change the exit code or the report.
const WITH = { 'fail-on': 'any', route: 'auto' }
const SCENARIO = 'secured'

const withDefault = readActionInputs().filter(input => input.default !== undefined)
const literal = withDefault.filter(input => !input.default!.includes('${{'))
const expression = withDefault.filter(input => input.default!.includes('${{'))

describe('every input with a default in action.yml: leaving it out means the default', () => {
  let baseline: Seen

  beforeAll(async () => {
    baseline = seen(await runAction({ scenario: SCENARIO, inputs: WITH }))
  }, 60_000)

  it('the baseline run (every default as the runner passes it) passes with a comment and a report', () => {
    expect(baseline.exitCode).toBe(0)
    expect(baseline.outputs['result']).toBe('pass')
    expect(baseline.comments).toHaveLength(1)
    expect(baseline.report).not.toBeNull()
    expect(literal.map(i => i.name)).toContain('config-file')
    expect(expression.map(i => i.name)).toEqual(['github-token'])
  })

  it.each(literal.map((input): [string, string] => [input.name, input.default ?? '']))(
    '%s (default %j): absent from the environment gives the same run as the runner’s default',
    async name => {
      // Left out of the step's with: (the harness's scenario values included, e.g. authority-host).
      const inputs: Record<string, string | undefined> = { ...WITH, [name]: undefined }
      const runnerDefault = seen(await runAction({ scenario: SCENARIO, inputs }))
      const absent = seen(await runAction({ scenario: SCENARIO, inputs, unsetInputs: [name] }))
      expect(absent).toEqual(runnerDefault)
    },
    60_000
  )

  it.each(expression.map((input): [string, string] => [input.name, input.default ?? '']))(
    '%s: written as its default %s gives the same run as leaving it out',
    async (name, value) => {
      const written = seen(
        await runAction({ scenario: SCENARIO, inputs: { ...WITH, [name]: value } })
      )
      expect(written).toEqual(baseline)
    },
    60_000
  )
})
