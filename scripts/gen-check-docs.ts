/**
 * Writes docs/checks.md and README's check table from the check catalog.
 * Run: npx tsx scripts/gen-check-docs.ts. __tests__/checks/docs.test.ts fails when
 * either committed file differs from a fresh one.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import * as prettier from 'prettier'
import {
  CHECKS_DOC_PATH,
  README_PATH,
  renderChecksDoc,
  renderChecksTable,
  replaceChecksTable
} from '../src/evaluate/checks/docs.js'
import type { Check } from '../src/model/check.js'

const root = new URL('..', import.meta.url)
const README_FILE = fileURLToPath(new URL(README_PATH, root))

/**
 * `readme` with its check table generated from `checks` (all of them by default), formatted
 * by prettier with the repository's settings so `prettier --check` passes on the result.
 */
export async function generateReadme(readme: string, checks?: Check[]): Promise<string> {
  const config = await prettier.resolveConfig(README_FILE)
  return prettier.format(replaceChecksTable(readme, renderChecksTable(checks)), {
    ...config,
    filepath: README_FILE
  })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const docFile = fileURLToPath(new URL(CHECKS_DOC_PATH, root))
  writeFileSync(docFile, renderChecksDoc())
  console.log(`Wrote ${docFile}`)
  writeFileSync(README_FILE, await generateReadme(readFileSync(README_FILE, 'utf8')))
  console.log(`Wrote the check table of ${README_FILE}`)
}
