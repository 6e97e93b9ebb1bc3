import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { CHECKS } from '../src/evaluate/checks/catalog.js'
import { INPUT_NAMES } from '../src/settings/inputs.js'
import { VERSION } from '../src/model/version.js'

const root = new URL('../', import.meta.url)
const action = parse(readFileSync(new URL('action.yml', root), 'utf8')) as {
  runs: { using: string; main: string }
  inputs: Record<string, { description?: string; required?: boolean; default?: string }>
  outputs: Record<string, { description?: string }>
}

describe('action.yml', () => {
  it('runs the bundle on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
  })

  it('declares exactly the inputs the code reads, each documented, none required', () => {
    expect(Object.keys(action.inputs).sort()).toEqual([...INPUT_NAMES].sort())
    for (const [name, input] of Object.entries(action.inputs)) {
      expect([name, (input.description ?? '').length > 20]).toEqual([name, true])
      // No mode needs every input: each mode checks its own in code and names what is missing.
      expect([name, input.required ?? false]).toEqual([name, false])
    }
    // Only the login and target inputs have no default: the modes that need them say so.
    const withoutDefault = Object.entries(action.inputs)
      .filter(([, input]) => typeof input.default !== 'string')
      .map(([name]) => name)
    expect(withoutDefault).toEqual([
      'client-id',
      'tenant-id',
      'subscription-id',
      'resource-group',
      'workspace-name'
    ])
  })

  it('documents the outputs the action sets, and the README lists every input and output', () => {
    expect(Object.keys(action.outputs).sort()).toEqual([
      'comment-id',
      'failed-checks',
      'report-file',
      'result'
    ])
    const readme = readFileSync(new URL('README.md', root), 'utf8')
    for (const name of [...Object.keys(action.inputs), ...Object.keys(action.outputs)]) {
      expect([name, readme.includes(`| \`${name}\``)]).toEqual([name, true])
    }
  })

  it('the README lists every check of the catalog', () => {
    const readme = readFileSync(new URL('README.md', root), 'utf8')
    for (const check of CHECKS) {
      expect([
        check.id,
        readme.includes(`[${check.id}](docs/checks.md#${check.id.toLowerCase()})`)
      ]).toEqual([check.id, true])
    }
  })

  it('reports the version package.json carries', () => {
    const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as {
      version: string
    }
    expect(VERSION).toBe(pkg.version)
  })
})
