/**
 * One sticky pull request comment per marker: created on the first run,
 * updated in place afterwards, duplicates (from concurrent runs) removed.
 *
 * Only comments written by the identity of the token are considered, so a
 * comment by someone else that quotes the marker is never edited or deleted.
 * HTTP failures never throw: they come back as `refused` with a reason that
 * says how to fix them.
 */
import { GitHubRequestStopped, RETRY_POLICY, type GitHubClient } from './octokit.js'

/** Login of the workflow `GITHUB_TOKEN`, which cannot call `GET /user`. */
export const WORKFLOW_TOKEN_LOGIN = 'github-actions[bot]'

/** GitHub's limit on an issue comment body, in characters. */
export const MAX_COMMENT_LENGTH = 65536

export interface UpsertStickyCommentOptions {
  octokit: GitHubClient
  owner: string
  repo: string
  issueNumber: number
  /** A string only this action writes, e.g. `<!-- aml-inference-guard -->`. Must occur in `body`. */
  marker: string
  body: string
  /**
   * Login that writes the comment, when known (e.g. `my-app[bot]` for a GitHub
   * App installation token, which cannot call `GET /user`). Default: from
   * `GET /user`, or `github-actions[bot]` when that is refused.
   */
  authorLogin?: string
  /**
   * `update` (default) edits the sticky comment in place; `recreate` deletes
   * it (and any duplicates) and posts the body anew, so the pull request
   * timeline shows it again at the bottom.
   */
  mode?: 'update' | 'recreate'
  /**
   * Maps a body to what counts as its content, so a re-run whose only change is
   * volatile (a read time, a run link) skips the write. Default: the body itself.
   */
  comparable?: (body: string) => string
}

export type CommentResult =
  | {
      action: 'created' | 'updated' | 'unchanged' | 'recreated'
      commentId: number
      url: string
      /** Older duplicates of the sticky comment deleted by this run (with `recreate`: every old one). */
      duplicatesDeleted: number
    }
  | { action: 'refused'; reason: string; status?: number }

type Refused = Extract<CommentResult, { action: 'refused' }>

interface ListedComment {
  id: number
  body?: string | null
  html_url: string
  created_at: string
  user: { login: string } | null
}

type Step =
  | "identify the token's user"
  | 'read the pull request comments'
  | 'create the comment'
  | 'update the comment'
  | 'delete the old comment'

export async function upsertStickyComment(
  options: UpsertStickyCommentOptions
): Promise<CommentResult> {
  const { octokit, owner, repo, issueNumber, marker, body } = options
  if (!marker.trim()) throw new TypeError('upsertStickyComment: marker must not be empty')
  if (!body.includes(marker)) {
    throw new TypeError(
      'upsertStickyComment: body must contain the marker, or the next run cannot find it'
    )
  }
  if (!Number.isSafeInteger(issueNumber) || issueNumber <= 0) {
    throw new TypeError(`upsertStickyComment: invalid issue number ${issueNumber}`)
  }
  const target = { owner, repo, issue_number: issueNumber }
  const where = `${owner}/${repo}#${issueNumber}`

  const found = await findOurs(options, where, body)
  if (!Array.isArray(found)) return found
  const ours = found

  if (options.mode === 'recreate' && ours.length > 0) {
    // Delete first: if the token may not delete, nothing is posted and the old comment stays.
    let deleted = 0
    for (const old of ours) {
      try {
        await octokit.rest.issues.deleteComment({ owner, repo, comment_id: old.id })
        deleted++
      } catch (error) {
        // 404: a concurrent run deleted it already; that is what we wanted.
        if (isHttpError(error) && error.status === 404) continue
        return refused(error, 'delete the old comment', where, body)
      }
    }
    try {
      const { data } = await octokit.rest.issues.createComment({ ...target, body })
      return {
        action: 'recreated',
        commentId: data.id,
        url: data.html_url,
        duplicatesDeleted: deleted
      }
    } catch (error) {
      return refused(error, 'create the comment', where, body)
    }
  }

  const [keep, ...duplicates] = ours
  let result: CommentResult
  if (keep === undefined) {
    try {
      const { data } = await octokit.rest.issues.createComment({ ...target, body })
      result = { action: 'created', commentId: data.id, url: data.html_url, duplicatesDeleted: 0 }
    } catch (error) {
      return refused(error, 'create the comment', where, body)
    }
  } else if (sameContent(keep.body ?? '', body, options.comparable)) {
    result = { action: 'unchanged', commentId: keep.id, url: keep.html_url, duplicatesDeleted: 0 }
  } else {
    try {
      const { data } = await octokit.rest.issues.updateComment({
        owner,
        repo,
        comment_id: keep.id,
        body
      })
      result = { action: 'updated', commentId: data.id, url: data.html_url, duplicatesDeleted: 0 }
    } catch (error) {
      return refused(error, 'update the comment', where, body)
    }
  }

  for (const duplicate of duplicates) {
    try {
      await octokit.rest.issues.deleteComment({ owner, repo, comment_id: duplicate.id })
      result.duplicatesDeleted++
    } catch (error) {
      // 404: a concurrent run deleted it already. Anything else leaves a stale
      // duplicate behind, which the next run retries; the sticky comment is fine.
      if (!isHttpError(error)) throw error
    }
  }
  return result
}

