/**
 * Checks the committed dist/ after a fresh `npm run bundle` (which starts from an empty dist/):
 * (a) git sees no change under dist/ (a modified file is out of date, a deleted one is a stale
 *     file the bundle no longer produces, an untracked one was never committed), and
 * (b) every JavaScript file in dist/ is loaded, directly or through chunks, by dist/index.js or
 *     dist/cli.js, and every file they load exists.
 * Run by .ci/run after `npm test`; usage: npx tsx scripts/check-dist.ts [dir]
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const ENTRIES = ['index.js', 'cli.js']

const JS = /\.(?:c|m)?js$/

// ncc's webpack runtime names chunks in the entry (`__nccwpck_require__.u`); chunks are loaded
// with `__nccwpck_require__.e(id)` in the entry and `__webpack_require__.e(id)` inside chunks,
// the id sometimes after an `/* import() */` comment.
const CHUNK_NAME = /\.u = \(chunkId\) => \{[^}]*?return "([^"]*)" \+ chunkId \+ "([^"]*)";/
const CHUNK_LOAD =
  /__(?:nccwpck|webpack)_require__\.e\(\s*(?:\/\*[^*]*\*\/\s*)?(?:(\d+)|"([^"]+)")\s*\)/g
// cli.js imports ./index.js. Bundled libraries also contain relative imports of files that were
// inlined (or of code paths never taken), so these count only when the file is in the bundle.
const RELATIVE_IMPORT = /(?:\bimport\s*\(\s*|\bfrom\s*|\brequire\s*\(\s*)["']\.\/([^"']+)["']/g

export interface Reachability {
  /** JavaScript files nothing loads: stale output of an older bundle. */
  unreachable: string[]
  /** Files an entry or chunk loads that are not there, with who loads them. */
  missing: string[]
}

/** Which files of a bundle (file name → text) the entries load, following chunk loads. */
export function reachability(files: Record<string, string>, entries = ENTRIES): Reachability {
  const naming = Object.values(files)
    .map(text => CHUNK_NAME.exec(text))
    .find(Boolean)
  const chunkFile = (id: string): string =>
    naming ? `${naming[1]}${id}${naming[2]}` : `${id}.index.js`
  const reached = new Set<string>()
  const missing: string[] = []
  const queue = entries.filter(entry => entry in files)
  for (const entry of queue) reached.add(entry)
  while (queue.length > 0) {
    const file = queue.shift() as string
    const text = files[file] as string
    const imports = [...text.matchAll(RELATIVE_IMPORT)].map(m => m[1] as string)
    const loads = [
      ...[...text.matchAll(CHUNK_LOAD)].map(m => chunkFile((m[1] ?? m[2]) as string)),
      ...imports.filter(target => target in files)
    ]
    for (const target of loads) {
      if (reached.has(target)) continue
      reached.add(target)
      if (target in files) queue.push(target)
      else missing.push(`${target} (loaded by ${file})`)
    }
  }
  const unreachable = Object.keys(files)
    .filter(file => JS.test(file) && !reached.has(file))
    .sort()
  return { unreachable, missing }
}

/** The JavaScript files of a directory (recursively), relative to it, with their text. */
export function readBundle(dir: string): Record<string, string> {
  const files: Record<string, string> = {}
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const file = name.split('\\').join('/')
    if (JS.test(file) && statSync(join(dir, name)).isFile()) {
      files[file] = readFileSync(join(dir, name), 'utf8')
    }
  }
  return files
}

/** Problems with dist/ in the repository at `root`, as messages for the user. */
export function checkDist(root: string, dir = 'dist'): string[] {
  const problems: string[] = []
  const status = execFileSync('git', ['status', '--porcelain', '--', dir], {
    cwd: root,
    encoding: 'utf8'
  })
  if (status.trim() !== '') {
    problems.push(
      `${dir}/ differs from a fresh 'npm run bundle' (M: out of date, D: no longer produced, ??: not committed):\n${status.trimEnd()}\nRun 'npm run bundle' and commit ${dir}/, deletions included ('git add -A ${dir}').`
    )
  }
  if (!existsSync(join(root, dir, 'index.js'))) {
    // A failed `npm run bundle` leaves no dist/ at all (it starts by removing it).
    problems.push(`${dir}/index.js does not exist: 'npm run bundle' failed or did not run.`)
    return problems
  }
  const { unreachable, missing } = reachability(readBundle(join(root, dir)))
  for (const file of unreachable) {
    problems.push(
      `${dir}/${file} is not loaded by ${dir}/index.js or ${dir}/cli.js: a stale chunk of an older bundle. Run 'npm run bundle' (it starts from an empty ${dir}/) and commit the deletion.`
    )
  }
  for (const file of missing) {
    problems.push(`${dir}/${file} does not exist. Run 'npm run bundle' and commit ${dir}/.`)
  }
  return problems
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('..', import.meta.url))
  const problems = checkDist(root, process.argv[2] ?? 'dist')
  for (const problem of problems) console.error(problem)
  if (problems.length > 0) process.exit(1)
  console.log('dist/ matches a fresh bundle and every file in it is loaded.')
}
