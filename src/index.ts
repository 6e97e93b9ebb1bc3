import { startCli } from './cli/main.js'
import { reportFailure } from './failure.js'
import { routeAzureSdkLog } from './log-safe.js'
import { run } from './main.js'

// dist/cli.js (the package's bin) sets this before importing the bundle: one bundle, two edges.
if ((globalThis as { amlInferenceGuardCli?: boolean }).amlInferenceGuardCli === true) {
  await startCli()
} else {
  // A rejection or exception outside run()'s own try/catch (a stray promise in a
  // dependency) must still end as one short message, never as a stack trace.
  process.on('unhandledRejection', reportFailure)
  process.on('uncaughtException', reportFailure)

  // AZURE_LOG_LEVEL output goes to stderr, which the runner reads for workflow commands too.
  routeAzureSdkLog()

  await run()
}
