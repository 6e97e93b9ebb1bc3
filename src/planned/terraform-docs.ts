/**
 * docs/planned.md's Terraform mapping table, rendered from TERRAFORM_TYPES (./terraform.ts) so the
 * doc and the code cannot drift. Written by scripts/gen-terraform-docs.ts; pinned by
 * __tests__/planned/terraform-docs.test.ts. Pure.
 */
import { TERRAFORM_TYPES, type AttributeMapping, type TypeMapping } from './terraform.js'

export const START =
  '<!-- terraform-mapping:start (generated from src/planned/terraform.ts by scripts/gen-terraform-docs.ts; do not edit) -->'
export const END = '<!-- terraform-mapping:end -->'

const cell = (text: string): string => text.replace(/\|/g, '\\|')
const code = (text: string): string => `\`${text}\``

function valueWords(m: AttributeMapping): string {
  const words: string[] = []
  if (m.values) {
    words.push(
      Object.entries(m.values)
        .map(([from, to]) => `${code(from)} → ${code(JSON.stringify(to).replace(/"/g, ''))}`)
        .join(', ')
    )
  }
  if (m.subResource) words.push('as `{ id }`')
  if (m.subResources) words.push('each id as `{ id }`')
  if (m.defaultOf) words.push(m.defaultOf.doc)
  if (m.note) words.push(m.note)
  return words.join('; ')
}

function rows(type: string, mapping: TypeMapping): string[] {
  const lines = mapping.attributes.map(
    m => `| ${code(type)} | ${code(m.attribute)} | ${code(m.arm)} | ${cell(valueWords(m))} |`
  )
  for (const block of mapping.blocks ?? []) {
    const constants = Object.entries(block.constants ?? {})
      .map(([k, v]) => `${code(k)}: ${code(String(v))}`)
      .join(', ')
    lines.push(
      `| ${code(type)} | ${code(`${block.block}[]`)} | ${code(`${block.arm}[]`)} | ${cell(
        [block.note, constants && `with ${constants}`].filter(Boolean).join('; ')
      )} |`
    )
    for (const m of block.each) {
      lines.push(
        `| ${code(type)} | ${code(`${block.block}[].${m.attribute}`)} | ${code(`${block.arm}[].${m.arm}`)} | ${cell(valueWords(m))} |`
      )
    }
  }
  return lines
}

export function renderTerraformTable(): string {
  const header = [
    '| Terraform type | Attribute | ARM property | Values, notes |',
    '| --- | --- | --- | --- |'
  ]
  const types = Object.entries(TERRAFORM_TYPES).map(([type, mapping]) => {
    const into = mapping.mergeInto ? ` (merged into its ${code(mapping.mergeInto.into)})` : ''
    return `| ${code(type)} | | ${code(mapping.armType)}${into} | |`
  })
  const azapi = [
    '| `azapi_resource` | `type`, `parent_id`, `name` | the ARM type (before `@`) and id: `{parent_id}/{last type segment}/{name}` for a child type, else `{parent_id}/providers/{type}/{name}` | only the types the checks read |',
    '| `azapi_resource` | `body` | the ARM body: `properties`, `location`, `kind`, `sku` | an object (azapi 2.x) or a JSON string (`jsonencode`, azapi 1.x) |',
    '| `azapi_update_resource` | `type`, `resource_id` (or `parent_id`, `name`), `body` | merged into the same resource of the plan | alone in the plan: the resource is unknown (the rest of it is not in the plan) |'
  ]
  const lines = [
    ...header,
    ...types,
    ...Object.entries(TERRAFORM_TYPES).flatMap(([type, m]) => rows(type, m)),
    ...azapi
  ]
  return lines.join('\n')
}

/** `doc` with the text between the markers replaced by the generated table (not yet formatted). */
export function replaceTerraformTable(doc: string): string {
  const start = doc.indexOf(START)
  const end = doc.indexOf(END)
  if (start < 0 || end < start) {
    throw new Error(
      `docs/planned.md has no Terraform mapping table: put the lines ${START} and ${END} in it`
    )
  }
  return `${doc.slice(0, start + START.length)}\n\n${renderTerraformTable()}\n\n${doc.slice(end)}`
}