/**
 * The sticky comments of `marker` written by the token's identity, oldest
 * first, or `refused` when GitHub would not say.
 */
async function findOurs(
  options: Pick<
    UpsertStickyCommentOptions,
    'octokit' | 'owner' | 'repo' | 'issueNumber' | 'marker' | 'authorLogin'
  >,
  where: string,
  body: string
): Promise<ListedComment[] | Refused> {
  const { octokit, owner, repo, issueNumber, marker } = options
  const login = options.authorLogin ?? (await tokenLogin(octokit))
  if (typeof login !== 'string')
    return refused(login.error, "identify the token's user", where, body)
  const author = login.toLowerCase()
  let comments: ListedComment[]
  try {
    comments = await octokit.paginate(octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number: issueNumber,
      per_page: 100
    })
  } catch (error) {
    return refused(error, 'read the pull request comments', where, body)
  }
  return comments
    .filter(c => c.user?.login.toLowerCase() === author && (c.body ?? '').includes(marker))
    .sort((a, b) => a.created_at.localeCompare(b.created_at) || a.id - b.id)
}

export type DeleteResult = { action: 'deleted'; deleted: number } | { action: 'none' } | Refused

/**
 * Deletes the sticky comment of `marker` (and any duplicates), e.g. when a run
 * passes with `comment: on-failure` and an earlier failure's comment would
 * mislead. Reads only when there is none: no write at all.
 */
export async function deleteStickyComment(
  options: Pick<
    UpsertStickyCommentOptions,
    'octokit' | 'owner' | 'repo' | 'issueNumber' | 'marker' | 'authorLogin'
  >
): Promise<DeleteResult> {
  const { octokit, owner, repo, issueNumber, marker } = options
  if (!marker.trim()) throw new TypeError('deleteStickyComment: marker must not be empty')
  if (!Number.isSafeInteger(issueNumber) || issueNumber <= 0) {
    throw new TypeError(`deleteStickyComment: invalid issue number ${issueNumber}`)
  }
  const where = `${owner}/${repo}#${issueNumber}`
  const ours = await findOurs(options, where, '')
  if (!Array.isArray(ours)) return ours
  if (ours.length === 0) return { action: 'none' }
  let deleted = 0
  for (const old of ours) {
    try {
      await octokit.rest.issues.deleteComment({ owner, repo, comment_id: old.id })
      deleted++
    } catch (error) {
      // 404: a concurrent run deleted it already; that is what we wanted.
      if (isHttpError(error) && error.status === 404) continue
      return refused(error, 'delete the old comment', where, '')
    }
  }
  return { action: 'deleted', deleted }
}

/**
 * Login of the token's user; the workflow token gets 403 from `GET /user`. A
 * rate limit or a GitHub failure is returned: guessing the login then could
 * post a duplicate of a personal token's comment.
 */
async function tokenLogin(octokit: GitHubClient): Promise<string | { error: HttpError }> {
  try {
    const { data } = await octokit.rest.users.getAuthenticated()
    return data.login
  } catch (error) {
    if (!isHttpError(error)) throw error
    if (error.status >= 500 || rateLimit(error)) return { error }
    return WORKFLOW_TOKEN_LOGIN
  }
}

function sameContent(
  current: string,
  next: string,
  comparable: (body: string) => string = body => body
): boolean {
  return normalise(comparable(current)) === normalise(comparable(next))
}

function normalise(text: string): string {
  return text.replace(/\r\n/g, '\n').trimEnd()
}

interface HttpError {
  status: number
  message: string
  response?: { headers?: Record<string, string | number | undefined> }
}

