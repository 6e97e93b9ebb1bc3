/**
 * Orchestration only: inputs → login → collect → checks → reports → verdict.
 * The one place that touches @actions/core, Octokit and Azure together.
 */
import * as core from '@actions/core'
import { mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { login } from './auth/login.js'
import { AzureClients } from './azure/clients.js'
import { collectSnapshot } from './azure/collect.js'
import { workspaceResourceId } from './azure/resource-id.js'
import { evaluateAll } from './checks/catalog.js'
import { isConfigurationError } from './errors.js'
import { upsertStickyComment } from './github/comment.js'
import { readPullRequestContext, type PullRequestContext } from './github/context.js'
import { createOctokit } from './github/octokit.js'
import { readSettings, type Settings } from './inputs.js'
import { buildAnnotations } from './report/annotations.js'
import { commentMarker, renderComment } from './report/comment.js'
import { buildReport, renderJsonReport, type Report } from './report/model.js'
import { renderSummary } from './report/summary.js'
import { computeVerdict } from './verdict.js'
import { VERSION } from './version.js'

export async function run(): Promise<void> {
  try {
    const settings = readSettings()
    const pullRequest = readPullRequestContext()

    const { credential, identity } = await login(
      {
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
    const clients = new AzureClients(credential, settings.cloud)
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

    const results = evaluateAll(snapshot)
    const verdict = computeVerdict(results, settings.failOn)
    const report = buildReport(snapshot, results, verdict, {
      version: VERSION,
      failOn: settings.failOnText,
      runUrl: pullRequest.runUrl
    })

    const reportFile = writeReportFile(report)
    await writeJobSummary(report)
    for (const annotation of buildAnnotations(report)) {
      core[annotation.level](annotation.message, { title: annotation.title })
    }
    await writeComment(settings, pullRequest, report)

    core.setOutput('result', verdict.failed ? 'fail' : 'pass')
    core.setOutput('failed-checks', verdict.failedCheckIds.join(','))
    core.setOutput('report-file', reportFile)
    core.info(verdict.headline)

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
    if (isConfigurationError(error)) {
      core.setFailed(error.message)
    } else {
      const message = error instanceof Error ? error.message : String(error)
      core.debug(error instanceof Error && error.stack ? error.stack : message)
      core.setFailed(
        `aml-inference-guard stopped on an unexpected error: ${message}\nThis is a bug: please report it with the log of a re-run with debug logging enabled.`
      )
    }
  }
}

function writeReportFile(report: Report): string {
  const dir = join(process.env['RUNNER_TEMP'] || tmpdir(), 'aml-inference-guard')
  mkdirSync(dir, { recursive: true })
  const file = join(dir, `report-${report.target.workspaceName}.json`)
  writeFileSync(file, renderJsonReport(report) + '\n')
  return file
}

async function writeJobSummary(report: Report): Promise<void> {
  if (!process.env['GITHUB_STEP_SUMMARY']) {
    core.info('No job summary file (GITHUB_STEP_SUMMARY is not set); the report is in report-file.')
    return
  }
  await core.summary.addRaw(renderSummary(report), true).write()
}

async function writeComment(
  settings: Settings,
  pullRequest: PullRequestContext,
  report: Report
): Promise<void> {
  if (pullRequest.kind === 'none') {
    core.info(pullRequest.reason)
    return
  }
  if (!settings.githubToken) {
    core.warning(
      'No pull request comment: `github-token` is empty. Leave it unset to use the workflow token.'
    )
    return
  }
  const marker = commentMarker(report.target.workspaceId)
  const result = await upsertStickyComment({
    octokit: createOctokit(settings.githubToken, pullRequest.apiUrl),
    owner: pullRequest.owner,
    repo: pullRequest.repo,
    issueNumber: pullRequest.number,
    marker,
    body: renderComment(report, { marker, runUrl: pullRequest.runUrl })
  })
  if (result.action === 'refused') {
    core.warning(`The pull request comment was not written: ${result.reason}`)
  } else {
    core.info(`Pull request comment ${result.action}: ${result.url}`)
  }
}
