// Type only: @actions/github (Octokit and its plugins) is loaded when a client is first needed.
import type { getOctokit } from '@actions/github'
import { ConfigurationError } from '../errors.js'

/** The Octokit that `@actions/github` builds: REST methods plus `paginate`. */
export type GitHubClient = ReturnType<typeof getOctokit>

/** Options passed through to Octokit (tests pass `request: { fetch }`). */
export type GitHubClientOptions = NonNullable<Parameters<typeof getOctokit>[1]>

export const DEFAULT_API_URL = 'https://api.github.com'

/**
 * An Octokit for `token` against `baseUrl` (`GITHUB_API_URL` on GitHub
 * Enterprise Server and GHE.com, else https://api.github.com). Uses the
 * runner's proxy settings through `@actions/github`.
 */
export async function createOctokit(
  token: string,
  baseUrl: string = process.env['GITHUB_API_URL'] || DEFAULT_API_URL,
  options: GitHubClientOptions = {}
): Promise<GitHubClient> {
  if (!token.trim()) {
    throw new ConfigurationError(
      '`github-token` is empty, so no pull request comment can be written. ' +
        'Leave the input unset to use the workflow token, or pass a token with `pull-requests: write`.'
    )
  }
  const { getOctokit } = await import('@actions/github')
  return getOctokit(token, { ...options, baseUrl: baseUrl.replace(/\/+$/, '') || DEFAULT_API_URL })
}
