/**
 * docs/checks.md and README's check table, generated from the catalog (docs/checks.md
 * has one section per check, like a PSRule rule page). `scripts/gen-check-docs.ts`
 * writes both; a test fails when either committed file is stale.
 */
import { CHECKS } from './catalog.js'
import { ARTICLE_URL } from './rules/links.js'
import { SECTIONS } from '../../model/check.js'
import type { Check, SectionId } from '../../model/check.js'

export const CHECKS_DOC_PATH = 'docs/checks.md'

export function renderChecksDoc(checks: Check[] = CHECKS): string {
  const out: string[] = [
    '<!-- Generated from src/evaluate/checks by scripts/gen-check-docs.ts; do not edit. Run: npx tsx scripts/gen-check-docs.ts -->',
    '',
    '# Checks',
    '',
    `aml-inference-guard checks an Azure Machine Learning workspace and its network against the checklist in Microsoft's article [Secure an Azure Machine Learning inferencing environment with virtual networks](${ARTICLE_URL}). ` +
      'Check IDs are stable: an ID is never reused for a different meaning.',
    '',
    'Each result is one of: pass; fail (with the severity below); unknown (the data needed could not be read, which trips the gate like a failure); skipped (nothing to check yet). ' +
      'The `fail-on` input selects by category: `any`, `none`, or a list such as `isolation,rbac`. Failures of severity notice never fail the job.',
    '',
    '## Index',
    ''
  ]
  for (const check of checks) {
    out.push(`- [${check.id}](#${check.id.toLowerCase()}): ${check.title}`)
  }
  for (const section of Object.keys(SECTIONS) as SectionId[]) {
    const inSection = checks.filter(c => c.section === section)
    if (inSection.length === 0) continue
    out.push('', `## ${SECTIONS[section]}`)
    for (const check of inSection) {
      out.push(
        '',
        `<a id="${check.id.toLowerCase()}"></a>`,
        '',
        `### ${check.id}: ${check.title}`,
        '',
        `- Section: ${SECTIONS[check.section]}`,
        `- Category: ${check.category}`,
        `- Severity: ${check.severity}`,
        '',
        '**Why it matters**',
        '',
        check.rationale,
        '',
        '**How to fix**',
        '',
        check.remediation,
        '',
        '```sh',
        check.fix,
        '```',
        '',
        `Reference: <${check.docUrl}>`
      )
    }
  }
  out.push('')
  return out.join('\n')
}

export const README_PATH = 'README.md'
export const CHECKS_TABLE_START =
  '<!-- checks-table:start (generated from src/evaluate/checks/rules by scripts/gen-check-docs.ts; do not edit) -->'
export const CHECKS_TABLE_END = '<!-- checks-table:end -->'

/** A table cell: a `|` would end the cell early, even inside backticks (GFM). */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|')
}

/** README's check table, one row per check; column widths are left to prettier. */
export function renderChecksTable(checks: Check[] = CHECKS): string {
  const rows = checks.map(check =>
    [
      `[${check.id}](${CHECKS_DOC_PATH}#${check.id.toLowerCase()})`,
      SECTIONS[check.section],
      check.category,
      cell(check.summary)
    ].join(' | ')
  )
  return [
    '| ID | Checklist section | Category | Passes when |',
    '| --- | --- | --- | --- |',
    ...rows.map(row => `| ${row} |`)
  ].join('\n')
}

/** `readme` with the text between the check-table markers replaced by `table`. */
export function replaceChecksTable(readme: string, table: string): string {
  const start = readme.indexOf(CHECKS_TABLE_START)
  const end = readme.indexOf(CHECKS_TABLE_END)
  if (start < 0 || end < start) {
    throw new Error(
      `${README_PATH} has no check table to generate: put the lines ${CHECKS_TABLE_START} and ${CHECKS_TABLE_END} around it, in that order.`
    )
  }
  return `${readme.slice(0, start)}${CHECKS_TABLE_START}\n\n${table}\n\n${readme.slice(end)}`
}
