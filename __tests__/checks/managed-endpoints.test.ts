import { describe, expect, it } from '@jest/globals'
import {
  MOE_01,
  MOE_02,
  MOE_03,
  MOE_04,
  MOE_05,
  MOE_06,
  MOE_07
} from '../../src/evaluate/checks/managed-endpoints.js'
import { toWorkspace } from '../../src/model/normalize.js'
import type { OnlineDeployment, Snapshot } from '../../src/model/snapshot.js'
import {
  RESOURCE_GROUP,
  SUBSCRIPTION,
  WORKSPACE_ID,
  dependencyId,
  dependencyRules,
  failed,
  keyed,
  managedDeployment,
  ok,
  onlineEndpoint,
  secureSnapshot,
  withWorkspace
} from './fixtures.js'
import { readReference } from '../fixtures/reference.js'

const RG_SCOPE = `/subscriptions/${SUBSCRIPTION}/resourceGroups/${RESOURCE_GROUP}`
/** `--resource-group <rg> --workspace-name <ws>` as the commands to copy name the fixture workspace. */
const WS_ARGS = `--resource-group ${RESOURCE_GROUP} --workspace-name testworkspace`
const WS_NAME_ARGS = `--resource-group ${RESOURCE_GROUP} --name testworkspace`
const PROVISION = `az ml workspace provision-network ${WS_NAME_ARGS}`

const withEndpoints = (...endpoints: ReturnType<typeof onlineEndpoint>[]) =>
  secureSnapshot({ onlineEndpoints: ok(endpoints) })

describe('MOE-03 managed online endpoints are not public', () => {
  it('gives one result per managed endpoint, each naming it', () => {
    const results = MOE_03.evaluate(
      withEndpoints(
        onlineEndpoint('ep-private', { publicNetworkAccess: 'Disabled' }),
        onlineEndpoint('ep-lower', { publicNetworkAccess: 'disabled' }),
        onlineEndpoint('ep-public', { publicNetworkAccess: 'Enabled' }),
        onlineEndpoint('ep-default')
      )
    )
    expect(results.map(r => [r.resource.name, r.outcome])).toEqual([
      ['ep-private', 'pass'],
      ['ep-lower', 'pass'],
      ['ep-public', 'fail'],
      ['ep-default', 'fail']
    ])
    expect(results[0]?.resource).toEqual({
      id: `${WORKSPACE_ID}/onlineEndpoints/ep-private`,
      name: 'ep-private',
      type: 'Microsoft.MachineLearningServices/workspaces/onlineEndpoints'
    })
  })

  it('fails a public endpoint with the command that fixes it', () => {
    const [r] = MOE_03.evaluate(
      withEndpoints(onlineEndpoint('ep-public', { publicNetworkAccess: 'Enabled' }))
    )
    expect(r?.outcome).toBe('fail')
    expect(r?.severity).toBe('error')
    expect(r?.detail).toBe(
      'Managed online endpoint ep-public has public network access Enabled and accepts scoring requests from the public internet. Turn its public network access off.'
    )
    expect(r?.remedy).toEqual({
      commands: [
        `az ml online-endpoint update --name ep-public ${WS_ARGS} --set public_network_access=disabled`
      ]
    })
    // The endpoint's name is Azure's: shown as code, escaped by renderers; our words are not.
    expect(r?.message?.[1]).toEqual({ code: 'ep-public' })
  })

  it('quotes a name no shell would take as one word, so a command to copy runs nothing else', () => {
    const [r] = MOE_03.evaluate(
      withEndpoints(onlineEndpoint("ep;echo owned 'x'", { publicNetworkAccess: 'Enabled' }))
    )
    expect(r?.remedy?.commands).toEqual([
      `az ml online-endpoint update --name 'ep;echo owned '\\''x'\\''' ${WS_ARGS} --set public_network_access=disabled`
    ])
  })

  it('treats an absent setting as the Enabled default', () => {
    const [r] = MOE_03.evaluate(withEndpoints(onlineEndpoint('ep-default')))
    expect(r?.outcome).toBe('fail')
    expect(r?.detail).toContain('service default (Enabled)')
  })

  it('ignores Kubernetes endpoints', () => {
    const results = MOE_03.evaluate(
      withEndpoints(
        onlineEndpoint('k8s-public', { computeType: 'Kubernetes', publicNetworkAccess: 'Enabled' }),
        onlineEndpoint('ep-private', { publicNetworkAccess: 'Disabled' })
      )
    )
    expect(results.map(r => r.resource.name)).toEqual(['ep-private'])
  })

  it.each([
    ['no endpoints', [], 'no managed online endpoints yet'],
    [
      'only Kubernetes endpoints (route auto picks Kubernetes)',
      [onlineEndpoint('k8s', { computeType: 'Kubernetes' })],
      'Not evaluated: this check is for managed online endpoints'
    ]
  ])('is skipped with %s', (_label, endpoints, reason) => {
    const results = MOE_03.evaluate(withEndpoints(...endpoints))
    expect(results).toHaveLength(1)
    expect(results[0]?.outcome).toBe('skipped')
    expect(results[0]?.detail).toContain(reason)
    expect(results[0]?.resource.id).toBe(WORKSPACE_ID)
  })

  it('is unknown when the endpoint list could not be read', () => {
    const results = MOE_03.evaluate(secureSnapshot({ onlineEndpoints: failed(403) }))
    expect(results).toHaveLength(1)
    expect(results[0]?.outcome).toBe('unknown')
    expect(results[0]?.detail).toContain('online endpoints of workspace testworkspace')
    expect(results[0]?.detail).toContain('HTTP 403')
    expect(results[0]?.detail).toContain(`Reader role on resource group ${RESOURCE_GROUP}`)
    // One refused read of the workspace's group: the shared cause, with the grant that fixes it.
    expect(results[0]?.cause).toMatchObject({
      key: `reader:${RG_SCOPE.toLowerCase()}`,
      fix: {
        commands: [
          `az role assignment create --assignee <client-id> --role Reader --scope ${RG_SCOPE}`
        ]
      },
      raw: expect.stringContaining('does not have authorization')
    })
    expect(results[0]?.detail).not.toContain('does not have authorization')
  })
})

