/**
 * Files a workflow names for the run to read (planned inputs): the path comes from the workflow
 * and the file from the pull request, so only a file inside the workspace checkout is read. A
 * path that resolves outside it (`..`, an absolute path elsewhere, a symbolic link leading out)
 * is refused with a ConfigurationError naming the input.
 */
import { realpath, stat } from 'node:fs/promises'
import path from 'node:path'
import { ConfigurationError } from '../model/errors.js'
import { quote } from '../model/quote.js'

/** The checkout's real path: the root every planned input is relative to. */
export async function checkoutRoot(
  workspace: string = process.env['GITHUB_WORKSPACE'] || process.cwd()
): Promise<string> {
  return realpath(path.resolve(workspace))
}

/** `file` relative to the checkout with `/` separators, or undefined when it is outside. */
export function insideCheckout(root: string, file: string): string | undefined {
  const relative = path.relative(root, file)
  return relative === '' || relative.startsWith('..') || path.isAbsolute(relative)
    ? undefined
    : relative.split(path.sep).join('/')
}

/** What each refusal says after its first words: the input's own fix. */
export interface CheckoutFileWords {
  input: string
  /** After "… points outside the workspace checkout." */
  outside: string
  /** After "… does not exist." */
  missing: string
  /** After "… resolves outside the workspace checkout (a symbolic link?); it was not read." */
  symlink: string
  /** After "… is not a file." */
  notFile: string
  maxBytes: number
  /** The whole sentence after the file's name, given its size. */
  tooLarge: (bytes: number) => string
}

/** A named file of the checkout: how it is shown (relative) and its real path, or a refusal. */
export async function checkoutFile(
  root: string,
  given: string,
  words: CheckoutFileWords
): Promise<{ shown: string; real: string }> {
  const refuse = (shown: string, sentence: string): ConfigurationError =>
    new ConfigurationError(`\`${words.input}\`: ${quote(shown)} ${sentence}`)
  const resolved = path.resolve(root, given)
  const shown = insideCheckout(root, resolved)
  if (!shown) throw refuse(given, `points outside the workspace checkout. ${words.outside}`)
  let real: string
  try {
    real = await realpath(resolved)
  } catch {
    throw refuse(shown, `does not exist. ${words.missing}`)
  }
  // A symbolic link inside the checkout may lead out of it.
  if (!insideCheckout(root, real)) {
    throw refuse(
      shown,
      `resolves outside the workspace checkout (a symbolic link?); it was not read. ${words.symlink}`
    )
  }
  const info = await stat(real)
  if (!info.isFile()) throw refuse(shown, `is not a file. ${words.notFile}`)
  if (info.size > words.maxBytes) throw refuse(shown, words.tooLarge(info.size))
  return { shown, real }
}
