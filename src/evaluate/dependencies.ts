/**
 * The workspace's dependencies (storage account, key vault, container registry, application
 * insights): their ids from the workspace body and the network settings read of each. Shared
 * by every check that asks how a dependency is reached, so the lookup lives once. Pure.
 */
import type { DependencyNetworkAccess, Read, Snapshot, Workspace } from '../model/snapshot.js'
import { resourceKey, resourceName } from '../model/snapshot.js'

/** The workspace fields that name a dependency. */
export type DependencyKind =
  'storageAccount' | 'keyVault' | 'containerRegistry' | 'applicationInsights'

/** What each kind is called in a detail, and its ARM resource type. */
export const DEPENDENCY_KINDS: Record<DependencyKind, { label: string; type: string }> = {
  storageAccount: { label: 'storage account', type: 'Microsoft.Storage/storageAccounts' },
  keyVault: { label: 'key vault', type: 'Microsoft.KeyVault/vaults' },
  containerRegistry: {
    label: 'container registry',
    type: 'Microsoft.ContainerRegistry/registries'
  },
  applicationInsights: { label: 'application insights', type: 'Microsoft.Insights/components' }
}

/** The dependencies deployments load from (models, secrets, images), in that order. */
export const DATA_DEPENDENCIES = ['storageAccount', 'keyVault', 'containerRegistry'] as const

export interface WorkspaceDependency {
  kind: DependencyKind
  label: string
  type: string
  /** Absent when the workspace names none (a registry is created with the first image build). */
  id?: string
  /** Its last id segment; absent with `id`. */
  name?: string
  /**
   * Its network settings as read; undefined when the snapshot did not read them (they are read
   * only when a check needs them: see `Snapshot.dependencyNetworkAccess`).
   */
  networkAccess?: Read<DependencyNetworkAccess>
}

/** The network settings read of the dependency `id`, or undefined when not read. */
export function dependencyNetworkAccess(
  snapshot: Snapshot,
  id: string
): Read<DependencyNetworkAccess> | undefined {
  return snapshot.dependencyNetworkAccess?.[resourceKey(id)]
}

/** One dependency of `ws`, whether or not the workspace names it. */
export function workspaceDependency(
  snapshot: Snapshot,
  ws: Workspace,
  kind: DependencyKind
): WorkspaceDependency {
  const id = ws[kind]
  const dependency: WorkspaceDependency = { kind, ...DEPENDENCY_KINDS[kind] }
  if (!id) return dependency
  const networkAccess = dependencyNetworkAccess(snapshot, id)
  return { ...dependency, id, name: resourceName(id), ...(networkAccess ? { networkAccess } : {}) }
}

/** The dependencies of `ws` of the given kinds, in that order, named or not. */
export function workspaceDependencies(
  snapshot: Snapshot,
  ws: Workspace,
  kinds: readonly DependencyKind[] = DATA_DEPENDENCIES
): WorkspaceDependency[] {
  return kinds.map(kind => workspaceDependency(snapshot, ws, kind))
}

/** The id of the workspace's container registry; undefined when it has none or was not read. */
export function workspaceRegistryId(snapshot: Snapshot): string | undefined {
  return snapshot.workspace.ok ? snapshot.workspace.value.containerRegistry : undefined
}
