/**
 * The action's edge: inputs → OIDC login → the shared pipeline (src/run/pipeline.ts:
 * collect → evaluate → report) → comment, annotations, summary, outputs.
 * The one place that touches @actions/core, Octokit and Azure together.
 */
import * as core from '@actions/core'
import { mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { actionLogin } from './auth/action-login.js'
import { RunDeadline } from './collect/pipeline.js'
import { reportFailure } from './log/failure.js'
import { readPullRequestContext } from './publish/context.js'
import { findCommentTarget, publishComment } from './publish/publish-comment.js'
import { postSavedReport } from './publish/from-report.js'
import { readSettings, type Settings } from './settings/inputs.js'
import { log } from './log/log-safe.js'
import { buildAnnotations } from './report/annotations.js'
import { redactIdentifiers } from './report/redact-identifiers.js'
import { renderJsonReport, type Report } from './report/model.js'
import { renderSummary } from './report/summary.js'
import { renderSarif, workflowFileFromRef } from './report/sarif.js'
import { locateAll, type IacLocation } from './report/iac.js'
import { plannedLocations } from './report/planned.js'
import { readIacFiles } from './settings/iac-files.js'
import { withPlannedNow } from './planned/merge.js'
import { readDeploymentFiles } from './settings/deployment-files.js'
import { readTerraformPlans } from './settings/terraform-plan.js'
import { readArmTemplate, type ArmTemplateFiles } from './settings/arm-template.js'
import { loadSuppressions } from './settings/suppressions-file.js'
import {
  collect,
  evaluate,
  evaluateSettingsOf,
  gateFailureMessage,
  readSnapshot,
  saveSnapshot,
  timingLine,
  type Collected
} from './run/pipeline.js'

export async function run(): Promise<void> {
  try {
    const settings = readSettings()
    if (settings.fromReport) {
      await postSavedReport(settings)
      return
    }
    // Estate modes (docs/estate.md): many workspaces, no pull-request comment.
    if (settings.mergeReports.length > 0 || settings.scope) {
      // Loaded only in these modes: the estate scan pulls in the collection code.
      if (settings.mergeReports.length > 0) {
        await (await import('./estate/merge.js')).runMergeReports(settings)
      } else if (settings.scope) {
        await (await import('./estate/run.js')).runEstate({ ...settings, scope: settings.scope })
      }
      return
    }
    // Read before logging in: a broken config file is a configuration error, reported before any network call.
    const suppressions = loadSuppressions({
      file: settings.configFile,
      explicit: settings.configFileExplicit,
      workspace: process.env['GITHUB_WORKSPACE'],
      info: log.info
    })
    const workspaceDir = process.env['GITHUB_WORKSPACE'] || process.cwd()
    // Also before logging in: a planned file that cannot be judged stops the run before Azure.
    const planned = await readDeploymentFiles(settings.deploymentFiles, workspaceDir)
    for (const note of planned?.notes ?? []) log.info(note)
    // The template's what-if runs during collection; the files are read now, before Azure.
    const whatIf = await readArmTemplate(settings.armTemplate, settings.armParameters, workspaceDir)
    const saved = settings.fromSnapshot
      ? readSnapshot(
          resolve(workspaceDir, settings.fromSnapshot),
          '`from-snapshot`',
          settings.fromSnapshot,
          log
        )
      : undefined
    // Before logging in too: a plan file that cannot be read stops the run before Azure.
    const terraform = await readTerraformPlans(
      settings.terraformPlan,
      saved?.target.subscriptionId ?? settings.subscriptionId,
      workspaceDir
    )
    for (const note of terraform?.notes ?? []) log.info(note)
    const pullRequest = readPullRequestContext()
    // Before reading Azure, so that the report names the pull request (the fork pattern needs it).
    const commentTarget = await findCommentTarget(settings, undefined, log)
    // Also with `comment: never`: a later from-report run comments on this pull request.
    const knownPullRequest = commentTarget.kind === 'pull-request' ? commentTarget : pullRequest
    const reportPullRequest =
      knownPullRequest.kind === 'pull-request'
        ? {
            number: knownPullRequest.number,
            owner: knownPullRequest.owner,
            repo: knownPullRequest.repo,
            ...(pullRequest.kind === 'pull-request' ? { headSha: pullRequest.headSha } : {})
          }
        : undefined

    let collected: Collected | undefined
    const live = saved ?? (collected = await collectLive(settings, whatIf)).snapshot
    // The live reads and the planned resources are kept apart in the snapshot (docs/planned.md).
    // Planned inputs read now replace that route's part of a saved snapshot; what-if is kept.
    const snapshot = withPlannedNow(live, {
      files: planned?.planned,
      terraform: terraform?.planned
    })
    if (settings.snapshotFile)
      saveSnapshot(resolve(workspaceDir, settings.snapshotFile), snapshot, log)
    const { report, verdict } = evaluate(
      snapshot,
      evaluateSettingsOf(settings, suppressions, {
        ...(pullRequest.runUrl ? { runUrl: pullRequest.runUrl } : {}),
        ...(reportPullRequest ? { pullRequest: reportPullRequest } : {})
      }),
      log
    )
    const reportFile = writeReportFile(report)
    await writeJobSummary(report, settings.detail)
    const iac = await readIacFiles(settings.iacFiles)
    for (const note of iac.notes) log.info(note)
    const locations = locateAll(report.results, iac.files)
    // A planned resource that fails is annotated at the line of its deployment file.
    if (snapshot.planned && settings.gateOn !== 'live') {
      for (const [key, at] of plannedLocations(snapshot, report.results)) locations.set(key, at)
    }
    if (settings.sarifFile) writeSarifFile(settings.sarifFile, report, locations)
    // Reserved slots: the setFailed error below, one warning (e.g. a refused comment), and the
    // allow-unknown warning above.
    const reserved = {
      error: verdict.failed ? 1 : 0,
      warning: verdict.allowedUnknownCheckIds ? 2 : 1
    }
    // Annotations show on the pull request's checks page: `detail: redacted` applies to them too.
    const shown =
      settings.detail === 'redacted' ? redactIdentifiers : (text: string): string => text
    for (const annotation of buildAnnotations(report, { locations, reserved })) {
      log[annotation.level](shown(annotation.message), {
        title: shown(annotation.title),
        ...(annotation.file ? { file: annotation.file, startLine: annotation.line } : {})
      })
    }
    const commentId = await publishComment(settings, report, commentTarget, {
      ...log,
      summary: core.summary
    })

    core.setOutput('result', verdict.failed ? 'fail' : 'pass')
    core.setOutput('failed-checks', verdict.failedCheckIds.join(','))
    core.setOutput('report-file', reportFile)
    core.setOutput('comment-id', commentId)
    core.info(verdict.headline)
    if (collected) core.info(timingLine(collected, settings.maxConcurrency))

    if (verdict.failed) core.setFailed(gateFailureMessage(verdict, settings.failOnText))
  } catch (error) {
    reportFailure(error)
  }
}

/** GitHub OIDC → Entra ID, then the ARM reads (their code loads while the token requests are in flight). */
function collectLive(settings: Settings, whatIf?: ArmTemplateFiles): Promise<Collected> {
  // Counted from the start of the process: the whole run, login included.
  const deadline = new RunDeadline(settings.timeoutSeconds, 0)
  return collect(
    { ...settings, ...(whatIf ? { whatIf } : {}) },
    actionLogin(settings, deadline),
    log,
    deadline
  )
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
  log.info(`SARIF written to ${target}`)
}

async function writeJobSummary(report: Report, detail: Settings['detail']): Promise<void> {
  if (!process.env['GITHUB_STEP_SUMMARY']) {
    core.info('No job summary file (GITHUB_STEP_SUMMARY is not set); the report is in report-file.')
    return
  }
  await core.summary.addRaw(renderSummary(report, { detail }), true).write()
}
