import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from '@jest/globals'
import { CHECKS } from '../../src/evaluate/checks/catalog.js'
import {
  CHECKS_DOC_PATH,
  README_PATH,
  renderChecksDoc,
  renderChecksTable,
  replaceChecksTable
} from '../../src/evaluate/checks/docs.js'
import { SECTIONS } from '../../src/model/check.js'
import { generateReadme } from '../../scripts/gen-check-docs.js'

describe('docs/checks.md', () => {
  const generated = renderChecksDoc()

  it('is up to date with the catalog (run: npx tsx scripts/gen-check-docs.ts)', () => {
    const committed = readFileSync(
      fileURLToPath(new URL(`../../${CHECKS_DOC_PATH}`, import.meta.url)),
      'utf8'
    )
    expect(committed).toBe(generated)
  })

  it('documents every check with an anchor, its facts, the fix and the link', () => {
    for (const check of CHECKS) {
      expect(generated).toContain(`<a id="${check.id.toLowerCase()}"></a>`)
      expect(generated).toContain(`### ${check.id}: ${check.title}`)
      expect(generated).toContain(`- Severity: ${check.severity}`)
      expect(generated).toContain(`- Category: ${check.category}`)
      expect(generated).toContain(check.rationale)
      expect(generated).toContain(check.remediation)
      expect(generated).toContain('```sh\n' + check.fix + '\n```')
      expect(generated).toContain(`<${check.docUrl}>`)
    }
  })

  it('changes when the catalog changes', () => {
    const [first] = CHECKS
    if (!first) throw new Error('empty catalog')
    expect(renderChecksDoc([{ ...first, title: 'Renamed' }])).not.toBe(generated)
  })
})

describe("README's check table", () => {
  const readme = readFileSync(
    fileURLToPath(new URL(`../../${README_PATH}`, import.meta.url)),
    'utf8'
  )
  /** The cells of each table row of `markdown`, split at unescaped pipes. */
  const rows = (markdown: string): string[][] =>
    markdown
      .split('\n')
      .filter(line => line.startsWith('| ['))
      .map(line =>
        line
          .slice(1, -1)
          .split(/(?<!\\)\|/)
          .map(cell => cell.trim())
      )

  it('is up to date with the catalog (run: npx tsx scripts/gen-check-docs.ts)', async () => {
    expect(readme).toBe(await generateReadme(readme))
  })

  it('has one row per check: its link, checklist section, category and summary', () => {
    expect(rows(readme)).toEqual(
      CHECKS.map(check => [
        `[${check.id}](docs/checks.md#${check.id.toLowerCase()})`,
        SECTIONS[check.section],
        check.category,
        check.summary
      ])
    )
  })

  it('is stale when a row is edited by hand or a summary changes', async () => {
    const edited = readme.replace('| rbac       |', '| isolation  |')
    expect(edited).not.toBe(readme)
    expect(await generateReadme(edited)).not.toBe(edited)
    const [first] = CHECKS
    if (!first) throw new Error('empty catalog')
    expect(
      await generateReadme(readme, [{ ...first, summary: 'Renamed' }, ...CHECKS.slice(1)])
    ).not.toBe(readme)
  })

  it('keeps a | in a summary inside its cell', () => {
    const [first] = CHECKS
    if (!first) throw new Error('empty catalog')
    const table = renderChecksTable([{ ...first, summary: 'a `x | y` b' }])
    expect(rows(table)).toEqual([
      [expect.any(String), expect.any(String), first.category, 'a `x \\| y` b']
    ])
  })

  it('names the markers when README has none', () => {
    expect(() => replaceChecksTable('# aml-inference-guard\n', renderChecksTable())).toThrow(
      'README.md has no check table to generate: put the lines <!-- checks-table:start'
    )
  })
})
