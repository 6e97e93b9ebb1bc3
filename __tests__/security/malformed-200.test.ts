/**
 * Security, kind "an answer that is not what ARM promises" (issue 16): a 200 whose body is not
 * the shape the REST spec gives the operation — a list is an object with an array `value` (and
 * an optional string `nextLink`), a resource an object with an `id` (and an object
 * `properties`) — must make that read `unknown` with the reason, never "nothing there" and
 * never a pass. The shapes: ARM's list
 * envelope, exactly `value` and `nextLink`
 * (https://azure.github.io/typespec-azure/docs/libraries/azure-resource-manager/rules/list-response-envelope/),
 * and ARM's `Resource`, whose `id` every resource carries (Azure/azure-rest-api-specs,
 * specification/common-types/resource-management/v5/types.json).
 *
 * The reads are not listed by hand: they are the ARM GETs the emulator served in a full run of
 * the `secured` scenario (which passes with `fail-on: any`) and of `both-routes` (which adds
 * the AKS route's reads). Each read is then fed malformed bodies (emulator fault
 * `malformed-200`, on that exact path only): `{}` on every read, the other six bodies rotated
 * over the reads so each meets several.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import type { MalformedBody } from '../../emulator/faults.js'
import { runAction, type ActionRun } from '../../emulator/run-action.js'
import { NET_RG, SUBSCRIPTION_ID, getScenario } from '../../emulator/scenarios/index.js'
import { outcomeOf, recordFault, visibleOfRun } from '../reliability/record.js'

interface ReportResult {
  checkId: string
  outcome: string
  detail: string
  cause?: { raw?: string }
}

/** Every read gets an object without the fields its operation promises (`{}`)... */
const ON_EVERY_READ: MalformedBody[] = ['empty-object']
/** ...and one of these, in turn, so each meets several reads (the matrix stays well under a minute). */
const ROTATED: MalformedBody[] = [
  'value-object',
  'empty',
  'null',
  'value-null',
  'html',
  'item-not-object'
]

/** What the unknown's detail says for a malformed body (a body that is not JSON keeps the SDK's words). */
const REASON =
  /HTTP 200 (?:MalformedResponse: ARM answered 200 with [^;]+; the read is not trusted|PARSE_ERROR: the response body is not valid JSON \(\d+ characters\))/

/** The same, from a result whose read problem has a cause: the code in the detail, Azure's words folded in the cause. */
function saysWhy(r: ReportResult): boolean {
  const code = /\(HTTP 200 (MalformedResponse|PARSE_ERROR)\)/.exec(r.detail)?.[1]
  return REASON.test(r.detail) || (!!code && REASON.test(`HTTP 200 ${code}: ${r.cause?.raw ?? ''}`))
}

/**
 * Reads no check of these scenarios consults, so the gate is right to ignore them (their
 * failure is still in the snapshot, asserted for every read): the outbound rule list (the
 * workspace body embeds the rules), the role assignments and definitions (RBAC-* decide from
 * the permissions list; assignments only name the role in a detail), and the deployments of a
 * Kubernetes online endpoint (the AKS route's checks read the cluster and its extensions), and
 * the Service Tags list (these NSGs and firewalls name the registry's tag, not addresses, so
 * no rule needs the tag's prefixes to be decided), and both-routes' peering list (see below).
 */
const NOT_CONSULTED = [
  /\/workspaces\/ml-ws\/outboundRules$/,
  /\/providers\/Microsoft\.Authorization\/roleAssignments$/,
  /\/providers\/Microsoft\.Authorization\/roleDefinitions\/[^/]+$/,
  /\/onlineEndpoints\/fraud-k8s\/deployments$/,
  /\/providers\/Microsoft\.Network\/locations\/[^/]+\/serviceTags$/,
  // both-routes: the route table's next hop is no firewall of the subscription, so collection
  // lists the VNet's peerings (hub firewall); but its registry is reached through its private
  // endpoint, carried by the VNet's system route, so OUT-04 never follows the forced tunnel.
  /\/virtualNetworks\/vnet-ml\/virtualNetworkPeerings$/
]

/** Distinct paths of the ARM GETs a run's emulator answered 200. */
function readsOf(run: ActionRun): string[] {
  const paths = run.emulator.requests
    .filter(r => r.service === 'arm' && r.method === 'GET' && r.status === 200)
    .map(r => r.path)
  // Sorted: arrival order varies with concurrency, and the bodies rotate over this list.
  return [...new Set(paths)].sort()
}

function resultsOf(run: ActionRun): ReportResult[] {
  return (JSON.parse(run.report ?? '{"results":[]}') as { results: ReportResult[] }).results
}

/** The outcome of every check of a run, to compare with its baseline. */
function verdicts(run: ActionRun): string[] {
  return resultsOf(run).map(r => `${r.checkId} ${r.outcome}`)
}

