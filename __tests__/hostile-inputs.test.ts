/**
 * Every input of action.yml (read from the file, so a new input is fuzzed too) with hostile
 * values, the others valid: readSettings either accepts the value or throws one
 * ConfigurationError that names the input; never anything else, and its message cannot start a
 * workflow command or carry a line break from the value.
 */
import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import { ConfigurationError } from '../src/model/errors.js'
import { readIacFiles } from '../src/settings/iac-files.js'
import { readSettings } from '../src/settings/inputs.js'

const action = parse(readFileSync(new URL('../action.yml', import.meta.url), 'utf8')) as {
  inputs: Record<string, unknown>
}
const NAMES = Object.keys(action.inputs)

const VALID: Record<string, string> = {
  'client-id': '11111111-2222-3333-4444-555555555555',
  'tenant-id': 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
  'subscription-id': '0f0f0f0f-1234-5678-9abc-def012345678',
  'resource-group': 'rg-ml',
  'workspace-name': 'mlw-prod',
  'github-token': 'ghs_secret'
}

// An estate scan names no single workspace: fuzz `scope` with the single-workspace inputs empty,
// so the one problem reported is the hostile value's.
const CLEARED_WITH: Record<string, string[]> = {
  scope: ['resource-group', 'workspace-name', 'vnet-id', 'subnet-id']
}

const HOSTILE: Record<string, string> = {
  empty: '',
  whitespace: ' \t  ',
  'very long': 'a'.repeat(100_000),
  'very long GUID-like': `${VALID['client-id']}${'0'.repeat(5000)}`,
  unicode: 'wörkspäce-名前-🚀',
  'right-to-left override': 'rg\u202Eetirw',
  'zero-width space': 'mlw\u200Bprod',
  'zero-width joiner only': '\u200D',
  'byte order mark': '\uFEFFnone',
  newline: 'first\nsecond',
  'CRLF with command': 'x\r\n::add-mask::x',
  'line separator': 'a\u2028b',
  'add-mask command': '::add-mask::x',
  'set-output command': '::set-output name=result::pass',
  'stop-commands': '::stop-commands::token',
  'legacy command': '##[error]forged',
  'command substitution': '$(id)',
  backticks: '`id`',
  'shell separators': 'a;b|c&d',
  'shell redirection': '> /etc/passwd < x',
  quotes: `"'\\`,
  'path traversal': '../../../etc/passwd',
  'percent escapes': '%0A::error::x%25',
  'control characters': 'a\u0007\u001b[31mred',
  'markdown and html': '<script>alert(1)</script>[x](javascript:alert(1))'
}

const CASES = NAMES.flatMap(name =>
  Object.entries(HOSTILE).map(([kind, value]) => ({ name, kind, value }))
)

/** The run of readSettings: 'accepted' or the ConfigurationError's message; any other throw fails. */
function settle(name: string, value: string): 'accepted' | ConfigurationError {
  const cleared = value.trim() ? (CLEARED_WITH[name] ?? []) : []
  const getInput = (input: string): string =>
    input === name ? value : cleared.includes(input) ? '' : (VALID[input] ?? '')
  try {
    readSettings(getInput)
    return 'accepted'
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error
    return error
  }
}

describe('readSettings with hostile input values', () => {
  it('covers every input of action.yml, optional ones included', () => {
    expect(NAMES).toEqual(expect.arrayContaining(['client-id', 'allow-unknown', 'iac-files']))
    expect(CASES).toHaveLength(NAMES.length * Object.keys(HOSTILE).length)
  })

  it.each(CASES)(
    '$name = $kind: accepted, or a ConfigurationError naming it',
    ({ name, value, kind }) => {
      const outcome = settle(name, value)
      if (outcome === 'accepted') return
      const { message } = outcome
      // "`name`: ..." for a bad value, "... not supplied: name." for a missing required one.
      expect([
        kind,
        message.includes(`\`${name}\``) || message.includes(`supplied: ${name} (`)
      ]).toEqual([kind, true])
      // One problem: the other inputs are valid.
      expect(message).toMatch(/^The action's inputs have 1 problem:\n- [^\n]+$/)
      // The value is quoted (escaped, cut): it can neither start a line nor flood the log.
      expect(message.length).toBeLessThan(1000)
      expect(message).not.toMatch(/[\r\u2028\u2029\u202E\u200B]/)
      if (name === 'github-token') expect(message).not.toContain(value.trim() || '\u0000')
    }
  )

  it('the required inputs refuse every empty or blank value', () => {
    for (const name of [
      'client-id',
      'tenant-id',
      'subscription-id',
      'resource-group',
      'workspace-name'
    ]) {
      for (const value of [HOSTILE['empty'], HOSTILE['whitespace']] as string[]) {
        const outcome = settle(name, value)
        expect(outcome).toBeInstanceOf(ConfigurationError)
      }
    }
  })

  it('names never take shell, command or invisible characters', () => {
    for (const name of ['resource-group', 'workspace-name']) {
      for (const kind of [
        'command substitution',
        'backticks',
        'shell separators',
        'add-mask command',
        'right-to-left override',
        'zero-width space',
        'newline'
      ]) {
        expect([name, kind, settle(name, HOSTILE[kind] as string) === 'accepted']).toEqual([
          name,
          kind,
          false
        ])
      }
    }
  })

  it('comment-header and file paths refuse invisible and control characters', () => {
    for (const kind of ['right-to-left override', 'zero-width space', 'control characters']) {
      expect(settle('comment-header', HOSTILE[kind] as string)).toBeInstanceOf(ConfigurationError)
    }
    for (const name of ['sarif-file', 'config-file', 'from-report']) {
      const long = settle(name, HOSTILE['very long'] as string)
      expect(long).toBeInstanceOf(ConfigurationError)
      expect((long as Error).message).toContain('a path has at most 4096')
      expect(settle(name, HOSTILE['control characters'] as string)).toBeInstanceOf(
        ConfigurationError
      )
    }
  })
})

describe('iac-files with hostile patterns', () => {
  it('what readSettings accepts is globbed without throwing', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'aig-hostile-'))
    try {
      writeFileSync(join(workspace, 'main.bicep'), "param name string = 'x'\n")
      for (const [kind, value] of Object.entries(HOSTILE)) {
        let patterns: string[]
        try {
          patterns = readSettings(i => (i === 'iac-files' ? value : (VALID[i] ?? ''))).iacFiles
        } catch (error) {
          expect(error).toBeInstanceOf(ConfigurationError)
          continue
        }
        const result = await readIacFiles([...patterns, '*.bicep'], workspace)
        expect([kind, result.files.map(f => f.path)]).toEqual([kind, ['main.bicep']])
      }
    } finally {
      rmSync(workspace, { recursive: true, force: true })
    }
  })
})