describe('MOE-01 the workspace uses a managed virtual network', () => {
  const legacy = (deployments: OnlineDeployment[], rest: Partial<Snapshot> = {}): Snapshot =>
    withWorkspace(
      { managedNetwork: { isolationMode: 'Disabled' } },
      {
        onlineDeployments: keyed([[`${WORKSPACE_ID}/onlineEndpoints/ep-private`, ok(deployments)]]),
        ...rest
      }
    )

  it.each(['AllowOnlyApprovedOutbound', 'allowinternetoutbound'])('passes %s', mode => {
    const [r] = MOE_01.evaluate(withWorkspace({ managedNetwork: { isolationMode: mode } }))
    expect(r?.outcome).toBe('pass')
  })

  it('fails with a warning when every managed deployment still has legacy egress isolation', () => {
    const [r] = MOE_01.evaluate(
      legacy([
        managedDeployment('ep-private', 'blue'),
        managedDeployment('ep-private', 'green', 'disabled')
      ])
    )
    expect(r).toMatchObject({ outcome: 'fail', severity: 'warning' })
    expect(r?.detail).toContain('ep-private/blue, ep-private/green')
    expect(r?.detail).toContain('Enable the managed network and provision it')
    expect(r?.remedy).toEqual({
      commands: [
        `az ml workspace update ${WS_NAME_ARGS} --managed-network allow_only_approved_outbound`,
        PROVISION
      ]
    })
  })

  it.each([
    [
      'a deployment with egress Enabled',
      [managedDeployment('ep-private', 'blue', 'Enabled')],
      'can reach the internet'
    ],
    [
      'a deployment without the flag',
      [managedDeployment('ep-private', 'blue', null)],
      'service default, Enabled'
    ],
    ['no deployment yet', [], 'No managed deployment exists yet']
  ])('fails as an error with %s', (_label, deployments, text) => {
    const [r] = MOE_01.evaluate(legacy(deployments))
    expect(r).toMatchObject({ outcome: 'fail', severity: 'error' })
    expect(r?.detail).toContain(text)
    expect(r?.remedy?.commands[0]).toContain('--managed-network allow_only_approved_outbound')
  })

  it('fails as an error when the deployments could not be read (legacy isolation unconfirmed)', () => {
    const s = withWorkspace(
      { managedNetwork: undefined },
      { onlineDeployments: keyed([[`${WORKSPACE_ID}/onlineEndpoints/ep-private`, failed(403)]]) }
    )
    const [r] = MOE_01.evaluate(s)
    expect(r).toMatchObject({ outcome: 'fail', severity: 'error' })
    expect(r?.detail).toContain('isolation mode Disabled (not set)')
    expect(r?.detail).toContain('The deployments of ep-private could not be read')
    // The fail is the missing network, not the read: its fix is the network's.
    expect(r?.cause).toBeUndefined()
    expect(r?.remedy?.commands).toEqual([
      `az ml workspace update ${WS_NAME_ARGS} --managed-network allow_only_approved_outbound`,
      PROVISION
    ])
  })

  it('fails as an error, naming the status, when the endpoint list could not be read', () => {
    const [r] = MOE_01.evaluate(
      withWorkspace({ managedNetwork: undefined }, { onlineEndpoints: failed(403) })
    )
    expect(r).toMatchObject({ outcome: 'fail', severity: 'error' })
    expect(r?.detail).toContain(
      'The online endpoints could not be read (HTTP 403 AuthorizationFailed)'
    )
    expect(r?.detail).not.toContain('does not have authorization')
  })

  it('is unknown when the workspace could not be read, with the Reader grant as its cause', () => {
    const [r] = MOE_01.evaluate(secureSnapshot({ workspace: failed(403) }))
    expect(r?.outcome).toBe('unknown')
    expect(r?.detail).toContain(
      'Could not read workspace testworkspace (HTTP 403 AuthorizationFailed)'
    )
    expect(r?.cause?.key).toBe(`reader:${RG_SCOPE.toLowerCase()}`)
  })
})

