/**
 * `deployment-files` / `--deployment-files` globs: tinyglobby with @actions/glob's semantics
 * (the action's input kept its meaning when the CLI got the flag), and nothing written on
 * stdout, where the CLI prints its report.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { readDeploymentFiles } from '../../src/settings/deployment-files.js'

// Another Azure ML schema: read and skipped with a note, so any file may match any pattern.
const ENVIRONMENT = '$schema: https://azuremlschemas.azureedge.net/latest/environment.schema.json\n'

const FILES = [
  'deploy/endpoint.yml',
  'deploy/blue.yml',
  'deploy/.hidden.yml',
  'deploy/sub/green.yml',
  'deploy/sub/notes.yaml',
  'top.yml'
]

let checkout: string

beforeAll(() => {
  checkout = realpathSync(mkdtempSync(path.join(tmpdir(), 'aig-globs-')))
  for (const file of FILES) {
    mkdirSync(path.dirname(path.join(checkout, file)), { recursive: true })
    writeFileSync(path.join(checkout, file), ENVIRONMENT)
  }
})
afterAll(() => rmSync(checkout, { recursive: true, force: true }))

async function filesOf(patterns: string[]): Promise<string[] | undefined> {
  return (await readDeploymentFiles(patterns, checkout))?.planned.files
}

/** What @actions/glob (the action's glob before) matches, relative to the checkout. */
async function actionsGlob(patterns: string[]): Promise<string[]> {
  const glob = await import('@actions/glob')
  const absolute = patterns.map(p =>
    p.startsWith('!') ? `!${path.join(checkout, p.slice(1))}` : path.join(checkout, p)
  )
  // Its `::debug::` lines (the reason the CLI does not use it) kept out of the test's output.
  const write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
  try {
    const globber = await glob.create(absolute.join('\n'), { matchDirectories: false })
    return (await globber.glob()).map(f => path.relative(checkout, f)).sort()
  } finally {
    write.mockRestore()
  }
}

describe('deployment-files globs', () => {
  it.each<[string[], string[]]>([
    [['deploy/endpoint.yml'], ['deploy/endpoint.yml']],
    [['deploy/*.yml'], ['deploy/.hidden.yml', 'deploy/blue.yml', 'deploy/endpoint.yml']],
    [
      ['deploy/**/*.yml'],
      ['deploy/.hidden.yml', 'deploy/blue.yml', 'deploy/endpoint.yml', 'deploy/sub/green.yml']
    ],
    // A directory stands for every file under it.
    [['deploy/sub'], ['deploy/sub/green.yml', 'deploy/sub/notes.yaml']],
    [
      ['**/*.yml', '!deploy/sub'],
      ['deploy/.hidden.yml', 'deploy/blue.yml', 'deploy/endpoint.yml', 'top.yml']
    ],
    // In order: a later pattern adds back what a negation removed.
    [
      ['deploy', '!deploy/sub', 'deploy/sub/green.yml'],
      ['deploy/.hidden.yml', 'deploy/blue.yml', 'deploy/endpoint.yml', 'deploy/sub/green.yml']
    ],
    [
      ['deploy/*.yml', '!**/.hidden.yml', '!/etc/*'],
      ['deploy/blue.yml', 'deploy/endpoint.yml']
    ],
    [['./deploy/../top.yml'], ['top.yml']]
  ])('%j matches %j, as @actions/glob does', async (patterns, expected) => {
    expect(await filesOf(patterns)).toEqual(expected)
    expect(await actionsGlob(patterns)).toEqual(expected)
  })

  it('reads braces literally, as @actions/glob does', async () => {
    await expect(filesOf(['deploy/{blue,endpoint}.yml'])).rejects.toThrow(
      '`deployment-files`: no file matched "deploy/{blue,endpoint}.yml".'
    )
    expect(await actionsGlob(['deploy/{blue,endpoint}.yml'])).toEqual([])
  })

  it('writes nothing on stdout, even with TINYGLOBBY_DEBUG set', async () => {
    const write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined)
    process.env['TINYGLOBBY_DEBUG'] = '1'
    try {
      expect(await filesOf(['deploy/**', '!deploy/sub'])).toHaveLength(3)
      expect([...write.mock.calls, ...log.mock.calls]).toEqual([])
    } finally {
      delete process.env['TINYGLOBBY_DEBUG']
      write.mockRestore()
      log.mockRestore()
    }
  })
})
