import { describe, expect, it } from '@jest/globals'
import { renderSummary } from '../../src/report/summary.js'
import { ok, onlineEndpoint, secureSnapshot } from '../checks/fixtures.js'
import { reportFor } from './report-fixture.js'
import { EMPTY_TEXT, concatText, ours } from '../../src/model/text.js'

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8')

/** Many endpoints, half public: passes and fails with long, multi-byte details. */
function bigReport(n: number): ReturnType<typeof reportFor> {
  const endpoints = Array.from({ length: n }, (_, i) =>
    onlineEndpoint(`endpoint-é-${i}`, { publicNetworkAccess: i % 2 ? 'Enabled' : 'Disabled' })
  )
  const report = reportFor(secureSnapshot({ onlineEndpoints: ok(endpoints) }))
  const padding = ` ${'ünïcode '.repeat(40)}`
  for (const r of report.results) {
    r.detail = `${r.detail}${padding}`
    r.message = concatText(r.message ?? EMPTY_TEXT, ours(padding))
  }
  return report
}

describe('renderSummary size', () => {
  it('renders every result untruncated when it fits', () => {
    const report = bigReport(40)
    const summary = renderSummary(report)
    for (const r of report.results) expect(summary).toContain(r.resource.name)
    expect(summary).not.toContain('1 MiB')
  })

  it('shrinks in steps and says so, staying within the limit', () => {
    const report = bigReport(40)
    const full = bytes(renderSummary(report))
    const shortened = renderSummary(report, { maxBytes: full - 1 })
    expect(bytes(shortened)).toBeLessThanOrEqual(full - 1)
    expect(shortened).toContain('details of passing and skipped results are shortened')

    // Half the rows fail: listing only those roughly halves the size, shortening passes does not get there.
    const problemsOnly = renderSummary(report, { maxBytes: Math.floor(full * 0.65) })
    expect(problemsOnly).toContain('only failed and unknown results are listed')
    expect(problemsOnly).toContain('endpoint-é-1')
    expect(problemsOnly).not.toContain('endpoint-é-0 ')

    const cut = renderSummary(report, { maxBytes: 4000 })
    expect(bytes(cut)).toBeLessThanOrEqual(4000)
    expect(cut).toContain('cut here')
    expect(cut).toContain('report-file')
  })
})
