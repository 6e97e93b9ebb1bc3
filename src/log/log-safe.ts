/**
 * Log lines that cannot issue workflow commands. The runner reads every line of
 * stdout and stderr, trims leading whitespace, and runs it as a command when it
 * starts with `::` (`::add-mask::`, `::set-output`, `::stop-commands::`, ...) or
 * with the legacy `##[`. Text from Azure or GitHub (names, tags, rule
 * descriptions, error messages) is untrusted, so every line written with it
 * goes through `logSafe`.
 */
import * as core from '@actions/core'
import { AzureLogger } from '@azure/logger'
import { EOL } from 'node:os'
import { format } from 'node:util'
import { redact } from '../model/redact.js'

// What .NET's TrimStart removes (Unicode white space, NEL included), plus format and control
// characters, so an invisible prefix cannot hide a command from us but not from the runner.
const COMMAND_START = /^([\s\p{Z}\p{C}\u0085]*)(::|##\[)/u

/** `text` with a backslash before every line-leading `::` or `##[`; other text unchanged. */
export function logSafe(text: string): string {
  return text
    .split(/(\r\n|\r|\n)/)
    .map(part => part.replace(COMMAND_START, '$1\\$2'))
    .join('')
}

/** `logSafe` after the redaction step (src/model/redact.ts): what every log line of the action goes through. */
export function logLine(text: string): string {
  return logSafe(redact(text))
}

/** @actions/core's log functions with every message passed through `logLine`. */
export const log = {
  info: (message: string): void => core.info(logLine(message)),
  // debug/warning/error/notice are commands whose data @actions/core escapes (%0A): their
  // message cannot start a line. Neutralised all the same so no call site has to know that.
  debug: (message: string): void => core.debug(logLine(message)),
  warning: (message: string, properties?: core.AnnotationProperties): void =>
    core.warning(logLine(message), properties),
  error: (message: string, properties?: core.AnnotationProperties): void =>
    core.error(logLine(message), properties),
  notice: (message: string, properties?: core.AnnotationProperties): void =>
    core.notice(logLine(message), properties)
}

/**
 * The Azure SDK's own log (`AZURE_LOG_LEVEL`) goes to stderr, which the runner also reads; its
 * messages carry Entra error descriptions (multi-line, with the token's subject).
 */
export function routeAzureSdkLog(
  write: (text: string) => void = text => process.stderr.write(text)
): void {
  AzureLogger.log = (...args: unknown[]): void => write(logLine(format(...args)) + EOL)
}
