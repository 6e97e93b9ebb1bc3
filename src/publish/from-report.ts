/**
 * `from-report`: read a JSON report saved by an earlier run (the fork pattern's
 * second workflow), so its comment, summary and outputs can be written without
 * logging in to Azure. That run executed a pull request's code, so the file is
 * attacker-controlled: it is checked against the published schema, the pull
 * request comes from this run's event (never from the file), the texts the
 * catalog owns are taken from the catalog, links are built from the event and
 * the repository only, and every other text in it is escaped when rendered.
 * See docs/security.md.
 */
import * as core from '@actions/core'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { CHECKS } from '../evaluate/checks/catalog.js'
import { ARTICLE_URL } from '../evaluate/checks/rules/links.js'
import { ConfigurationError } from '../model/errors.js'
import { buildRunUrl, readEventFile, type Env } from './context.js'
import type { CommentTarget } from './pull-request.js'
import { log } from '../log/log-safe.js'
import { isObject, parseSavedReport, stringFieldProblem } from '../model/json-shape.js'
import { findCommentTarget, publishComment } from './publish-comment.js'
import type { Settings } from '../settings/inputs.js'
import { link, markup, type Markdown } from '../report/markdown.js'
import { REPORT_SCHEMA_VERSION, type Report, type ReportResult } from '../report/model.js'
import { renderSummary } from '../report/summary.js'
import { TARGET_FIELDS } from '../model/snapshot.js'
import { redactDeep } from '../model/redact.js'

const OUTCOMES = ['pass', 'fail', 'unknown', 'skipped']

/** Larger than any real report (a few MB at most); parsing a bigger file is refused. */
const MAX_REPORT_BYTES = 32 * 1024 * 1024

/**
 * The whole `from-report` run: no Azure login, no ARM read. Writes the job
 * summary, the comment (on the pull request this run's event names) and the
 * outputs. Does not fail the step on the report's verdict: the run that read
 * Azure applied `fail-on` already, and its job shows the result.
 */
export async function postSavedReport(
  settings: Pick<
    Settings,
    'fromReport' | 'comment' | 'commentMode' | 'commentHeader' | 'githubToken'
  > &
    Partial<Pick<Settings, 'detail'>>,
  env: Env = process.env
): Promise<void> {
  // Redacted too: a report of an older version may hold a token Azure echoed.
  const saved = redactDeep(await readSavedReport(settings.fromReport))
  const origin = originOf(env)
  const report = untrustedView(saved, buildRunUrl(env))
  const provenance = provenanceNote(origin)
  // Texts from the file are quoted: a forged report must not inject workflow commands into the log.
  log.info(
    `Posting the saved report ${plain(settings.fromReport)} (workspace ${plain(report.target.workspaceId)}, read from Azure at ${plain(report.collectedAt)}) made by ${origin.runUrl ?? 'an earlier run'}; Azure is not contacted in from-report mode.`
  )
  if (env['GITHUB_STEP_SUMMARY']) {
    await core.summary
      .addRaw(renderSummary(report, { provenance, detail: settings.detail ?? 'full' }), true)
      .write()
  }
  const target = await savedReportTarget(settings, saved, origin)
  const commentId = await publishComment(
    settings,
    report,
    target,
    { ...log, summary: core.summary },
    provenance
  )
  core.setOutput('result', report.verdict.failed ? 'fail' : 'pass')
  // Only well-formed check IDs (the schema's pattern, checked again): workflows may pass this output to a shell.
  core.setOutput(
    'failed-checks',
    report.verdict.failedCheckIds.filter(id => /^[A-Za-z0-9_-]+$/.test(String(id))).join(',')
  )
  core.setOutput('report-file', resolve(settings.fromReport))
  core.setOutput('comment-id', commentId)
  log.info(`Saved verdict: ${plain(report.verdict.headline)}`)
}

/** The run that made the report, as this run's event names it (GitHub writes the event, not the fork). */
interface Origin {
  eventName: string
  /** Link to the pull request's workflow run (`workflow_run.html_url`), on this repository. */
  runUrl?: string
  /** The commit that run checked: `workflow_run.head_sha`, or a pull_request event's head. */
  headSha?: string
}

function originOf(env: Env): Origin {
  const eventName = env['GITHUB_EVENT_NAME'] ?? ''
  const event = readEventFile(env)
  if (!event.ok) return { eventName }
  const sha = (value: unknown): string | undefined =>
    typeof value === 'string' && /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/i.test(value)
      ? value.toLowerCase()
      : undefined
  if (eventName === 'workflow_run') {
    const run = field(event.payload, 'workflow_run')
    const headSha = sha(field(run, 'head_sha'))
    const runUrl = forkRunUrl(env, field(run, 'html_url'), field(run, 'id'))
    return { eventName, ...(runUrl ? { runUrl } : {}), ...(headSha ? { headSha } : {}) }
  }
  const headSha = sha(field(field(field(event.payload, 'pull_request'), 'head'), 'sha'))
  return { eventName, ...(headSha ? { headSha } : {}) }
}

