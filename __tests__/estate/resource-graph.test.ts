/**
 * Resource Graph queries and their mapping to collection inputs (pure): the
 * templates, the emulator's answers to them, paging with `$skipToken`, and
 * rows → known bodies (subnets from their VNet, extensions per cluster).
 */
import { describe, expect, it } from '@jest/globals'
import { answerResourceGraph } from '../../emulator/resource-graph.js'
import { getScenario, SUBSCRIPTION_ID } from '../../emulator/scenarios/index.js'
import { estate, SUBSCRIPTION_B } from '../../emulator/scenarios/estate.js'
import { aksCluster, clusterExtension } from '../../emulator/scenarios/routes.js'
import { graphQuery, QUERY_TEMPLATES, templateOf } from '../../src/estate/queries.js'
import {
  GraphResources,
  foundWorkspaces,
  queryAll,
  type GraphClient,
  type GraphRow
} from '../../src/estate/resource-graph.js'
import { parseScope, scopeText, type EstateScope } from '../../src/settings/scope.js'
import { toSubnet, toWorkspace } from '../../src/model/normalize.js'

const scenario = estate(getScenario('secured'), { workspaces: 5 })
const subscriptions = [SUBSCRIPTION_ID, SUBSCRIPTION_B]

describe('query templates', () => {
  it('are KQL over the documented tables, ordered by id for stable paging', () => {
    expect(graphQuery('workspaces')).toBe(
      "resources | where type =~ 'microsoft.machinelearningservices/workspaces' | project id, name, type, kind, location, resourceGroup, subscriptionId, properties | order by id asc"
    )
    expect(graphQuery('clusterExtensions')).toMatch(
      /^kubernetesconfigurationresources \| where type =~ 'microsoft.kubernetesconfiguration\/extensions'/
    )
    expect(graphQuery('network')).toContain(
      "type in~ ('microsoft.network/privateendpoints', 'microsoft.network/virtualnetworks'"
    )
    for (const name of Object.keys(QUERY_TEMPLATES) as Array<keyof typeof QUERY_TEMPLATES>) {
      expect(templateOf(graphQuery(name))).toBe(name)
    }
    expect(templateOf('resources | take 5')).toBeUndefined()
  })
})

describe('the emulated Resource Graph', () => {
  it('answers a template with rows in Resource Graph shape, paged with $skipToken', () => {
    const ask = (skipToken?: string) =>
      answerResourceGraph(
        {
          subscriptions,
          query: graphQuery('workspaces'),
          options: {
            resultFormat: 'objectArray',
            $top: 1000,
            ...(skipToken ? { $skipToken: skipToken } : {})
          }
        },
        scenario.resources,
        scenario,
        3
      )
    const first = ask()
    expect(first.status).toBe(200)
    const page1 = first.body as {
      totalRecords: number
      count: number
      data: GraphRow[]
      $skipToken?: string
    }
    expect(page1).toMatchObject({ totalRecords: 5, count: 3, resultTruncated: 'false', facets: [] })
    expect(page1.data[1]).toEqual({
      id: expect.stringMatching(/\/workspaces\/mlw-000$/),
      name: 'mlw-000',
      type: 'microsoft.machinelearningservices/workspaces',
      kind: 'Default',
      location: 'eastus2',
      resourceGroup: 'ml-prod',
      subscriptionId: SUBSCRIPTION_ID,
      properties: expect.objectContaining({ publicNetworkAccess: 'Disabled' })
    })
    const page2 = ask(page1.$skipToken).body as typeof page1
    expect(page2.count).toBe(2)
    expect(page2.$skipToken).toBeUndefined()
    // Ordered by id: subscription, then resource group.
    expect([...page1.data, ...page2.data].map(r => r['name'])).toEqual([
      'mlw-002',
      'mlw-000',
      'mlw-004',
      'mlw-003',
      'mlw-001'
    ])
  })

  it('filters by the scope: one subscription, or a management group', () => {
    const rows = (request: Record<string, unknown>) =>
      (
        answerResourceGraph(
          { query: graphQuery('workspaces'), ...request },
          scenario.resources,
          scenario
        ).body as { data: GraphRow[] }
      ).data
    expect(rows({ subscriptions: [SUBSCRIPTION_B] }).map(r => r['name'])).toEqual([
      'mlw-003',
      'mlw-001'
    ])
    expect(rows({ managementGroups: ['MG-ML-PLATFORM'] })).toHaveLength(5)
    expect(
      answerResourceGraph(
        { query: graphQuery('workspaces'), managementGroups: ['other'] },
        scenario.resources,
        scenario
      ).status
    ).toBe(403)
  })

  it('answers 400 with a clear error for a query that is not a template, and for a foreign $skipToken', () => {
    const other = answerResourceGraph({ subscriptions, query: 'resources | take 5' }, [], scenario)
    expect(other.status).toBe(400)
    expect(JSON.stringify(other.body)).toContain(
      "only aml-inference-guard's own Resource Graph queries"
    )
    const page = answerResourceGraph(
      { subscriptions, query: graphQuery('workspaces'), options: { $top: 1 } },
      scenario.resources,
      scenario
    )
    const token = (page.body as { $skipToken: string }).$skipToken
    const foreign = answerResourceGraph(
      { subscriptions, query: graphQuery('network'), options: { $skipToken: token } },
      scenario.resources,
      scenario
    )
    expect(foreign.status).toBe(400)
    expect(JSON.stringify(foreign.body)).toContain('InvalidSkipToken')
  })
})

