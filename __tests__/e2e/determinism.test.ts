/**
 * End-to-end: the same scenario, answered in different orders (seeded random
 * delay per ARM response), gives byte-identical JSON report, SARIF, job
 * summary and comment. Only the two timestamps legitimately differ per run
 * (when Azure was read, when the report was built); they are masked.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { runAction } from '../../emulator/run-action.js'
import { getScenario } from '../../emulator/scenarios/index.js'

const SARIF = 'results/aml-inference-guard.sarif'

interface Outputs {
  report: string
  sarif: string
  summary: string
  comment: string
  /** ARM paths in the order the emulator answered them. */
  answered: string[]
}

async function runWithSeed(name: string, seed: number, reverseLists = false): Promise<Outputs> {
  const scenario = getScenario(name)
  // ARM does not promise an order for list results: serve them the other way round too.
  if (reverseLists) scenario.resources.reverse()
  const run = await runAction({
    scenario,
    // One item per page: more requests whose answers can overtake each other.
    emulatorOptions: { pageSize: 1, jitter: { seed, maxMs: 40 } },
    inputs: { route: 'both', 'fail-on': 'any', 'sarif-file': SARIF, 'comment-header': name },
    keepRunDir: true
  })
  try {
    const report = run.report ?? ''
    const { collectedAt, generatedAt } = JSON.parse(report) as Record<string, string>
    const mask = (text: string): string =>
      text
        .split(collectedAt ?? '\u0000')
        .join('<collectedAt>')
        .split(generatedAt ?? '\u0000')
        .join('<generatedAt>')
    return {
      report: mask(report),
      sarif: mask(readFileSync(join(run.runDir, 'workspace', SARIF), 'utf8')),
      summary: mask(run.summary),
      comment: mask(run.comments.map(c => c.body).join('\n---\n')),
      answered: run.emulator.requests.filter(r => r.service === 'arm').map(r => r.url)
    }
  } finally {
    rmSync(run.runDir, { recursive: true, force: true })
  }
}

describe('deterministic output', () => {
  // Both routes; and RBAC with role assignments and definitions, NSGs, route tables, a firewall.
  it.each(['both-routes', 'secured'])(
    '%s: three runs with responses in different orders, and one with lists reversed, write identical reports',
    async name => {
      const runs: Outputs[] = []
      for (const seed of [1, 2, 3]) runs.push(await runWithSeed(name, seed))
      runs.push(await runWithSeed(name, 4, true))
      const [first, ...others] = runs as [Outputs, ...Outputs[]]

      // The test means something only if the answers really came in another order.
      expect(new Set(runs.map(r => r.answered.join('\n'))).size).toBeGreaterThan(1)
      expect(first.report).toContain('"checkId"')
      expect(first.comment).toContain('aml-inference-guard')
      for (const other of others) {
        expect(other.report).toBe(first.report)
        expect(other.sarif).toBe(first.sarif)
        expect(other.summary).toBe(first.summary)
        expect(other.comment).toBe(first.comment)
      }
    },
    120_000
  )
})
