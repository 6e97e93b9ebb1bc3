import { describe, expect, it } from '@jest/globals'
import { CHECKS, evaluateAll, getCheck } from '../../src/evaluate/checks/catalog.js'
import { CATEGORIES, SECTIONS } from '../../src/model/check.js'
import type { Check, CheckResult } from '../../src/model/check.js'
import {
  WORKSPACE_ID,
  failed,
  ok,
  onlineEndpoint,
  secureSnapshot,
  withWorkspace
} from './fixtures.js'

describe('catalog', () => {
  it('lists the checks in checklist order with unique, well-formed ids', () => {
    // Other sections' checks may sit between these; these keep their relative order.
    const routeChecks = ['NET-01', 'NET-02', 'NET-03', 'MOE-01', 'MOE-02', 'MOE-03', 'MOE-04']
    routeChecks.push('MOE-05', 'MOE-06', 'K8S-01', 'K8S-02', 'K8S-03', 'K8S-04', 'K8S-05', 'OUT-03')
    expect(CHECKS.map(c => c.id).filter(id => routeChecks.includes(id))).toEqual(routeChecks)
    expect(new Set(CHECKS.map(c => c.id)).size).toBe(CHECKS.length)
    for (const check of CHECKS) expect(check.id).toMatch(/^[A-Z0-9]+-\d{2}$/)
    const sectionOrder = Object.keys(SECTIONS)
    const positions = CHECKS.map(c => sectionOrder.indexOf(c.section))
    expect(positions).toEqual([...positions].sort((a, b) => a - b))
  })

  it('gives every check a complete, documented definition', () => {
    for (const check of CHECKS) {
      expect(CATEGORIES).toContain(check.category)
      expect(['error', 'warning', 'notice']).toContain(check.severity)
      for (const field of ['title', 'rationale', 'remediation', 'fix'] as const) {
        expect(check[field].length).toBeGreaterThan(10)
      }
      expect(check.docUrl).toMatch(/^https:\/\/learn\.microsoft\.com\/azure\/machine-learning\//)
    }
  })

  it('finds checks by id', () => {
    expect(getCheck('NET-02')?.title).toContain('private endpoint')
    expect(getCheck('NOPE-99')).toBeUndefined()
  })
})

describe('evaluateAll', () => {
  it('runs every check against a secure workspace and everything passes', () => {
    const results = evaluateAll(secureSnapshot())
    expect(results.filter(r => ['NET-01', 'NET-02', 'MOE-03'].includes(r.checkId))).toEqual([
      expect.objectContaining({ checkId: 'NET-01', outcome: 'pass' }),
      expect.objectContaining({ checkId: 'NET-02', outcome: 'pass' }),
      expect.objectContaining({ checkId: 'MOE-03', outcome: 'pass' })
    ])
    // The secure workspace uses the managed route: Kubernetes checks are skipped, saying why, and so
    // are OUT-01/02/04: managed deployments do not egress from the customer network.
    for (const r of results) {
      if (r.checkId.startsWith('K8S-')) {
        expect(r.outcome).toBe('skipped')
        expect(r.detail).toContain('Not evaluated')
      } else if (['OUT-01', 'OUT-02', 'OUT-04'].includes(r.checkId)) {
        expect(r.outcome).toBe('skipped')
        expect(r.detail).toContain(
          'Managed online deployments do not send traffic from your virtual network'
        )
      } else {
        expect([r.checkId, r.outcome]).toEqual([r.checkId, 'pass'])
      }
    }
  })

  it('reports every check as unknown when nothing could be read', () => {
    const results = evaluateAll(
      secureSnapshot({
        workspace: failed(403),
        onlineEndpoints: failed(403),
        computes: failed(403),
        outboundRules: failed(403)
      })
    )
    expect(results.length).toBeGreaterThanOrEqual(CHECKS.length)
    expect(results.filter(r => r.outcome !== 'unknown')).toEqual([])
  })

  it('keeps every result of a multi-result check', () => {
    const s = withWorkspace(
      { publicNetworkAccess: 'Enabled' },
      {
        onlineEndpoints: ok([
          onlineEndpoint('a', { publicNetworkAccess: 'Enabled' }),
          onlineEndpoint('b', { publicNetworkAccess: 'Disabled' })
        ])
      }
    )
    const foundation = evaluateAll(s).filter(r =>
      ['NET-01', 'NET-02', 'MOE-03'].includes(r.checkId)
    )
    expect(foundation.map(r => `${r.checkId}:${r.outcome}`)).toEqual([
      'NET-01:fail',
      'NET-02:pass',
      'MOE-03:fail',
      'MOE-03:pass'
    ])
  })

  const broken = (evaluate: Check['evaluate']): Check => ({
    ...(getCheck('NET-01') as Check),
    id: 'BUG-01',
    evaluate
  })

  it('turns a check that throws into an unknown result naming the error, and runs the rest', () => {
    const results = evaluateAll(secureSnapshot(), [
      broken(() => {
        throw new TypeError("Cannot read properties of undefined (reading 'x')")
      }),
      getCheck('NET-01') as Check
    ])
    expect(results).toHaveLength(2)
    expect(results[0]).toMatchObject({ checkId: 'BUG-01', outcome: 'unknown' })
    expect(results[0]?.resource.id).toBe(WORKSPACE_ID)
    expect(results[0]?.detail).toContain(
      "TypeError: Cannot read properties of undefined (reading 'x')"
    )
    expect(results[0]?.detail).toContain('bug')
    expect(results[1]).toMatchObject({ checkId: 'NET-01', outcome: 'pass' })
  })

  it('turns a check that returns nothing into an unknown result', () => {
    const [r] = evaluateAll(secureSnapshot(), [broken(() => [])])
    expect(r?.outcome).toBe('unknown')
    expect(r?.detail).toContain('produced no result')
  })
})

describe('one result per check and resource', () => {
  const resource = { id: `${WORKSPACE_ID}/computes/aks-v1`, name: 'aks-v1', type: 'compute' }
  const twice = (...results: Array<Partial<CheckResult>>): Check => ({
    ...(getCheck('K8S-04') as Check),
    evaluate: () =>
      results.map(
        r => ({ checkId: 'K8S-04', resource, detail: '', outcome: 'pass', ...r }) as CheckResult
      )
  })

  it('merges a pass and a fail for one resource into the fail, keeping both reasons', () => {
    const results = evaluateAll(secureSnapshot(), [
      twice(
        { outcome: 'pass', detail: 'Private load balancer.' },
        { outcome: 'fail', severity: 'notice', detail: 'Legacy compute.' }
      )
    ])
    expect(results).toEqual([
      expect.objectContaining({
        outcome: 'fail',
        severity: 'notice',
        detail: 'Private load balancer. Legacy compute.'
      })
    ])
  })

  it('keeps the worst severity, compares ids case-insensitively and drops repeated reasons', () => {
    const upper = { ...resource, id: resource.id.toUpperCase() }
    const results = evaluateAll(secureSnapshot(), [
      twice(
        { outcome: 'fail', severity: 'warning', detail: 'A.' },
        { outcome: 'unknown', detail: 'B.', resource: upper },
        { outcome: 'fail', severity: 'error', detail: 'A.' }
      )
    ])
    expect(results).toHaveLength(1)
    expect(results[0]).toMatchObject({ outcome: 'fail', severity: 'error', detail: 'A. B.' })
  })

  it('keeps results about different resources apart', () => {
    const other = { ...resource, id: `${WORKSPACE_ID}/computes/k8s` }
    expect(evaluateAll(secureSnapshot(), [twice({}, { resource: other })])).toHaveLength(2)
  })
})
