// docs/planned.md's Terraform mapping table is generated from the table the code maps with
// (src/planned/terraform.ts), so the doc cannot say what the code does not do.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { PLANNED_DOC, generatePlannedDoc } from '../../scripts/gen-terraform-docs.js'
import { TERRAFORM_TYPES } from '../../src/planned/terraform.js'

describe("docs/planned.md's Terraform mapping table", () => {
  const doc = readFileSync(PLANNED_DOC, 'utf8')

  it('is up to date with the mapping (run: npx tsx scripts/gen-terraform-docs.ts)', async () => {
    expect(doc).toBe(await generatePlannedDoc(doc))
  })

  it('names every attribute the code maps', () => {
    for (const [type, mapping] of Object.entries(TERRAFORM_TYPES)) {
      for (const m of mapping.attributes) {
        expect([
          type,
          m.attribute,
          doc.includes(`| \`${type}\``) && doc.includes(`\`${m.arm}\``)
        ]).toEqual([type, m.attribute, true])
      }
    }
  })

  it('is stale when a row is edited by hand', async () => {
    const edited = doc.replace('`properties.publicNetworkAccess`', '`properties.publicAccess`')
    expect(edited).not.toBe(doc)
    expect(edited).not.toBe(await generatePlannedDoc(edited))
  })
})
