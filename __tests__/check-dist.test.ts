import { afterEach, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { checkDist, reachability } from '../scripts/check-dist.js'

// The shapes ncc 0.45 writes: the entry's webpack runtime names chunks and loads them with
// __nccwpck_require__.e(id); chunks load further chunks with __webpack_require__.e(id).
const runtime = `/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};`

const fakeDist = (): Record<string, string> => ({
  'index.js': `${runtime}
const { run } = await Promise.all(/* import() */[__nccwpck_require__.e(660), __nccwpck_require__.e(49)]).then(__nccwpck_require__.bind(__nccwpck_require__, 99249));
// bundled library code that names a file it inlined
const client = require("./client.js")`,
  'cli.js': `#!/usr/bin/env node
globalThis.amlInferenceGuardCli = true
await import('./index.js')
`,
  '660.index.js': 'export const id = 660; export const ids = [660]; export const modules = {}',
  '49.index.js':
    'export const id = 49; const m = await __webpack_require__.e(/* import() */ 139).then(__webpack_require__.bind(__webpack_require__, 23139))',
  '139.index.js': 'export const id = 139; export const ids = [139]; export const modules = {}'
})

describe('reachability of dist/ files from dist/index.js and dist/cli.js', () => {
  it('follows chunk loads from the entry and from chunks, and ignores imports of inlined files', () => {
    expect(reachability(fakeDist())).toEqual({ unreachable: [], missing: [] })
  })

  it('reports a chunk nothing loads as unreachable (a stale file of an older bundle)', () => {
    const files = {
      ...fakeDist(),
      '818.index.js': 'export const id = 818; export const ids = [818]'
    }
    expect(reachability(files)).toEqual({ unreachable: ['818.index.js'], missing: [] })
  })

  it('reports a chunk that only an unreachable chunk loads as unreachable too', () => {
    const files = {
      ...fakeDist(),
      '818.index.js': 'export const id = 818; __webpack_require__.e(969)',
      '969.index.js': 'export const id = 969'
    }
    expect(reachability(files).unreachable).toEqual(['818.index.js', '969.index.js'])
  })

  it('reports a chunk that is loaded but not there', () => {
    const files = fakeDist()
    delete files['139.index.js']
    expect(reachability(files)).toEqual({
      unreachable: [],
      missing: ['139.index.js (loaded by 49.index.js)']
    })
  })
})

describe('checkDist on a repository', () => {
  let repo = ''
  afterEach(() => rmSync(repo, { recursive: true, force: true }))

  const git = (...args: string[]): string =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
      cwd: repo,
      encoding: 'utf8'
    })

  /** A repository whose committed dist/ is the fake bundle. */
  function committedDist(files: Record<string, string>): void {
    repo = mkdtempSync(join(tmpdir(), 'aig-check-dist-'))
    mkdirSync(join(repo, 'dist'))
    for (const [name, text] of Object.entries(files)) writeFileSync(join(repo, 'dist', name), text)
    git('init', '--quiet')
    git('add', '-A')
    git('commit', '--quiet', '-m', 'dist')
  }

  it('passes when dist/ is the fresh bundle and every file in it is loaded', () => {
    committedDist(fakeDist())
    expect(checkDist(repo)).toEqual([])
  })

  it('fails on a committed chunk the fresh bundle no longer writes, naming the file and the fix', () => {
    committedDist({ ...fakeDist(), '818.index.js': 'export const id = 818' })
    // What `npm run bundle` does to dist/818.index.js now that it starts from an empty dist/.
    unlinkSync(join(repo, 'dist', '818.index.js'))
    expect(checkDist(repo)).toEqual([
      "dist/ differs from a fresh 'npm run bundle' (M: out of date, D: no longer produced, ??: not committed):\n D dist/818.index.js\nRun 'npm run bundle' and commit dist/, deletions included ('git add -A dist')."
    ])
  })

  it('fails on a committed chunk that nothing loads even when git sees no change', () => {
    committedDist({ ...fakeDist(), '818.index.js': 'export const id = 818' })
    expect(checkDist(repo)).toEqual([
      "dist/818.index.js is not loaded by dist/index.js or dist/cli.js: a stale chunk of an older bundle. Run 'npm run bundle' (it starts from an empty dist/) and commit the deletion."
    ])
  })
})