describe('MOE-02 the managed network is provisioned', () => {
  const status = (value: string | undefined): Snapshot =>
    withWorkspace({
      managedNetwork: {
        isolationMode: 'AllowOnlyApprovedOutbound',
        ...(value === undefined ? {} : { status: { status: value } })
      }
    })

  it('passes Active, fails Inactive as a warning with provision-network, unknown without a status', () => {
    expect(MOE_02.evaluate(status('active'))[0]?.outcome).toBe('pass')
    const [inactive] = MOE_02.evaluate(status('Inactive'))
    expect(inactive).toMatchObject({ outcome: 'fail', severity: 'warning' })
    expect(inactive?.detail).toBe(
      'The managed network of workspace testworkspace is Inactive, not Active: its private endpoints and outbound rules are not in place yet. Provision it.'
    )
    expect(inactive?.remedy).toEqual({ commands: [PROVISION] })
    const [unknown] = MOE_02.evaluate(status(undefined))
    expect(unknown?.outcome).toBe('unknown')
    expect(unknown?.detail).toContain('reports no managed network status')
    expect(unknown?.remedy).toEqual({ commands: [PROVISION] })
  })

  it('is unknown with the Reader grant as its cause when the workspace could not be read', () => {
    const [r] = MOE_02.evaluate(secureSnapshot({ workspace: failed(403) }))
    expect(r?.outcome).toBe('unknown')
    expect(r?.cause?.fix?.commands).toEqual([
      `az role assignment create --assignee <client-id> --role Reader --scope ${RG_SCOPE}`
    ])
  })

  it('is skipped without a managed network', () => {
    const [r] = MOE_02.evaluate(withWorkspace({ managedNetwork: { isolationMode: 'Disabled' } }))
    expect(r?.outcome).toBe('skipped')
    expect(r?.detail).toContain('MOE-01')
  })
})

