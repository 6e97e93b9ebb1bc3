/**
 * Reads the `terraform-plan` files (the JSON of `terraform show -json <planfile>`) from the
 * workspace checkout and maps them (src/planned/terraform.ts) into the snapshot's `planned` part.
 * The paths come from the workflow and the files from the run: a path outside GITHUB_WORKSPACE
 * (`..`, an absolute path elsewhere, a symbolic link leading out) is refused, not read.
 */
import { readFile } from 'node:fs/promises'
import { checkoutFile, checkoutRoot } from './checkout-file.js'
import { ConfigurationError } from '../model/errors.js'
import type { PlannedArmResource, PlannedChange, PlannedUnreadable } from '../model/snapshot.js'
import { parseTerraformPlan } from '../planned/terraform.js'

/** The plan of a large estate is large (every attribute of every resource, before and after). */
export const MAX_PLAN_BYTES = 64 * 1024 * 1024
const MAX_PLANS = 20
const PRODUCE = '`terraform plan -out tfplan && terraform show -json tfplan > tfplan.json`'

export interface ReadTerraformResult {
  planned: PlannedChange
  /** Info lines: resource types no check reads. */
  notes: string[]
}

export async function readTerraformPlans(
  paths: readonly string[],
  subscriptionId: string,
  workspace: string = process.env['GITHUB_WORKSPACE'] || process.cwd()
): Promise<ReadTerraformResult | undefined> {
  if (paths.length === 0) return undefined
  if (paths.length > MAX_PLANS) {
    throw new ConfigurationError(
      `\`terraform-plan\`: ${paths.length} files named; at most ${MAX_PLANS} are read. Name the plan JSON of each Terraform root module the workflow applies.`
    )
  }
  const root = await checkoutRoot(workspace)
  const files: string[] = []
  const armResources: PlannedArmResource[] = []
  const unreadable: PlannedUnreadable[] = []
  const notes: string[] = []
  for (const name of [...new Set(paths)]) {
    const { shown, real } = await checkoutFile(root, name, {
      input: 'terraform-plan',
      outside: `Write the plan JSON inside the repository checkout (${PRODUCE}) and name it relative to the repository root, such as infra/tfplan.json.`,
      missing: `Produce it in an earlier step of the job (${PRODUCE}, in the Terraform directory) and name it relative to the repository root.`,
      symlink: 'Name a file of the checkout.',
      notFile: `Name the JSON written by ${PRODUCE}.`,
      maxBytes: MAX_PLAN_BYTES,
      tooLarge: () =>
        'is larger than 64 MiB. Split the configuration into smaller root modules, or plan the network and Azure ML resources apart (`terraform plan -target=...`) and name that plan.'
    })
    const result = parseTerraformPlan(
      { path: shown, content: await readFile(real, 'utf8') },
      subscriptionId
    )
    files.push(shown)
    armResources.push(...result.armResources)
    unreadable.push(...result.unreadable)
    notes.push(...result.notes)
  }
  return {
    planned: {
      files,
      resources: [],
      ...(armResources.length > 0 ? { armResources } : {}),
      ...(unreadable.length > 0 ? { unreadable } : {})
    },
    notes
  }
}
