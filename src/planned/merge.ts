/**
 * One planned part from several routes: what-if (read during collection), Terraform plans and
 * Azure ML YAML files (read from the checkout). Each route's resources stay as they came; the
 * overlay lays the ARM-shaped ones first, then the YAML ones (src/run/pipeline.ts). Pure.
 */
import type { PlannedChange, Snapshot } from '../model/snapshot.js'

export function mergePlanned(
  ...parts: ReadonlyArray<PlannedChange | undefined>
): PlannedChange | undefined {
  const present = parts.filter((p): p is PlannedChange => p !== undefined)
  if (present.length === 0) return undefined
  const armResources = present.flatMap(p => p.armResources ?? [])
  const unreadable = present.flatMap(p => p.unreadable ?? [])
  return {
    files: [...new Set(present.flatMap(p => p.files))],
    resources: present.flatMap(p => p.resources),
    ...(armResources.length > 0 ? { armResources } : {}),
    ...(unreadable.length > 0 ? { unreadable } : {})
  }
}

/**
 * The snapshot a run judges, with the Azure ML files read now (action and CLI alike). Files
 * named now replace a saved snapshot's YAML part: they are what will be deployed. Its what-if
 * and Terraform part, read when it was saved, is kept; so is a live run's (what-if).
 */
export function withDeploymentFiles(
  snapshot: Snapshot,
  files: PlannedChange | undefined
): Snapshot {
  if (!files) return snapshot
  const saved = snapshot.planned
  const armFiles = new Set([
    ...(saved?.armResources ?? []).map(r => r.file),
    ...(saved?.unreadable ?? []).map(u => u.file)
  ])
  const kept: PlannedChange | undefined = saved && {
    ...saved,
    files: saved.files.filter(f => armFiles.has(f)),
    resources: []
  }
  const planned = mergePlanned(kept, files)
  return planned ? { ...snapshot, planned } : snapshot
}
