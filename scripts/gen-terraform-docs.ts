/**
 * Writes the Terraform mapping table of docs/planned.md from TERRAFORM_TYPES
 * (src/planned/terraform.ts, rendered by src/planned/terraform-docs.ts), so the doc and the code
 * cannot drift. Run: npx tsx scripts/gen-terraform-docs.ts. __tests__/planned/terraform-docs.test.ts
 * fails when the committed doc differs from a fresh one.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import * as prettier from 'prettier'
import { replaceTerraformTable } from '../src/planned/terraform-docs.js'

export const PLANNED_DOC = fileURLToPath(new URL('../docs/planned.md', import.meta.url))

/** `doc` with its mapping table generated, formatted by prettier with the repository's settings. */
export async function generatePlannedDoc(doc: string): Promise<string> {
  const config = await prettier.resolveConfig(PLANNED_DOC)
  return prettier.format(replaceTerraformTable(doc), { ...config, filepath: PLANNED_DOC })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(PLANNED_DOC, await generatePlannedDoc(readFileSync(PLANNED_DOC, 'utf8')))
  console.log(`Wrote the Terraform mapping table of ${PLANNED_DOC}`)
}
