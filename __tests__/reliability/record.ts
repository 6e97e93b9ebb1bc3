/**
 * The reliability record: every fault scenario a test injects goes through
 * `recordFault`, which asserts what a user must see (the expected outcome, no
 * secret, no stack trace) and appends one line to `.emulator/reliability/`.
 * `scripts/reliability-table.ts` turns those lines into docs/reliability.md
 * after a full `npm test`, so the table is produced by the run, not by hand.
 */
import { expect } from '@jest/globals'
import { appendFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { ActionRun } from '../../emulator/run-action.js'

export type FaultOutcome = 'full report' | 'partial report with unknowns' | 'clear error'

export interface FaultRecord {
  /** Where the fault comes from: `Azure`, `Entra ID`, `GitHub`, `input`, `CLI`, ... */
  area: string
  /** What was injected, in a few words (unique within the area). */
  scenario: string
  outcome: FaultOutcome
  secretsFound: number
  stackTraces: number
}

/** What a run could show a user: log, errors, summary, report, comments (masks excluded). */
export interface VisibleOutput {
  texts: string[]
  secrets: string[]
  /** The JSON report, when one was written. */
  report?: string
  exitCode: number | null
}

export const RECORD_DIR = join(process.cwd(), '.emulator', 'reliability')

// A V8 stack frame (`    at fn (file:1:2)` or `    at file:1:2`) or Node's uncaught-error banner.
const STACK_FRAME = /^\s+at (?:.+ \()?(?:file:\/\/|node:|\/)[^)]*:\d+:\d+\)?$/m
const UNCAUGHT = /^(?:Uncaught|node:internal|\S+Error: .*\n\s+at )/m

export function countStackTraces(text: string): number {
  let count = 0
  for (const part of text.split(/\n(?=\S)/))
    if (STACK_FRAME.test(part) || UNCAUGHT.test(part)) count++
  return count
}

export function countSecrets(texts: string[], secrets: string[]): number {
  const visible = texts.join('\n')
  return secrets.filter(s => s.length > 0 && visible.includes(s)).length
}

export function visibleOfRun(run: ActionRun): VisibleOutput {
  return {
    texts: [
      run.stdout.replace(/^::add-mask::.*$/gm, ''),
      run.stderr,
      run.summary,
      run.report ?? '',
      ...run.comments.map(c => c.body)
    ],
    secrets: run.secrets,
    ...(run.report !== undefined ? { report: run.report } : {}),
    exitCode: run.exitCode
  }
}

export function outcomeOf(visible: VisibleOutput): FaultOutcome {
  if (visible.report === undefined) return 'clear error'
  type Results = { results?: Array<{ outcome?: string }> }
  // An estate report holds one report per workspace.
  const report = JSON.parse(visible.report) as Results & { workspaces?: Results[] }
  const results = report.results ?? (report.workspaces ?? []).flatMap(w => w.results ?? [])
  return results.some(r => r.outcome === 'unknown') ? 'partial report with unknowns' : 'full report'
}

/**
 * Asserts the run ended as `expected`, with no secret and no stack trace, and records it.
 * Extra texts (a saved SARIF file, a CLI's output) can be added to what is searched.
 */
export function recordFault(
  area: string,
  scenario: string,
  expected: FaultOutcome,
  run: ActionRun | VisibleOutput,
  extraTexts: string[] = []
): FaultRecord {
  const visible = 'texts' in run ? run : visibleOfRun(run)
  const texts = [...visible.texts, ...extraTexts]
  const record: FaultRecord = {
    area,
    scenario,
    outcome: outcomeOf(visible),
    secretsFound: countSecrets(texts, visible.secrets),
    stackTraces: countStackTraces(texts.join('\n'))
  }
  mkdirSync(RECORD_DIR, { recursive: true })
  appendFileSync(join(RECORD_DIR, `${process.pid}.jsonl`), JSON.stringify(record) + '\n')
  expect(record).toEqual({ area, scenario, outcome: expected, secretsFound: 0, stackTraces: 0 })
  if (expected === 'clear error') expect(visible.exitCode).not.toBe(0)
  return record
}
