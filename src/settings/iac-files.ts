/**
 * Reads the `iac-files` globs from the workspace: the thin, impure side of
 * src/report/iac.ts. Paths come back relative to GITHUB_WORKSPACE with `/`
 * separators, which is what annotations (`file=`) and SARIF URIs expect.
 */
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import type { IacFile } from '../report/iac.js'

/** Larger files are skipped: IaC files are small, and a huge match would only be a generated one. */
const MAX_FILE_BYTES = 2 * 1024 * 1024
const MAX_FILES = 500

export interface ReadIacResult {
  files: IacFile[]
  /** Why something was left out, for one info line each. */
  notes: string[]
}

export async function readIacFiles(
  patterns: readonly string[],
  workspace: string = process.env['GITHUB_WORKSPACE'] || process.cwd()
): Promise<ReadIacResult> {
  const notes: string[] = []
  if (patterns.length === 0) return { files: [], notes }
  const root = path.resolve(workspace)
  // Globs are relative to the workspace, like every other path a workflow names.
  const absolute = patterns.map(p => {
    const negated = p.startsWith('!')
    const body = negated ? p.slice(1) : p
    const resolved = path.isAbsolute(body) ? body : path.join(root, body)
    return (negated ? '!' : '') + resolved
  })
  // Loaded only when iac-files is set.
  const glob = await import('@actions/glob')
  const globber = await glob.create(absolute.join('\n'), { matchDirectories: false })
  const matched = (await globber.glob()).sort()
  const files: IacFile[] = []
  for (const file of matched) {
    const relative = path.relative(root, file)
    if (relative.startsWith('..') || path.isAbsolute(relative)) {
      notes.push(`iac-files: ${file} is outside the workspace; annotations can only point into it.`)
      continue
    }
    if (files.length >= MAX_FILES) {
      notes.push(`iac-files: matched more than ${MAX_FILES} files; the rest were not read.`)
      break
    }
    const info = await stat(file)
    if (info.size > MAX_FILE_BYTES) {
      notes.push(`iac-files: ${relative} is larger than 2 MiB and was not read.`)
      continue
    }
    files.push({ path: relative.split(path.sep).join('/'), content: await readFile(file, 'utf8') })
  }
  if (files.length === 0) notes.push(`iac-files: no file matched ${patterns.join(', ')}.`)
  return { files, notes }
}