describe('MOE-04 egress of every managed deployment is isolated', () => {
  const deployments = (mode: string, ...list: OnlineDeployment[]): Snapshot =>
    withWorkspace(
      { managedNetwork: { isolationMode: mode } },
      { onlineDeployments: keyed([[`${WORKSPACE_ID}/onlineEndpoints/ep-private`, ok(list)]]) }
    )

  // how-to-managed-network (and how-to-secure-online-endpoint, migration): existing managed online
  // endpoints are not moved into a managed network enabled after them; they must be recreated.
  // The snapshot has no time the network was enabled, so only what is provable gets a verdict:
  // enabling it changes the workspace, so a deployment newer than the workspace's last change is in it.
  it('passes a deployment with the legacy egress flag Disabled: isolated either way', () => {
    const [r] = MOE_04.evaluate(
      deployments('AllowOnlyApprovedOutbound', managedDeployment('ep-private', 'blue'))
    )
    expect(r?.outcome).toBe('pass')
    expect(r?.detail).toContain('isolated whether it runs in the workspace managed network')
    expect(r?.resource.name).toBe('ep-private/blue')
  })

  it('never passes a deployment without the flag: not confirmed, with how to confirm and fix', () => {
    const results = MOE_04.evaluate(
      deployments(
        'AllowOnlyApprovedOutbound',
        {
          ...managedDeployment('ep-private', 'blue', 'Enabled'),
          createdAt: '2026-03-02T09:14:27Z'
        },
        managedDeployment('ep-private', 'green', null)
      )
    )
    expect(results.map(r => r.outcome)).toEqual(['unknown', 'unknown'])
    expect(results[0]?.detail).toContain('not confirmed that its egress goes through')
    expect(results[0]?.detail).toContain('it was created 2026-03-02T09:14:27Z')
    expect(results[0]?.detail).toContain("in the workspace's activity log (first command)")
    expect(results[0]?.remedy?.commands).toEqual([
      `az monitor activity-log list --resource-id ${WORKSPACE_ID} --offset 90d`,
      `az ml online-deployment create ${WS_ARGS} --endpoint-name ep-private --name <new-deployment> --file deployment.yml --all-traffic`,
      `az ml online-deployment delete ${WS_ARGS} --endpoint-name ep-private --name blue --yes`
    ])
    expect(results[0]?.remedy?.placeholders).toEqual(expect.arrayContaining([{ code: 'blue' }]))
    expect(results[1]?.detail).toContain('Azure reports no creation time for it')
    expect(results[1]?.remedy?.commands[2]).toContain('--name green --yes')
  })

  it('passes a deployment created after the workspace was last changed (so after its managed network), and not one created before', () => {
    const at = (lastModifiedAt: string): Snapshot => {
      const snapshot = deployments('AllowOnlyApprovedOutbound', {
        ...managedDeployment('ep-private', 'blue', null),
        createdAt: '2026-05-19T11:05:48Z'
      })
      if (!snapshot.workspace.ok) throw new Error('fixture: the workspace read is ok')
      return { ...snapshot, workspace: ok({ ...snapshot.workspace.value, lastModifiedAt }) }
    }
    const [after] = MOE_04.evaluate(at('2026-05-18T16:40:03Z'))
    expect(after?.outcome).toBe('pass')
    expect(after?.detail).toContain("after the workspace's last change (2026-05-18T16:40:03Z)")
    const [before] = MOE_04.evaluate(at('2026-05-20T08:00:00Z'))
    expect(before?.outcome).toBe('unknown')
    expect(before?.detail).toContain("before the workspace's last change (2026-05-20T08:00:00Z)")
  })

  it('fails a deployment created before managed networks existed (23 May 2023)', () => {
    const [r] = MOE_04.evaluate(
      deployments('AllowInternetOutbound', {
        ...managedDeployment('ep-private', 'blue', null),
        createdAt: '2023-02-10T08:00:00Z'
      })
    )
    expect(r?.outcome).toBe('fail')
    expect(r?.severity).toBe('error')
    expect(r?.detail).toContain('before managed virtual networks existed')
    expect(r?.detail).toContain('can reach the internet')
    expect(r?.detail).toContain('delete and recreate endpoint ep-private')
    expect(r?.remedy?.commands).toEqual([
      `az ml online-deployment create ${WS_ARGS} --endpoint-name ep-private --name <new-deployment> --file deployment.yml --all-traffic`,
      `az ml online-deployment delete ${WS_ARGS} --endpoint-name ep-private --name blue --yes`
    ])
  })

  it('without a managed network passes Disabled and fails Enabled or unset, with the recreate command', () => {
    const results = MOE_04.evaluate(
      deployments(
        'Disabled',
        managedDeployment('ep-private', 'blue'),
        managedDeployment('ep-private', 'green', 'Enabled'),
        managedDeployment('ep-private', 'red', null)
      )
    )
    expect(results.map(r => r.outcome)).toEqual(['pass', 'fail', 'fail'])
    expect(results[1]?.detail).toContain('recreate it with egress disabled')
    expect(results[1]?.remedy?.commands).toEqual([
      `az ml online-deployment create ${WS_ARGS} --endpoint-name ep-private --name <new-deployment> --file deployment.yml --set egress_public_network_access=disabled --all-traffic`,
      `az ml online-deployment delete ${WS_ARGS} --endpoint-name ep-private --name green --yes`
    ])
    expect(results[2]?.detail).toContain('service default, Enabled')
    expect(results[2]?.remedy?.commands[1]).toContain('--name red --yes')
  })

  it('is unknown per endpoint whose deployments could not be read, skipped with none', () => {
    const unreadable = withWorkspace(
      {},
      { onlineDeployments: keyed([[`${WORKSPACE_ID}/onlineEndpoints/ep-private`, failed(500)]]) }
    )
    const [r] = MOE_04.evaluate(unreadable)
    expect(r?.outcome).toBe('unknown')
    expect(r?.resource.name).toBe('ep-private')
    expect(r?.detail).toContain(
      'Could not read the deployments of online endpoint ep-private (HTTP 500 InternalServerError)'
    )
    expect(r?.cause?.key).toBe('unavailable')
    const refused = withWorkspace(
      {},
      { onlineDeployments: keyed([[`${WORKSPACE_ID}/onlineEndpoints/ep-private`, failed(403)]]) }
    )
    // The deployments live in the workspace's resource group: Reader there fixes it.
    expect(MOE_04.evaluate(refused)[0]?.cause?.key).toBe(`reader:${RG_SCOPE.toLowerCase()}`)
    const none = deployments('Disabled')
    expect(MOE_04.evaluate(none)[0]?.outcome).toBe('skipped')
  })
})

