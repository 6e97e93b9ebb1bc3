import { describe, expect, it } from '@jest/globals'
import { CHECKS } from '../../src/evaluate/checks/catalog.js'
import { allAnnotations, buildAnnotations } from '../../src/report/annotations.js'
import { resultKey } from '../../src/report/iac.js'
import type { Report, ReportResult } from '../../src/report/model.js'
import { ok, onlineEndpoint, secureSnapshot } from '../checks/fixtures.js'
import { RUN_URL, reportFor } from './report-fixture.js'

/** A report with `n` public managed online endpoints: n MOE-03 errors. */
function publicEndpoints(n: number): Report {
  const endpoints = Array.from({ length: n }, (_, i) =>
    onlineEndpoint(`ep-${String(i + 1).padStart(2, '0')}`, { publicNetworkAccess: 'Enabled' })
  )
  return reportFor(secureSnapshot({ onlineEndpoints: ok(endpoints) }))
}

function withResults(report: Report, extra: ReportResult[]): Report {
  return { ...report, results: [...report.results, ...extra] }
}

const count = (as: Array<{ level: string }>, level: string): number =>
  as.filter(a => a.level === level).length

describe('annotation cap', () => {
  it('shows everything when it fits', () => {
    const annotations = buildAnnotations(publicEndpoints(10))
    expect(count(annotations, 'error')).toBe(10)
    expect(annotations.some(a => a.title.includes('not shown'))).toBe(false)
  })

  it('shows 10 of 25 errors and one note saying 15 more are in the job summary', () => {
    const annotations = buildAnnotations(publicEndpoints(25))
    expect(count(annotations, 'error')).toBe(10)
    expect(annotations).toHaveLength(11)
    const note = annotations[10]!
    expect(note.level).toBe('notice')
    expect(note.title).toBe('15 more findings not shown as annotations')
    expect(note.message).toContain('15 errors')
    expect(note.message).toContain('job summary')
    expect(note.message).toContain(RUN_URL)
    expect(annotations.slice(0, 10).map(a => a.message.slice(0, 40))).toEqual(
      allAnnotations(publicEndpoints(25))
        .slice(0, 10)
        .map(a => a.message.slice(0, 40))
    )
  })

  it('leaves room for the caller’s own error (setFailed) and warning', () => {
    const annotations = buildAnnotations(publicEndpoints(25), {
      reserved: { error: 1, warning: 1 }
    })
    expect(count(annotations, 'error')).toBe(9)
    expect(annotations.at(-1)!.title).toBe('16 more findings not shown as annotations')
  })

  it('orders by severity: errors, then warnings (incl. unknown), then notices', () => {
    const base = publicEndpoints(2)
    const template = base.results.find(r => r.outcome === 'fail')!
    const moe06 = CHECKS.find(c => c.id === 'MOE-06')!
    const report = withResults(base, [
      { ...template, checkId: 'MOE-06', severity: 'notice', title: moe06.title },
      { ...template, outcome: 'unknown', severity: undefined, title: 'unknown one' }
    ] as ReportResult[])
    const levels = allAnnotations(report).map(a => a.level)
    expect(levels).toEqual(['error', 'error', 'warning', 'notice'])
  })

  it('puts the note in a full level by dropping that level’s last annotation when all are full', () => {
    const base = publicEndpoints(12)
    const template = base.results.find(r => r.outcome === 'fail')!
    const many = (severity: 'warning' | 'notice'): ReportResult[] =>
      Array.from({ length: 12 }, (_, i) => ({
        ...template,
        severity,
        resource: { ...template.resource, id: `${template.resource.id}-${severity}-${i}` }
      }))
    const annotations = buildAnnotations(withResults(base, [...many('warning'), ...many('notice')]))
    expect(count(annotations, 'error')).toBe(10)
    expect(count(annotations, 'warning')).toBe(10)
    expect(count(annotations, 'notice')).toBe(10)
    const note = annotations.at(-1)!
    expect(note.level).toBe('notice')
    expect(note.title).toBe('7 more findings not shown as annotations')
    expect(note.message).toContain('2 errors, 2 warnings, 3 notices')
  })

  it('points at the IaC file and line when known', () => {
    const report = publicEndpoints(1)
    const failing = report.results.find(r => r.outcome === 'fail')!
    const locations = new Map([
      [resultKey(failing), { path: 'infra/ep.bicep', line: 7, property: 'publicNetworkAccess' }]
    ])
    const [annotation] = buildAnnotations(report, { locations })
    expect(annotation).toMatchObject({ file: 'infra/ep.bicep', line: 7 })
    expect(annotation!.message).toContain('ep-01: publicNetworkAccess is set here.')
  })
})
