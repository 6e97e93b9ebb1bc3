/**
 * `detail: redacted`: what a reader of a public repository's comment and job
 * summary sees of real detail texts (shaped as the checks and ARM's 403 answers
 * write them). Ids and IP ranges go, resource names stay.
 */
import { describe, expect, it } from '@jest/globals'
import {
  redactIdentifiers,
  reportAtDetail,
  shortHash
} from '../../src/report/redact-identifiers.js'
import { renderComment, commentMarker } from '../../src/report/comment.js'
import { renderSummary } from '../../src/report/summary.js'
import type { Report } from '../../src/report/model.js'

const SUB = '11111111-2222-3333-4444-555555555555'
const VNET = `/subscriptions/${SUB}/resourceGroups/net-rg/providers/Microsoft.Network/virtualNetworks/vnet-ml`
const OID = '00000000-0000-4000-8000-0000000000b1'
const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i

describe('redactIdentifiers', () => {
  it.each([
    [
      'a 403 on a permissions read (RBAC-01)',
      `Could not read the effective permissions of the identity the action signed in as (object id ${OID}) at ${VNET} (HTTP 403 AuthorizationFailed: The client '00000000-0000-4000-8000-0000000000c1' with object id '${OID}' does not have authorization to perform action 'Microsoft.Authorization/permissions/read' over scope '${VNET}/providers/Microsoft.Authorization/permissions' or the scope is invalid.)`,
      `Could not read the effective permissions of the identity the action signed in as (object id …${shortHash(OID)}) at virtualNetworks/vnet-ml (HTTP 403 AuthorizationFailed: The client '…${shortHash('00000000-0000-4000-8000-0000000000c1')}' with object id '…${shortHash(OID)}' does not have authorization to perform action 'Microsoft.Authorization/permissions/read' over scope 'Microsoft.Authorization/permissions' or the scope is invalid.)`
    ],
    [
      'a subnet id at the end of a sentence',
      `Subnet ${VNET}/subnets/snet-ml has no network security group.`,
      'Subnet subnets/snet-ml has no network security group.'
    ],
    [
      'a forced tunnel route (OUT-04): the next hop address goes, 0.0.0.0/0 stays',
      'Route table rt-ml on subnet snet-ml sends 0.0.0.0/0 (route default-to-firewall) to VirtualAppliance 10.20.0.4: Azure Firewall fw-hub.',
      'Route table rt-ml on subnet snet-ml sends 0.0.0.0/0 (route default-to-firewall) to VirtualAppliance …: Azure Firewall fw-hub.'
    ],
    [
      'address prefixes keep their length only',
      'Virtual network vnet-ml (10.0.0.0/16, fd00:db8:1::/48) is not peered with hub 10.20.0.0/24.',
      'Virtual network vnet-ml (…/16, …/48) is not peered with hub …/24.'
    ],
    [
      'a fix command in quotes',
      `az network vnet subnet update --ids "${VNET}/subnets/snet-ml" --network-security-group nsg-ml`,
      'az network vnet subnet update --ids "subnets/snet-ml" --network-security-group nsg-ml'
    ],
    [
      'versions, dates, service tags and names stay',
      'Registry crmlws0427 (api-version 2025-12-01, v1.2.3) allows AzureContainerRegistry.EastUS2 on TCP 443.',
      'Registry crmlws0427 (api-version 2025-12-01, v1.2.3) allows AzureContainerRegistry.EastUS2 on TCP 443.'
    ]
  ])('%s', (_, input, expected) => {
    expect(redactIdentifiers(input)).toBe(expected)
  })

  it('gives one GUID the same stand-in in any case, and two GUIDs different ones', () => {
    expect(redactIdentifiers(SUB.toUpperCase())).toBe(redactIdentifiers(SUB))
    expect(redactIdentifiers(SUB)).not.toBe(redactIdentifiers(OID))
  })
})

/** A report with ids in the target, the network and a result, as buildReport writes them. */
function reportWithIds(): Report {
  const workspaceId = `/subscriptions/${SUB}/resourceGroups/ml-rg/providers/Microsoft.MachineLearningServices/workspaces/ml-ws`
  return {
    schemaVersion: 1,
    tool: { name: 'aml-inference-guard', version: '1.2.3' },
    generatedAt: '2026-12-04T10:00:00.000Z',
    collectedAt: '2026-12-04T10:00:00.000Z',
    target: { subscriptionId: SUB, resourceGroup: 'ml-rg', workspaceName: 'ml-ws', workspaceId },
    cloud: 'AzureCloud',
    apiVersions: { 'Microsoft.Network': '2026-01-01' },
    routes: { routes: ['managed'], reason: 'the workspace has 1 managed online endpoint.' },
    network: { source: 'input', vnetId: VNET, subnetId: `${VNET}/subnets/snet-ml` },
    results: [
      {
        checkId: 'RBAC-01',
        outcome: 'unknown',
        severity: 'error',
        resource: { id: VNET, name: 'vnet-ml', type: 'Microsoft.Network/virtualNetworks' },
        detail: `Could not read the permissions of object id ${OID} at ${VNET} (HTTP 403).`,
        title: 'The deploying identity can read the virtual network',
        section: 'prerequisites',
        category: 'rbac',
        docUrl: 'https://learn.microsoft.com/azure/machine-learning/how-to-secure-inferencing-vnet',
        fix: `az role assignment create --assignee ${OID} --role "Network Contributor" --scope ${VNET}`,
        remediation: 'Assign the deploying identity a role on the virtual network.'
      }
    ],
    verdict: {
      failed: true,
      headline: '1 unknown',
      counts: { pass: 0, fail: 0, unknown: 1, skipped: 0, suppressed: 0 },
      failedCheckIds: ['RBAC-01'],
      reason: ''
    },
    failOn: 'any'
  } as unknown as Report
}

describe('reportAtDetail', () => {
  it('full is the report itself', () => {
    const report = reportWithIds()
    expect(reportAtDetail(report)).toBe(report)
    expect(reportAtDetail(report, 'full')).toBe(report)
  })

  it('redacted: the comment and the summary name the resources but show no GUID or ARM id; the report is unchanged', () => {
    const report = reportWithIds()
    const before = JSON.stringify(report)
    const marker = commentMarker(`workspace-${shortHash(report.target.workspaceId)}`)
    const full = renderSummary(report)
    expect(full).toMatch(GUID)
    for (const text of [
      renderComment(report, { marker, detail: 'redacted' }),
      renderSummary(report, { detail: 'redacted' })
    ]) {
      expect(text).not.toMatch(GUID)
      expect(text).not.toMatch(/\/subscriptions\//i)
      for (const name of ['ml-ws', 'ml-rg', 'vnet-ml', 'snet-ml']) expect(text).toContain(name)
    }
    expect(JSON.stringify(report)).toBe(before)
  })
})
