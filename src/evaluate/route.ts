/**
 * Which inference route(s) the checks evaluate, and why: the `route` input, or
 * with `auto` what the workspace holds. Pure: collection, checks and the
 * report all call it on the snapshot and get the same answer.
 */
import { isClusterCompute } from './clusters.js'
import type { Route } from '../model/request.js'
import type { Read, Snapshot } from '../model/snapshot.js'

export type InferenceRoute = 'managed' | 'kubernetes'

export const ROUTE_LABELS: Record<InferenceRoute, string> = {
  managed: 'managed online endpoints',
  kubernetes: 'Kubernetes online endpoints'
}

export interface RouteDecision {
  /** The `route` input. */
  requested: Route
  /** Routes whose checks run, in checklist order; never empty. */
  routes: InferenceRoute[]
  /** Why, in one or two sentences (may quote Azure error text: escape when rendering). */
  reason: string
}

export type RouteInput = Pick<Snapshot, 'request' | 'onlineEndpoints' | 'computes'>

function count(n: number, what: string): string {
  return `${n} ${what}${n === 1 ? '' : 's'}`
}

function readFailure(what: string, read: Read<unknown>): string {
  return read.ok ? '' : `${what} could not be read (${read.error.code})`
}

export function decideRoutes(snapshot: RouteInput): RouteDecision {
  const requested = snapshot.request.route
  if (requested !== 'auto') {
    const routes: InferenceRoute[] = requested === 'both' ? ['managed', 'kubernetes'] : [requested]
    return { requested, routes, reason: `The \`route\` input is \`${requested}\`.` }
  }

  const endpoints = snapshot.onlineEndpoints
  const computes = snapshot.computes
  const managed = endpoints.ok ? endpoints.value.filter(e => e.computeType === 'Managed') : []
  const kubernetes = endpoints.ok ? endpoints.value.filter(e => e.computeType === 'Kubernetes') : []
  const clusters = computes.ok ? computes.value.filter(isClusterCompute) : []

  const seen: string[] = []
  if (managed.length > 0) seen.push(count(managed.length, 'managed online endpoint'))
  if (kubernetes.length > 0) seen.push(count(kubernetes.length, 'Kubernetes online endpoint'))
  if (clusters.length > 0) seen.push(count(clusters.length, 'attached Kubernetes compute'))
  const failures = [
    readFailure('the online endpoints', endpoints),
    readFailure('the computes', computes)
  ].filter(Boolean)

  // A route that cannot be ruled out is checked: its checks then say what could not be read.
  const useManaged = managed.length > 0 || !endpoints.ok
  // A Kubernetes endpoint needs an attached compute, so readable computes rule the route in or out.
  const useKubernetes = kubernetes.length > 0 || clusters.length > 0 || !computes.ok
  const found = seen.length > 0 ? `the workspace has ${seen.join(', ')}` : ''

  if (failures.length > 0) {
    const routes: InferenceRoute[] = [
      ...(useManaged ? (['managed'] as const) : []),
      ...(useKubernetes ? (['kubernetes'] as const) : [])
    ]
    return {
      requested,
      routes,
      reason:
        `\`route: auto\`: ${failures.join(' and ')}${found ? `; ${found}` : ''}, so ` +
        `${routes.length === 2 ? 'both routes are' : `the ${ROUTE_LABELS[routes[0] ?? 'managed']} route is`} checked rather than one being skipped unseen.`
    }
  }
  if (useManaged && useKubernetes) {
    return { requested, routes: ['managed', 'kubernetes'], reason: `\`route: auto\`: ${found}.` }
  }
  if (useKubernetes)
    return { requested, routes: ['kubernetes'], reason: `\`route: auto\`: ${found}.` }
  if (useManaged) return { requested, routes: ['managed'], reason: `\`route: auto\`: ${found}.` }
  return {
    requested,
    routes: ['managed'],
    reason:
      '`route: auto`: the workspace has no online endpoint and no attached Kubernetes compute yet, ' +
      'so the managed route is checked, the one the article recommends (managed online endpoints in a workspace managed virtual network). ' +
      'Set `route: kubernetes` to check an AKS or Arc cluster instead.'
  }
}

/** `managed online endpoints and Kubernetes online endpoints` */
export function describeRoutes(routes: InferenceRoute[]): string {
  return routes.map(r => ROUTE_LABELS[r]).join(' and ')
}
