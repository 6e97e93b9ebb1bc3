/**
 * A fresh clone must pass on its own (issue 15): no test, emulator file or script may read
 * anything beside the repository, and the reference data they read is in the repository with
 * its provenance.
 */
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { readReference, REFERENCE_DIR } from './fixtures/reference.js'

const root = fileURLToPath(new URL('../', import.meta.url))
const referenceDir = fileURLToPath(REFERENCE_DIR)

// Written as regexes so this file does not match itself.
const OUTSIDE = [
  { pattern: /\.\.[\\/]shared\b/, why: 'a sibling directory of the checkout' },
  {
    pattern: /(?<![\w.~-])\/work\//,
    why: 'an absolute path of the machine the tests were written on'
  },
  { pattern: /(?<![\w.~-])\/(?:home|Users|root)\//, why: 'an absolute home directory' },
  { pattern: /\b[A-Za-z]:\\+Users\\/, why: 'an absolute Windows home directory' }
]

/** `file:line: text (why)` for every line of `text` naming a place outside the repository. */
function outsidePaths(file: string, text: string): string[] {
  const found: string[] = []
  text.split('\n').forEach((line, i) => {
    for (const { pattern, why } of OUTSIDE) {
      const match = pattern.exec(line)
      if (match) found.push(`${file}:${i + 1}: '${match[0]}' is ${why}`)
    }
  })
  return found
}

/** Every file under `dir`, relative to the repository root. */
function filesUnder(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .map(name => join(dir, name))
    .filter(file => statSync(join(root, file)).isFile())
}

describe('a fresh clone needs nothing beside itself', () => {
  it('finds outside paths in a line that has them (the check can fail)', () => {
    // `${''}` keeps each example from matching in this file's own text.
    const text = [
      `const a = readFileSync('..${''}/shared/reference/peers/checkov.json')`,
      `const b = readFileSync('/${''}work/shared/x.json')`,
      `const c = '/ho${''}me/alice/.azure/config'`,
      `const d = 'C:\\${''}Users\\alice'`,
      `const e = new URL('../fixtures/reference/x.json', import.meta.url)`
    ].join('\n')
    expect(outsidePaths('x.ts', text)).toEqual([
      `x.ts:1: '..${''}/shared' is a sibling directory of the checkout`,
      `x.ts:2: '/${''}work/' is an absolute path of the machine the tests were written on`,
      `x.ts:3: '/${''}home/' is an absolute home directory`,
      `x.ts:4: 'C:\\${''}Users\\' is an absolute Windows home directory`
    ])
  })

  it('no file under __tests__/, emulator/ or scripts/ names a path outside the repository', () => {
    const files = ['__tests__', 'emulator', 'scripts']
      .flatMap(filesUnder)
      // Third-party data kept verbatim: its own text is not a path this project reads.
      .filter(file => !(join(root, file).startsWith(referenceDir) && file.endsWith('.json')))
    expect(files.length).toBeGreaterThan(50)
    const found = files.flatMap(file =>
      outsidePaths(file.split(sep).join('/'), readFileSync(join(root, file), 'utf8'))
    )
    expect(found).toEqual([])
  })

  it('every reference file is listed in PROVENANCE.md with its licence, and every listed file exists', () => {
    const provenance = readFileSync(join(referenceDir, 'PROVENANCE.md'), 'utf8')
    const rows = new Map(
      [...provenance.matchAll(/^\| `([^`]+)` +\|.+\| ([^|]+?) +\|$/gm)].map(m => [
        m[1] as string,
        m[2] as string
      ])
    )
    const files = filesUnder(relative(root, referenceDir))
      .map(file => relative(relative(root, referenceDir), file).split(sep).join('/'))
      .filter(file => file !== 'PROVENANCE.md')
      .sort()
    expect([...rows.keys()].sort()).toEqual(files)
    for (const [file, licence] of rows)
      expect([file, licence]).toEqual([file, expect.stringMatching(/^(MIT|Apache-2\.0)\b/)])
  })

  it('readReference reads the repository copy and refuses paths that leave it', () => {
    const checkov = readReference('peers/checkov.json') as { source: { repo: string } }
    expect(checkov.source.repo).toBe('bridgecrewio/checkov')
    expect(() => readReference('../../package.json')).toThrow(
      "readReference('../../package.json'): the path must be relative to __tests__/fixtures/reference/ and stay inside it"
    )
    expect(() => readReference(join(referenceDir, 'peers', 'checkov.json'))).toThrow(
      'the path must be relative'
    )
  })
})
