// Azure's what-if (`arm-template`) mapped onto the planned part. The answer's shape is Deployments_WhatIf's
// WhatIfOperationResult (Azure/azure-rest-api-specs, specification/resources/resource-manager/
// Microsoft.Resources/deployments/stable/2025-04-01, example PostDeploymentWhatIfOnResourceGroup.json:
// `status`, `properties.changes[]` with `resourceId`, `changeType`, `before`/`after`, `unsupportedReason`).
// MOE-03 pins the verdict: Microsoft Learn "Network isolation with managed online endpoints".
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import type { WhatIfOperationResult } from '@azure/arm-resourcesdeployments'
import { plannedFromWhatIf, readWhatIf, typeOf } from '../../src/collect/read-what-if.js'
import { DEADLINE_CODE } from '../../src/model/snapshot.js'
import { MOE_03 } from '../../src/evaluate/checks/managed-endpoints.js'
import { overlayArm } from '../../src/planned/arm.js'
import { evaluate, evaluateSettingsOf } from '../../src/run/pipeline.js'
import { plannedUnreadableCause } from '../../src/planned/unreadable.js'
import { plainText } from '../../src/model/text.js'
import type { Snapshot } from '../../src/model/snapshot.js'
import { WORKSPACE_ID, secureSnapshot } from '../checks/fixtures.js'

const SPEC_WORKSPACE =
  '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ml/providers/Microsoft.MachineLearningServices/workspaces/mlw-prod'

/** The raw body as ARM sends it, with the ids of the test workspace. */
function rawResult(): Record<string, unknown> {
  const text = readFileSync(
    new URL('../fixtures/planned/what-if-result.json', import.meta.url),
    'utf8'
  )
  const prefix = WORKSPACE_ID.replace(/\/providers\/.*$/, '')
  return JSON.parse(
    text
      .split(SPEC_WORKSPACE)
      .join(WORKSPACE_ID)
      .split('/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ml')
      .join(prefix)
  ) as Record<string, unknown>
}

/** What @azure/arm-resourcesdeployments hands over: `properties` flattened into the result. */
function asSdkResult(raw: Record<string, unknown>): WhatIfOperationResult {
  const { properties, ...rest } = raw
  return { ...rest, ...(properties as object) } as WhatIfOperationResult
}

const moe03 = (snapshot: Snapshot): string[] =>
  MOE_03.evaluate(snapshot).map(r => `${r.resource.name}:${r.outcome}`)

describe('plannedFromWhatIf', () => {
  const { planned, notes } = plannedFromWhatIf('infra/main.json', asSdkResult(rawResult()))

  it('keeps the predicted resources of the types the checks read, with their change', () => {
    expect(planned.files).toEqual(['infra/main.json'])
    expect(planned.resources).toEqual([])
    expect(planned.unreadable).toBeUndefined()
    expect(planned.armResources?.map(r => [r.type, r.id.split('/').pop(), r.change])).toEqual([
      ['Microsoft.MachineLearningServices/workspaces/onlineEndpoints', 'fraud-score', 'Create'],
      ['Microsoft.Network/networkSecurityGroups', 'nsg-ml', 'Modify'],
      ['Microsoft.Network/routeTables', 'rt-ml', 'Unsupported'],
      ['Microsoft.MachineLearningServices/workspaces', 'testworkspace', 'NoChange'],
      ['Microsoft.MachineLearningServices/workspaces/onlineEndpoints', 'old-endpoint', 'Delete']
    ])
    for (const r of planned.armResources ?? []) {
      expect(r).toMatchObject({ route: 'what-if', file: 'infra/main.json' })
    }
  })

  it("takes `after` as the resource will be, and Azure's reason for what it cannot predict", () => {
    const [endpoint, nsg, routeTable, , deleted] = planned.armResources ?? []
    expect(endpoint?.after?.['properties']).toEqual({
      authMode: 'AMLToken',
      publicNetworkAccess: 'Enabled'
    })
    expect(nsg?.after?.['properties']).toMatchObject({
      securityRules: [expect.objectContaining({ name: 'allow-https-in' })]
    })
    expect(routeTable?.after).toBeUndefined()
    expect(routeTable?.unsupportedReason).toContain(
      'cannot be analyzed because its resource ID or API version cannot be calculated until the deployment is under way'
    )
    expect(deleted?.after).toBeUndefined()
  })

  it('counts the other types in one note', () => {
    expect(notes).toEqual([
      "arm-template: Azure's what-if of infra/main.json also predicts 1 Microsoft.ManagedIdentity/userAssignedIdentities, 1 Microsoft.Storage/storageAccounts, which no check reads; they are not judged (docs/planned.md lists the types that are)."
    ])
  })

  it('lays a predicted public endpoint over the live workspace: MOE-03 fails after the change', () => {
    const live = secureSnapshot()
    expect(moe03(live)).toEqual(['ep-private:pass'])
    expect(moe03(overlayArm({ ...live, planned }))).toEqual(['ep-private:pass', 'fraud-score:fail'])
  })

  it('makes a failed what-if unreadable, never a pass', () => {
    const failed = plannedFromWhatIf('infra/main.json', {
      status: 'Failed',
      error: {
        code: 'InvalidTemplate',
        message: "Deployment template validation failed: 'The template resource 'x' is not valid.'",
        details: [{ code: 'Detail', message: 'line 12' }]
      }
    })
    expect(failed.planned.armResources).toBeUndefined()
    expect(failed.planned.unreadable).toEqual([
      {
        route: 'what-if',
        file: 'infra/main.json',
        error: {
          status: null,
          code: 'InvalidTemplate',
          message:
            "Deployment template validation failed: 'The template resource 'x' is not valid.' line 12"
        }
      }
    ])
    const cause = plannedUnreadableCause(failed.planned.unreadable![0]!)
    expect(plainText(cause.summary)).toBe(
      "Azure's what-if of infra/main.json could not be read (InvalidTemplate), so what this change will do is unknown."
    )
  })

  it('treats a change type it does not know as unknown, not as a change it can judge', () => {
    const { planned: odd } = plannedFromWhatIf('main.json', {
      status: 'Succeeded',
      changes: [
        {
          resourceId: `${WORKSPACE_ID}/onlineEndpoints/ep`,
          changeType: 'Transform' as never,
          after: { properties: { publicNetworkAccess: 'Disabled' } }
        }
      ]
    })
    expect(odd.armResources?.[0]).toMatchObject({ change: 'Unsupported' })
    expect(odd.armResources?.[0]?.unsupportedReason).toContain('Transform')
  })
})

