import { describe, expect, it } from '@jest/globals'
import { readSavedReport, reportProblem } from '../src/publish/from-report.js'
import { ConfigurationError } from '../src/model/errors.js'
import { reportFor } from './report/report-fixture.js'
import { secureSnapshot } from './checks/fixtures.js'

const report = JSON.parse(JSON.stringify(reportFor(secureSnapshot()))) as Record<string, unknown>

describe('reportProblem', () => {
  it('accepts a report the action wrote', () => {
    expect(reportProblem(report)).toBeUndefined()
    expect(
      reportProblem({ ...report, pullRequest: { number: 3, owner: 'o', repo: 'r' } })
    ).toBeUndefined()
  })

  it.each([
    [[], 'the file does not hold a JSON object'],
    [{ ...report, schemaVersion: 2 }, 'schemaVersion is 2, this version of the action reads 1'],
    [{ ...report, target: { workspaceName: 'x' } }, 'target.subscriptionId is not a string'],
    [{ ...report, results: {} }, 'results is not a list'],
    [{ ...report, results: [{}] }, 'results[0].checkId is not a string'],
    [
      { ...report, verdict: { headline: 'x' } },
      'verdict.failed or verdict.failedCheckIds is missing'
    ],
    [
      { ...report, pullRequest: { number: -1, owner: 'o', repo: 'r' } },
      'pullRequest is not { number, owner, repo }'
    ]
  ])('rejects %#', (data, problem) => {
    expect(reportProblem(data)).toBe(problem)
  })
})

describe('readSavedReport', () => {
  it('names from-report and the fix when the file is missing, not JSON, or not a report', async () => {
    const missing = () =>
      readSavedReport('r.json', () => {
        throw Object.assign(new Error('ENOENT: no such file'), { code: 'ENOENT' })
      })
    await expect(missing()).rejects.toThrow(ConfigurationError)
    await expect(missing()).rejects.toThrow(
      /`from-report`: "r.json" could not be read \(no such file\)/
    )
    await expect(readSavedReport('r.json', () => '{nope')).rejects.toThrow(
      /`from-report`: "r.json" is not JSON/
    )
    await expect(readSavedReport('r.json', () => '{"schemaVersion":1}')).rejects.toThrow(
      "does not match the report schema (schemas/report.schema.json) at the top level: must have required property 'tool'"
    )
  })

  it('accepts a report the action wrote', async () => {
    await expect(readSavedReport('r.json', () => JSON.stringify(report))).resolves.toEqual(report)
  })
})