describe('MOE-05 the managed network reaches storage, key vault and registry privately', () => {
  it('passes one result per dependency, matching ids case-insensitively', () => {
    const rules = dependencyRules().map(r => ({
      ...r,
      serviceResourceId: r.serviceResourceId?.toUpperCase()
    }))
    const results = MOE_05.evaluate(secureSnapshot({ outboundRules: ok(rules) }))
    expect(results.map(r => [r.resource.name, r.outcome])).toEqual([
      ['testworkspacestorage', 'pass'],
      ['testworkspacekv', 'pass'],
      ['testworkspaceacr', 'pass']
    ])
  })

  it('fails a missing rule with the outbound-rule command and an inactive one with provision-network', () => {
    const [storage, kv] = dependencyRules()
    const results = MOE_05.evaluate(
      secureSnapshot({ outboundRules: ok([storage!, { ...kv!, status: 'Inactive' }]) })
    )
    expect(results.map(r => r.outcome)).toEqual(['pass', 'fail', 'fail'])
    expect(results[1]?.detail).toContain('not Active')
    expect(results[1]?.detail).toContain('__SYS_PE_testworkspacekv_vault (Inactive)')
    expect(results[1]?.remedy).toEqual({ commands: [PROVISION] })
    expect(results[2]?.detail).toContain('No PrivateEndpoint outbound rule')
    expect(results[2]?.remedy).toEqual({
      commands: [
        `az ml workspace outbound-rule set ${WS_ARGS} --rule pe-testworkspaceacr-registry --type private_endpoint --service-resource-id ${dependencyId('registry')} --subresource-target registry`,
        PROVISION
      ]
    })
  })

  // how-to-managed-network (outbound rules): a PrivateEndpoint rule names one sub-resource
  // (subresourceTarget); deployments load models from blob storage, so a `file` rule alone is no path.
  it('fails the storage account when only its file sub-resource has an active rule', () => {
    const [storage, kv, acr] = dependencyRules()
    const fileOnly = { ...storage!, name: 'pe-storage-file', subresourceTarget: 'file' }
    const inactiveBlob = { ...storage!, status: 'Inactive' }
    const results = MOE_05.evaluate(secureSnapshot({ outboundRules: ok([fileOnly, kv!, acr!]) }))
    expect(results.map(r => r.outcome)).toEqual(['fail', 'pass', 'pass'])
    expect(results[0]?.detail).toContain('pe-storage-file (file)')
    expect(results[0]?.detail).toContain('none targets the blob sub-resource')
    expect(results[0]?.remedy?.commands[0]).toContain(
      '--rule pe-testworkspacestorage-blob --type private_endpoint'
    )
    expect(results[0]?.remedy?.commands[0]).toContain('--subresource-target blob')
    const [withInactive] = MOE_05.evaluate(
      secureSnapshot({ outboundRules: ok([fileOnly, inactiveBlob, kv!, acr!]) })
    )
    expect(withInactive?.outcome).toBe('fail')
    expect(withInactive?.detail).toContain('blob sub-resource of storage account')
    expect(withInactive?.detail).toContain('not Active')
  })

  // how-to-managed-network (Allow internet outbound): the service creates private endpoints to
  // the workspace's storage, key vault and registry only when their public network access is
  // disabled; a public dependency is reached over its public endpoint by design.
  describe('in AllowInternetOutbound', () => {
    const internet = (access: Snapshot['dependencyNetworkAccess']): Snapshot =>
      withWorkspace(
        {
          managedNetwork: {
            isolationMode: 'AllowInternetOutbound',
            status: { status: 'Active', sparkReady: false },
            outboundRules: {}
          }
        },
        { outboundRules: ok([dependencyRules()[0]!]), dependencyNetworkAccess: access }
      )
    const kv = dependencyId('keyVault')
    const acr = dependencyId('registry')

    it('warns for a public dependency without a rule, with the command that disables public access', () => {
      const results = MOE_05.evaluate(
        internet(
          keyed([
            [kv, ok({ id: kv, publicNetworkAccess: 'Enabled' })],
            [acr, ok({ id: acr })]
          ])
        )
      )
      expect(results.map(r => [r.outcome, r.severity])).toEqual([
        ['pass', undefined],
        ['fail', 'warning'],
        ['fail', 'warning']
      ])
      expect(results[1]?.detail).toContain('allows public network access (Enabled)')
      expect(results[1]?.remedy).toEqual({
        commands: [
          `az keyvault update --resource-group ${RESOURCE_GROUP} --name testworkspacekv --public-network-access Disabled`,
          PROVISION
        ]
      })
      expect(results[2]?.detail).toContain('not set: Enabled by default')
      expect(results[2]?.remedy?.commands[0]).toBe(
        `az acr update --resource-group ${RESOURCE_GROUP} --name testworkspaceacr --public-network-enabled false`
      )
    })

    it('fails as an error a dependency with public access disabled and no rule', () => {
      const results = MOE_05.evaluate(
        internet(
          keyed([
            [kv, ok({ id: kv, publicNetworkAccess: 'Disabled' })],
            [acr, ok({ id: acr, publicNetworkAccess: 'disabled' })]
          ])
        )
      )
      expect(results.slice(1).map(r => [r.outcome, r.severity])).toEqual([
        ['fail', 'error'],
        ['fail', 'error']
      ])
      expect(results[1]?.detail).toContain('the service should have created the rule')
      expect(results[1]?.remedy?.commands).toEqual([
        `az ml workspace outbound-rule set ${WS_ARGS} --rule pe-testworkspacekv-vault --type private_endpoint --service-resource-id ${kv} --subresource-target vault`,
        PROVISION
      ])
    })

    it('is unknown naming Reader when the dependency cannot be read', () => {
      const results = MOE_05.evaluate(
        internet(
          keyed([
            [kv, failed(403)],
            [acr, failed(403)]
          ])
        )
      )
      expect(results[1]?.outcome).toBe('unknown')
      expect(results[1]?.detail).toContain(
        'Could not read key vault testworkspacekv (HTTP 403 AuthorizationFailed)'
      )
      expect(results[1]?.detail).toContain('Reader role')
      // Both dependencies are in the workspace's group: one grant, one shared cause.
      expect(results[1]?.cause?.key).toBe(`reader:${RG_SCOPE.toLowerCase()}`)
      expect(results[2]?.cause?.key).toBe(results[1]?.cause?.key)
    })
  })

  it('matches the sub-resource case-insensitively', () => {
    const rules = dependencyRules().map(r => ({
      ...r,
      subresourceTarget: r.subresourceTarget?.toUpperCase()
    }))
    const results = MOE_05.evaluate(secureSnapshot({ outboundRules: ok(rules) }))
    expect(results.map(r => r.outcome)).toEqual(['pass', 'pass', 'pass'])
  })

  it('reads rules embedded in the workspace body when the list cannot be read', () => {
    const embedded = Object.fromEntries(
      dependencyRules().map(r => [
        r.name,
        {
          type: r.type,
          status: r.status,
          destination: {
            serviceResourceId: r.serviceResourceId,
            subresourceTarget: r.subresourceTarget
          }
        }
      ])
    )
    const s = withWorkspace(
      { managedNetwork: { isolationMode: 'AllowOnlyApprovedOutbound', outboundRules: embedded } },
      { outboundRules: failed(404) }
    )
    expect(MOE_05.evaluate(s).map(r => r.outcome)).toEqual(['pass', 'pass', 'pass'])
  })

  it('is unknown when no rules could be read, skipped without a managed network or registry', () => {
    expect(MOE_05.evaluate(secureSnapshot({ outboundRules: failed(403) }))[0]?.outcome).toBe(
      'unknown'
    )
    expect(
      MOE_05.evaluate(withWorkspace({ managedNetwork: { isolationMode: 'Disabled' } }))[0]?.outcome
    ).toBe('skipped')
    const noRegistry = MOE_05.evaluate(withWorkspace({ containerRegistry: undefined }))
    expect(noRegistry.map(r => r.outcome)).toEqual(['pass', 'pass', 'skipped'])
  })

  it('is unknown for a workspace that names no key vault, with the command that shows it', () => {
    const results = MOE_05.evaluate(withWorkspace({ keyVault: undefined }))
    expect(results[1]?.outcome).toBe('unknown')
    expect(results[1]?.detail).toContain('Workspace testworkspace reports no key vault')
    expect(results[1]?.remedy).toEqual({
      commands: [`az ml workspace show ${WS_NAME_ARGS} --query key_vault`]
    })
  })

  it('is unknown with the Reader grant as its cause when the rules could not be read', () => {
    const [r] = MOE_05.evaluate(secureSnapshot({ outboundRules: failed(403) }))
    expect(r?.detail).toContain(
      'Could not read the managed network outbound rules of workspace testworkspace'
    )
    expect(r?.cause?.key).toBe(`reader:${RG_SCOPE.toLowerCase()}`)
  })
})

