/**
 * Reads the `deployment-files` globs from the workspace checkout and parses them
 * (src/planned/cli-v2.ts) into the snapshot's `planned` part. The paths come from the
 * workflow, and the files from the pull request: a match outside GITHUB_WORKSPACE (a
 * `..` pattern, an absolute one, a symbolic link leading out) is refused, not read.
 */
import { readFile, realpath, stat } from 'node:fs/promises'
import path from 'node:path'
import { checkoutRoot, insideCheckout } from './checkout-file.js'
import { ConfigurationError } from '../model/errors.js'
import { quote } from '../model/quote.js'
import type { PlannedChange } from '../model/snapshot.js'
import { parsePlannedFiles, type PlannedFile } from '../planned/cli-v2.js'

/** Endpoint and deployment files are a few hundred bytes; a larger match is not one. */
const MAX_FILE_BYTES = 256 * 1024
const MAX_FILES = 200

export interface ReadPlannedResult {
  planned: PlannedChange
  /** Files matched but not read (other Azure ML schemas), one info line each. */
  notes: string[]
}

export async function readDeploymentFiles(
  patterns: readonly string[],
  workspace: string = process.env['GITHUB_WORKSPACE'] || process.cwd()
): Promise<ReadPlannedResult | undefined> {
  if (patterns.length === 0) return undefined
  const root = await checkoutRoot(workspace)
  const inside = (file: string): string | undefined => insideCheckout(root, file)
  // Each pattern relative to the checkout, refused when it points out of it.
  const relative = patterns.map(p => {
    const negated = p.startsWith('!')
    const body = negated ? p.slice(1) : p
    const resolved = path.resolve(root, body)
    const within = inside(resolved)
    if (!negated && !within && resolved !== root) {
      throw new ConfigurationError(
        `\`deployment-files\`: the pattern ${quote(p)} points outside the workspace checkout. Name the files relative to the repository root, such as deploy/endpoint.yml or deploy/**/*.yml.`
      )
    }
    // A negation outside the checkout excludes nothing inside it.
    return { negated, body: resolved === root ? '**' : within }
  })
  const matched = [...(await matchFiles(root, relative))].sort()
  if (matched.length === 0) {
    throw new ConfigurationError(
      `\`deployment-files\`: no file matched ${patterns.map(quote).join(', ')}. Check the paths (relative to the repository root) and that the job checks the repository out before this step; or leave the input empty to judge only what is live.`
    )
  }
  if (matched.length > MAX_FILES) {
    throw new ConfigurationError(
      `\`deployment-files\`: ${matched.length} files matched; at most ${MAX_FILES} are read. Name only the endpoint and deployment files the workflow deploys.`
    )
  }
  const files: PlannedFile[] = []
  for (const file of matched) {
    const shown = inside(file) ?? file
    // A symbolic link inside the checkout may lead out of it.
    const real = inside(await realpath(file))
    if (!real) {
      throw new ConfigurationError(
        `\`deployment-files\`: ${quote(shown)} resolves outside the workspace checkout (a symbolic link?); it was not read. Name files of the repository only.`
      )
    }
    const info = await stat(file)
    if (info.size > MAX_FILE_BYTES) {
      throw new ConfigurationError(
        `\`deployment-files\`: ${quote(shown)} is larger than 256 KiB, which no endpoint or deployment file is. Leave it out of the patterns.`
      )
    }
    files.push({ path: shown, content: await readFile(file, 'utf8') })
  }
  const { resources, notes } = parsePlannedFiles(files)
  return { planned: { files: files.map(f => f.path), resources }, notes }
}

/**
 * The files the patterns match, with @actions/glob's semantics (patterns in order, a `!` one
 * removes what the earlier ones matched, a later one adds again; `**`; hidden files; a
 * directory matches the files under it; no braces or extglobs) through tinyglobby, which
 * writes nothing: @actions/glob logs `::debug::` lines to stdout, where the CLI's report goes.
 */
async function matchFiles(
  root: string,
  patterns: ReadonlyArray<{ negated: boolean; body: string | undefined }>
): Promise<Set<string>> {
  const { glob } = await import('tinyglobby')
  const matched = new Set<string>()
  for (const { negated, body } of patterns) {
    if (body === undefined) continue
    const found = await glob(body, {
      cwd: root,
      absolute: true,
      dot: true,
      braceExpansion: false,
      extglob: false,
      expandDirectories: true,
      followSymbolicLinks: true,
      onlyFiles: true,
      // Not from TINYGLOBBY_DEBUG: its lines go to stdout.
      debug: false
    })
    for (const file of found.map(f => path.resolve(f))) {
      if (negated) matched.delete(file)
      else matched.add(file)
    }
  }
  return matched
}
