/**
 * Managed network V2 (Machine Learning 2025-12-01, ManagedNetworkSettings_Get): the
 * `managedNetworks/default` resource completes the workspace's managed network settings.
 */
import { describe, expect, it } from '@jest/globals'
import { toWorkspace } from '../../src/model/normalize.js'
import {
  usesManagedNetworkV2,
  withManagedNetworkV2
} from '../../src/collect/read-managed-network.js'

const workspace = toWorkspace({
  id: '/subscriptions/s/resourceGroups/ml-rg/providers/Microsoft.MachineLearningServices/workspaces/ml-ws',
  name: 'ml-ws',
  location: 'eastus2',
  properties: {
    managedNetwork: { isolationMode: 'AllowOnlyApprovedOutbound', managedNetworkKind: 'V2' }
  }
})

describe('managed network V2', () => {
  it('is recognised from managedNetworkKind, in any casing', () => {
    expect(usesManagedNetworkV2({ ok: true, value: workspace })).toBe(true)
    const v1 = {
      ...workspace,
      managedNetwork: { isolationMode: 'Disabled', managedNetworkKind: 'v1' }
    }
    expect(usesManagedNetworkV2({ ok: true, value: v1 })).toBe(false)
  })

  it('takes status and rules from managedNetworks/default, keeping the workspace kind', () => {
    const merged = withManagedNetworkV2(
      { ok: true, value: workspace },
      {
        network: {
          ok: true,
          value: {
            isolationMode: 'AllowOnlyApprovedOutbound',
            status: { status: 'Active', sparkReady: false },
            outboundRules: { rule_name_1: { type: 'FQDN', destination: 'pypi.org' } }
          }
        },
        outboundRules: { ok: true, value: [] }
      }
    )
    expect(merged.ok && merged.value.managedNetwork).toEqual({
      isolationMode: 'AllowOnlyApprovedOutbound',
      managedNetworkKind: 'V2',
      status: { status: 'Active', sparkReady: false },
      outboundRules: { rule_name_1: { type: 'FQDN', destination: 'pypi.org' } }
    })
  })

  it('leaves the workspace as read when the V2 resource could not be read', () => {
    const failed = withManagedNetworkV2(
      { ok: true, value: workspace },
      {
        network: { ok: false, error: { status: 403, code: 'AuthorizationFailed', message: 'no' } },
        outboundRules: {
          ok: false,
          error: { status: 403, code: 'AuthorizationFailed', message: 'no' }
        }
      }
    )
    expect(failed).toEqual({ ok: true, value: workspace })
  })
})
