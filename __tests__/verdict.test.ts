import { describe, expect, it } from '@jest/globals'
import { CHECKS, getCheck } from '../src/evaluate/checks/catalog.js'
import type { Category, Check, CheckResult, Outcome, Severity } from '../src/model/check.js'
import { computeVerdict, type FailOn } from '../src/evaluate/verdict.js'

const base = getCheck('NET-01') as Check
const synthetic = (id: string, category: Category, severity: Severity): Check => ({
  ...base,
  id,
  category,
  severity
})
const CATALOG: Check[] = [
  // The real RBAC-01 and OUT-01 are replaced by stand-ins with the severities these cases need.
  ...CHECKS.filter(c => c.id !== 'RBAC-01' && c.id !== 'OUT-01'),
  synthetic('RBAC-01', 'rbac', 'warning'),
  synthetic('OUT-01', 'outbound', 'notice')
]

function result(checkId: string, outcome: Outcome, name = 'res', severity?: Severity): CheckResult {
  return {
    checkId,
    outcome,
    ...(severity ? { severity } : {}),
    resource: { id: `/x/${name}`, name, type: 't' },
    detail: 'd'
  }
}

describe('computeVerdict', () => {
  const allPass = [result('NET-01', 'pass'), result('NET-02', 'pass'), result('MOE-03', 'pass')]

  it('passes when every check passes, with a short headline', () => {
    const v = computeVerdict(allPass, { mode: 'any' }, CATALOG)
    expect(v.failed).toBe(false)
    expect(v.gatingResults).toEqual([])
    expect(v.failedCheckIds).toEqual([])
    expect(v.counts).toEqual({ pass: 3, fail: 0, unknown: 0, skipped: 0, suppressed: 0 })
    expect(v.headline).toBe('All 3 checks pass')
  })

  it('mentions skipped checks and counts results, not checks', () => {
    const v = computeVerdict(
      [
        result('NET-01', 'pass'),
        result('MOE-03', 'pass', 'a'),
        result('MOE-03', 'pass', 'b'),
        result('NET-02', 'skipped')
      ],
      { mode: 'any' },
      CATALOG
    )
    expect(v.counts.pass).toBe(3)
    expect(v.headline).toBe('All 2 checks pass, 1 skipped')
  })

  const mixed = [
    result('MOE-03', 'fail', 'ep-1', 'error'),
    result('MOE-03', 'fail', 'ep-2', 'error'),
    result('NET-02', 'unknown'),
    result('NET-01', 'fail', 'ws', 'error'),
    result('RBAC-01', 'pass')
  ]

  it('mode none never fails but still reports', () => {
    const v = computeVerdict(mixed, { mode: 'none' }, CATALOG)
    expect(v.failed).toBe(false)
    expect(v.gatingResults).toEqual([])
    expect(v.failedCheckIds).toEqual(['NET-01', 'NET-02', 'MOE-03'])
    // No threshold to be below: the headline says nothing gates.
    expect(v.headline).toBe('2 checks fail, 1 unknown — not gating (fail-on: none)')
  })

  it('mode any fails on error fails and unknowns, ids unique in catalog order', () => {
    const v = computeVerdict(mixed, { mode: 'any' }, CATALOG)
    expect(v.failed).toBe(true)
    expect(v.gatingResults).toHaveLength(4)
    expect(v.failedCheckIds).toEqual(['NET-01', 'NET-02', 'MOE-03'])
    expect(v.counts).toEqual({ pass: 1, fail: 3, unknown: 1, skipped: 0, suppressed: 0 })
    expect(v.headline).toBe('2 checks fail, 1 unknown — inference environment not isolated')
  })

  it('mode any fails on a warning-severity fail, using the check severity when the result has none', () => {
    const v = computeVerdict([result('RBAC-01', 'fail')], { mode: 'any' }, CATALOG)
    expect(v.failed).toBe(true)
    expect(v.headline).toBe('1 check fails — inference environment not isolated')
  })

  it('notice-severity fails never trip the gate', () => {
    const v = computeVerdict(
      [result('OUT-01', 'fail'), result('NET-01', 'pass')],
      { mode: 'any' },
      CATALOG
    )
    expect(v.failed).toBe(false)
    // A notice-severity fail is advice: never named or counted as a failing check.
    expect(v.failedCheckIds).toEqual([])
    expect(v.headline).toBe('1 check passes, 1 advice')
    const withFail = computeVerdict(
      [result('OUT-01', 'fail'), result('NET-01', 'fail', 'ws', 'error')],
      { mode: 'any' },
      CATALOG
    )
    expect(withFail.headline).toBe('1 check fails, 1 advice — inference environment not isolated')
    expect(withFail.failedCheckIds).toEqual(['NET-01'])
  })

  it('a result that lowered its severity to notice does not trip the gate', () => {
    const v = computeVerdict([result('NET-01', 'fail', 'ws', 'notice')], { mode: 'any' }, CATALOG)
    expect(v.failed).toBe(false)
    expect(v.failedCheckIds).toEqual([])
  })

  it('unknown alone trips the gate (fail closed)', () => {
    const v = computeVerdict([result('NET-01', 'unknown')], { mode: 'any' }, CATALOG)
    expect(v.failed).toBe(true)
    expect(v.headline).toBe('1 unknown — isolation could not be confirmed')
  })

  it('categories mode only gates on listed categories', () => {
    const rbacOnly = computeVerdict(mixed, { mode: 'categories', categories: ['rbac'] }, CATALOG)
    expect(rbacOnly.failed).toBe(false)
    const isolation = computeVerdict(
      mixed,
      { mode: 'categories', categories: ['isolation'] },
      CATALOG
    )
    expect(isolation.failed).toBe(true)
    // In catalog order, then by resource id: not in the order the results came.
    expect(isolation.gatingResults.map(r => `${r.checkId}:${r.resource.name}`)).toEqual([
      'NET-01:ws',
      'NET-02:res',
      'MOE-03:ep-1',
      'MOE-03:ep-2'
    ])
    expect(computeVerdict([...mixed].reverse(), { mode: 'any' }, CATALOG).gatingResults).toEqual(
      computeVerdict(mixed, { mode: 'any' }, CATALOG).gatingResults
    )
  })

  it('categories mode fails closed on an unknown in a listed category', () => {
    const v = computeVerdict(
      [result('RBAC-01', 'unknown')],
      { mode: 'categories', categories: ['rbac'] },
      CATALOG
    )
    expect(v.failed).toBe(true)
    expect(
      computeVerdict(
        [result('RBAC-01', 'unknown'), result('NET-01', 'pass')],
        { mode: 'categories', categories: ['outbound'] },
        CATALOG
      ).failed
    ).toBe(false)
  })

  it('fails closed on a result of a check missing from the catalog', () => {
    const v = computeVerdict(
      [result('ZZZ-01', 'fail')],
      { mode: 'categories', categories: ['rbac'] },
      CATALOG
    )
    expect(v.failed).toBe(true)
    expect(v.failedCheckIds).toEqual(['ZZZ-01'])
  })

  it('says when nothing ran', () => {
    expect(computeVerdict([], { mode: 'none' }, CATALOG).headline).toBe('No checks ran')
    expect(computeVerdict([result('MOE-03', 'skipped')], { mode: 'none' }, CATALOG).headline).toBe(
      'No checks applied (1 skipped)'
    )
  })

  it('uses the real catalog by default', () => {
    expect(computeVerdict([result('MOE-03', 'fail', 'ep', 'error')], { mode: 'any' }).failed).toBe(
      true
    )
  })
})

