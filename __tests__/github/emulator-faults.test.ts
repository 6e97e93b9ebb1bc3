/** The emulator's GitHub fault injection: which request gets which answer. */
import { describe, expect, it } from '@jest/globals'
import { githubFaults } from '../../emulator/github-faults.js'

const COMMENTS = '/repos/o/r/issues/42/comments'

describe('githubFaults', () => {
  it('answers matching requests with the status sequence, then lets them through', () => {
    const answer = githubFaults([{ method: 'POST', path: COMMENTS, statuses: [502, 200, 503] }])
    const seen = [1, 2, 3, 4].map(() => answer('POST', COMMENTS, 'ID')?.status)
    expect(seen).toEqual([502, undefined, 503, undefined])
    expect(answer('GET', COMMENTS, 'ID')).toBeUndefined()
  })

  it('repeat keeps the last status; `*` matches one segment, case-insensitively', () => {
    const answer = githubFaults([
      { path: '/repos/o/r/issues/comments/*', statuses: [403], repeat: true }
    ])
    expect(answer('PATCH', '/repos/O/R/issues/comments/7', 'ID')?.status).toBe(403)
    expect(answer('DELETE', '/repos/o/r/issues/comments/8/', 'ID')?.status).toBe(403)
    expect(answer('PATCH', '/repos/o/r/issues/comments/7/reactions', 'ID')).toBeUndefined()
  })

  it('a secondary rate limit carries GitHub’s message and Retry-After', () => {
    const answer = githubFaults([{ path: COMMENTS, statuses: [429], retryAfterSeconds: 3 }])
    const { status, body, headers } = answer('GET', COMMENTS, 'AB:CD')!
    expect(status).toBe(429)
    expect(body['message']).toMatch(
      /^You have exceeded a secondary rate limit\..*request ID AB:CD\.$/
    )
    expect(headers).toEqual({ 'Retry-After': '3' })
  })

  it('a primary rate limit sets X-RateLimit-Remaining 0 and the reset', () => {
    const answer = githubFaults([
      { path: COMMENTS, statuses: [403], rateLimit: 'primary', resetInSeconds: 10 }
    ])
    const { body, headers } = answer('GET', COMMENTS, 'ID')!
    expect(body['message']).toMatch(/^API rate limit exceeded/)
    expect(headers['X-RateLimit-Remaining']).toBe('0')
    const reset = Number(headers['X-RateLimit-Reset'])
    expect(reset - Date.now() / 1000).toBeGreaterThan(8)
    expect(reset - Date.now() / 1000).toBeLessThanOrEqual(10)
  })
})
