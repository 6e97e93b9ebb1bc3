/**
 * Orchestration only: inputs → login → collect → checks → reports → verdict.
 * The one place that touches @actions/core, Octokit and Azure together.
 */
import * as core from '@actions/core'
import { mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { login } from './auth/login.js'
import { AzureClients } from './azure/clients.js'
import { collectSnapshot } from './azure/collect.js'
import { RunDeadline } from './azure/pipeline.js'
import { workspaceResourceId } from './azure/resource-id.js'
import { evaluateAll } from './checks/catalog.js'
import { reportFailure } from './failure.js'
import { readPullRequestContext } from './github/context.js'
import { findCommentTarget, publishComment } from './github/publish-comment.js'
import { postSavedReport } from './from-report.js'
import { readSettings } from './inputs.js'
import { buildAnnotations } from './report/annotations.js'
import { buildReport, renderJsonReport, type Report } from './report/model.js'
import { renderSummary } from './report/summary.js'
import { renderSarif, workflowFileFromRef } from './report/sarif.js'
import { locateAll, type IacLocation } from './report/iac.js'
import { readIacFiles } from './iac-files.js'
import { applySuppressions, suppressionNotes } from './suppressions.js'
import { loadSuppressions } from './suppressions-file.js'
import { computeVerdict } from './verdict.js'
import { VERSION } from './version.js'

export async function run(): Promise<void> {
  try {
    const settings = readSettings()
    if (settings.fromReport) {
      await postSavedReport(settings)
      return
    }
    // Read before logging in: a broken config file is a configuration error, reported before any network call.
    const suppressions = loadSuppressions({
      file: settings.configFile,
      explicit: settings.configFileExplicit,
      workspace: process.env['GITHUB_WORKSPACE'],
      info: core.info
    })
    const pullRequest = readPullRequestContext()
    // Before reading Azure, so that the report names the pull request (the fork pattern needs it).
    const commentTarget = await findCommentTarget(settings)
    // Also with `comment: never`: a later from-report run comments on this pull request.
    const knownPullRequest = commentTarget.kind === 'pull-request' ? commentTarget : pullRequest
    const reportPullRequest =
      knownPullRequest.kind === 'pull-request'
        ? {
            number: knownPullRequest.number,
            owner: knownPullRequest.owner,
            repo: knownPullRequest.repo
          }
        : undefined

    // Counted from the start of the process: the whole run, login included.
    const deadline = new RunDeadline(settings.timeoutSeconds, 0)
    const { credential, identity } = await login(
      {
        deadline,
        clientId: settings.clientId,
        tenantId: settings.tenantId,
        audience: settings.cloud.audience,
        authorityHost: settings.cloud.authorityHost,
        tokenScope: settings.cloud.tokenScope,
        disableInstanceDiscovery: settings.cloud.disableInstanceDiscovery
      },
      { getIDToken: aud => core.getIDToken(aud), setSecret: core.setSecret, info: core.info }
    )

    const target = {
      subscriptionId: settings.subscriptionId,
      resourceGroup: settings.resourceGroup,
      workspaceName: settings.workspaceName,
      workspaceId: workspaceResourceId(
        settings.subscriptionId,
        settings.resourceGroup,
        settings.workspaceName
      )
    }
    core.info(`Reading workspace ${target.workspaceId} from ${settings.cloud.armEndpoint}`)
    const clients = new AzureClients(credential, {
      ...settings.cloud,
      maxConcurrency: settings.maxConcurrency,
      deadline,
      // Each ARM request with its correlation id, for support cases (URLs and ids only, never
      // headers); shown when step debug logging is on.
      debug: (message: string) => core.debug(message)
    })
    const collectStarted = performance.now()
    const snapshot = await collectSnapshot({
      clients,
      target,
      request: {
        route: settings.route,
        deploymentMethod: settings.deploymentMethod,
        ...(settings.vnetId ? { vnetId: settings.vnetId } : {}),
        ...(settings.subnetId ? { subnetId: settings.subnetId } : {}),
        ...(settings.principalId ? { principalId: settings.principalId } : {})
      },
      cloud: settings.cloud.name,
      ...(identity.objectId ? { loginObjectId: identity.objectId } : {})
    })
    const collectMs = performance.now() - collectStarted

    const suppressed = applySuppressions(evaluateAll(snapshot), suppressions, new Date())
    const notes = suppressionNotes(suppressed, settings.configFile)
    for (const warning of notes.warnings) core.warning(warning)
    for (const info of notes.infos) core.info(info)
    const results = suppressed.results
    const verdict = computeVerdict(results, settings.failOn)
    const report = buildReport(snapshot, results, verdict, {
      version: VERSION,
      failOn: settings.failOnText,
      runUrl: pullRequest.runUrl,
      ...(reportPullRequest ? { pullRequest: reportPullRequest } : {})
    })

    const reportFile = writeReportFile(report)
    await writeJobSummary(report)
    const iac = await readIacFiles(settings.iacFiles)
    for (const note of iac.notes) core.info(note)
    const locations = locateAll(report.results, iac.files)
    if (settings.sarifFile) writeSarifFile(settings.sarifFile, report, locations)
    // Reserved slots: the setFailed error below, and one warning (e.g. a refused comment).
    const reserved = { error: verdict.failed ? 1 : 0, warning: 1 }
    for (const annotation of buildAnnotations(report, { locations, reserved })) {
      core[annotation.level](annotation.message, {
        title: annotation.title,
        ...(annotation.file ? { file: annotation.file, startLine: annotation.line } : {})
      })
    }
    await publishComment(settings, report, commentTarget, core)

    core.setOutput('result', verdict.failed ? 'fail' : 'pass')
    core.setOutput('failed-checks', verdict.failedCheckIds.join(','))
    core.setOutput('report-file', reportFile)
    core.info(verdict.headline)
    const arm = clients.stats
    core.info(
      `ARM reads: ${arm.requests} requests${arm.throttled ? ` (${arm.throttled} throttled, retried after Retry-After)` : ''}, ${arm.busyMs} ms in ARM, collection ${Math.round(collectMs)} ms, total ${Math.round(performance.now())} ms (max-concurrency ${settings.maxConcurrency})`
    )

    if (verdict.failed) {
      const lines = verdict.gatingResults.map(
        r =>
          `- ${r.checkId} ${r.outcome === 'unknown' ? 'unknown' : `${r.outcome} (${r.severity ?? 'error'})`}: ${r.resource.name}`
      )
      core.setFailed(
        `Inference environment check failed (fail-on: ${settings.failOnText}):\n${lines.join('\n')}`
      )
    }
  } catch (error) {
    reportFailure(error)
  }
}

function writeReportFile(report: Report): string {
  const dir = join(process.env['RUNNER_TEMP'] || tmpdir(), 'aml-inference-guard')
  mkdirSync(dir, { recursive: true })
  const file = join(dir, `report-${report.target.workspaceName}.json`)
  writeFileSync(file, renderJsonReport(report) + '\n')
  return file
}

/** `sarif-file`, relative to the workspace like any path a workflow names. */
function writeSarifFile(
  file: string,
  report: Report,
  locations: ReadonlyMap<string, IacLocation>
): void {
  const workspace = process.env['GITHUB_WORKSPACE'] || process.cwd()
  const target = resolve(workspace, file)
  mkdirSync(dirname(target), { recursive: true })
  const actionRepo = process.env['GITHUB_ACTION_REPOSITORY']
  const fallbackFile = workflowFileFromRef(process.env['GITHUB_WORKFLOW_REF'])
  writeFileSync(
    target,
    renderSarif(report, {
      locations,
      ...(fallbackFile ? { fallbackFile } : {}),
      ...(actionRepo ? { informationUri: `https://github.com/${actionRepo}` } : {})
    }) + '\n'
  )
  core.info(`SARIF written to ${target}`)
}

async function writeJobSummary(report: Report): Promise<void> {
  if (!process.env['GITHUB_STEP_SUMMARY']) {
    core.info('No job summary file (GITHUB_STEP_SUMMARY is not set); the report is in report-file.')
    return
  }
  await core.summary.addRaw(renderSummary(report), true).write()
}