describe('MOE-05 against Checkov CKV_AZURE_243', () => {
  interface CheckovWorkspace {
    name: string
    properties: { managedNetwork?: { outboundRules?: Record<string, unknown> } }
  }
  const checkov = readReference('peers/checkov.json') as {
    datasets: Array<{ check_id: string; files?: Record<string, { resources: CheckovWorkspace[] }> }>
  }
  const files = checkov.datasets.find(d => d.check_id === 'CKV_AZURE_243')?.files ?? {}
  const fromCheckov = (file: string): Snapshot => {
    const resource = files[file]?.resources[0]
    if (!resource) throw new Error(`Checkov fixture ${file} not found`)
    return withWorkspace(
      { managedNetwork: resource.properties.managedNetwork },
      { outboundRules: failed(404) }
    )
  }

  // Checkov passes pass1/pass2 for having any PrivateEndpoint rule. We do not: their managed network
  // sets no isolationMode (the service default is Disabled), so there is no managed network to judge;
  // and a rule counts only if it targets the workspace's own storage, key vault or registry and is Active.
  it.each(['pass.json', 'pass2.json', 'fail.json', 'fail2.json'])(
    '%s: skipped (no isolation mode, so no managed network), where Checkov passes or fails on rule type alone',
    file => {
      const [r] = MOE_05.evaluate(fromCheckov(file))
      expect(r?.outcome).toBe('skipped')
    }
  )

  it('pass2 with an approved-outbound network still fails: its PrivateEndpoint rule names no dependency', () => {
    const resource = files['pass2.json']?.resources[0]
    const s = withWorkspace(
      {
        managedNetwork: {
          isolationMode: 'AllowOnlyApprovedOutbound',
          outboundRules: resource?.properties.managedNetwork?.outboundRules
        }
      },
      { outboundRules: failed(404) }
    )
    expect(MOE_05.evaluate(s).map(r => r.outcome)).toEqual(['fail', 'fail', 'fail'])
  })
})

