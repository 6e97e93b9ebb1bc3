/**
 * Which pull request the comment goes to, following the `comment` input:
 *
 * - `never`: none.
 * - `auto`: the pull request of a `pull_request`/`pull_request_target` event,
 *   or of the pull request workflow a `workflow_run` event follows (the fork
 *   pattern). Always from the event: never from a saved report (`from-report`),
 *   which a fork's pull request can forge.
 * - `always`: as `auto`, and for any other event (push, dispatch, ...) the
 *   open pull request(s) that contain the commit, via the commits API.
 *
 * Never throws for API failures: the comment is optional, so a refused lookup
 * becomes `none` with a reason the log shows.
 */
import type { CommentWhen } from '../settings/inputs.js'
import type { ReportPullRequest } from '../report/model.js'
import {
  PULL_REQUEST_EVENTS,
  readEventFile,
  readPullRequestContext,
  type Env,
  type ReadFile
} from './context.js'
import { GitHubClientError, GitHubRequestStopped, type GitHubClient } from './octokit.js'
import { readFileSync } from 'node:fs'

export type CommentTarget =
  | (ReportPullRequest & {
      kind: 'pull-request'
      /** How it was found, for the log. */
      via: string
    })
  | {
      kind: 'none'
      reason: string
      /** Something is broken that the user should fix (a missing token or event file, a refused lookup): warn. */
      warn?: boolean
    }

export interface FindPullRequestOptions {
  when: CommentWhen
  env?: Env
  readFile?: ReadFile
  /** Called only when the API must be asked (`always` on a push, `workflow_run` of a fork). */
  octokit?: () => GitHubClient | Promise<GitHubClient>
}

interface ListedPull {
  number: number
  state: string
  head: { sha: string; repo?: { full_name?: string } | null }
}

export async function findPullRequest(options: FindPullRequestOptions): Promise<CommentTarget> {
  const env = options.env ?? process.env
  const readFile = options.readFile ?? ((path: string) => readFileSync(path, 'utf8'))
  if (options.when === 'never') {
    return { kind: 'none', reason: '`comment: never`: no pull request comment is written.' }
  }
  const [owner, repo] = (env['GITHUB_REPOSITORY'] ?? '').split('/')

  const context = readPullRequestContext(env, readFile)
  if (context.kind === 'pull-request') {
    const { owner: o, repo: r, number } = context
    return {
      kind: 'pull-request',
      owner: o,
      repo: r,
      number,
      via: `the ${context.eventName} event`
    }
  }

  const eventName = env['GITHUB_EVENT_NAME'] ?? ''
  if (context.warn) return { kind: 'none', reason: `${capitalise(context.reason)}.`, warn: true }
  if (!owner || !repo) return { kind: 'none', reason: context.reason }
  const event = readEventFile(env, readFile)
  const payload = event.ok ? event.payload : undefined

  if (eventName === 'workflow_run') {
    if (!event.ok) {
      return {
        kind: 'none',
        reason: `${capitalise(event.problem)}, so the pull request this workflow_run event follows is unknown; no comment is written.`,
        warn: true
      }
    }
    const run = field(payload, 'workflow_run')
    const triggeredBy = field(run, 'event')
    const fromPullRequest =
      typeof triggeredBy === 'string' &&
      (PULL_REQUEST_EVENTS as readonly string[]).includes(triggeredBy)
    if (!fromPullRequest && options.when !== 'always') {
      return {
        kind: 'none',
        reason: `The workflow run this \`workflow_run\` event follows was triggered by '${String(triggeredBy)}', not by a pull request; no comment is written (set \`comment: always\` to look up the pull request of its commit).`
      }
    }
    const listed = field(run, 'pull_requests')
    const first = Array.isArray(listed) ? field(listed[0], 'number') : undefined
    if (typeof first === 'number' && Number.isSafeInteger(first) && first > 0) {
      return { kind: 'pull-request', owner, repo, number: first, via: 'the workflow_run event' }
    }
    // `pull_requests` is empty when the pull request comes from a fork: find it by its head commit.
    const headSha = field(run, 'head_sha')
    if (typeof headSha !== 'string' || !headSha) {
      return {
        kind: 'none',
        reason:
          'The workflow_run event names no pull request and no head commit; no comment is written.'
      }
    }
    // The head repository too: a pull request from another fork may carry the same commit.
    const headRepo = field(field(run, 'head_repository'), 'full_name')
    return lookUp(
      options,
      owner,
      repo,
      headSha,
      'head',
      typeof headRepo === 'string' ? headRepo : ''
    )
  }

  if (options.when !== 'always') {
    const hint =
      eventName === 'push'
        ? ' Set `comment: always` to comment on the open pull request of the pushed commit.'
        : ''
    return { kind: 'none', reason: `${capitalise(context.reason)}.${hint}` }
  }
  const after = field(payload, 'after')
  const sha = typeof after === 'string' && /^[0-9a-f]{40}$/i.test(after) ? after : env['GITHUB_SHA']
  if (!sha || /^0+$/.test(sha)) {
    return {
      kind: 'none',
      reason: `\`comment: always\`: event '${eventName}' names no commit; no comment is written.`
    }
  }
  return lookUp(options, owner, repo, sha, 'commit')
}

