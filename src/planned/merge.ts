/**
 * One planned part from several routes: what-if (read during collection), Terraform plans and
 * Azure ML YAML files (read from the checkout). Each route's resources stay as they came; the
 * overlay lays the ARM-shaped ones first, then the YAML ones (src/run/pipeline.ts). Pure.
 */
import type { PlannedChange } from '../model/snapshot.js'

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