describe('readWhatIf', () => {
  it('never throws: a request that fails (here the run deadline) is an unreadable planned source', async () => {
    const clients = {
      deployments: () =>
        Promise.reject(
          Object.assign(new Error('the run reached its deadline'), { code: DEADLINE_CODE })
        )
    }
    const read = await readWhatIf(
      clients as never,
      { subscriptionId: 's', resourceGroup: 'rg' },
      { file: 'infra/main.json', template: { resources: [] } }
    )
    expect(read.planned.unreadable).toEqual([
      {
        route: 'what-if',
        file: 'infra/main.json',
        error: { status: null, code: DEADLINE_CODE, message: 'the run reached its deadline' }
      }
    ])
    expect(read.planned.armResources).toBeUndefined()
  })
})

describe('a refused what-if with nothing else planned', () => {
  it('leaves every planned result unknown: the overlaid state is not taken for the live one', () => {
    const snapshot: Snapshot = {
      ...secureSnapshot(),
      planned: {
        files: ['infra/main.json'],
        resources: [],
        unreadable: [
          {
            route: 'what-if',
            file: 'infra/main.json',
            error: { status: 403, code: 'AuthorizationFailed', message: 'no whatIf/action' }
          }
        ]
      }
    }
    const quiet = { info: () => undefined, warning: () => undefined }
    const { report, verdict } = evaluate(
      snapshot,
      evaluateSettingsOf(
        { failOn: { mode: 'any' }, failOnText: 'any', allowUnknown: false, configFile: 'x.yml' },
        []
      ),
      quiet
    )
    const outcomes = new Set(report.results.map(r => r.outcome))
    expect([...outcomes].filter(o => o !== 'skipped')).toEqual(['unknown'])
    expect(verdict.failed).toBe(true)
    expect(report.planned?.checks.find(c => c.checkId === 'MOE-03')).toMatchObject({
      live: 'pass',
      planned: 'unknown'
    })
  })
})

describe('typeOf', () => {
  it.each([
    [
      `${WORKSPACE_ID}/onlineEndpoints/ep/deployments/blue`,
      'Microsoft.MachineLearningServices/workspaces/onlineEndpoints/deployments'
    ],
    [
      '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/s',
      'Microsoft.Network/virtualNetworks/subnets'
    ],
    [
      '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st/providers/Microsoft.Authorization/roleAssignments/r',
      'Microsoft.Authorization/roleAssignments'
    ],
    ['/subscriptions/s/resourceGroups/rg', undefined]
  ])('%s is %s', (id, type) => {
    expect(typeOf(id)).toBe(type)
  })
})