describe('queryAll', () => {
  it('follows $skipToken until the last page and sends the same query and scope each time', async () => {
    const sent: Array<Record<string, unknown>> = []
    const client: GraphClient = {
      resources: async request => {
        sent.push(request)
        const answer = answerResourceGraph(
          {
            ...request,
            options: {
              $top: request.options?.top,
              $skipToken: request.options?.skipToken,
              resultFormat: request.options?.resultFormat
            }
          },
          scenario.resources,
          scenario,
          2
        )
        const body = answer.body as {
          data: unknown
          $skipToken?: string
          totalRecords: number
          count: number
        }
        return { ...body, skipToken: body.$skipToken }
      }
    }
    const result = await queryAll(
      client,
      { kind: 'subscriptions', subscriptionIds: subscriptions },
      'workspaces'
    )
    expect(result).toEqual({ ok: true, value: { rows: expect.any(Array), pages: 3 } })
    expect(result.ok && result.value.rows).toHaveLength(5)
    expect(sent.map(r => r['query'])).toEqual(Array(3).fill(graphQuery('workspaces')))
    expect(
      sent.every(r => JSON.stringify(r['subscriptions']) === JSON.stringify(subscriptions))
    ).toBe(true)
    expect(sent[1]!['options']).toMatchObject({
      skipToken: expect.any(String),
      resultFormat: 'objectArray'
    })
  })

  it('keeps a refused query as a failed read with its status and code', async () => {
    const client: GraphClient = {
      resources: async () => {
        throw Object.assign(new Error('no access'), {
          statusCode: 403,
          code: 'AuthorizationFailed'
        })
      }
    }
    expect(
      await queryAll(client, { kind: 'management-group', managementGroupId: 'mg' }, 'network')
    ).toEqual({
      ok: false,
      error: { status: 403, code: 'AuthorizationFailed', message: 'no access' }
    })
  })
})

describe('queryAll fails closed on answers that are not Resource Graph’s shape', () => {
  // Resource Graph REST (resources, 2024-04-01): QueryResponse.data holds the rows; with
  // resultFormat objectArray, an array of objects. Anything else is no answer, not "no workspaces".
  const scope: EstateScope = { kind: 'subscriptions', subscriptionIds: ['s'] }
  const answering = (page: { data: unknown; skipToken?: string }): GraphClient => ({
    resources: async () => ({ totalRecords: 0, count: 0, ...page })
  })

  it.each<[string, unknown]>([
    ['no data', undefined],
    ['data null', null],
    ['data an object', {}],
    ['a row that is not an object', [{ id: 'x' }, 'x']]
  ])('%s: a failed read, MalformedResponse', async (_name, data) => {
    const result = await queryAll(answering({ data }), scope, 'workspaces')
    expect(result.ok).toBe(false)
    expect(!result.ok && result.error.code).toBe('MalformedResponse')
  })

  it('a $skipToken that never ends: a failed read, not part of the estate', async () => {
    const result = await queryAll(answering({ data: [], skipToken: 'again' }), scope, 'workspaces')
    expect(!result.ok && result.error.code).toBe('TooManyPages')
  })
})

