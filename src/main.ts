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
import { nextRequestSent } from './auth/request-sent.js'
import { RunDeadline } from './collect/pipeline.js'
import { reportFailure } from './log/failure.js'
import { readPullRequestContext } from './publish/context.js'
import { findCommentTarget } from './publish/comment-target.js'
import { readSettings, type Settings } from './settings/inputs.js'
import { loadSuppressions } from './settings/suppressions-file.js'
import { log } from './log/log-safe.js'
import type { Report } from './report/model.js'
import type { IacLocation } from './report/iac.js'
import type { Collected } from './run/pipeline.js'

/**
 * What the run needs after the configuration checks, loaded on use (separate chunks in dist/):
 * only what those checks and the GitHub OIDC request need is evaluated before that request; the
 * collection, evaluation and report code loads while the token requests are in flight.
 */
function afterLogin() {
  return Promise.all([
    import('./run/pipeline.js'),
    import('./planned/merge.js'),
    import('./report/model.js'),
    import('./report/summary.js'),
    import('./report/annotations.js'),
    import('./report/redact-identifiers.js'),
    import('./report/iac.js'),
    import('./report/planned.js'),
    import('./report/sarif.js'),
    import('./settings/iac-files.js'),
    import('./publish/publish-comment.js')
  ])
}

export async function run(): Promise<void> {
  try {
    const settings = readSettings()
    if (settings.fromReport) {
      await (await import('./publish/from-report.js')).postSavedReport(settings)
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
    const suppressions = await loadSuppressions({
      file: settings.configFile,
      explicit: settings.configFileExplicit,
      workspace: process.env['GITHUB_WORKSPACE'],
      info: log.info
    })
    const workspaceDir = process.env['GITHUB_WORKSPACE'] || process.cwd()
    // Also before logging in: a planned file that cannot be judged stops the run before Azure.
    const planned = settings.deploymentFiles.length
      ? await (
          await import('./settings/deployment-files.js')
        ).readDeploymentFiles(settings.deploymentFiles, workspaceDir)
      : undefined
    for (const note of planned?.notes ?? []) log.info(note)
    // The template's what-if runs during collection; the files are read now, before Azure.
    const whatIf = settings.armTemplate
      ? await (
          await import('./settings/arm-template.js')
        ).readArmTemplate(settings.armTemplate, settings.armParameters, workspaceDir)
      : undefined
    const saved = settings.fromSnapshot
      ? (await import('./run/pipeline.js')).readSnapshot(
          resolve(workspaceDir, settings.fromSnapshot),
          '`from-snapshot`',
          settings.fromSnapshot,
          log
        )
      : undefined
    // Before logging in too: a plan file that cannot be read stops the run before Azure.
    const terraform = settings.terraformPlan.length
      ? await (
          await import('./settings/terraform-plan.js')
        ).readTerraformPlans(
          settings.terraformPlan,
          saved?.target.subscriptionId ?? settings.subscriptionId,
          workspaceDir
        )
      : undefined
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

    // The OIDC request goes out first; the code for the rest of the run loads while it is in
    // flight, once it is written (docs/performance.md).
    const sent = saved ? undefined : nextRequestSent()
    const loggingIn = saved ? undefined : startLogin(settings)
    await sent
    const [
      { collect, evaluate, evaluateSettingsOf, gateFailureMessage, saveSnapshot, timingLine },
      { withPlannedNow },
      { renderJsonReport },
      { renderSummary },
      { buildAnnotations },
      { redactIdentifiers },
      { locateAll },
      { plannedLocations },
      sarif,
      { readIacFiles },
      { publishComment }
    ] = await afterLogin()

    let collected: Collected | undefined
    const live =
      saved ??
      (collected = await collect(
        { ...settings, ...(whatIf ? { whatIf } : {}) },
        loggingIn!.login,
        log,
        loggingIn!.deadline
      )).snapshot
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
    const reportFile = writeReportFile(report, renderJsonReport)
    await writeJobSummary(report, settings.detail, renderSummary)
    const iac = await readIacFiles(settings.iacFiles)
    for (const note of iac.notes) log.info(note)
    const locations = locateAll(report.results, iac.files)
    // A planned resource that fails is annotated at the line of its deployment file.
    if (snapshot.planned && settings.gateOn !== 'live') {
      for (const [key, at] of plannedLocations(snapshot, report.results)) locations.set(key, at)
    }
    if (settings.sarifFile) writeSarifFile(settings.sarifFile, report, locations, sarif)
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

/**
 * GitHub OIDC → Entra ID: the ID token request is sent before this returns (the ARM reads wait
 * for the login in `collect`).
 */
function startLogin(settings: Settings): {
  login: ReturnType<typeof actionLogin>
  deadline: RunDeadline
} {
  // Counted from the start of the process: the whole run, login included.
  const deadline = new RunDeadline(settings.timeoutSeconds, 0)
  const login = actionLogin(settings, deadline)
  // Awaited by `collect` once the code is loaded; a rejection meanwhile is not unhandled.
  login.catch(() => undefined)
  return { login, deadline }
}

function writeReportFile(report: Report, renderJsonReport: (report: Report) => string): string {
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
  locations: ReadonlyMap<string, IacLocation>,
  { renderSarif, workflowFileFromRef }: typeof import('./report/sarif.js')
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

async function writeJobSummary(
  report: Report,
  detail: Settings['detail'],
  renderSummary: (report: Report, options: { detail: Settings['detail'] }) => string
): Promise<void> {
  if (!process.env['GITHUB_STEP_SUMMARY']) {
    core.info('No job summary file (GITHUB_STEP_SUMMARY is not set); the report is in report-file.')
    return
  }
  await core.summary.addRaw(renderSummary(report, { detail }), true).write()
}
