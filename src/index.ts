import { reportFailure } from './failure.js'
import { run } from './main.js'

// A rejection or exception outside run()'s own try/catch (a stray promise in a
// dependency) must still end as one short message, never as a stack trace.
process.on('unhandledRejection', reportFailure)
process.on('uncaughtException', reportFailure)

await run()
