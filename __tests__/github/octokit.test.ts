import { describe, expect, it } from '@jest/globals'
import { createOctokit } from '../../src/publish/octokit.js'
import { ConfigurationError } from '../../src/model/errors.js'

describe('createOctokit', () => {
  it('sends requests to the given API base URL with the token', async () => {
    const seen: { url: string; authorization: string | null }[] = []
    const octokit = await createOctokit('ghs_x', 'https://ghes.example.com/api/v3/', {
      request: {
        fetch: async (url: string, init: RequestInit) => {
          seen.push({ url, authorization: new Headers(init.headers).get('authorization') })
          return new Response('{"login":"me"}', {
            status: 200,
            headers: { 'content-type': 'application/json' }
          })
        }
      }
    })
    const { data } = await octokit.rest.users.getAuthenticated()
    expect(data.login).toBe('me')
    expect(seen).toEqual([
      { url: 'https://ghes.example.com/api/v3/user', authorization: 'token ghs_x' }
    ])
  })

  it('defaults to GITHUB_API_URL', async () => {
    const previous = process.env['GITHUB_API_URL']
    process.env['GITHUB_API_URL'] = 'https://api.example.ghe.com'
    try {
      const urls: string[] = []
      const octokit = await createOctokit('t', undefined, {
        request: {
          fetch: async (url: string) => {
            urls.push(url)
            return new Response('{}', {
              status: 200,
              headers: { 'content-type': 'application/json' }
            })
          }
        }
      })
      await octokit.request('GET /meta')
      expect(urls).toEqual(['https://api.example.ghe.com/meta'])
    } finally {
      if (previous === undefined) delete process.env['GITHUB_API_URL']
      else process.env['GITHUB_API_URL'] = previous
    }
  })

  it('an empty token is a ConfigurationError naming github-token', async () => {
    await expect(createOctokit(' ')).rejects.toThrow(ConfigurationError)
    await expect(createOctokit('')).rejects.toThrow(/`github-token`/)
  })
})
