/**
 * Where the pull request comment goes (per `comment`), found from the event before Azure is
 * read. Apart from publish-comment.ts, so that the run can call it before logging in without
 * loading the comment and report renderers.
 */
import type { Settings } from '../settings/inputs.js'
import { createOctokit, githubDeadline } from './octokit.js'
import { findPullRequest, type CommentTarget } from './pull-request.js'

type CommentTargetSettings = Pick<
  Settings,
  'comment' | 'commentMode' | 'commentHeader' | 'githubToken'
> &
  Partial<Pick<Settings, 'timeoutSeconds' | 'detail'>>

/** The run's deadline for GitHub requests, when the settings name it. */
export function deadlineOf(settings: Partial<Pick<Settings, 'timeoutSeconds'>>): {
  deadline?: ReturnType<typeof githubDeadline>
} {
  return settings.timeoutSeconds ? { deadline: githubDeadline(settings.timeoutSeconds) } : {}
}

/**
 * Where the comment goes, from the event only; call before reading Azure so the report can
 * name the pull request. `_report` is ignored: a saved report never chooses the pull request.
 */
export function findCommentTarget(
  settings: CommentTargetSettings,
  _report?: unknown,
  log?: { info(message: string): void }
): Promise<CommentTarget> {
  const token = settings.githubToken
  return findPullRequest({
    when: settings.comment,
    ...(token.trim()
      ? {
          octokit: () =>
            createOctokit(token, undefined, deadlineOf(settings), message => log?.info(message))
        }
      : {})
  })
}