describe('rows → collection inputs', () => {
  const rowsOf = (
    name: 'workspaces' | 'network' | 'clusterExtensions',
    resources = scenario.resources
  ) =>
    (
      answerResourceGraph({ subscriptions, query: graphQuery(name) }, resources, scenario).body as {
        data: GraphRow[]
      }
    ).data

  it('workspace rows give targets with the id spelling (Resource Graph lower-cases resourceGroup) and normalize like GET bodies', () => {
    const rows = rowsOf('workspaces')
    const found = foundWorkspaces(rows)
    expect(found.find(w => w.name === 'mlw-000')).toEqual({
      id: expect.stringContaining('/resourceGroups/ml-prod/'),
      subscriptionId: SUBSCRIPTION_ID,
      resourceGroup: 'ml-prod',
      name: 'mlw-000'
    })
    const ws = toWorkspace(rows.find(r => r['name'] === 'mlw-000'))
    expect(ws.publicNetworkAccess).toBe('Disabled')
    expect(ws.managedNetwork?.isolationMode).toBe('AllowOnlyApprovedOutbound')
    expect(ws.privateEndpointConnections[0]?.privateEndpointId).toMatch(
      /\/privateEndpoints\/pe-mlw-000$/
    )
  })

  it('subnets are taken from their virtual network; unknown ids stay unknown', () => {
    const known = new GraphResources({ network: rowsOf('network') })
    const subnetId = `/subscriptions/${SUBSCRIPTION_ID}/resourceGroups/net-rg/providers/Microsoft.Network/virtualNetworks/vnet-ml/subnets/snet-ml`
    const subnet = toSubnet(known.body(subnetId.toUpperCase()))
    expect(subnet).toMatchObject({ name: 'snet-ml', addressPrefixes: ['10.20.1.0/24'] })
    expect(subnet.networkSecurityGroupId).toMatch(/\/networkSecurityGroups\//)
    expect(
      known.body('/subscriptions/x/resourceGroups/y/providers/Microsoft.Network/routeTables/z')
    ).toBeUndefined()
    expect(known.served).toBe(1)
  })

  it("a cluster's extensions are known only when the cluster is in the results (none is then a fact)", () => {
    const cluster = aksCluster({
      name: 'aks-a',
      subnetId:
        '/subscriptions/s/resourceGroups/r/providers/Microsoft.Network/virtualNetworks/v/subnets/n'
    })
    const bare = aksCluster({
      name: 'aks-b',
      subnetId:
        '/subscriptions/s/resourceGroups/r/providers/Microsoft.Network/virtualNetworks/v/subnets/n'
    })
    const resources = [cluster, bare, clusterExtension({ clusterId: cluster.id })]
    const known = new GraphResources({
      network: rowsOf('network', resources),
      clusterExtensions: rowsOf('clusterExtensions', resources)
    })
    expect(known.clusterExtensions(cluster.id)).toHaveLength(1)
    expect(known.clusterExtensions(bare.id)).toEqual([])
    expect(known.clusterExtensions(`${cluster.id}-elsewhere`)).toBeUndefined()
    expect(
      new GraphResources({ network: rowsOf('network', resources) }).clusterExtensions(cluster.id)
    ).toBeUndefined()
  })
})

describe('parseScope', () => {
  it('reads subscriptions (de-duplicated, lower-cased) and management groups', () => {
    const a = '0F0F0F0F-1234-5678-9ABC-DEF012345678'
    expect(parseScope(`subscription:${a}, ${a.toLowerCase()},${SUBSCRIPTION_B}`)).toEqual({
      kind: 'subscriptions',
      subscriptionIds: [a.toLowerCase(), SUBSCRIPTION_B]
    })
    expect(parseScope('management-group:mg-ml-platform')).toEqual({
      kind: 'management-group',
      managementGroupId: 'mg-ml-platform'
    })
    expect(scopeText({ kind: 'subscriptions', subscriptionIds: ['a', 'b'] })).toBe(
      'subscription:a,b'
    )
  })

  it('says what is wrong and the format otherwise', () => {
    expect(parseScope('tenant')).toMatch(
      /does not start with `subscription:` or `management-group:`/
    )
    expect(parseScope('subscription:')).toMatch(/names no subscription/)
    expect(parseScope('subscription:abc,def')).toMatch(/"abc", "def" are not subscription ids/)
    expect(parseScope('management-group:My Group')).toMatch(/not a management group id/)
  })
})