describe('computeVerdict with suppressions', () => {
  const suppressed = (r: CheckResult, expires?: string): CheckResult => ({
    ...r,
    suppression: { reason: 'accepted (SEC-1)', ...(expires ? { expires } : {}) }
  })

  it('does not gate on a suppressed fail or unknown, and counts it apart', () => {
    const results = [
      result('NET-01', 'pass'),
      suppressed(result('MOE-03', 'fail', 'ep', 'error')),
      suppressed(result('NET-02', 'unknown'))
    ]
    const v = computeVerdict(results, { mode: 'any' }, CATALOG)
    expect(v.failed).toBe(false)
    expect(v.gatingResults).toEqual([])
    expect(v.failedCheckIds).toEqual([])
    expect(v.counts).toEqual({ pass: 1, fail: 0, unknown: 0, skipped: 0, suppressed: 2 })
    expect(v.headline).toBe('1 check passes, 2 suppressed')
  })

  it('still gates on the unsuppressed results of the same check', () => {
    const results = [
      suppressed(result('MOE-03', 'fail', 'ep-a', 'error')),
      result('MOE-03', 'fail', 'ep-b', 'error'),
      suppressed(result('NET-02', 'fail', 'ws', 'error'))
    ]
    const v = computeVerdict(results, { mode: 'categories', categories: ['isolation'] }, CATALOG)
    expect(v.failed).toBe(true)
    expect(v.gatingResults.map(r => r.resource.name)).toEqual(['ep-b'])
    expect(v.failedCheckIds).toEqual(['MOE-03'])
    expect(v.counts).toEqual({ pass: 0, fail: 1, unknown: 0, skipped: 0, suppressed: 2 })
    expect(v.headline).toBe('1 check fails, 1 suppressed — inference environment not isolated')
  })

  it('gates again on a result whose suppression expired', () => {
    const lapsed: CheckResult = {
      ...result('MOE-03', 'fail', 'ep', 'error'),
      suppressionExpired: { reason: 'accepted', expires: '2020-01-31' }
    }
    const v = computeVerdict([lapsed], { mode: 'any' }, CATALOG)
    expect(v.failed).toBe(true)
    expect(v.counts.suppressed).toBe(0)
    expect(v.failedCheckIds).toEqual(['MOE-03'])
  })
})

