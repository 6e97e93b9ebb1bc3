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
 * The snapshot a run judges, with the planned inputs read now (action and CLI alike): the Azure
 * ML files and the Terraform plans. Each route read now replaces that route's part of a saved
 * snapshot: it is what will be deployed. The rest, read when it was saved (what-if, or a route
 * not named now), is kept; so is a live run's what-if.
 */
export function withPlannedNow(
  snapshot: Snapshot,
  now: { files?: PlannedChange | undefined; terraform?: PlannedChange | undefined }
): Snapshot {
  const { files, terraform } = now
  if (!files && !terraform) return snapshot
  const saved = snapshot.planned
  const keepArm = (route: string): boolean => !(terraform && route === 'terraform')
  const armResources = (saved?.armResources ?? []).filter(r => keepArm(r.route))
  const unreadable = (saved?.unreadable ?? []).filter(u => keepArm(u.route))
  const yamlFiles = new Set((saved?.resources ?? []).map(r => r.file))
  const keptFiles = new Set([
    ...armResources.map(r => r.file),
    ...unreadable.map(u => u.file),
    ...(files ? [] : [...yamlFiles])
  ])
  const kept: PlannedChange | undefined = saved && {
    files: saved.files.filter(f => keptFiles.has(f)),
    resources: files ? [] : saved.resources,
    ...(armResources.length > 0 ? { armResources } : {}),
    ...(unreadable.length > 0 ? { unreadable } : {})
  }
  const planned = mergePlanned(kept, terraform, files)
  return planned ? { ...snapshot, planned } : snapshot
}
