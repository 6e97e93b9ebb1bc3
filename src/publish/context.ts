/**
 * Which pull request (if any) this run reports on, read from the runner's
 * environment and event file. Plain functions of their arguments, unlike
 * `@actions/github`'s `context`, which reads the environment at import time.
 */
import { readFileSync } from 'node:fs'

/** Events whose payload carries the pull request the run is about. */
export const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'] as const

export type PullRequestContext =
  | {
      kind: 'pull-request'
      owner: string
      repo: string
      number: number
      /** Link to this workflow run, or undefined when the environment lacks the parts. */
      runUrl: string | undefined
      /** REST API base URL (`GITHUB_API_URL`, default https://api.github.com). */
      apiUrl: string
      /** The event name, `pull_request` or `pull_request_target`. */
      eventName: string
      /**
       * True when the head branch lives in another repository (a fork). On
       * `pull_request` such runs get a read-only token, so a comment is refused.
       */
      fromFork: boolean
      /** `pull_request.head.sha`: the commit the run checked (a saved report records it). */
      headSha?: string
    }
  | {
      kind: 'none'
      /** Why no comment is written, one sentence for the log. */
      reason: string
      /** The runner's environment is broken (a pull request event without a readable event file): warn, not inform. */
      warn?: boolean
      runUrl: string | undefined
      apiUrl: string
    }

export type ReadFile = (path: string) => string

export type Env = Readonly<Record<string, string | undefined>>

const defaultReadFile: ReadFile = path => readFileSync(path, 'utf8')

export function readPullRequestContext(
  env: Env = process.env,
  readFile: ReadFile = defaultReadFile
): PullRequestContext {
  const runUrl = buildRunUrl(env)
  const apiUrl = (env['GITHUB_API_URL'] || 'https://api.github.com').replace(/\/+$/, '')
  const none = (reason: string, warn = false): PullRequestContext => ({
    kind: 'none',
    reason,
    ...(warn ? { warn } : {}),
    runUrl,
    apiUrl
  })

  const eventName = env['GITHUB_EVENT_NAME'] ?? ''
  if (!eventName) {
    return none(
      'GITHUB_EVENT_NAME is not set (not running in GitHub Actions?); no comment is written'
    )
  }
  if (!(PULL_REQUEST_EVENTS as readonly string[]).includes(eventName)) {
    return none(`event '${eventName}' is not a pull request; no comment is written`)
  }

  const event = readEventFile(env, readFile)
  if (!event.ok) {
    return none(
      `${event.problem}, so the pull request of event '${eventName}' is unknown; no comment is written`,
      true
    )
  }
  const payload = event.payload

  const pullRequest = field(payload, 'pull_request')
  const number = field(pullRequest, 'number')
  if (typeof number !== 'number' || !Number.isSafeInteger(number) || number <= 0) {
    return none(`the '${eventName}' event file has no pull_request.number; no comment is written`)
  }

  const [owner, repo] = repositoryOf(env, payload)
  if (!owner || !repo) {
    return none('GITHUB_REPOSITORY is not set or not owner/repo; no comment is written')
  }

  const headRepo = field(field(field(pullRequest, 'head'), 'repo'), 'full_name')
  const baseRepo = field(field(field(pullRequest, 'base'), 'repo'), 'full_name')
  const fromFork =
    typeof headRepo === 'string' &&
    typeof baseRepo === 'string' &&
    headRepo.toLowerCase() !== baseRepo.toLowerCase()
  // A PR whose head repository was deleted has `head.repo: null`: also not the base repository.
  const headDeleted =
    pullRequest !== undefined && field(field(pullRequest, 'head'), 'repo') === null

  const headSha = field(field(pullRequest, 'head'), 'sha')
  return {
    kind: 'pull-request',
    owner,
    repo,
    number,
    runUrl,
    apiUrl,
    eventName,
    fromFork: fromFork || headDeleted,
    ...(typeof headSha === 'string' && /^[0-9a-f]{40}$/.test(headSha) ? { headSha } : {})
  }
}

export type EventFile = { ok: true; payload: unknown } | { ok: false; problem: string }

/**
 * The event payload GITHUB_EVENT_PATH names, or what is wrong with it (no
 * file content in the message: it would be echoed into the log).
 */
export function readEventFile(env: Env, readFile: ReadFile = defaultReadFile): EventFile {
  const path = env['GITHUB_EVENT_PATH'] ?? ''
  if (!path) return { ok: false, problem: 'GITHUB_EVENT_PATH is not set' }
  let text: string
  try {
    text = readFile(path)
  } catch (error) {
    const code = (error as { code?: unknown }).code
    return {
      ok: false,
      problem:
        code === 'ENOENT'
          ? `the event file ${path} (GITHUB_EVENT_PATH) does not exist`
          : `the event file ${path} (GITHUB_EVENT_PATH) could not be read (${typeof code === 'string' ? code : 'read error'})`
    }
  }
  try {
    return { ok: true, payload: JSON.parse(text) as unknown }
  } catch {
    return { ok: false, problem: `the event file ${path} (GITHUB_EVENT_PATH) is not valid JSON` }
  }
}

/** `https://github.com/owner/repo/actions/runs/123`, or undefined. */
export function buildRunUrl(env: Env): string | undefined {
  const repository = env['GITHUB_REPOSITORY']
  const runId = env['GITHUB_RUN_ID']
  if (!repository || !runId || !/^\d+$/.test(runId)) return undefined
  const server = (env['GITHUB_SERVER_URL'] || 'https://github.com').replace(/\/+$/, '')
  return `${server}/${repository}/actions/runs/${runId}`
}

function repositoryOf(env: Env, payload: unknown): [string | undefined, string | undefined] {
  const fromEnv = env['GITHUB_REPOSITORY']?.split('/')
  if (fromEnv?.length === 2 && fromEnv[0] && fromEnv[1]) return [fromEnv[0], fromEnv[1]]
  const repository = field(payload, 'repository')
  const owner = field(field(repository, 'owner'), 'login')
  const name = field(repository, 'name')
  return [
    typeof owner === 'string' && owner ? owner : undefined,
    typeof name === 'string' && name ? name : undefined
  ]
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null
    ? (value as Record<string, unknown>)[key]
    : undefined
}
