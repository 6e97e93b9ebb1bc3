import { reportFailure } from './failure.js'
import { routeAzureSdkLog } from './log-safe.js'
import { run } from './main.js'

// A rejection or exception outside run()'s own try/catch (a stray promise in a
// dependency) must still end as one short message, never as a stack trace.
process.on('unhandledRejection', reportFailure)
process.on('uncaughtException', reportFailure)

// AZURE_LOG_LEVEL output goes to stderr, which the runner reads for workflow commands too.
routeAzureSdkLog()

await run()
