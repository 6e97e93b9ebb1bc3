/**
 * Starts the emulator and keeps it running, for the workflow job that runs the
 * action with `uses: ./`. Writes the settings the action needs as KEY=value
 * lines (the `$GITHUB_ENV` format) once every server listens.
 *
 * `tsx emulator/serve.ts [--scenario secured] --settings-file <path>`
 */
import fs from 'node:fs'
import { ensureTestCertificates } from './certs.js'
import { getScenario, scenarios } from './scenarios/index.js'
import { startEmulator } from './server.js'

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? process.argv[i + 1] : undefined
}

const scenarioName = arg('scenario') ?? 'secured'
const envFile = arg('settings-file')
if (!scenarios[scenarioName] || !envFile) {
  process.stderr.write(
    `usage: tsx emulator/serve.ts [--scenario ${Object.keys(scenarios).join('|')}] --settings-file <path>\n`
  )
  process.exit(2)
}

ensureTestCertificates()
const scenario = getScenario(scenarioName)
const emulator = await startEmulator(scenario)
const lines = {
  NODE_EXTRA_CA_CERTS: emulator.caFile,
  EMULATOR_OIDC_REQUEST_URL: emulator.urls.oidcRequestUrl,
  EMULATOR_OIDC_REQUEST_TOKEN: emulator.oidcRequestToken,
  EMULATOR_AUTHORITY_HOST: emulator.urls.authorityHost,
  EMULATOR_ARM_ENDPOINT: emulator.urls.armEndpoint,
  EMULATOR_CLIENT_ID: scenario.clientId,
  EMULATOR_TENANT_ID: scenario.tenantId,
  EMULATOR_SUBSCRIPTION_ID: scenario.subscriptionId,
  EMULATOR_RESOURCE_GROUP: scenario.target.resourceGroup,
  EMULATOR_WORKSPACE_NAME: scenario.target.workspaceName
}
// Written in one go, after the servers listen, so a reader never sees half a file.
fs.writeFileSync(
  `${envFile}.tmp`,
  Object.entries(lines)
    .map(([k, v]) => `${k}=${v}\n`)
    .join('')
)
fs.renameSync(`${envFile}.tmp`, envFile)
process.stdout.write(`emulator '${scenario.name}' listening; settings in ${envFile}\n`)

const stop = (): void => {
  void emulator.close().then(() => process.exit(0))
}
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
