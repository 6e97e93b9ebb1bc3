import { describe, expect, it } from '@jest/globals'
import { createAssertionProvider } from '../../src/auth/id-token.js'
import { decodeJwtClaims, describeClaims } from '../../src/auth/claims.js'

function jwt(claims: object): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url')
  return `${part({ alg: 'RS256', typ: 'JWT' })}.${part(claims)}.c2lnbmF0dXJl`
}

describe('createAssertionProvider', () => {
  it('reuses one ID token for both MSAL calls of an exchange, then fetches a fresh one after the TTL', async () => {
    let clock = 1_000_000
    const fetched: string[] = []
    const provider = createAssertionProvider({
      audience: 'api://AzureADTokenExchange',
      ttlMs: 60_000,
      now: () => clock,
      fetchIdToken: async audience => {
        const token = jwt({ aud: audience, n: fetched.length })
        fetched.push(token)
        return token
      }
    })
    const first = await provider()
    expect(await provider()).toBe(first)
    clock += 59_999
    expect(await provider()).toBe(first)
    clock += 1
    const second = await provider()
    expect(second).not.toBe(first)
    expect(fetched).toHaveLength(2)
    expect(decodeJwtClaims(second)?.aud).toBe('api://AzureADTokenExchange')
  })

  it('hands every fetched token and its claims to onToken (to mask it and log claims)', async () => {
    const seen: Array<[string, unknown]> = []
    const token = jwt({
      sub: 'repo:octo-org/octo-repo:pull_request',
      iss: 'https://token.actions.githubusercontent.com'
    })
    const provider = createAssertionProvider({
      audience: 'aud',
      fetchIdToken: async () => token,
      onToken: (t, claims) => seen.push([t, claims?.sub])
    })
    await provider()
    await provider()
    expect(seen).toEqual([[token, 'repo:octo-org/octo-repo:pull_request']])
  })

  it('does not cache a failed fetch', async () => {
    let calls = 0
    const provider = createAssertionProvider({
      audience: 'aud',
      fetchIdToken: async () => {
        calls++
        if (calls === 1) throw new Error('boom')
        return jwt({})
      }
    })
    await expect(provider()).rejects.toThrow('boom')
    await expect(provider()).resolves.toContain('.')
    expect(calls).toBe(2)
  })
})

describe('claims', () => {
  it('decodes the claims a federated credential is matched on, and nothing for a non-JWT', () => {
    const claims = decodeJwtClaims(
      jwt({
        iss: 'https://token.actions.githubusercontent.com',
        sub: 'repo:octo-org/octo-repo:environment:prod',
        aud: 'api://AzureADTokenExchange',
        job_workflow_ref: 'octo-org/octo-repo/.github/workflows/deploy.yml@refs/heads/main'
      })
    )
    expect(describeClaims(claims!)).toBe(
      [
        'issuer (iss): https://token.actions.githubusercontent.com',
        'subject (sub): repo:octo-org/octo-repo:environment:prod',
        'audience (aud): api://AzureADTokenExchange',
        'job_workflow_ref: octo-org/octo-repo/.github/workflows/deploy.yml@refs/heads/main'
      ].join('\n')
    )
    expect(decodeJwtClaims('not-a-token')).toBeUndefined()
    expect(decodeJwtClaims('a.%%%.c')).toBeUndefined()
  })
})
