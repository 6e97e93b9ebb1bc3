import { describe, expect, it } from '@jest/globals'
import { CHECKS } from '../src/evaluate/checks/catalog.js'
import type { CheckResult, Outcome } from '../src/model/check.js'
import { ConfigurationError } from '../src/model/errors.js'
import {
  applySuppressions,
  parseSuppressions,
  type Suppression
} from '../src/evaluate/suppressions.js'

const FILE = '.github/aml-inference-guard.yml'
const parse = (text: string): Suppression[] => parseSuppressions(text, FILE, CHECKS)

/** The ConfigurationError message of parsing `text`. */
function problem(text: string): string {
  try {
    parse(text)
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError)
    return (error as Error).message
  }
  throw new Error('expected a configuration error')
}

function result(checkId: string, outcome: Outcome, name = 'ml-ws'): CheckResult {
  return {
    checkId,
    outcome,
    resource: {
      id: `/subscriptions/s/resourceGroups/rg/providers/Microsoft.X/y/${name}`,
      name,
      type: 'Microsoft.X/y'
    },
    detail: 'd'
  }
}

describe('parseSuppressions', () => {
  it('parses a full entry, normalising the check ID and lower-casing resources', () => {
    const text = [
      '# accepted risks',
      'suppressions:',
      '  - check: MOE-06',
      '    reason: Internet outbound is accepted for the dev workspace (ticket SEC-123)',
      '    resources: [ML-WS]',
      '    expires: 2027-03-31',
      '  - check: moe-03',
      '    reason: public scoring endpoint for the partner demo',
      '    resources: credit-scoring',
      ''
    ].join('\n')
    expect(parse(text)).toEqual([
      {
        checkId: 'MOE-06',
        reason: 'Internet outbound is accepted for the dev workspace (ticket SEC-123)',
        resources: ['ml-ws'],
        expires: '2027-03-31',
        line: 3
      },
      {
        checkId: 'MOE-03',
        reason: 'public scoring endpoint for the partner demo',
        resources: ['credit-scoring'],
        line: 7
      }
    ])
  })

  it('accepts an empty file, a comment-only file and an empty list', () => {
    expect(parse('')).toEqual([])
    expect(parse('# nothing accepted yet\n')).toEqual([])
    expect(parse('suppressions:\n')).toEqual([])
    expect(parse('suppressions: []\n')).toEqual([])
  })

  it('rejects an entry without a reason, naming the file and the line', () => {
    const message = problem(
      'suppressions:\n  - check: MOE-06\n  - check: MOE-03\n    reason: "  "\n'
    )
    expect(message).toContain(`The suppressions file ${FILE}`)
    expect(message).toContain(`${FILE} line 2: the suppression of MOE-06 has no \`reason\``)
    expect(message).toContain(`${FILE} line 4: the suppression of MOE-03 has no \`reason\``)
    expect(message).toContain('2 problems')
  })

  it('rejects an unknown check ID, listing the known ones', () => {
    const message = problem('suppressions:\n  - check: MOE-99\n    reason: r\n')
    expect(message).toContain(`${FILE} line 2: unknown check ID "MOE-99". Use one of: NET-01`)
  })

  it('rejects a missing check', () => {
    expect(problem('suppressions:\n  - reason: r\n')).toContain(
      'line 2: a suppression has no `check`'
    )
  })

  it('rejects unknown keys in an entry and at the top', () => {
    const message = problem(
      'suppresions:\n  - check: MOE-06\nsuppressions:\n  - check: MOE-06\n    reason: r\n    resource: ml-ws\n'
    )
    expect(message).toContain(`${FILE} line 1: unknown key "suppresions"`)
    expect(message).toContain(`${FILE} line 6: unknown key "resource" in a suppression`)
    expect(message).toContain('Allowed keys: check, reason, resources, expires')
  })

  it.each(['2027-02-30', '31/03/2027', '2027-3-31', 'soon', '2027-03-31T00:00:00Z'])(
    'rejects the malformed date %s',
    date => {
      const message = problem(
        `suppressions:\n  - check: MOE-06\n    reason: r\n    expires: ${date}\n`
      )
      expect(message).toContain(`${FILE} line 4: \`expires\` of the suppression of MOE-06`)
      expect(message).toContain('YYYY-MM-DD')
    }
  )

  it('rejects empty resources and non-list suppressions', () => {
    expect(
      problem('suppressions:\n  - check: MOE-06\n    reason: r\n    resources: []\n')
    ).toContain('line 4: `resources` of the suppression of MOE-06')
    expect(problem('suppressions:\n  check: MOE-06\n')).toContain(
      'line 2: `suppressions` must be a list'
    )
    expect(problem('- check: MOE-06\n')).toContain('line 1: expected a mapping')
    expect(problem('suppressions:\n  - MOE-06\n')).toContain(
      'line 2: a suppression must be a mapping'
    )
  })

  it('reports invalid YAML with its line', () => {
    expect(problem('suppressions:\n  - check: MOE-06\n    reason: [unclosed\n')).toMatch(
      /line \d+: the file is not valid YAML/
    )
    expect(problem('suppressions: []\nsuppressions: []\n')).toContain(
      'line 2: the file is not valid YAML'
    )
  })
})