/**
 * Open pull requests of `sha`. `commit`: any commit of the pull request
 * (`GET /repos/{o}/{r}/commits/{sha}/pulls`). `head`: the pull request's head
 * commit, among the open pull requests (that endpoint does not know commits
 * that exist only in a fork).
 */
async function lookUp(
  options: FindPullRequestOptions,
  owner: string,
  repo: string,
  sha: string,
  kind: 'commit' | 'head',
  /** `head`: the pull request's head repository (`owner/name`) must be this one, when given. */
  headRepo = ''
): Promise<CommentTarget> {
  if (!options.octokit) {
    return {
      kind: 'none',
      reason: `No GitHub token (\`github-token\` is empty) to look up the pull request of commit ${sha.slice(0, 12)}; no comment is written. Leave \`github-token\` unset to use the workflow token.`,
      warn: true
    }
  }
  let open: ListedPull[]
  try {
    const octokit = await options.octokit()
    if (kind === 'commit') {
      const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
        owner,
        repo,
        commit_sha: sha,
        per_page: 100
      })
      open = (data as ListedPull[]).filter(p => p.state === 'open')
    } else {
      const all = await octokit.paginate(octokit.rest.pulls.list, {
        owner,
        repo,
        state: 'open',
        per_page: 100
      })
      open = (all as ListedPull[]).filter(
        p =>
          p.head.sha.toLowerCase() === sha.toLowerCase() &&
          (!headRepo || p.head.repo?.full_name?.toLowerCase() === headRepo.toLowerCase())
      )
    }
  } catch (error) {
    if (error instanceof GitHubClientError || error instanceof GitHubRequestStopped) {
      return {
        kind: 'none',
        reason: `Could not look up the pull request of commit ${sha.slice(0, 12)}: ${error.message}; no comment is written.`,
        warn: true
      }
    }
    const status =
      typeof (error as { status?: unknown }).status === 'number'
        ? (error as { status: number }).status
        : undefined
    if (status === undefined) throw error
    const message = error instanceof Error ? error.message.replace(/\s+/g, ' ').slice(0, 200) : ''
    return {
      kind: 'none',
      reason: `Could not look up the pull request of commit ${sha.slice(0, 12)} (GitHub answered HTTP ${status}: ${message}). ${lookupFix(status, message)}; no comment is written.`,
      warn: true
    }
  }
  const [first, ...others] = open.sort((a, b) => a.number - b.number)
  if (!first) {
    return {
      kind: 'none',
      reason: `Commit ${sha.slice(0, 12)} is not the ${kind === 'head' ? 'head' : 'commit'} of any open pull request${headRepo ? ` from ${headRepo}` : ''} in ${owner}/${repo}; no comment is written.`
    }
  }
  const also =
    others.length > 0
      ? ` (also in ${others.map(p => `#${p.number}`).join(', ')}, not commented)`
      : ''
  return {
    kind: 'pull-request',
    owner,
    repo,
    number: first.number,
    via: `commit ${sha.slice(0, 12)}${also}`
  }
}

function lookupFix(status: number, message: string): string {
  if ((status === 403 || status === 429) && /rate limit/i.test(message)) {
    return 'GitHub rate-limited the token (retried as GitHub asked); re-run the job later'
  }
  if (status >= 500) return 'GitHub or the network failed (retried); re-run the job'
  return 'Give the job `permissions: pull-requests: read` (or write) and `contents: read`'
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null
    ? (value as Record<string, unknown>)[key]
    : undefined
}