// The reads of two full runs: `secured` first (it passes, so any malformed answer a check
// consults must turn the gate), then the reads only `both-routes` makes.
/**
 * The `secured` runs name the private endpoint's subnet with `subnet-id` as the subnet traffic
 * leaves from: OUT-01/02/04 judge only egressing subnets, and these runs keep its NSG, route table,
 * firewall and registry reads consulted.
 */
const SUBNET_ID = {
  'subnet-id': `/subscriptions/${SUBSCRIPTION_ID}/resourceGroups/${NET_RG}/providers/Microsoft.Network/virtualNetworks/vnet-ml/subnets/snet-ml`
}
const inputsFor = (scenario: string): Record<string, string> =>
  scenario === 'secured' ? SUBNET_ID : {}

const baselines = {
  secured: await runAction({ scenario: 'secured', inputs: { 'fail-on': 'any', ...SUBNET_ID } }),
  'both-routes': await runAction({ scenario: 'both-routes', inputs: { 'fail-on': 'any' } })
}
const securedReads = readsOf(baselines.secured)
const routeReads = readsOf(baselines['both-routes']).filter(p => !securedReads.includes(p))

interface Case {
  scenario: keyof typeof baselines
  path: string
  body: MalformedBody
}
const cases: Case[] = [
  ...securedReads.map(path => ({ scenario: 'secured' as const, path })),
  ...routeReads.map(path => ({ scenario: 'both-routes' as const, path }))
].flatMap(({ scenario, path }, i) =>
  [...ON_EVERY_READ, ROTATED[i % ROTATED.length]!].map(body => ({ scenario, path, body }))
)

const runs = new Map<Case, { run: ActionRun; snapshot: string }>()

beforeAll(async () => {
  // A few runs at a time: each is a separate action process with its own emulator.
  const queue = [...cases]
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const scenario = getScenario(next.scenario)
        scenario.injectedFaults = [
          {
            service: 'arm',
            pathPrefix: next.path,
            exact: true,
            kind: 'malformed-200',
            body: next.body
          }
        ]
        const run = await runAction({
          scenario,
          keepRunDir: true,
          inputs: {
            'fail-on': 'any',
            'snapshot-file': 'snapshot.json',
            ...inputsFor(next.scenario)
          }
        })
        const file = path.join(run.runDir, 'workspace', 'snapshot.json')
        runs.set(next, { run, snapshot: fs.readFileSync(file, 'utf8') })
        fs.rmSync(run.runDir, { recursive: true, force: true })
      }
    })
  )
}, 300_000)

describe('the reads of a full run', () => {
  it('are many, and the baseline passes', () => {
    // Workspace, its lists, network resources, RBAC reads, and the AKS route's cluster reads.
    expect(securedReads.length).toBeGreaterThanOrEqual(15)
    expect(routeReads.length).toBeGreaterThanOrEqual(2)
    expect(baselines.secured.exitCode).toBe(0)
    expect(baselines.secured.outputs['result']).toBe('pass')
  })
})

describe.each(cases.map(c => [c.body, c.path.replace(/^\/subscriptions\/[^/]+/, ''), c] as const))(
  'a 200 with body %s for GET %s',
  (body, _path, c) => {
    it('is an unknown read with the reason, and the gate does not pass on it', () => {
      const { run, snapshot } = runs.get(c)!
      // One row per kind in docs/reliability.md, so each label has one outcome: a read no check
      // consults leaves the report as the baseline's (the scenario's own).
      const consulted = !NOT_CONSULTED.some(p => p.test(c.path))
      recordFault(
        'Azure',
        consulted
          ? `200 with a malformed body (${body}) on every read a check needs`
          : `200 with a malformed body (${body}) on a read no check needs (${c.scenario})`,
        consulted ? 'partial report with unknowns' : outcomeOf(visibleOfRun(baselines[c.scenario])),
        run
      )
      // The fault was served: the read really got the malformed body.
      expect(
        run.emulator.requests.some(
          r => r.service === 'arm' && r.path === c.path && r.status === 200
        )
      ).toBe(true)
      // The snapshot keeps the read as failed, with the reason.
      expect(snapshot).toMatch(/"code": "(?:MalformedResponse|PARSE_ERROR)"/)
      if (NOT_CONSULTED.some(p => p.test(c.path))) {
        // No check's outcome depends on it: the outcomes are the baseline's.
        expect(verdicts(run)).toEqual(verdicts(baselines[c.scenario]))
        return
      }
      expect(run.exitCode).toBe(1)
      expect(run.outputs['result']).toBe('fail')
      expect(resultsOf(run).some(r => r.outcome === 'unknown' && saysWhy(r))).toBe(true)
      expect(run.summary).toMatch(/MalformedResponse|PARSE\\?_ERROR/)
    })
  }
)