describe('applySuppressions', () => {
  const now = new Date('2027-03-31T12:00:00Z')
  const entry = (extra: Partial<Suppression> = {}): Suppression => ({
    checkId: 'MOE-06',
    reason: 'dev only (SEC-123)',
    line: 2,
    ...extra
  })

  it('marks failed and unknown results of the check, leaving passes and other checks alone', () => {
    const results = [
      result('MOE-06', 'fail'),
      result('MOE-06', 'unknown', 'other'),
      result('MOE-06', 'pass', 'third'),
      result('MOE-03', 'fail')
    ]
    const out = applySuppressions(results, [entry()], now)
    expect(out.results.map(r => r.suppression)).toEqual([
      { reason: 'dev only (SEC-123)' },
      { reason: 'dev only (SEC-123)' },
      undefined,
      undefined
    ])
    expect(out.expired).toEqual([])
    expect(out.unused).toEqual([])
    // Pure: the input is not modified.
    expect(results[0]?.suppression).toBeUndefined()
  })

  it('limits an entry to the named resources, by name or id, case-insensitively', () => {
    const results = [result('MOE-06', 'fail', 'ML-WS'), result('MOE-06', 'fail', 'prod-ws')]
    const byName = applySuppressions(results, [entry({ resources: ['ml-ws'] })], now)
    expect(byName.results.map(r => Boolean(r.suppression))).toEqual([true, false])
    const id = results[1]!.resource.id.toLowerCase()
    const byId = applySuppressions(results, [entry({ resources: [id] })], now)
    expect(byId.results.map(r => Boolean(r.suppression))).toEqual([false, true])
  })

  it('applies through the expiry day (UTC) and stops the day after', () => {
    const results = [result('MOE-06', 'fail')]
    const before = applySuppressions(results, [entry({ expires: '2027-04-01' })], now)
    expect(before.results[0]?.suppression).toEqual({
      reason: 'dev only (SEC-123)',
      expires: '2027-04-01'
    })
    const on = applySuppressions(results, [entry({ expires: '2027-03-31' })], now)
    expect(on.results[0]?.suppression?.expires).toBe('2027-03-31')
    expect(on.expired).toEqual([])

    const after = applySuppressions(results, [entry({ expires: '2027-03-30' })], now)
    expect(after.results[0]?.suppression).toBeUndefined()
    expect(after.results[0]?.suppressionExpired).toEqual({
      reason: 'dev only (SEC-123)',
      expires: '2027-03-30'
    })
    expect(after.expired.map(s => s.expires)).toEqual(['2027-03-30'])
  })

  it('prefers an active entry over an expired one and reports unused entries', () => {
    const lapsed = entry({ expires: '2020-01-01', reason: 'old' })
    const active = entry({ reason: 'new' })
    const stale = entry({ checkId: 'K8S-01', reason: 'nothing to cover' })
    const out = applySuppressions([result('MOE-06', 'fail')], [lapsed, active, stale], now)
    expect(out.results[0]?.suppression?.reason).toBe('new')
    expect(out.results[0]?.suppressionExpired).toBeUndefined()
    expect(out.expired).toEqual([lapsed])
    expect(out.unused).toEqual([stale])
  })
})