describe('MOE-06 only approved outbound traffic', () => {
  it('passes approved-only, notices internet outbound, skips without a managed network', () => {
    expect(MOE_06.evaluate(secureSnapshot())[0]?.outcome).toBe('pass')
    const [internet] = MOE_06.evaluate(
      withWorkspace({ managedNetwork: { isolationMode: 'AllowInternetOutbound' } })
    )
    expect(internet).toMatchObject({ outcome: 'fail', severity: 'notice' })
    expect(internet?.detail).toContain('is AllowInternetOutbound: deployments can reach any')
    expect(internet?.remedy).toEqual({
      commands: [
        `az ml workspace update ${WS_NAME_ARGS} --managed-network allow_only_approved_outbound`
      ]
    })
    expect(
      MOE_06.evaluate(withWorkspace({ managedNetwork: { isolationMode: 'Disabled' } }))[0]?.outcome
    ).toBe('skipped')
  })

  it('is skipped with the reason when the route is kubernetes', () => {
    const [r] = MOE_06.evaluate(
      secureSnapshot({ request: { route: 'kubernetes', deploymentMethod: 'cli' } })
    )
    expect(r?.outcome).toBe('skipped')
    expect(r?.detail).toContain('The `route` input is `kubernetes`.')
  })

  it('is unknown with the Reader grant as its cause when the workspace could not be read', () => {
    const [r] = MOE_06.evaluate(secureSnapshot({ workspace: failed(403) }))
    expect(r?.outcome).toBe('unknown')
    expect(r?.cause?.key).toBe(`reader:${RG_SCOPE.toLowerCase()}`)
  })
})

