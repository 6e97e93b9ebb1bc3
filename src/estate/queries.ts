/**
 * The Azure Resource Graph queries of an estate scan. The emulator answers
 * exactly these (it matches the query text, it does not interpret KQL), so
 * both import them from here.
 *
 * Tables and types (Microsoft's "Azure Resource Graph table and resource type
 * reference"): workspaces, private endpoints, virtual networks (their subnets
 * are embedded in `properties.subnets`), NSGs, route tables and AKS clusters
 * are in `resources`; cluster extensions in `kubernetesconfigurationresources`.
 * Rows are projected to ARM's shape (`id`, `name`, `type`, `location`,
 * `properties`), so the same normalizers read them as GET bodies.
 */

/** The api-version `@azure/arm-resourcegraph` 5 sends for `POST /providers/Microsoft.ResourceGraph/resources`. */
export const RESOURCE_GRAPH_API_VERSION = '2024-04-01'

/** Rows per page asked for (`$top`); Resource Graph's maximum is 1,000. */
export const RESOURCE_GRAPH_PAGE_SIZE = 1000

export interface GraphQueryTemplate {
  table: 'resources' | 'kubernetesconfigurationresources'
  /** Lower-cased resource types, as Resource Graph stores `type`. */
  types: readonly string[]
  columns: readonly string[]
}

export const QUERY_TEMPLATES = {
  workspaces: {
    table: 'resources',
    types: ['microsoft.machinelearningservices/workspaces'],
    columns: [
      'id',
      'name',
      'type',
      'kind',
      'location',
      'resourceGroup',
      'subscriptionId',
      'properties'
    ]
  },
  network: {
    table: 'resources',
    types: [
      'microsoft.network/privateendpoints',
      'microsoft.network/virtualnetworks',
      'microsoft.network/networksecuritygroups',
      'microsoft.network/routetables',
      'microsoft.containerservice/managedclusters'
    ],
    columns: ['id', 'name', 'type', 'location', 'properties']
  },
  clusterExtensions: {
    table: 'kubernetesconfigurationresources',
    types: ['microsoft.kubernetesconfiguration/extensions'],
    columns: ['id', 'name', 'type', 'properties']
  }
} as const satisfies Record<string, GraphQueryTemplate>

export type GraphQueryName = keyof typeof QUERY_TEMPLATES

/** The KQL text of a template; ordered by id so that `$skipToken` pages are stable. */
export function graphQuery(name: GraphQueryName): string {
  const { table, types, columns } = QUERY_TEMPLATES[name]
  const where =
    types.length === 1
      ? `type =~ '${types[0]}'`
      : `type in~ (${types.map(t => `'${t}'`).join(', ')})`
  return `${table} | where ${where} | project ${columns.join(', ')} | order by id asc`
}

/** Which template a query text is, or undefined. */
export function templateOf(query: string): GraphQueryName | undefined {
  return (Object.keys(QUERY_TEMPLATES) as GraphQueryName[]).find(name => graphQuery(name) === query)
}
