/**
 * Running the estate's Resource Graph queries (paged with `$skipToken`) and
 * turning their rows into the bodies collection would otherwise GET one by
 * one (`KnownResources`).
 */
import type { KnownResources } from '../collect/known.js'
import { malformedResponse, read } from '../collect/read.js'
import type { Read } from '../model/snapshot.js'
import type { EstateScope } from '../settings/scope.js'
import { RESOURCE_GRAPH_PAGE_SIZE, graphQuery, type GraphQueryName } from './queries.js'

export type GraphRow = Record<string, unknown>

/** The one client operation used (`ResourceGraphClient.resources`). */
export interface GraphClient {
  resources(request: {
    subscriptions?: string[]
    managementGroups?: string[]
    query: string
    options?: { skipToken?: string; top?: number; resultFormat?: 'objectArray' | 'table' }
  }): Promise<{ data: unknown; skipToken?: string; totalRecords: number; count: number }>
}

/** Safety stop for a service that keeps answering with a `$skipToken`. */
const MAX_PAGES = 1000

export interface GraphResult {
  rows: GraphRow[]
  pages: number
}

/** Every row of one query over the scope, following `$skipToken`; a failure is kept, not thrown. */
export function queryAll(
  client: GraphClient,
  scope: EstateScope,
  name: GraphQueryName
): Promise<Read<GraphResult>> {
  const target =
    scope.kind === 'subscriptions'
      ? { subscriptions: scope.subscriptionIds }
      : { managementGroups: [scope.managementGroupId] }
  return read(async () => {
    const rows: GraphRow[] = []
    let skipToken: string | undefined
    let pages = 0
    do {
      const page = await client.resources({
        ...target,
        query: graphQuery(name),
        options: {
          resultFormat: 'objectArray',
          top: RESOURCE_GRAPH_PAGE_SIZE,
          ...(skipToken ? { skipToken } : {})
        }
      })
      pages++
      // An answer without its rows is not "no workspaces": the scan would pass on nothing.
      if (!Array.isArray(page.data)) {
        throw malformedResponse(
          `Resource Graph answered query ${name} with \`data\` that is not an array (objectArray format)`
        )
      }
      for (const row of page.data) {
        if (!isRow(row)) {
          throw malformedResponse(
            `Resource Graph answered query ${name} with a row that is not an object`
          )
        }
        rows.push(row)
      }
      skipToken = page.skipToken || undefined
    } while (skipToken && pages < MAX_PAGES)
    if (skipToken) {
      throw Object.assign(
        new Error(
          `Resource Graph still had rows after ${MAX_PAGES} pages of query ${name}; the scan stopped rather than judge part of the estate`
        ),
        { statusCode: 200, code: 'TooManyPages' }
      )
    }
    return { rows, pages }
  })
}

function isRow(value: unknown): value is GraphRow {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}

/** A workspace found in scope: enough to build the collection's target. */
export interface FoundWorkspace {
  id: string
  subscriptionId: string
  resourceGroup: string
  name: string
}

const WORKSPACE_ID =
  /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/Microsoft\.MachineLearningServices\/workspaces\/([^/]+)$/i

/** Workspace rows (or ARM list items) → targets; the id's spelling is kept (Resource Graph lower-cases `resourceGroup`). */
export function foundWorkspaces(rows: readonly GraphRow[]): FoundWorkspace[] {
  const seen = new Set<string>()
  const found: FoundWorkspace[] = []
  for (const row of rows) {
    const id = str(row['id']) ?? ''
    const match = WORKSPACE_ID.exec(id)
    if (!match || seen.has(id.toLowerCase())) continue
    seen.add(id.toLowerCase())
    found.push({
      id,
      subscriptionId: match[1]!.toLowerCase(),
      resourceGroup: match[2]!,
      name: match[3]!
    })
  }
  return found.sort((a, b) => a.id.toLowerCase().localeCompare(b.id.toLowerCase()))
}

const EXTENSION_PARENT = /^(.*)\/providers\/microsoft\.kubernetesconfiguration\/extensions\/[^/]+$/i

/**
 * The rows of the scope's queries as known bodies. Subnets are taken from
 * their virtual network's `properties.subnets` (Resource Graph has no subnet
 * rows). A cluster's extensions are known when the extensions query
 * succeeded and the cluster itself is in the results (so "none" is a fact,
 * not a cluster outside the scope). Counts the reads it answers.
 */
export class GraphResources implements KnownResources {
  private readonly bodies = new Map<string, GraphRow>()
  private readonly extensions = new Map<string, GraphRow[]>()
  private readonly extensionsKnown: boolean
  /** Reads answered from Resource Graph instead of ARM. */
  served = 0
  /** Reads answered from another workspace's identical read. */
  reused = 0
  private readonly shared = new Map<string, Promise<Read<unknown>>>()

  /** See KnownResources.share: hub networks, firewalls and their RBAC are read once per scan. */
  readonly share = <T>(key: string, start: () => Promise<Read<T>>): Promise<Read<T>> => {
    const pending = this.shared.get(key)
    if (pending) {
      this.reused++
      return pending as Promise<Read<T>>
    }
    const started = start()
    this.shared.set(key, started)
    return started
  }

  constructor(rows: {
    workspaces?: readonly GraphRow[]
    network?: readonly GraphRow[]
    clusterExtensions?: readonly GraphRow[]
  }) {
    for (const row of [...(rows.workspaces ?? []), ...(rows.network ?? [])]) {
      const id = str(row['id'])
      if (!id) continue
      this.bodies.set(id.toLowerCase(), row)
      if (str(row['type'])?.toLowerCase() === 'microsoft.network/virtualnetworks') {
        const props = row['properties'] as { subnets?: unknown } | undefined
        for (const subnet of Array.isArray(props?.subnets) ? props.subnets : []) {
          const subnetId = isRow(subnet) ? str(subnet['id']) : undefined
          if (subnetId) this.bodies.set(subnetId.toLowerCase(), subnet as GraphRow)
        }
      }
    }
    this.extensionsKnown = rows.clusterExtensions !== undefined
    for (const row of rows.clusterExtensions ?? []) {
      const parent = EXTENSION_PARENT.exec(str(row['id']) ?? '')?.[1]
      if (!parent) continue
      const key = parent.toLowerCase()
      this.extensions.set(key, [...(this.extensions.get(key) ?? []), row])
    }
  }

  get size(): number {
    return this.bodies.size
  }

  body(id: string): unknown {
    const body = this.bodies.get(id.toLowerCase())
    if (body !== undefined) this.served++
    return body
  }

  clusterExtensions(clusterId: string): unknown[] | undefined {
    const key = clusterId.toLowerCase()
    if (!this.extensionsKnown || !this.bodies.has(key)) return undefined
    this.served++
    return this.extensions.get(key) ?? []
  }
}

/** Which query a row set came from, for log lines. */
export const QUERY_LABELS: Record<GraphQueryName, string> = {
  workspaces: 'Machine Learning workspaces',
  network: 'private endpoints, virtual networks and subnets, NSGs, route tables, AKS clusters',
  clusterExtensions: 'cluster extensions'
}
