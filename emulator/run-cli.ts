/**
 * Runs the bundled CLI (`node dist/cli.js ...`) as a user would, against an
 * emulator: DefaultAzureCredential signs in through workload identity
 * (AZURE_CLIENT_ID, AZURE_TENANT_ID, AZURE_FEDERATED_TOKEN_FILE holding an ID
 * token the emulator's Entra ID accepts, AZURE_AUTHORITY_HOST). PATH holds
 * only node's directory, so a developer's own `az login` is never used.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { repoRoot } from './certs.js'
import type { Emulator } from './server.js'

export interface RunCliOptions {
  /** Set up workload identity for this emulator (omit: no credential at all). */
  emulator?: Emulator
  /** Extra environment; `undefined` removes a variable. */
  env?: Record<string, string | undefined>
  /** Files to create in the working directory first: relative path → content. */
  files?: Record<string, string>
  /** Keep the working directory (to read files the CLI wrote). */
  keepDir?: boolean
  timeoutMs?: number
}

export interface CliRun {
  exitCode: number | null
  stdout: string
  stderr: string
  /** Secrets this run involved: the federated ID token and every token the emulator issued during it. */
  secrets: string[]
  /** The working directory (removed after the run unless keepDir). */
  dir: string
}

/** The CLI's options that point it at the emulator's target workspace and clouds. */
export function cliTarget(emulator: Emulator): string[] {
  return [
    '--subscription',
    emulator.scenario.subscriptionId,
    '--resource-group',
    emulator.scenario.target.resourceGroup,
    '--workspace',
    emulator.scenario.target.workspaceName,
    '--environment',
    'custom',
    '--authority-host',
    emulator.urls.authorityHost,
    '--arm-endpoint',
    emulator.urls.armEndpoint
  ]
}

export async function runCli(args: string[], options: RunCliOptions = {}): Promise<CliRun> {
  const entry = path.join(repoRoot, 'dist', 'cli.js')
  if (!fs.existsSync(entry))
    throw new Error(`${entry} does not exist (run \`npm run bundle\` first)`)
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aml-guard-cli-'))
  for (const [relative, content] of Object.entries(options.files ?? {})) {
    fs.mkdirSync(path.dirname(path.join(dir, relative)), { recursive: true })
    fs.writeFileSync(path.join(dir, relative), content)
  }
  const emulator = options.emulator
  const issuedBefore = emulator?.issuedTokens.length ?? 0
  const env: Record<string, string | undefined> = {
    PATH: path.dirname(process.execPath),
    HOME: dir,
    // Absolute: the CLI runs in its own working directory.
    NODE_EXTRA_CA_CERTS: path.resolve(
      process.env['NODE_EXTRA_CA_CERTS'] ?? path.join(repoRoot, '.emulator', 'certs', 'ca.pem')
    ),
    ...options.env
  }
  let idToken: string | undefined
  if (emulator) {
    idToken = emulator.mintIdToken({ aud: 'api://AzureADTokenExchange' })
    const tokenFile = path.join(dir, 'federated-token')
    fs.writeFileSync(tokenFile, idToken)
    Object.assign(env, {
      NODE_EXTRA_CA_CERTS: emulator.caFile,
      AZURE_CLIENT_ID: emulator.scenario.clientId,
      AZURE_TENANT_ID: emulator.scenario.tenantId,
      AZURE_FEDERATED_TOKEN_FILE: tokenFile,
      AZURE_AUTHORITY_HOST: emulator.urls.authorityHost,
      ...options.env
    })
  }
  const childEnv: Record<string, string> = {}
  for (const [k, v] of Object.entries(env)) if (v !== undefined) childEnv[k] = v
  try {
    const child = spawn(process.execPath, [entry, ...args], {
      cwd: dir,
      env: childEnv,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000)
    const exitCode = await new Promise<number | null>((resolve, reject) => {
      child.once('error', reject)
      child.once('close', code => resolve(code))
    }).finally(() => clearTimeout(timer))
    return {
      exitCode,
      stdout,
      stderr,
      secrets: [
        ...(idToken ? [idToken] : []),
        ...(emulator?.issuedTokens.slice(issuedBefore) ?? [])
      ],
      dir
    }
  } finally {
    if (!options.keepDir) fs.rmSync(dir, { recursive: true, force: true })
  }
}
