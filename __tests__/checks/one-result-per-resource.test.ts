/**
 * Catalog invariant (issue 18): every check gives at most one result per
 * resource, so a report never holds a pass and a fail for the same thing.
 * Checked on the snapshot of every emulator scenario, read in this process
 * through the action's own collection (src/run/pipeline.ts `collect`, the real SDK
 * against the emulator over HTTPS) and evaluated by each check directly,
 * before evaluateAll's merge could hide a check that breaks the rule.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { ClientAssertionCredential } from '@azure/identity'
import { CHECKS, evaluateAll } from '../../src/evaluate/checks/catalog.js'
import type { CheckResult } from '../../src/model/check.js'
import { resolveCloud } from '../../src/settings/clouds.js'
import { collect } from '../../src/run/pipeline.js'
import type { Route } from '../../src/model/request.js'
import type { Snapshot } from '../../src/model/snapshot.js'
import { getScenario, scenarios } from '../../emulator/scenarios/index.js'
import { startEmulator, type Emulator } from '../../emulator/server.js'

const quiet = { info: () => undefined, warning: () => undefined, debug: () => undefined }
const open: Emulator[] = []

afterAll(async () => {
  await Promise.all(open.map(e => e.close()))
})

async function snapshotOf(name: string): Promise<Snapshot> {
  const scenario = getScenario(name)
  const emulator = await startEmulator(scenario, { pageSize: 50 })
  open.push(emulator)
  const cloud = resolveCloud({
    environment: 'custom',
    armEndpoint: emulator.urls.armEndpoint,
    authorityHost: emulator.urls.authorityHost
  })
  const credential = new ClientAssertionCredential(
    scenario.tenantId,
    scenario.clientId,
    () => Promise.resolve(emulator.mintIdToken({ aud: cloud.audience })),
    { authorityHost: cloud.authorityHost, disableInstanceDiscovery: true }
  )
  const { snapshot } = await collect(
    {
      subscriptionId: scenario.subscriptionId,
      resourceGroup: scenario.target.resourceGroup,
      workspaceName: scenario.target.workspaceName,
      // Both routes: every check has something to judge.
      route: 'both',
      deploymentMethod: 'cli',
      cloud,
      maxConcurrency: 8
    },
    { credential, identity: { objectId: scenario.principalId } },
    quiet
  )
  return snapshot
}

const keyOf = (r: CheckResult): string => `${r.checkId} ${r.resource.id.toLowerCase()}`

/** `check resource` for every resource that got more than one result. */
function repeated(results: CheckResult[]): string[] {
  const counts = new Map<string, number>()
  for (const r of results) counts.set(keyOf(r), (counts.get(keyOf(r)) ?? 0) + 1)
  return [...counts].filter(([, n]) => n > 1).map(([key, n]) => `${key} (${n} results)`)
}

/**
 * Checks that judge a shared resource once per subnet (one NSG or route table on two
 * subnets): their results are folded by evaluateAll, which must keep every reason.
 * Every other check must give one result per resource by itself.
 */
const FOLDED_BY_THE_CATALOG = ['OUT-01', 'OUT-04']
const RANK = { fail: 3, unknown: 2, pass: 1, skipped: 0 } as const

// `large` and `estate` are benchmark inputs built from `secured` (more of the same resources).
const NAMES = Object.keys(scenarios).filter(name => name !== 'large' && name !== 'estate')

describe('one result per check and resource, in every emulator scenario', () => {
  it('covers the scenario registry, route and verdict scenarios included', () => {
    expect(NAMES).toEqual(
      expect.arrayContaining([
        'secured',
        'aks-open-cluster',
        'both-routes',
        'managed-old-deployments'
      ])
    )
  })

  it.each(NAMES)(
    '%s',
    async name => {
      const snapshot = await snapshotOf(name)
      for (const route of ['auto', 'both'] as Route[]) {
        const s: Snapshot = { ...snapshot, request: { ...snapshot.request, route } }
        const raw = CHECKS.flatMap(check => check.evaluate(s))
        const merged = evaluateAll(s)
        expect(repeated(merged)).toEqual([])
        expect(repeated(raw.filter(r => !FOLDED_BY_THE_CATALOG.includes(r.checkId)))).toEqual([])
        // What was folded keeps the worst outcome and every reason.
        for (const result of merged) {
          const parts = raw.filter(r => keyOf(r) === keyOf(result))
          if (parts.length < 2) continue
          expect(RANK[result.outcome]).toBe(Math.max(...parts.map(p => RANK[p.outcome])))
          for (const part of parts) expect(result.detail).toContain(part.detail)
        }
      }
    },
    30_000
  )
})
