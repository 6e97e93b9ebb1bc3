// The overlay: planned endpoints and deployments replace live ones of the same name or are added,
// in the shapes ARM reports (publicNetworkAccess Enabled|Disabled, computeType, the compute's id),
// so the unchanged checks judge the workspace as it will be. MOE-03 pins the verdict: Microsoft
// Learn "Network isolation with managed online endpoints" (public_network_access=disabled).
import { describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { MOE_03 } from '../../src/evaluate/checks/managed-endpoints.js'
import { parsePlannedFiles } from '../../src/planned/cli-v2.js'
import { overlayPlanned, plannedSourceOf } from '../../src/planned/overlay.js'
import { readDeploymentFiles } from '../../src/settings/deployment-files.js'
import type { Snapshot } from '../../src/model/snapshot.js'
import { parseSnapshot } from '../../src/collect/snapshot-file.js'
import {
  WORKSPACE_ID,
  failed,
  keyed,
  managedDeployment,
  ok,
  onlineEndpoint,
  secureSnapshot
} from '../checks/fixtures.js'

const FIXTURES = new URL('../fixtures/planned/', import.meta.url)

function withPlanned(snapshot: Snapshot, ...names: string[]): Snapshot {
  const files = names.map(name => ({
    path: `deploy/${name}`,
    content: readFileSync(new URL(name, FIXTURES), 'utf8')
  }))
  const { resources } = parsePlannedFiles(files)
  return { ...snapshot, planned: { files: files.map(f => f.path), resources } }
}

const moe03 = (snapshot: Snapshot): string[] =>
  MOE_03.evaluate(snapshot).map(r => `${r.resource.name}:${r.outcome}`)

describe('overlayPlanned', () => {
  it('returns the snapshot unchanged when nothing is planned', () => {
    const snapshot = secureSnapshot()
    expect(overlayPlanned(snapshot)).toBe(snapshot)
  })

  it('adds a new public endpoint: MOE-03 passes live and fails planned', () => {
    const snapshot = withPlanned(secureSnapshot(), 'endpoint-public.yml')
    expect(moe03(snapshot)).toEqual(['ep-private:pass'])
    const after = overlayPlanned(snapshot)
    expect(moe03(after)).toEqual(['ep-private:pass', 'fraud-score:fail'])
    expect(after.onlineEndpoints).toEqual(
      ok([
        onlineEndpoint('ep-private', { publicNetworkAccess: 'Disabled' }),
        {
          id: `${WORKSPACE_ID}/onlineEndpoints/fraud-score`,
          name: 'fraud-score',
          computeType: 'Managed',
          publicNetworkAccess: 'Enabled'
        }
      ])
    )
    // The live part stays as read.
    expect(snapshot.onlineEndpoints).toEqual(
      ok([onlineEndpoint('ep-private', { publicNetworkAccess: 'Disabled' })])
    )
  })

  it('replaces a live public endpoint of the same name (any case): fixed by the plan', () => {
    const live = secureSnapshot({
      onlineEndpoints: ok([onlineEndpoint('EP-Public', { publicNetworkAccess: 'Enabled' })])
    })
    const snapshot = withPlanned(live, 'endpoint-fix.yml')
    expect(moe03(snapshot)).toEqual(['EP-Public:fail'])
    const after = overlayPlanned(snapshot)
    expect(moe03(after)).toEqual(['ep-public:pass'])
    // The live id is kept: the same resource, updated.
    expect(after.onlineEndpoints.ok && after.onlineEndpoints.value[0]?.id).toBe(
      `${WORKSPACE_ID}/onlineEndpoints/EP-Public`
    )
  })

  it('a planned endpoint that omits public_network_access fails MOE-03 (service default Enabled)', () => {
    const after = overlayPlanned(withPlanned(secureSnapshot(), 'endpoint-default.yml'))
    expect(moe03(after)).toEqual(['ep-private:pass', 'fraud-score:fail'])
  })

  it('adds a planned deployment under its planned endpoint, created after the read', () => {
    const after = overlayPlanned(
      withPlanned(secureSnapshot(), 'endpoint-public.yml', 'deployment-blue.yml')
    )
    expect(
      after.onlineDeployments[`${WORKSPACE_ID}/onlineendpoints/fraud-score`.toLowerCase()]
    ).toEqual(
      ok([
        {
          id: `${WORKSPACE_ID}/onlineEndpoints/fraud-score/deployments/blue`,
          name: 'blue',
          endpointComputeType: 'Managed',
          egressPublicNetworkAccess: 'Disabled',
          createdAt: '2026-01-15T10:00:00.000Z'
        }
      ])
    )
  })

  it('replaces a live deployment of the same name, keeping its creation time', () => {
    const live = secureSnapshot({
      onlineEndpoints: ok([onlineEndpoint('fraud-score', { publicNetworkAccess: 'Disabled' })]),
      onlineDeployments: keyed([
        [
          `${WORKSPACE_ID}/onlineEndpoints/fraud-score`,
          ok([
            {
              ...managedDeployment('fraud-score', 'blue', 'Enabled'),
              createdAt: '2023-01-01T00:00:00Z'
            },
            managedDeployment('fraud-score', 'green')
          ])
        ]
      ])
    })
    const after = overlayPlanned(withPlanned(live, 'deployment-blue.yml'))
    const read =
      after.onlineDeployments[`${WORKSPACE_ID}/onlineEndpoints/fraud-score`.toLowerCase()]
    expect(read).toEqual(
      ok([
        {
          id: `${WORKSPACE_ID}/onlineEndpoints/fraud-score/deployments/blue`,
          name: 'blue',
          endpointComputeType: 'Managed',
          egressPublicNetworkAccess: 'Disabled',
          createdAt: '2023-01-01T00:00:00Z'
        },
        managedDeployment('fraud-score', 'green')
      ])
    )
  })

  it('maps a Kubernetes endpoint compute to the compute id ARM reports', () => {
    const after = overlayPlanned(withPlanned(secureSnapshot(), 'kubernetes-endpoint.yml'))
    expect(after.onlineEndpoints.ok && after.onlineEndpoints.value[1]).toEqual({
      id: `${WORKSPACE_ID}/onlineEndpoints/k8s-score`,
      name: 'k8s-score',
      computeType: 'Kubernetes',
      compute: `${WORKSPACE_ID}/computes/aks-compute`
    })
  })

  it('keeps an unreadable live endpoint list unread: the plan cannot make it known', () => {
    const refused = failed(403, 'AuthorizationFailed')
    const after = overlayPlanned(
      withPlanned(secureSnapshot({ onlineEndpoints: refused }), 'endpoint-fix.yml')
    )
    expect(after.onlineEndpoints).toEqual(refused)
    expect(MOE_03.evaluate(after).map(r => r.outcome)).toEqual(['unknown'])
  })

  it('finds the planned resource behind a result', () => {
    const snapshot = withPlanned(secureSnapshot(), 'endpoint-public.yml', 'deployment-blue.yml')
    expect(plannedSourceOf(snapshot, `${WORKSPACE_ID}/onlineEndpoints/Fraud-Score`)).toMatchObject({
      file: 'deploy/endpoint-public.yml',
      line: 3
    })
    expect(
      plannedSourceOf(snapshot, `${WORKSPACE_ID}/onlineEndpoints/fraud-score/deployments/blue`)
    ).toMatchObject({ file: 'deploy/deployment-blue.yml' })
    expect(plannedSourceOf(snapshot, `${WORKSPACE_ID}/onlineEndpoints/ep-private`)).toBeUndefined()
  })
})

describe('readDeploymentFiles', () => {
  const workspace = new URL('../', FIXTURES).pathname

  it('reads the matched files relative to the workspace, skipping other schemas with a note', async () => {
    const read = await readDeploymentFiles(
      ['planned/endpoint-public.yml', 'planned/environment.yml'],
      workspace
    )
    expect(read?.planned.files).toEqual(['planned/endpoint-public.yml', 'planned/environment.yml'])
    expect(read?.planned.resources.map(r => r.name)).toEqual(['fraud-score'])
    expect(read?.notes).toEqual([
      '`deployment-files`: "planned/environment.yml" declares the "environment" schema, not an online endpoint or deployment; it was not read.'
    ])
  })

  it('is off when no pattern is given', async () => {
    expect(await readDeploymentFiles([], workspace)).toBeUndefined()
  })

  it.each([['../fixtures/planned/endpoint-public.yml'], ['/etc/passwd']])(
    'refuses the pattern %s outside the workspace',
    async pattern => {
      await expect(readDeploymentFiles([pattern], workspace + 'planned')).rejects.toThrow(
        /points outside the workspace checkout/
      )
    }
  )

  it('refuses a symbolic link in the checkout that leads out of it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'aig-planned-'))
    try {
      const checkout = path.join(dir, 'checkout')
      mkdirSync(path.join(checkout, 'deploy'), { recursive: true })
      writeFileSync(path.join(dir, 'outside.yml'), 'name: secret\n')
      symlinkSync(path.join(dir, 'outside.yml'), path.join(checkout, 'deploy', 'endpoint.yml'))
      await expect(readDeploymentFiles(['deploy/*.yml'], checkout)).rejects.toThrow(
        '`deployment-files`: "deploy/endpoint.yml" resolves outside the workspace checkout (a symbolic link?); it was not read.'
      )
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('says so when nothing matched', async () => {
    await expect(readDeploymentFiles(['deploy/*.yml'], workspace)).rejects.toThrow(
      '`deployment-files`: no file matched "deploy/*.yml".'
    )
  })
})

describe('a saved snapshot with a planned part', () => {
  it('round-trips through from-snapshot, live and planned apart', () => {
    const snapshot = withPlanned(secureSnapshot(), 'endpoint-public.yml')
    const read = parseSnapshot(JSON.parse(JSON.stringify(snapshot)), '`from-snapshot`: "s.json"')
    expect(read.planned).toEqual(snapshot.planned)
    expect(moe03(read)).toEqual(['ep-private:pass'])
    expect(moe03(overlayPlanned(read))).toEqual(['ep-private:pass', 'fraud-score:fail'])
  })

  it.each([
    [{ files: 'x', resources: [] }, 'planned.files is not a list of paths'],
    [
      { files: [], resources: [{ kind: 'onlineEndpoint' }] },
      'planned.resources[0] is not a planned endpoint or deployment'
    ],
    [
      { files: [], resources: [], armResources: [{ route: 'what-if', change: 'Create', type: 5 }] },
      'planned.armResources[0] is not a planned ARM resource'
    ],
    [
      {
        files: [],
        resources: [],
        armResources: [
          { route: 'terraform', change: 'Modify', file: 'p.json', id: '/x', type: 't', after: 'no' }
        ]
      },
      'planned.armResources[0] is not a planned ARM resource'
    ],
    [
      { files: [], resources: [], unreadable: [{ route: 'what-if', file: 'a.json', error: {} }] },
      'planned.unreadable[0] is not an unreadable planned source'
    ]
  ])('refuses a forged planned part %j', (planned, problem) => {
    const data = { ...JSON.parse(JSON.stringify(secureSnapshot())), planned }
    expect(() => parseSnapshot(data, '`from-snapshot`: "s.json"')).toThrow(problem)
  })
})
