/**
 * Thin I/O adapter for the suppressions config file: resolves `config-file`
 * against the workspace, reads it, and hands the text to the pure parser.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { ConfigurationError } from '../model/errors.js'
import type { Suppression } from '../evaluate/suppressions.js'

export interface SuppressionsFileOptions {
  /** `config-file` as the user wrote it (or the default), relative to the workspace. */
  file: string
  /** The user set `config-file`: then a missing file is a mistake, not "no suppressions". */
  explicit: boolean
  /** GITHUB_WORKSPACE (the checkout); defaults to the current directory. */
  workspace?: string
  info: (message: string) => void
}

export async function loadSuppressions(options: SuppressionsFileOptions): Promise<Suppression[]> {
  const path = resolve(options.workspace || process.cwd(), options.file)
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if ((code === 'ENOENT' || code === 'ENOTDIR') && !options.explicit) {
      options.info(`No suppressions: ${options.file} does not exist in the workspace.`)
      return []
    }
    const why =
      code === 'ENOENT' || code === 'ENOTDIR'
        ? 'does not exist'
        : `could not be read (${code ?? String(error)})`
    throw new ConfigurationError(
      `\`config-file\`: ${options.file} ${why} (looked for ${path}). ` +
        'Check the path (it is relative to the repository root), make sure the workflow checks out the repository (actions/checkout) before this step, ' +
        'or remove the `config-file` input to use the optional default .github/aml-inference-guard.yml.'
    )
  }
  // Loaded only when there is a file: the parser needs the check catalog and the YAML parser,
  // which a run without one loads after its login request is sent (docs/performance.md).
  const [{ CHECKS }, { parseSuppressions }] = await Promise.all([
    import('../evaluate/checks/catalog.js'),
    import('../evaluate/suppressions.js')
  ])
  const suppressions = parseSuppressions(text, options.file, CHECKS)
  options.info(
    `${suppressions.length === 1 ? '1 suppression' : `${suppressions.length} suppressions`} read from ${options.file}.`
  )
  return suppressions
}
