/**
 * The redaction step (src/model/redact.ts) on its own: registered secrets and
 * token shapes are removed, wherever they sit in a text or an object; ordinary
 * text is left alone.
 */
import { describe, expect, it } from '@jest/globals'
import { REDACTED, redact, redactDeep, registerSecret } from '../../src/model/redact.js'

const JWT =
  'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJodHRwczovL21hbmFnZW1lbnQuYXp1cmUuY29tIn0.c2lnbmF0dXJl'

describe('redact', () => {
  it('removes a registered secret, once registered', () => {
    const secret = 'Zk3pQ9vX2mN8rT5w'
    expect(redact(`token ${secret} here`)).toContain(secret)
    expect(registerSecret(secret)).toBe(true)
    expect(registerSecret(secret)).toBe(false)
    expect(redact(`token ${secret} here, again ${secret}`)).toBe(
      `token ${REDACTED} here, again ${REDACTED}`
    )
  })

  it.each([
    ['a JWT', `the token ${JWT} is expired`],
    ['a JWT cut short', `header: Bearer ${JWT.slice(0, 30)}`],
    ['a Bearer value', 'Authorization: Bearer abcdefghijklmnopqrstuvwxyz012345'],
    ['an installation token', 'ghs_16C7e42F292c6912E7710c838347Ae178B4a'],
    ['a personal token', 'ghp_16C7e42F292c6912E7710c838347Ae178B4a'],
    ['a fine-grained token', 'github_pat_11ABCDEFG0123456789_abcdefghijklmnop']
  ])('removes %s', (_name, text) => {
    const out = redact(text)
    expect(out).toContain(REDACTED)
    expect(out).not.toMatch(/eyJ[A-Za-z0-9_-]{8}|gh[ps]_[A-Za-z0-9]{8}|github_pat_[A-Za-z0-9]{8}/)
    expect(out).not.toMatch(/abcdefghijklmnop/)
  })

  it('leaves ordinary text alone', () => {
    const text =
      'Basic networking: Bearer token auth is refused by subnet snet-ml (ghost_rule, www.example).'
    expect(redact(text)).toBe(text)
  })

  it('redactDeep reaches every string of an object, keys included', () => {
    const value = { a: [`x ${JWT}`], [JWT]: { n: 1, ok: true, none: null } }
    expect(JSON.stringify(redactDeep(value))).not.toContain('eyJ')
    expect(redactDeep(value)).toEqual({
      a: [`x ${REDACTED}`],
      [REDACTED]: { n: 1, ok: true, none: null }
    })
  })
})
