import type { Snapshot } from './snapshot.js'
import type { Text } from './text.js'

/** What `fail-on` selects by. */
export const CATEGORIES = ['isolation', 'rbac', 'outbound', 'kubernetes'] as const
export type Category = (typeof CATEGORIES)[number]

export type Severity = 'error' | 'warning' | 'notice'

export type Outcome = 'pass' | 'fail' | 'skipped' | 'unknown'

/** Sections of the source article ("Secure an Azure Machine Learning inferencing environment with virtual networks"). */
export const SECTIONS = {
  prerequisites: 'Prerequisites',
  'managed-endpoints': 'Secure managed online endpoints',
  kubernetes: 'Secure Azure Kubernetes Service online endpoints',
  outbound: 'Limit outbound connectivity from the virtual network'
} as const
export type SectionId = keyof typeof SECTIONS

/** Static facts about a check: the catalog entry. Stable across releases. */
export interface CheckDefinition {
  /** Stable ID, e.g. `NET-01`. Never reused for a different meaning. */
  id: string
  title: string
  section: SectionId
  category: Category
  /** Severity of a failure unless the result says otherwise. */
  severity: Severity
  /** Why the check matters, one or two sentences (plain text). */
  rationale: string
  /** How to fix a failure, plain text. */
  remediation: string
  /** An Azure CLI command (or Bicep property) that fixes it, shown in a code block. */
  fix: string
  /** Microsoft Learn page backing the check. */
  docUrl: string
  /** What is checked, in one line of our own markdown: the README's check table cell. */
  summary: string
}

/** The resource a result is about. */
export interface ResultResource {
  id: string
  name: string
  type: string
}

/** One outcome of one check for one resource. */
export interface CheckResult {
  checkId: string
  outcome: Outcome
  /** Set for `fail`: the definition's severity unless the check lowered or raised it. */
  severity?: Severity
  resource: ResultResource
  /**
   * What was found (pass/fail) or why it was skipped/unknown, as plain text: `message`
   * without the split between our words and Azure's values. Escape it when rendering.
   */
  detail: string
  /**
   * The same as `message` parts: our words and untrusted values kept apart, so markdown
   * renderers escape the values only. Absent in reports written before it.
   */
  message?: Text
  /** The commands that fix this result, with the real names (the catalog's `fix` has placeholders). */
  remedy?: ResultFix
  /** Set when the result is unknown or failed because of something that blocks other results too. */
  cause?: ResultCause
  /** Set when a config-file entry accepts this fail/unknown result: it is shown but does not gate. */
  suppression?: { reason: string; expires?: string }
  /** Set when the only entry covering this result has expired: it gates again, and the report says why. */
  suppressionExpired?: { reason: string; expires: string }
}

/** A check: a catalog entry plus a pure evaluation of the snapshot. */
export interface Check extends CheckDefinition {
  evaluate(snapshot: Snapshot): CheckResult[]
}

/** What fixes a result: commands to copy, with the real names. */
export interface ResultFix {
  /** Shell commands (Azure CLI), one per entry, with the real names. */
  commands: string[]
  /** Set when a command holds a placeholder (`<client-id>`): which one, and where its value is. */
  placeholders?: Text
  /**
   * Set when the resource comes from a file of the change (`deployment-files`): the line to change
   * there. `commands` is then empty: a command against Azure would act on a resource that does
   * not exist yet, or be undone when the file is deployed.
   */
  edit?: FileEdit
  /**
   * Set when the resource is created or changed by the template or plan of the change
   * (`arm-template`, `terraform-plan`): where the change belongs. The commands show the setting
   * that passes, but run now they would be undone by the deployment.
   */
  note?: Text
}

/** One key to set in a deployment file: `public_network_access: disabled`. */
export interface FileEdit {
  /** Relative to the repository root (the CLI's current directory), `/` separators. */
  file: string
  /** The key's line; the line of the resource's `name` when the file leaves the key out. */
  line: number
  key: string
  /** The value that fixes the result. */
  value: string
  /** The value the file has now; absent when it leaves the key out. */
  current?: string
}

/**
 * One cause behind several results (a refused read, a missing resource): the report
 * names it once, with the one action that fixes it and the results it blocks.
 */
export interface ResultCause {
  /** Results whose causes have equal keys share one cause. */
  key: string
  /** The cause in one sentence: `The identity cannot read resource group net-rg (HTTP 403 AuthorizationFailed).` */
  summary: Text
  /** What to do, in words: `Grant the identity Reader on resource group net-rg.` */
  action: Text
  fix?: ResultFix
  /** Azure's own error message, shown folded (untrusted). */
  raw?: string
}
