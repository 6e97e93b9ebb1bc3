import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { CHECKS } from '../../src/evaluate/checks/catalog.js'
import { REPORT_SCHEMA_VERSION, renderJsonReport, type Report } from '../../src/report/model.js'
import { failed, ok, onlineEndpoint, secureSnapshot, withWorkspace } from '../checks/fixtures.js'
import { reportFor } from './report-fixture.js'
import { REPORT_SCHEMA_FILE, reportValidator } from './schemas.js'

const validate = reportValidator()

function expectValid(report: unknown): void {
  // Through JSON, as a reader of report-file sees it (undefined fields vanish).
  const parsed: unknown = JSON.parse(renderJsonReport(report as Report))
  const valid = validate(parsed)
  expect(validate.errors ?? []).toEqual([])
  expect(valid).toBe(true)
}

describe('schemas/report.schema.json', () => {
  it('is versioned like the reports it describes', () => {
    const schema = JSON.parse(readFileSync(REPORT_SCHEMA_FILE, 'utf8')) as {
      properties: { schemaVersion: { const: number } }
    }
    expect(schema.properties.schemaVersion.const).toBe(REPORT_SCHEMA_VERSION)
  })

  it('accepts reports of every outcome, over the whole catalog', () => {
    expectValid(reportFor(secureSnapshot(), { mode: 'any' }, null, CHECKS))
    expectValid(
      reportFor(
        withWorkspace(
          { publicNetworkAccess: 'Enabled' },
          { onlineEndpoints: ok([onlineEndpoint('ep-a', { publicNetworkAccess: 'Enabled' })]) }
        ),
        { mode: 'categories', categories: ['isolation', 'rbac'] },
        undefined,
        CHECKS
      )
    )
    expectValid(reportFor(secureSnapshot({ workspace: failed(403) }), { mode: 'none' }))
  })

  it('documents every field: an undocumented one is rejected', () => {
    const report = reportFor(secureSnapshot({ workspace: failed(403) })) as unknown as Record<
      string,
      unknown
    >
    expect(validate({ ...report, surprise: 1 })).toBe(false)
    const results = report['results'] as Array<Record<string, unknown>>
    expect(validate({ ...report, results: [{ ...results[0], surprise: 1 }] })).toBe(false)
    expect(validate({ ...report, schemaVersion: 2 })).toBe(false)
  })
})
