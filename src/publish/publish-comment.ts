/**
 * The pull request comment step: find the pull request (per `comment`), then
 * upsert the sticky comment (per `comment-mode` and `comment-header`), or, with
 * `comment: on-failure` on a run that passed the gate, delete our stale one. The
 * comment is a convenience: nothing here fails the workflow. A refused write
 * (a fork pull request's read-only token, missing permissions) is a warning
 * with the reason and the fix, repeated as one line at the end of the job
 * summary; the job summary and the report file still hold the full report.
 * GitHub's rate limits and 5xx answers are retried first (see octokit.ts).
 */
import type { CommentWhen, Settings } from '../settings/inputs.js'
import { commentMarker, renderComment, comparableCommentBody } from '../report/comment.js'
import type { Report } from '../report/model.js'
import { escapeMarkdown, type Markdown } from '../report/markdown.js'
import { redact } from '../model/redact.js'
import { shortHash } from '../report/redact-identifiers.js'
import { deleteStickyComment, upsertStickyComment } from './comment.js'
import { createOctokit, GitHubClientError } from './octokit.js'
import type { CommentTarget } from './pull-request.js'
import { deadlineOf } from './comment-target.js'

export interface CommentLog {
  info(message: string): void
  warning(message: string): void
  /** The job summary (`core.summary`): a comment that was not written is noted there too. */
  summary?: { addRaw(text: string, addEOL?: boolean): { write(): Promise<unknown> } }
}

type CommentSettings = Pick<Settings, 'comment' | 'commentMode' | 'commentHeader' | 'githubToken'> &
  Partial<Pick<Settings, 'timeoutSeconds' | 'detail'>>

// In its own module so that the run can find it before logging in without loading the renderers.
export { findCommentTarget } from './comment-target.js'

/**
 * What the comment step does on the pull request: `write` the sticky comment, or
 * `delete` it. `on-failure` comments only when the `fail-on` gate failed (unknown
 * checks included unless `allow-unknown`); a run that passes removes the earlier
 * comment, as sticky-comment actions' delete modes do, so no outdated failure stays.
 */
export function commentAction(when: CommentWhen, gateFailed: boolean): 'write' | 'delete' {
  return when === 'on-failure' && !gateFailed ? 'delete' : 'write'
}

/** Returns the id of the sticky comment written or kept (the `comment-id` output), or ''. */
export async function publishComment(
  settings: CommentSettings,
  report: Report,
  target: CommentTarget,
  log: CommentLog,
  /** from-report: where the verdict comes from (trusted markdown, see CommentOptions). */
  provenance?: Markdown
): Promise<string> {
  if (target.kind === 'none') {
    if (target.warn) await notWritten(log, target.reason)
    else log.info(target.reason)
    return ''
  }
  const where = `${target.owner}/${target.repo}#${target.number}`
  const action = commentAction(settings.comment, report.verdict.failed)
  if (!settings.githubToken.trim()) {
    await notWritten(
      log,
      `No comment on pull request ${where}${action === 'delete' ? ' (and an earlier one is not deleted)' : ''}: \`github-token\` is empty. Leave it unset to use the workflow token, or pass a token with \`pull-requests: write\`.`
    )
    return ''
  }
  // Redacted, the hidden marker holds a hash of the workspace id instead of the id (a new sticky comment).
  const workspaceId = report.target.workspaceId
  const marker = commentMarker(
    settings.detail === 'redacted' ? `workspace-${shortHash(workspaceId)}` : workspaceId,
    settings.commentHeader
  )
  try {
    if (action === 'delete') {
      await deleteStale(settings, marker, target, where, log)
      return ''
    }
    const result = await upsertStickyComment({
      octokit: await createOctokit(settings.githubToken, undefined, deadlineOf(settings), message =>
        log.info(message)
      ),
      owner: target.owner,
      repo: target.repo,
      issueNumber: target.number,
      marker,
      mode: settings.commentMode,
      comparable: comparableCommentBody,
      body: redact(
        renderComment(report, {
          marker,
          header: settings.commentHeader,
          ...(report.runUrl ? { runUrl: report.runUrl } : {}),
          ...(provenance ? { provenance } : {}),
          ...(settings.detail ? { detail: settings.detail } : {})
        })
      )
    })
    if (result.action === 'refused') {
      await notWritten(
        log,
        `The pull request comment was not written; the job summary and report-file still hold the report. ${result.reason}`
      )
      return ''
    }
    const removed =
      result.duplicatesDeleted > 0
        ? ` (${result.duplicatesDeleted} ${result.action === 'recreated' ? 'old' : 'duplicate'} comment${result.duplicatesDeleted === 1 ? '' : 's'} deleted)`
        : ''
    log.info(
      `Pull request comment ${result.action} on ${where} (found from ${target.via}): ${result.url}${removed}`
    )
    return String(result.commentId)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    if (error instanceof GitHubClientError) {
      await notWritten(log, `The pull request comment on ${where} was not written: ${message}.`)
      return ''
    }
    // A bug, not a reason to fail the check: say so and carry on.
    await notWritten(
      log,
      `The pull request comment on ${where} was not written because of an unexpected error (${message}). This is a bug: please report it. The job summary and report-file still hold the report.`
    )
    return ''
  }
}

/** `comment: on-failure` and the gate passed: remove our comment of an earlier, failing run. */
async function deleteStale(
  settings: CommentSettings,
  marker: string,
  target: Extract<CommentTarget, { kind: 'pull-request' }>,
  where: string,
  log: CommentLog
): Promise<void> {
  const result = await deleteStickyComment({
    octokit: await createOctokit(settings.githubToken, undefined, deadlineOf(settings), message =>
      log.info(message)
    ),
    owner: target.owner,
    repo: target.repo,
    issueNumber: target.number,
    marker
  })
  if (result.action === 'refused') {
    await notWritten(
      log,
      `\`comment: on-failure\`: the run passed the \`fail-on\` gate, but the earlier sticky comment on ${where} could not be checked or deleted, so it may still show an outdated failure. ${result.reason}`
    )
  } else if (result.action === 'deleted') {
    log.info(
      `\`comment: on-failure\`: the run passed the \`fail-on\` gate; deleted the earlier sticky comment on ${where} (found from ${target.via}) so it no longer shows an outdated failure${result.deleted > 1 ? ` (${result.deleted} comments)` : ''}.`
    )
  } else {
    log.info(
      `\`comment: on-failure\`: the run passed the \`fail-on\` gate; no comment on ${where}.`
    )
  }
}

/**
 * One warning, and the same words as the job summary's last line: the summary
 * is where a reader looks for the missing comment. The comment is optional, so
 * a summary that cannot be written is not an error either.
 */
async function notWritten(log: CommentLog, message: string): Promise<void> {
  log.warning(message)
  if (!log.summary || !process.env['GITHUB_STEP_SUMMARY']) return
  try {
    await log.summary.addRaw(`\n> ⚠️ ${escapeMarkdown(redact(message))}\n`, true).write()
  } catch {
    // The warning above already says it.
  }
}
