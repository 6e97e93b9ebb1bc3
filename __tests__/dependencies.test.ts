import { describe, expect, it } from '@jest/globals'
import {
  workspaceDependencies,
  workspaceDependency,
  workspaceRegistryId
} from '../src/evaluate/dependencies.js'
import { dependencyId, failed, ok, secureSnapshot, workspace } from './checks/fixtures.js'

// The workspace names its dependencies in properties.storageAccount, keyVault, containerRegistry
// and applicationInsights (Workspaces_Get, Microsoft.MachineLearningServices workspaces REST spec).
describe('the workspace dependencies', () => {
  it('lists storage, key vault and registry with the network settings read of each, keyed case-insensitively', () => {
    const storage = dependencyId('storage')
    const snapshot = secureSnapshot({
      dependencyNetworkAccess: {
        [storage.toLowerCase()]: ok({ id: storage, publicNetworkAccess: 'Disabled' }),
        [dependencyId('keyVault').toLowerCase()]: failed(403)
      }
    })
    const ws = workspace({ storageAccount: storage.toUpperCase() })
    const deps = workspaceDependencies(snapshot, ws)
    expect(deps.map(d => [d.kind, d.label, d.name])).toEqual([
      ['storageAccount', 'storage account', 'TESTWORKSPACESTORAGE'],
      ['keyVault', 'key vault', 'testworkspacekv'],
      ['containerRegistry', 'container registry', 'testworkspaceacr']
    ])
    expect(deps[0]?.networkAccess).toEqual(ok({ id: storage, publicNetworkAccess: 'Disabled' }))
    expect(deps[1]?.networkAccess?.ok).toBe(false)
    // Not read (no check needed it): undefined, never a pass.
    expect(deps[2]?.networkAccess).toBeUndefined()
  })

  it('keeps a dependency the workspace does not name, without an id', () => {
    const ws = workspace({ containerRegistry: undefined })
    const registry = workspaceDependency(secureSnapshot(), ws, 'containerRegistry')
    expect(registry).toEqual({
      kind: 'containerRegistry',
      label: 'container registry',
      type: 'Microsoft.ContainerRegistry/registries'
    })
  })

  it('names application insights when asked for it', () => {
    const id =
      '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Insights/components/appi-ml'
    const [insights] = workspaceDependencies(
      secureSnapshot(),
      workspace({ applicationInsights: id }),
      ['applicationInsights']
    )
    expect(insights).toMatchObject({ id, name: 'appi-ml', type: 'Microsoft.Insights/components' })
  })

  it('gives the registry id only when the workspace was read', () => {
    expect(workspaceRegistryId(secureSnapshot())).toBe(dependencyId('registry'))
    expect(workspaceRegistryId(secureSnapshot({ workspace: failed(403) }))).toBeUndefined()
  })
})
