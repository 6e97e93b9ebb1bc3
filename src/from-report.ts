/**
 * `from-report`: read a JSON report saved by an earlier run (the fork pattern's
 * second workflow), so its comment, summary and outputs can be written without
 * logging in to Azure. The file may come from an artifact, so its shape is
 * checked before any renderer touches it; every text in it is escaped when
 * rendered, as for a report read from Azure.
 */
import * as core from '@actions/core'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { ConfigurationError } from './errors.js'
import { log } from './log-safe.js'
import { isObject, parseSavedReport, stringFieldProblem } from './json-shape.js'
import { findCommentTarget, publishComment } from './github/publish-comment.js'
import type { Settings } from './inputs.js'
import { REPORT_SCHEMA_VERSION, type Report } from './report/model.js'
import { renderSummary } from './report/summary.js'
import { TARGET_FIELDS } from './snapshot.js'

const OUTCOMES = ['pass', 'fail', 'unknown', 'skipped']

/**
 * The whole `from-report` run: no Azure login, no ARM read. Writes the job
 * summary, the comment (on the report's pull request, or the workflow_run's)
 * and the outputs. Does not fail the step on the report's verdict: the run
 * that read Azure applied `fail-on` already, and its job shows the result.
 */
export async function postSavedReport(
  settings: Pick<
    Settings,
    'fromReport' | 'comment' | 'commentMode' | 'commentHeader' | 'githubToken'
  >
): Promise<void> {
  const report = readSavedReport(settings.fromReport)
  // Texts from the file are quoted: a forged report must not inject workflow commands into the log.
  core.info(
    `Posting the saved report ${plain(settings.fromReport)} (workspace ${plain(report.target.workspaceId)}, read from Azure at ${plain(report.collectedAt)}); Azure is not contacted in from-report mode.`
  )
  if (process.env['GITHUB_STEP_SUMMARY']) {
    await core.summary.addRaw(renderSummary(report), true).write()
  }
  const target = await findCommentTarget(settings, report, log)
  await publishComment(settings, report, target, { ...log, summary: core.summary })
  core.setOutput('result', report.verdict.failed ? 'fail' : 'pass')
  // Only well-formed check IDs: workflows may pass this output to a shell.
  core.setOutput(
    'failed-checks',
    report.verdict.failedCheckIds.filter(id => /^[A-Za-z0-9_-]+$/.test(String(id))).join(',')
  )
  core.setOutput('report-file', resolve(settings.fromReport))
  core.info(`Saved verdict: ${plain(report.verdict.headline)}`)
}

export function readSavedReport(
  path: string,
  readFile: (path: string) => string = p => readFileSync(p, 'utf8')
): Report {
  const where = `\`from-report\`: ${JSON.stringify(path)}`
  let text: string
  try {
    text = readFile(resolve(path))
  } catch (error) {
    const code = (error as { code?: unknown }).code
    throw new ConfigurationError(
      `${where} could not be read (${code === 'ENOENT' ? 'no such file' : String((error as Error).message)}). ` +
        'Point it at the report-file of the run that checked Azure, e.g. the file an actions/download-artifact step extracted (paths are relative to the workspace).'
    )
  }
  const data = parseSavedReport(text, where)
  const problem = reportProblem(data)
  if (problem) {
    throw new ConfigurationError(
      `${where} is not an aml-inference-guard report: ${problem}. Upload the file the \`report-file\` output names, unchanged, and use the same major version of the action in both workflows.`
    )
  }
  return data as Report
}

/** What is wrong with `data` as a report, or undefined. Checks what the renderers read. */
export function reportProblem(data: unknown): string | undefined {
  if (!isObject(data)) return 'the file does not hold a JSON object'
  if (data['schemaVersion'] !== REPORT_SCHEMA_VERSION) {
    return `schemaVersion is ${JSON.stringify(data['schemaVersion'] ?? null)}, this version of the action reads ${REPORT_SCHEMA_VERSION}`
  }
  const strings = stringFieldProblem
  const results = data['results']
  const verdict = data['verdict']
  const routes = data['routes']
  const counts = isObject(verdict) ? verdict['counts'] : undefined
  const found =
    strings(data, '', ['generatedAt', 'collectedAt', 'cloud', 'failOn']) ??
    strings(data['tool'], 'tool', ['name', 'version']) ??
    strings(data['target'], 'target', TARGET_FIELDS) ??
    (isObject(data['apiVersions']) ? undefined : 'apiVersions is missing') ??
    strings(routes, 'routes', ['reason']) ??
    (isObject(routes) && Array.isArray(routes['routes'])
      ? undefined
      : 'routes.routes is not a list') ??
    strings(verdict, 'verdict', ['headline']) ??
    (isObject(verdict) &&
    typeof verdict['failed'] === 'boolean' &&
    Array.isArray(verdict['failedCheckIds'])
      ? undefined
      : 'verdict.failed or verdict.failedCheckIds is missing') ??
    (isObject(counts) &&
    ['pass', 'fail', 'unknown', 'skipped'].every(k => typeof counts[k] === 'number')
      ? undefined
      : 'verdict.counts is incomplete') ??
    (Array.isArray(results) ? undefined : 'results is not a list')
  if (found) return found
  for (const [i, r] of (results as unknown[]).entries()) {
    const bad =
      strings(r, `results[${i}]`, [
        'checkId',
        'title',
        'section',
        'docUrl',
        'fix',
        'remediation',
        'detail'
      ]) ?? strings(isObject(r) ? r['resource'] : undefined, `results[${i}].resource`, ['name'])
    if (bad) return bad
    if (!OUTCOMES.includes(String((r as Record<string, unknown>)['outcome']))) {
      return `results[${i}].outcome is not one of ${OUTCOMES.join(', ')}`
    }
  }
  const pr = data['pullRequest']
  if (
    pr !== undefined &&
    !(
      isObject(pr) &&
      Number.isSafeInteger(pr['number']) &&
      (pr['number'] as number) > 0 &&
      typeof pr['owner'] === 'string' &&
      typeof pr['repo'] === 'string'
    )
  ) {
    return 'pullRequest is not { number, owner, repo }'
  }
  return undefined
}

/** One line without control or bidi characters, so a value cannot start a workflow command. */
function plain(text: string): string {
  return `"${text.replace(/[\p{C}\p{Zl}\p{Zp}]+/gu, ' ')}"`
}