describe('computeVerdict fails closed', () => {
  const isolation: FailOn = { mode: 'categories', categories: ['isolation'] }

  it.each<[string, CheckResult[]]>([
    ['no results', []],
    ['only skipped results', [result('MOE-03', 'skipped'), result('K8S-01', 'skipped')]],
    [
      'only skipped and unknown results',
      [result('MOE-03', 'skipped'), result('RBAC-01', 'unknown')]
    ]
  ])('fails a run with %s, and says why', (_, results) => {
    for (const failOn of [{ mode: 'any' } as const, isolation]) {
      const v = computeVerdict(results, failOn, CATALOG)
      expect(v.failed).toBe(true)
      expect(v.reason).toMatch(
        /^nothing was evaluated \((no results|\d+ results?, all skipped or unknown)\)/
      )
    }
    expect(computeVerdict(results, { mode: 'none' }, CATALOG)).not.toHaveProperty('reason')
  })

  it('names nothing-evaluated in the headline', () => {
    expect(computeVerdict([], { mode: 'any' }, CATALOG).headline).toBe(
      'No checks ran — nothing was evaluated'
    )
    expect(computeVerdict([result('MOE-03', 'skipped')], isolation, CATALOG).headline).toBe(
      'No checks applied (1 skipped) — nothing was evaluated'
    )
  })

  it('a suppressed fail was evaluated: the run is not empty', () => {
    const results: CheckResult[] = [
      { ...result('MOE-03', 'fail', 'ep', 'error'), suppression: { reason: 'accepted' } },
      result('NET-02', 'skipped')
    ]
    const v = computeVerdict(results, { mode: 'any' }, CATALOG)
    expect(v.failed).toBe(false)
    expect(v).not.toHaveProperty('reason')
  })

  it('an unknown in a listed category fails the gate by default', () => {
    const v = computeVerdict(
      [result('NET-01', 'pass'), result('NET-02', 'unknown')],
      isolation,
      CATALOG
    )
    expect(v.failed).toBe(true)
    expect(v.gatingResults.map(r => r.checkId)).toEqual(['NET-02'])
    expect(v).not.toHaveProperty('allowedUnknownCheckIds')
  })

  it('allow-unknown lets unknowns pass and names them; failures still fail', () => {
    const results = [
      result('NET-01', 'pass'),
      result('NET-02', 'unknown', 'pe-a'),
      result('NET-02', 'unknown', 'pe-b'),
      result('MOE-03', 'unknown'),
      // Not in a listed category: not named as allowed.
      result('RBAC-01', 'unknown')
    ]
    const v = computeVerdict(results, isolation, CATALOG, { allowUnknown: true })
    expect(v.failed).toBe(false)
    expect(v.gatingResults).toEqual([])
    expect(v.allowedUnknownCheckIds).toEqual(['NET-02', 'MOE-03'])
    // The stand-in RBAC-01 comes last in this test catalog.
    expect(v.failedCheckIds).toEqual(['NET-02', 'MOE-03', 'RBAC-01'])
    expect(v.headline).toBe('3 unknown — below the fail-on threshold')

    const withFail = computeVerdict(
      [...results, result('NET-01', 'fail', 'ws', 'error')],
      isolation,
      CATALOG,
      { allowUnknown: true }
    )
    expect(withFail.failed).toBe(true)
    expect(withFail.gatingResults.map(r => r.checkId)).toEqual(['NET-01'])
  })

  it('allow-unknown does not pass a run that evaluated nothing', () => {
    const v = computeVerdict([result('NET-02', 'unknown')], { mode: 'any' }, CATALOG, {
      allowUnknown: true
    })
    expect(v.failed).toBe(true)
    expect(v.gatingResults).toEqual([])
    expect(v.reason).toContain('nothing was evaluated (1 result, all skipped or unknown)')
    // allow-unknown made no difference, so no unknown is named as let through.
    expect(v).not.toHaveProperty('allowedUnknownCheckIds')
  })
})
