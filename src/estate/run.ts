/**
 * The action's edge of an estate scan (`scope`, docs/estate.md): login, the
 * scan itself (scan.ts: Resource Graph, then each workspace through the shared
 * pipeline), then one estate report as job summary, JSON report, SARIF,
 * annotations and outputs, and the gate. No pull-request comment in this mode.
 */
import * as core from '@actions/core'
import { mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { connectAzure } from '../run/connect.js'
import { readPullRequestContext } from '../publish/context.js'
import type { Settings } from '../settings/inputs.js'
import { log } from '../log/log-safe.js'
import { workflowFileFromRef } from '../report/sarif.js'
import { loadSuppressions } from '../settings/suppressions-file.js'
import {
  buildEstateSarif,
  renderEstateJson,
  renderEstateSummary,
  type EstateReport
} from './report.js'
import {
  estateGateMessage,
  estateTimingLine,
  plain,
  scanEstate,
  type EstateSettings
} from './scan.js'

export async function runEstate(settings: EstateSettings): Promise<void> {
  const suppressions = await loadSuppressions({
    file: settings.configFile,
    explicit: settings.configFileExplicit,
    workspace: process.env['GITHUB_WORKSPACE'],
    info: log.info
  })
  const { clients, identity } = await connectAzure(settings)
  const pullRequest = readPullRequestContext()
  const scan = await scanEstate(
    settings,
    { clients, identity, suppressions },
    log,
    pullRequest.runUrl
  )
  await writeEstateOutputs(scan.report, settings)
  log.info(estateTimingLine(scan, clients.stats, settings.maxConcurrency))
  const failure = estateGateMessage(scan.report, settings.failOnText)
  if (failure) core.setFailed(failure)
}

/** Job summary, JSON report, SARIF, annotations and outputs of an estate report (scan or merge). */
export async function writeEstateOutputs(
  report: EstateReport,
  settings: Pick<Settings, 'sarifFile'>
): Promise<void> {
  const dir = join(process.env['RUNNER_TEMP'] || tmpdir(), 'aml-inference-guard')
  mkdirSync(dir, { recursive: true })
  const reportFile = join(dir, 'estate-report.json')
  writeFileSync(reportFile, renderEstateJson(report) + '\n')
  if (process.env['GITHUB_STEP_SUMMARY']) {
    await core.summary.addRaw(renderEstateSummary(report), true).write()
  } else {
    core.info('No job summary file (GITHUB_STEP_SUMMARY is not set); the report is in report-file.')
  }
  if (settings.sarifFile) {
    const target = resolve(process.env['GITHUB_WORKSPACE'] || process.cwd(), settings.sarifFile)
    mkdirSync(dirname(target), { recursive: true })
    const fallbackFile = workflowFileFromRef(process.env['GITHUB_WORKFLOW_REF'])
    const actionRepo = process.env['GITHUB_ACTION_REPOSITORY']
    const sarif = buildEstateSarif(report, {
      ...(fallbackFile ? { fallbackFile } : {}),
      ...(actionRepo ? { informationUri: `https://github.com/${actionRepo}` } : {})
    })
    writeFileSync(target, JSON.stringify(sarif, null, 2) + '\n')
    core.info(`SARIF written to ${target}`)
  }
  for (const line of annotations(report)) core[line.level](line.message, { title: line.title })
  for (const r of report.workspaces) {
    core.info(`${plain(r.target.workspaceId)}: ${plain(r.verdict.headline)}`)
  }
  for (const e of report.errors)
    core.info(`${plain(e.workspaceId)}: not evaluated (${plain(e.reason)})`)
  core.setOutput('result', report.verdict.failed ? 'fail' : 'pass')
  core.setOutput(
    'failed-checks',
    report.verdict.failedCheckIds.filter(id => /^[A-Za-z0-9_-]+$/.test(id)).join(',')
  )
  core.setOutput('report-file', reportFile)
  core.info(plain(report.verdict.headline))
}

/** GitHub shows 10 per level: one per workspace with findings, the gate's own error kept free. */
function annotations(
  report: EstateReport
): Array<{ level: 'error' | 'warning' | 'notice'; title: string; message: string }> {
  const out: Array<{ level: 'error' | 'warning' | 'notice'; title: string; message: string }> = []
  const problems = [
    ...report.workspaces
      .filter(r => r.verdict.failedCheckIds.length > 0)
      .map(r => ({
        level: r.verdict.failed ? ('error' as const) : ('warning' as const),
        title: plain(`${r.target.workspaceName}: ${r.verdict.failedCheckIds.join(', ')}`),
        message: plain(`${r.target.workspaceId}: ${r.verdict.headline}. See the job summary.`)
      })),
    ...report.errors.map(e => ({
      level: e.failsGate ? ('error' as const) : ('warning' as const),
      title: plain(`${e.workspaceName}: not evaluated`),
      message: plain(`${e.workspaceId}: ${e.reason}`)
    }))
  ].sort((a, b) => (a.level === b.level ? 0 : a.level === 'error' ? -1 : 1))
  const slots = { error: report.verdict.failed ? 9 : 10, warning: 10 }
  let left = 0
  for (const p of problems) {
    if (slots[p.level] > 0) {
      slots[p.level]--
      out.push(p)
    } else left++
  }
  if (left > 0) {
    out.push({
      level: 'notice',
      title: `${left} more workspace(s) with findings`,
      message: `${left} more workspace(s) with findings are not annotated (GitHub shows 10 annotations per level); the job summary and the JSON report list them all.`
    })
  }
  return out
}
