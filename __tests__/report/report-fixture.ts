/** Reports for renderer tests: a snapshot through the real checks, verdict and report builder. */
import { evaluateAll } from '../../src/evaluate/checks/catalog.js'
import { MOE_03 } from '../../src/evaluate/checks/managed-endpoints.js'
import { NET_01, NET_02 } from '../../src/evaluate/checks/prerequisites.js'
import type { Check } from '../../src/model/check.js'
import { buildReport } from '../../src/report/model.js'
import type { Report } from '../../src/report/model.js'
import type { Snapshot } from '../../src/model/snapshot.js'
import { computeVerdict } from '../../src/evaluate/verdict.js'
import type { FailOn } from '../../src/evaluate/verdict.js'

/**
 * The renderers are tested on a fixed set of checks, so that adding checks to
 * the catalog does not change every expected count and row.
 */
export const RENDER_CHECKS: Check[] = [NET_01, NET_02, MOE_03]

export const RUN_URL = 'https://github.com/octo/repo/actions/runs/123'

export function reportFor(
  snapshot: Snapshot,
  failOn: FailOn = { mode: 'any' },
  /** null: no run link. */
  runUrl: string | null = RUN_URL,
  checks: Check[] = RENDER_CHECKS
): Report {
  const results = evaluateAll(snapshot, checks)
  return buildReport(snapshot, results, computeVerdict(results, failOn), {
    checks,
    version: '1.2.3',
    failOn: failOn.mode === 'categories' ? failOn.categories.join(',') : failOn.mode,
    generatedAt: '2026-01-15T10:01:00.000Z',
    ...(runUrl ? { runUrl } : {})
  })
}

/** Names an attacker (or an odd tenant) could put in front of a renderer. */
export const HOSTILE = {
  pipe: 'x|y',
  html: '<img src=x onerror=alert(1)>',
  mention: '@octo-org/admins',
  markerClose: '--> <!-- aml-inference-guard',
  backticks: '`rm -rf /`',
  newline: 'line1\n| injected | row |'
}
