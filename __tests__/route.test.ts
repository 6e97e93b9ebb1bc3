import { describe, expect, it } from '@jest/globals'
import { renderComment } from '../src/report/comment.js'
import { renderSummary } from '../src/report/summary.js'
import type { Route } from '../src/model/request.js'
import { clusterKind } from '../src/evaluate/clusters.js'
import { decideRoutes, type InferenceRoute } from '../src/evaluate/route.js'
import type { Snapshot } from '../src/model/snapshot.js'
import { failed, ok, onlineEndpoint, secureSnapshot } from './checks/fixtures.js'
import {
  arcClusterId,
  clusterId,
  kubernetesCompute,
  kubernetesEndpoint,
  legacyAksCompute
} from './checks/route-fixtures.js'
import { reportFor } from './report/report-fixture.js'

const auto = (rest: Partial<Snapshot>): Snapshot =>
  secureSnapshot({ onlineDeployments: {}, ...rest })

describe('decideRoutes', () => {
  const explicit: Array<[Route, InferenceRoute[]]> = [
    ['managed', ['managed']],
    ['kubernetes', ['kubernetes']],
    ['both', ['managed', 'kubernetes']]
  ]
  it.each(explicit)('route: %s is taken as given', (route, routes) => {
    const d = decideRoutes(secureSnapshot({ request: { route, deploymentMethod: 'cli' } }))
    expect(d).toEqual({ requested: route, routes, reason: `The \`route\` input is \`${route}\`.` })
  })

  it('auto: managed endpoints → managed', () => {
    const d = decideRoutes(auto({}))
    expect(d.routes).toEqual(['managed'])
    expect(d.reason).toBe('`route: auto`: the workspace has 1 managed online endpoint.')
  })

  it('auto: a Kubernetes endpoint → kubernetes', () => {
    const d = decideRoutes(
      auto({ onlineEndpoints: ok([kubernetesEndpoint()]), computes: ok([kubernetesCompute()]) })
    )
    expect(d.routes).toEqual(['kubernetes'])
    expect(d.reason).toContain('1 Kubernetes online endpoint, 1 attached Kubernetes compute')
  })

  it('auto: an attached cluster before the first deployment (legacy AKS counts) → kubernetes', () => {
    const d = decideRoutes(auto({ onlineEndpoints: ok([]), computes: ok([legacyAksCompute()]) }))
    expect(d.routes).toEqual(['kubernetes'])
  })

  it('auto: both kinds → both', () => {
    const d = decideRoutes(
      auto({
        onlineEndpoints: ok([onlineEndpoint('m'), kubernetesEndpoint()]),
        computes: ok([kubernetesCompute()])
      })
    )
    expect(d.routes).toEqual(['managed', 'kubernetes'])
  })

  it('auto: nothing yet → managed, the route the article recommends, and says so', () => {
    const d = decideRoutes(auto({ onlineEndpoints: ok([]), computes: ok([]) }))
    expect(d.routes).toEqual(['managed'])
    expect(d.reason).toContain('no online endpoint and no attached Kubernetes compute yet')
    expect(d.reason).toContain('the article recommends')
    expect(d.reason).toContain('`route: kubernetes`')
  })

  it('auto: checks a route it cannot rule out when a read failed', () => {
    const noComputes = decideRoutes(auto({ computes: failed(403) }))
    expect(noComputes.routes).toEqual(['managed', 'kubernetes'])
    expect(noComputes.reason).toContain('the computes could not be read (AuthorizationFailed)')
    // Readable computes with no cluster rule the Kubernetes route out even without endpoints.
    const noEndpoints = decideRoutes(auto({ onlineEndpoints: failed(500), computes: ok([]) }))
    expect(noEndpoints.routes).toEqual(['managed'])
  })

  it('ignores computes that attach no cluster', () => {
    const d = decideRoutes(
      auto({ computes: ok([{ id: 'x', name: 'cpu', computeType: 'AmlCompute' }]) })
    )
    expect(d.routes).toEqual(['managed'])
  })
})

describe('clusterKind', () => {
  it('tells AKS, Arc and anything else apart, case-insensitively', () => {
    expect(clusterKind(clusterId())).toBe('aks')
    expect(clusterKind(clusterId().toLowerCase())).toBe('aks')
    expect(clusterKind(arcClusterId())).toBe('arc')
    expect(clusterKind(`${clusterId()}/agentPools/np1`)).toBe('other')
    expect(clusterKind('not-an-id')).toBe('other')
  })
})

describe('the report states the route and why, at the top', () => {
  it('in the JSON report, the job summary and the comment, escaped', () => {
    const report = reportFor(auto({ computes: failed(403, 'Forbidden|<b>x</b>') }))
    expect(report.routes.routes).toEqual(['managed', 'kubernetes'])
    const summary = renderSummary(report).split('\n')
    const routeLine = summary.findIndex(l => l.startsWith('**Route:**'))
    expect(routeLine).toBeGreaterThan(0)
    expect(routeLine).toBeLessThan(summary.findIndex(l => l.startsWith('### ')))
    expect(summary[routeLine]).toContain(
      '**Route:** managed online endpoints and Kubernetes online endpoints · '
    )
    expect(summary[routeLine]).toContain('Forbidden\\|&lt;b&gt;x&lt;/b&gt;')
    const comment = renderComment(report, { marker: '<!-- m -->' })
    expect(comment).toContain('**Route:** managed online endpoints and Kubernetes online endpoints')
    expect(comment).not.toContain('<b>x</b>')
  })
})
