import { describe, expect, it } from '@jest/globals'
import { skipUnlessRoute } from '../../src/evaluate/checks/routes.js'
import { NET_01_RULE } from '../../src/evaluate/checks/rules/prerequisites.js'
import { failed, ok, secureSnapshot } from './fixtures.js'

describe('skipUnlessRoute', () => {
  it('is nothing when the route is checked', () => {
    expect(skipUnlessRoute(NET_01_RULE, secureSnapshot(), 'managed')).toBeUndefined()
  })

  it('skips with our words for the routes and the decision as it was made', () => {
    const [r] = skipUnlessRoute(NET_01_RULE, secureSnapshot(), 'kubernetes') ?? []
    expect(r?.outcome).toBe('skipped')
    expect(r?.detail).toBe(
      'Not evaluated: this check is for Kubernetes online endpoints, and the route checked is managed online endpoints. `route: auto`: the workspace has 1 managed online endpoint.'
    )
    // The route labels are ours; the decision's reason is kept apart from them.
    expect(r?.message?.[0]).toBe(
      'Not evaluated: this check is for Kubernetes online endpoints, and the route checked is managed online endpoints. '
    )
  })

  it("keeps the decision's reason, which may quote Azure's error code, an untrusted value", () => {
    const s = secureSnapshot({
      onlineEndpoints: ok([]),
      computes: failed(403, 'Evil`code<b>')
    })
    const [r] = skipUnlessRoute(NET_01_RULE, s, 'managed') ?? []
    expect(r?.outcome).toBe('skipped')
    const reason = r?.message?.at(-1)
    expect(reason).toEqual({ value: expect.stringContaining('(Evil`code<b>)') })
  })
})
