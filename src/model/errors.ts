/**
 * A mistake the user can fix (a bad input, a missing permission, a missing
 * federated credential). Its message is shown as-is, without a stack trace,
 * and says what is wrong and how to fix it. Anything else that escapes is a bug.
 */
export class ConfigurationError extends Error {
  override name = 'ConfigurationError'
}

export function isConfigurationError(error: unknown): error is ConfigurationError {
  return error instanceof ConfigurationError
}
