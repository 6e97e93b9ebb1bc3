// The emulator's Deployments_WhatIf (emulator/what-if.ts): the request validated as the REST spec
// (Microsoft.Resources/deployments 2025-04-01: DeploymentWhatIf.properties and its `mode` are
// required) and the changes predicted as PostDeploymentWhatIfOnResourceGroup.json shows them
// (`resourceId`, `changeType` Create/Modify/NoChange/Unsupported, `before`/`after`).
import { describe, expect, it } from '@jest/globals'
import { whatIf, type WhatIfScope } from '../emulator/what-if.js'

const RG = '/subscriptions/sub-1/resourceGroups/ml-rg'
const WS = `${RG}/providers/Microsoft.MachineLearningServices/workspaces/ml-ws`
const NET_NSG =
  '/subscriptions/sub-1/resourceGroups/net-rg/providers/Microsoft.Network/networkSecurityGroups/nsg-ml'

const live: Record<string, Record<string, unknown>> = {
  [`${WS}/onlineEndpoints/ep-private`.toLowerCase()]: {
    id: `${WS}/onlineEndpoints/ep-private`,
    name: 'ep-private',
    type: 'Microsoft.MachineLearningServices/workspaces/onlineEndpoints',
    location: 'eastus2',
    properties: {
      authMode: 'AMLToken',
      publicNetworkAccess: 'Disabled',
      provisioningState: 'Succeeded'
    }
  }
}
const scope: WhatIfScope = {
  subscriptionId: 'sub-1',
  resourceGroup: 'ml-rg',
  location: 'eastus2',
  get: id => live[id]
}

const endpoint = (name: string, access: string): Record<string, unknown> => ({
  type: 'Microsoft.MachineLearningServices/workspaces/onlineEndpoints',
  apiVersion: '2024-10-01',
  name: `[concat(parameters('workspaceName'), '/${name}')]`,
  location: '[resourceGroup().location]',
  properties: { authMode: 'AMLToken', publicNetworkAccess: access }
})

const post = (resources: unknown[], extra: Record<string, unknown> = {}) =>
  whatIf(
    {
      properties: {
        mode: 'Incremental',
        template: {
          parameters: { workspaceName: { type: 'string', defaultValue: 'ml-ws' } },
          resources
        },
        ...extra
      }
    },
    scope
  )

const changes = (answer: ReturnType<typeof whatIf>) =>
  answer.status === 200
    ? (answer.body['properties'] as { changes: Array<Record<string, unknown>> }).changes
    : []

describe("the emulator's what-if", () => {
  it('refuses a body without properties.mode, as ARM does (400)', () => {
    expect(whatIf({ properties: { template: { resources: [] } } }, scope)).toEqual({
      status: 400,
      code: 'InvalidRequestContent',
      message:
        "The request content was invalid and could not be deserialized: 'Required property 'mode' not found in JSON. Path 'properties''."
    })
  })

  it('refuses parameters the template does not declare, and a missing required one', () => {
    expect(post([], { parameters: { other: { value: 1 } } })).toMatchObject({
      status: 400,
      code: 'InvalidTemplate'
    })
    const missing = whatIf(
      {
        properties: {
          mode: 'Incremental',
          template: { parameters: { name: { type: 'string' } }, resources: [] }
        }
      },
      scope
    )
    expect(missing).toMatchObject({ status: 400, code: 'InvalidTemplate' })
  })

  it('predicts Create, Modify and NoChange against what the emulator serves', () => {
    const answer = post([
      endpoint('fraud-score', 'Enabled'),
      endpoint('ep-private', 'Enabled'),
      { ...endpoint('ep-private', 'Disabled'), name: 'ml-ws/ep-private' }
    ])
    expect(answer.status).toBe(200)
    const [created, modified, unchanged] = changes(answer)
    expect(created).toEqual({
      resourceId: `${WS}/onlineEndpoints/fraud-score`,
      changeType: 'Create',
      after: {
        apiVersion: '2024-10-01',
        id: `${WS}/onlineEndpoints/fraud-score`,
        name: 'ml-ws/fraud-score',
        type: 'Microsoft.MachineLearningServices/workspaces/onlineEndpoints',
        location: 'eastus2',
        properties: { authMode: 'AMLToken', publicNetworkAccess: 'Enabled' }
      }
    })
    expect(modified).toMatchObject({
      changeType: 'Modify',
      before: { properties: { publicNetworkAccess: 'Disabled' } },
      after: { properties: { publicNetworkAccess: 'Enabled' } }
    })
    expect(unchanged).toMatchObject({ changeType: 'NoChange' })
  })

  it('gives a child resource its parent id prefix', () => {
    const nested = { type: 'deployments', apiVersion: '2024-10-01', name: 'blue', properties: {} }
    const [parent, child] = changes(post([{ ...endpoint('ep', 'Disabled'), resources: [nested] }]))
    expect(parent?.['resourceId']).toBe(`${WS}/onlineEndpoints/ep`)
    expect(child?.['resourceId']).toBe(`${WS}/onlineEndpoints/ep/deployments/blue`)
  })

  it('follows a nested deployment into another resource group', () => {
    const [nsg] = changes(
      post([
        {
          type: 'Microsoft.Resources/deployments',
          apiVersion: '2022-09-01',
          name: 'network',
          resourceGroup: 'net-rg',
          properties: {
            mode: 'Incremental',
            expressionEvaluationOptions: { scope: 'inner' },
            template: {
              resources: [
                {
                  type: 'Microsoft.Network/networkSecurityGroups',
                  apiVersion: '2024-05-01',
                  name: 'nsg-ml',
                  location: '[resourceGroup().location]',
                  properties: { securityRules: [] }
                }
              ]
            }
          }
        }
      ])
    )
    expect(nsg).toMatchObject({ resourceId: NET_NSG, changeType: 'Create' })
  })

  it('answers Unsupported with a reason for what it does not evaluate', () => {
    const [change] = changes(
      post([
        {
          ...endpoint('ep', 'Enabled'),
          properties: { publicNetworkAccess: "[if(true(), 'Enabled', 'Disabled')]" }
        }
      ])
    )
    expect(change).toEqual({
      resourceId: `${WS}/onlineEndpoints/ep`,
      changeType: 'Unsupported',
      unsupportedReason:
        "Changes to the resource declared at 'ml-ws/ep' cannot be analyzed because the template function 'if' is not evaluated by the emulator's what-if."
    })
  })
})
