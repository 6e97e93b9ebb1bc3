import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from '@jest/globals'
import { CHECKS } from '../../src/evaluate/checks/catalog.js'
import { CHECKS_DOC_PATH, renderChecksDoc } from '../../src/evaluate/checks/docs.js'

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
