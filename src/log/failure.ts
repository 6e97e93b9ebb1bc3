import * as core from '@actions/core'
import { isConfigurationError } from '../model/errors.js'
import { redact } from '../model/redact.js'

/**
 * The one place an error reaches the user: a configuration error as written, anything
 * else as a bug with a short message; the stack only in the debug log.
 */
export function reportFailure(error: unknown): void {
  if (isConfigurationError(error)) {
    core.setFailed(redact(error.message))
    return
  }
  const message = redact(error instanceof Error ? error.message : String(error))
  core.debug(redact(error instanceof Error && error.stack ? error.stack : message))
  core.setFailed(
    `aml-inference-guard stopped on an unexpected error: ${message}\nThis is a bug: please report it with the log of a re-run with debug logging enabled.`
  )
}
