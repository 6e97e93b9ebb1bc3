/** Writes docs/checks.md from the check catalog. Run: npx tsx scripts/gen-check-docs.ts */
import { writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { CHECKS_DOC_PATH, renderChecksDoc } from '../src/evaluate/checks/docs.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const file = join(root, CHECKS_DOC_PATH)
writeFileSync(file, renderChecksDoc())
console.log(`Wrote ${file}`)