/**
 * Octokit's `RequestError` (name `HttpError`), which it also throws for network
 * failures with status 500; an aborted request carries status 500 too.
 */
function isHttpError(error: unknown): error is HttpError {
  return error instanceof Error && typeof (error as Partial<HttpError>).status === 'number'
}

function refused(error: unknown, step: Step, where: string, body: string): Refused {
  if (error instanceof GitHubRequestStopped) {
    const fix =
      error.status === 504
        ? 'Re-run the job; if GitHub is slow to answer, raise the `timeout-seconds` input.'
        : 'Nothing was sent to that host.'
    return {
      action: 'refused',
      reason: `Could not ${step} on ${where}: ${oneLine(error.message)}. ${fix}`,
      status: error.status
    }
  }
  if (!isHttpError(error)) throw error
  const { status } = error
  const said = `GitHub answered HTTP ${status}: ${oneLine(error.message)}`
  const prefix = `Could not ${step} on ${where} (${said}).`
  let fix: string
  if (status === 401) {
    fix =
      'The token is invalid or expired: check the `github-token` input (or leave it unset to use the workflow token).'
  } else if (rateLimit(error)) {
    fix = rateLimitFix(error)
  } else if (status === 403) {
    fix =
      step === 'read the pull request comments'
        ? 'The token cannot read the pull request: give the job `permissions: pull-requests: write` (which includes read).'
        : 'The token cannot write pull request comments. Give the job `permissions: pull-requests: write`. ' +
          'On a pull request from a fork the workflow token is read-only whatever the permissions say: ' +
          'use the pull_request + workflow_run two-workflow pattern, see README. ' +
          'A locked conversation also refuses comments.'
  } else if (status === 404) {
    fix =
      `The token cannot see ${where}: check that it has access to the repository ` +
      '(a fine-grained token needs the repository selected and Pull requests: Read and write) ' +
      'and that the pull request exists. The comment may also have been deleted meanwhile: re-run the job.'
  } else if (status === 422) {
    fix =
      body.length > MAX_COMMENT_LENGTH
        ? `The comment is ${body.length} characters long; GitHub accepts at most ${MAX_COMMENT_LENGTH}.`
        : 'GitHub rejected the comment as invalid; the job summary still has the full report.'
  } else if (status >= 500) {
    fix = `GitHub or the network failed (still after ${RETRY_POLICY.serverErrorRetries} retries); re-run the job, and check https://www.githubstatus.com if it persists.`
  } else {
    fix = 'GitHub refused the request; re-run the job. The job summary still has the full report.'
  }
  return { action: 'refused', reason: `${prefix} ${fix}`, status }
}

function header(error: HttpError, name: string): string | undefined {
  const value = error.response?.headers?.[name]
  return value === undefined ? undefined : String(value)
}

/** A primary (`x-ratelimit-remaining: 0`) or secondary (403/429 saying so) rate limit. */
function rateLimit(error: HttpError): 'primary' | 'secondary' | undefined {
  if (error.status !== 403 && error.status !== 429) return undefined
  if (/secondary rate limit/i.test(error.message)) return 'secondary'
  if (header(error, 'x-ratelimit-remaining') === '0' || /rate limit/i.test(error.message)) {
    return 'primary'
  }
  return error.status === 429 ? 'secondary' : undefined
}

function rateLimitFix(error: HttpError): string {
  const retried = `(Rate limits are retried when GitHub asks for a wait of at most ${RETRY_POLICY.maxWaitSeconds} s, up to ${RETRY_POLICY.rateLimitRetries} times.)`
  if (rateLimit(error) === 'secondary') {
    const after = Number(header(error, 'retry-after'))
    const asked = Number.isFinite(after) && after > 0 ? ` GitHub asked to wait ${after} s.` : ''
    return (
      `GitHub's secondary rate limit refused the request (too many requests at once, e.g. parallel jobs commenting with one token).${asked} ${retried} ` +
      'Re-run the job in a few minutes, or run fewer jobs in parallel with the same token.'
    )
  }
  const reset = Number(header(error, 'x-ratelimit-reset'))
  const until =
    Number.isFinite(reset) && reset > 0
      ? ` until ${new Date(reset * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z')}`
      : ''
  return (
    `The token's GitHub API rate limit is used up${until}. ${retried} ` +
    'Re-run the job after that, or pass a token with its own limit (e.g. a GitHub App installation token) as `github-token`.'
  )
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > 300 ? `${flat.slice(0, 300)}…` : flat
}
