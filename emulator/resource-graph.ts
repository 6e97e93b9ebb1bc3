/**
 * The emulator's Azure Resource Graph: `POST /providers/Microsoft.ResourceGraph/resources`
 * answered from the scenario's resources, for the project's own query
 * templates only (src/estate/queries.ts). It does not interpret KQL: a query
 * that is not one of the templates is answered 400, as Resource Graph answers
 * an invalid query. Responses have Resource Graph's shape: `totalRecords`,
 * `count`, `resultTruncated`, `data` as an object array, `$skipToken` while
 * more rows follow, `facets`.
 */
import { QUERY_TEMPLATES, RESOURCE_GRAPH_PAGE_SIZE, templateOf } from '../src/estate/queries.js'
import type { Scenario } from './scenario.js'

export const RESOURCE_GRAPH_PATH = '/providers/microsoft.resourcegraph/resources'

export interface GraphAnswer {
  status: number
  body: unknown
}

function error(status: number, code: string, message: string, details?: unknown[]): GraphAnswer {
  return { status, body: { error: { code, message, ...(details ? { details } : {}) } } }
}

function typeOf(id: string, body: Record<string, unknown>): string {
  if (typeof body['type'] === 'string') return body['type'].toLowerCase()
  const match = /\/providers\/([^/]+)\/([^/]+)\/[^/]+$/i.exec(id)
  return match ? `${match[1]}/${match[2]}`.toLowerCase() : ''
}

/** A resource as a Resource Graph row: the template's columns; `type` and `resourceGroup` lower-cased as Resource Graph stores them. */
function row(
  id: string,
  body: Record<string, unknown>,
  columns: readonly string[]
): Record<string, unknown> {
  const match = /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)/i.exec(id)
  const values: Record<string, unknown> = {
    id,
    name: body['name'],
    type: typeOf(id, body),
    kind: body['kind'] ?? '',
    location: body['location'] ?? '',
    resourceGroup: (match?.[2] ?? '').toLowerCase(),
    subscriptionId: match?.[1] ?? '',
    properties: body['properties'] ?? {}
  }
  return Object.fromEntries(columns.map(c => [c, values[c] ?? null]))
}

/** Answers one Resource Graph query request body (the parsed JSON of the POST). */
export function answerResourceGraph(
  request: unknown,
  resources: ReadonlyArray<{ id: string; body: Record<string, unknown> }>,
  scenario: Pick<Scenario, 'managementGroups'>,
  pageSize = RESOURCE_GRAPH_PAGE_SIZE
): GraphAnswer {
  const body = (request ?? {}) as {
    subscriptions?: unknown
    managementGroups?: unknown
    query?: unknown
    options?: { $skipToken?: unknown; $top?: unknown; resultFormat?: unknown }
  }
  if (typeof body.query !== 'string' || body.query.trim() === '') {
    return error(400, 'BadRequest', 'The request body must contain a non-empty query.')
  }
  const name = templateOf(body.query)
  if (!name) {
    return error(
      400,
      'BadRequest',
      "The emulator answers only aml-inference-guard's own Resource Graph queries (src/estate/queries.ts).",
      [
        {
          code: 'InvalidQuery',
          message: `Query is not one of the project's templates: ${body.query.slice(0, 200)}`
        }
      ]
    )
  }
  if (body.options?.resultFormat !== undefined && body.options.resultFormat !== 'objectArray') {
    return error(400, 'BadRequest', 'The emulator answers resultFormat objectArray only.')
  }
  let subscriptions: string[]
  if (Array.isArray(body.managementGroups) && body.managementGroups.length > 0) {
    const groups = scenario.managementGroups ?? {}
    subscriptions = []
    for (const mg of body.managementGroups) {
      const entry = Object.entries(groups).find(
        ([k]) => k.toLowerCase() === String(mg).toLowerCase()
      )
      if (!entry) {
        return error(
          403,
          'AuthorizationFailed',
          `The client does not have authorization to perform action 'Microsoft.ResourceGraph/resources/read' over scope '/providers/Microsoft.Management/managementGroups/${String(mg)}' or the scope is invalid.`
        )
      }
      subscriptions.push(...entry[1])
    }
  } else if (Array.isArray(body.subscriptions) && body.subscriptions.length > 0) {
    subscriptions = body.subscriptions.map(String)
  } else {
    return error(
      400,
      'BadRequest',
      'The emulator needs subscriptions or managementGroups in the request.'
    )
  }
  const inScope = new Set(subscriptions.map(s => s.toLowerCase()))
  const template = QUERY_TEMPLATES[name]
  const types = new Set<string>(template.types)
  const rows = resources
    .filter(r => {
      const sub = /^\/subscriptions\/([^/]+)\//i.exec(r.id)?.[1]?.toLowerCase()
      return sub !== undefined && inScope.has(sub) && types.has(typeOf(r.id, r.body))
    })
    .map(r => row(r.id.replace(/\/+$/, ''), r.body, template.columns))
    .sort((a, b) => String(a['id']).toLowerCase().localeCompare(String(b['id']).toLowerCase()))

  let offset = 0
  const token = body.options?.$skipToken
  if (token !== undefined && token !== null && token !== '') {
    let parsed: { o?: unknown; q?: unknown } = {}
    try {
      parsed = JSON.parse(Buffer.from(String(token), 'base64url').toString('utf8')) as typeof parsed
    } catch {
      // Reported below.
    }
    if (typeof parsed.o !== 'number' || parsed.q !== name) {
      return error(400, 'BadRequest', 'The $skipToken does not belong to this query.', [
        {
          code: 'InvalidSkipToken',
          message: 'Send the same query and scopes as the request that returned the token.'
        }
      ])
    }
    offset = parsed.o
  }
  const top = typeof body.options?.$top === 'number' ? body.options.$top : RESOURCE_GRAPH_PAGE_SIZE
  const size = Math.max(1, Math.min(top, pageSize, 1000))
  const data = rows.slice(offset, offset + size)
  const more = offset + size < rows.length
  return {
    status: 200,
    body: {
      totalRecords: rows.length,
      count: data.length,
      resultTruncated: 'false',
      ...(more
        ? {
            $skipToken: Buffer.from(JSON.stringify({ o: offset + size, q: name })).toString(
              'base64url'
            )
          }
        : {}),
      data,
      facets: []
    }
  }
}
