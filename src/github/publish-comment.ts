/**
 * The pull request comment step: find the pull request (per `comment`), then
 * upsert the sticky comment (per `comment-mode` and `comment-header`). The
 * comment is a convenience: nothing here fails the workflow. A refused write
 * (a fork pull request's read-only token, missing permissions) is a warning
 * with the reason and the fix; the job summary and the report file still hold
 * the full report.
 */
import type { Settings } from '../inputs.js'
import { commentMarker, renderComment, comparableCommentBody } from '../report/comment.js'
import type { Report } from '../report/model.js'
import { upsertStickyComment } from './comment.js'
import { createOctokit } from './octokit.js'
import { findPullRequest, type CommentTarget } from './pull-request.js'

export interface CommentLog {
  info(message: string): void
  warning(message: string): void
}

type CommentSettings = Pick<Settings, 'comment' | 'commentMode' | 'commentHeader' | 'githubToken'>

/** Where the comment goes; call before reading Azure so the report can name the pull request. */
export function findCommentTarget(
  settings: CommentSettings,
  report?: Pick<Report, 'pullRequest'>
): Promise<CommentTarget> {
  const token = settings.githubToken
  return findPullRequest({
    when: settings.comment,
    ...(report?.pullRequest ? { reportPullRequest: report.pullRequest } : {}),
    ...(token.trim() ? { octokit: () => createOctokit(token) } : {})
  })
}

export async function publishComment(
  settings: CommentSettings,
  report: Report,
  target: CommentTarget,
  log: CommentLog
): Promise<void> {
  if (target.kind === 'none') {
    log.info(target.reason)
    return
  }
  const where = `${target.owner}/${target.repo}#${target.number}`
  if (!settings.githubToken.trim()) {
    log.warning(
      `No comment on pull request ${where}: \`github-token\` is empty. Leave it unset to use the workflow token, or pass a token with \`pull-requests: write\`.`
    )
    return
  }
  const marker = commentMarker(report.target.workspaceId, settings.commentHeader)
  try {
    const result = await upsertStickyComment({
      octokit: await createOctokit(settings.githubToken),
      owner: target.owner,
      repo: target.repo,
      issueNumber: target.number,
      marker,
      mode: settings.commentMode,
      comparable: comparableCommentBody,
      body: renderComment(report, {
        marker,
        header: settings.commentHeader,
        ...(report.runUrl ? { runUrl: report.runUrl } : {})
      })
    })
    if (result.action === 'refused') {
      log.warning(
        `The pull request comment was not written; the job summary and report-file still hold the report. ${result.reason}`
      )
      return
    }
    const removed =
      result.duplicatesDeleted > 0
        ? ` (${result.duplicatesDeleted} ${result.action === 'recreated' ? 'old' : 'duplicate'} comment${result.duplicatesDeleted === 1 ? '' : 's'} deleted)`
        : ''
    log.info(
      `Pull request comment ${result.action} on ${where} (found from ${target.via}): ${result.url}${removed}`
    )
  } catch (error) {
    // A bug, not a reason to fail the check: say so and carry on.
    const message = error instanceof Error ? error.message : String(error)
    log.warning(
      `The pull request comment on ${where} was not written because of an unexpected error (${message}). This is a bug: please report it. The job summary and report-file still hold the report.`
    )
  }
}
