import { reportFailure } from './log/failure.js'
import { routeAzureSdkLog } from './log/log-safe.js'

// dist/cli.js (the package's bin) sets this before importing the bundle: one bundle, two edges.
if ((globalThis as { amlInferenceGuardCli?: boolean }).amlInferenceGuardCli === true) {
  // Loaded on use: the CLI's login (Azure CLI, DefaultAzureCredential) is not evaluated in the action.
  const { startCli } = await import('./cli/main.js')
  await startCli()
} else {
  // A rejection or exception outside run()'s own try/catch (a stray promise in a
  // dependency) must still end as one short message, never as a stack trace.
  process.on('unhandledRejection', reportFailure)
  process.on('uncaughtException', reportFailure)

  // AZURE_LOG_LEVEL output goes to stderr, which the runner reads for workflow commands too.
  routeAzureSdkLog()

  const { run } = await import('./main.js')
  await run()
  // Everything is written. A request the deadline gave up on (the OIDC request cannot be
  // aborted) may still hold a socket open: it must not hold the step (issue 16).
  setTimeout(() => process.exit(), 1000).unref()
}