describe('MOE-07 the workspace is not in v1 legacy mode', () => {
  // how-to-secure-online-endpoint, Limitations: the workspace's v1_legacy_mode flag must be
  // false for network-isolated managed online endpoints; with it on they cannot be created.
  it('fails v1LegacyMode true with the update command', () => {
    const [r] = MOE_07.evaluate(withWorkspace({ v1LegacyMode: true }))
    expect(r?.outcome).toBe('fail')
    expect(r?.severity).toBe('error')
    expect(r?.detail).toContain('`v1LegacyMode` set to true')
    expect(r?.remedy).toEqual({
      commands: [`az ml workspace update ${WS_NAME_ARGS} --v1-legacy-mode false`]
    })
  })

  it('passes false, and passes absent as the service default', () => {
    expect(MOE_07.evaluate(withWorkspace({ v1LegacyMode: false }))[0]?.outcome).toBe('pass')
    const [absent] = MOE_07.evaluate(withWorkspace({ v1LegacyMode: undefined }))
    expect(absent?.outcome).toBe('pass')
    expect(absent?.detail).toContain('service default (false)')
  })

  it('reads properties.v1LegacyMode from the workspace body', () => {
    const body = { id: WORKSPACE_ID, name: 'testworkspace', properties: { v1LegacyMode: true } }
    expect(toWorkspace(body).v1LegacyMode).toBe(true)
    expect(toWorkspace({ properties: { v1LegacyMode: 'yes' } }).v1LegacyMode).toBeUndefined()
  })

  it('is skipped on the Kubernetes route and unknown when the workspace is unreadable', () => {
    const k8s = withWorkspace({}, { request: { route: 'kubernetes', deploymentMethod: 'cli' } })
    expect(MOE_07.evaluate(k8s)[0]?.outcome).toBe('skipped')
    const [unreadable] = MOE_07.evaluate(secureSnapshot({ workspace: failed(403) }))
    expect(unreadable?.outcome).toBe('unknown')
    expect(unreadable?.cause?.key).toBe(`reader:${RG_SCOPE.toLowerCase()}`)
  })
})