/** `workflow_run.html_url` when it is a run of this repository on this server, else built from the run id. */
function forkRunUrl(env: Env, htmlUrl: unknown, id: unknown): string | undefined {
  const repository = env['GITHUB_REPOSITORY'] ?? ''
  if (!/^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/.test(repository)) return undefined
  const server = (env['GITHUB_SERVER_URL'] || 'https://github.com').replace(/\/+$/, '')
  if (!/^https:\/\/[A-Za-z0-9.-]+(:\d+)?$/.test(server)) return undefined
  const base = `${server}/${repository}/actions/runs/`
  if (
    typeof htmlUrl === 'string' &&
    htmlUrl.startsWith(base) &&
    /^\d+$/.test(htmlUrl.slice(base.length))
  ) {
    return htmlUrl
  }
  return typeof id === 'number' && Number.isSafeInteger(id) && id > 0 ? `${base}${id}` : undefined
}

/** Says where the verdict comes from; built from the event only. */
function provenanceNote(origin: Origin): Markdown {
  const run = origin.runUrl
    ? markup`the ${link('pull request’s workflow run', origin.runUrl)}`
    : markup`an earlier workflow run`
  return markup`> [!IMPORTANT]
> This verdict comes from the report file saved by ${run}, which ran the pull request’s code. This step posted that file (\`from-report\`) and did not read Azure itself: treat the result as that run’s claim, not as a check made with this repository’s credentials.`
}

/**
 * The comment's pull request, from this run's event; none (with a warning) when the event
 * names none or follows a run of another commit than the one the report records.
 */
async function savedReportTarget(
  settings: Pick<Settings, 'comment' | 'commentMode' | 'commentHeader' | 'githubToken'>,
  saved: Report,
  origin: Origin
): Promise<CommentTarget> {
  const target = await findCommentTarget(settings, undefined, log)
  if (target.kind === 'none') {
    // from-report exists to comment: a pull request that cannot be found is worth a warning.
    return settings.comment === 'never' ? target : { ...target, warn: true }
  }
  const where = `${target.owner}/${target.repo}#${target.number}`
  const recorded = saved.pullRequest?.headSha?.toLowerCase()
  if (recorded && origin.headSha && recorded !== origin.headSha) {
    return {
      kind: 'none',
      warn: true,
      reason: `No comment on pull request ${where}: the saved report was made for commit ${recorded.slice(0, 12)}, but the run this \`${origin.eventName}\` event follows checked commit ${origin.headSha.slice(0, 12)}, so the file is not that run's report. Download the artifact of the triggering run (actions/download-artifact with \`run-id: \${{ github.event.workflow_run.id }}\`).`
    }
  }
  const named = saved.pullRequest?.number
  if (named !== undefined && named !== target.number) {
    log.warning(
      `The saved report names pull request #${named}; that number is ignored: the comment goes to ${where}, the pull request this run's event names.`
    )
  }
  return target
}

/**
 * The report as rendered: the catalog's texts and links from the catalog (a forged file cannot
 * change a check's title, fix or documentation link), the run link of this run, no pull request.
 */
export function untrustedView(saved: Report, runUrl: string | undefined): Report {
  const catalog = new Map(CHECKS.map(c => [c.id, c]))
  const results = saved.results.map((r): ReportResult => {
    const check = catalog.get(r.checkId)
    if (check) {
      const { title, section, category, docUrl, fix, remediation } = check
      return { ...r, title, section, category, docUrl, fix, remediation }
    }
    // A check this version does not know: its texts are escaped; no command block, no foreign link.
    return { ...r, title: r.checkId, docUrl: ARTICLE_URL, fix: '' }
  })
  const rest: Report = { ...saved, results }
  delete rest.runUrl
  delete rest.pullRequest
  return { ...rest, ...(runUrl ? { runUrl } : {}) }
}

export async function readSavedReport(
  path: string,
  readFile: (path: string) => string = p => readFileSync(p, 'utf8')
): Promise<Report> {
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
  const fix =
    'Upload the file the `report-file` output names, unchanged, and use the same major version of the action in both workflows.'
  if (text.length > MAX_REPORT_BYTES) {
    throw new ConfigurationError(
      `${where} is ${text.length} characters long, more than any report (at most ${MAX_REPORT_BYTES}). ${fix}`
    )
  }
  const data = parseSavedReport(text, where)
  if (!isObject(data)) {
    throw new ConfigurationError(
      `${where} is not an aml-inference-guard report: the file does not hold a JSON object. ${fix}`
    )
  }
  if (data['schemaVersion'] !== REPORT_SCHEMA_VERSION) {
    const version = JSON.stringify(data['schemaVersion'] ?? null).slice(0, 40)
    throw new ConfigurationError(
      `${where} is not an aml-inference-guard report: schemaVersion is ${version}, this version of the action reads ${REPORT_SCHEMA_VERSION}. ${fix}`
    )
  }
  // Loaded on use: Ajv is only needed in this mode.
  const { reportSchemaProblem } = await import('../report/report-schema.js')
  const problem = reportSchemaProblem(data)
  if (problem) {
    throw new ConfigurationError(
      `${where} does not match the report schema (schemas/report.schema.json) ${problem}. ${fix}`
    )
  }
  return data as unknown as Report
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

function field(value: unknown, key: string): unknown {
  return isObject(value) ? value[key] : undefined
}
