/**
 * The CLI's edge: options → login (az login or the environment) → the shared
 * pipeline (src/run/pipeline.ts) → a report on stdout. Exit codes: 0 pass, 1 the
 * gate failed per --fail-on, 2 usage or configuration error, 3 a bug.
 */
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { RunDeadline } from '../collect/pipeline.js'
import { isConfigurationError } from '../model/errors.js'
import { readSettings, type Settings } from '../settings/inputs.js'
import type { EstateReport } from '../estate/report.js'
import type { EstateSettings } from '../estate/scan.js'
import type { Suppression } from '../evaluate/suppressions.js'
import {
  armClients,
  collect,
  evaluate,
  evaluateSettingsOf,
  gateFailureMessage,
  readSnapshot,
  saveSnapshot,
  timingLine,
  type Login,
  type PipelineLog
} from '../run/pipeline.js'
import { renderJsonReport, type Report } from '../report/model.js'
import { renderSarif } from '../report/sarif.js'
import { renderSummary } from '../report/summary.js'
import { plainText, renderTerminal, useColor } from '../report/terminal.js'
import { loadSuppressions } from '../settings/suppressions-file.js'
import { readDeploymentFiles } from '../settings/deployment-files.js'
import { withPlannedNow } from '../planned/merge.js'
import { readArmTemplate } from '../settings/arm-template.js'
import { readTerraformPlans } from '../settings/terraform-plan.js'
import { VERSION } from '../model/version.js'
import { cliLogin, credentialSources } from './credential.js'
import { helpText, inCliTerms, parseCliArgs, type CliOptions, type Format } from './options.js'

export const EXIT = { pass: 0, failed: 1, usage: 2, bug: 3 } as const

export interface OutputStream {
  write: (text: string) => unknown
  isTTY?: boolean
}

export interface CliIO {
  stdout: OutputStream
  stderr: OutputStream
  env: Readonly<Record<string, string | undefined>>
  cwd: string
}

/** Runs the CLI once; resolves to the exit code. Never throws. */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const progress = new ProgressLine(io.stderr)
  try {
    const options = parseCliArgs(argv)
    if (options.help) {
      io.stdout.write(helpText())
      return EXIT.pass
    }
    if (options.version) {
      io.stdout.write(`${VERSION}\n`)
      return EXIT.pass
    }
    const settings = readSettings(
      name => (options.inputs as Record<string, string | undefined>)[name] ?? '',
      {
        oidcLogin: false
      }
    )
    const log: PipelineLog = {
      // The pipeline and settings speak of the action's inputs and step; say it in the CLI's words.
      info: message => progress.above(`${inCliTerms(message)}\n`),
      warning: message => progress.above(`warning: ${inCliTerms(message)}\n`),
      debug: () => undefined,
      progress: stats =>
        progress.show(
          `Reading Azure… ${stats.requests} request${stats.requests === 1 ? '' : 's'} answered`
        )
    }
    const suppressions = await loadSuppressions({
      file: settings.configFile,
      explicit: settings.configFileExplicit,
      workspace: io.cwd,
      info: log.info
    })
    if (settings.scope) {
      return await runCliEstate({ ...settings, scope: settings.scope }, suppressions, {
        options,
        io,
        log,
        progress
      })
    }
    // Before signing in, as in the action: a deployment file that cannot be judged stops the run first.
    const planned = await readDeploymentFiles(settings.deploymentFiles, io.cwd)
    for (const note of planned?.notes ?? []) log.info(note)
    // The template's what-if runs during collection; the files are read now, before Azure.
    const whatIf = await readArmTemplate(settings.armTemplate, settings.armParameters, io.cwd)
    let live
    if (settings.fromSnapshot) {
      live = readSnapshot(
        resolve(io.cwd, settings.fromSnapshot),
        '--from-snapshot',
        settings.fromSnapshot,
        log
      )
    } else {
      const collected = await collectLive(
        { ...settings, ...(whatIf ? { whatIf } : {}) },
        options,
        io,
        log
      )
      progress.clear()
      log.info(timingLine(collected, settings.maxConcurrency))
      live = collected.snapshot
    }
    const terraform = await readTerraformPlans(
      settings.terraformPlan,
      live.target.subscriptionId,
      io.cwd
    )
    for (const note of terraform?.notes ?? []) log.info(note)
    // Planned inputs named now replace that route's part of a saved snapshot, as in the action.
    const snapshot = withPlannedNow(live, {
      files: planned?.planned,
      terraform: terraform?.planned
    })
    if (settings.snapshotFile) saveSnapshot(resolve(io.cwd, settings.snapshotFile), snapshot, log)
    const { report, verdict } = evaluate(snapshot, evaluateSettingsOf(settings, suppressions), log)
    if (options.output) {
      const file = resolve(io.cwd, options.output)
      writeFileSync(file, render(report, options.format, false))
      log.info(`Report written to ${file}`)
    } else {
      io.stdout.write(render(report, options.format, useColor(io.stdout, io.env)))
    }
    if (verdict.failed) {
      io.stderr.write(`${gateFailureMessage(verdict, settings.failOnText)}\n`)
      return EXIT.failed
    }
    return EXIT.pass
  } catch (error) {
    progress.clear()
    return reportCliFailure(error, io.stderr)
  }
}

async function collectLive(
  settings: Settings,
  options: CliOptions,
  io: CliIO,
  log: PipelineLog
): ReturnType<typeof collect> {
  const login = await signIn(settings, options, io, log)
  return collect(settings, login, log, new RunDeadline(settings.timeoutSeconds))
}

/** `--scope`: the estate scan (src/estate/scan.ts) with the CLI's credential, one estate report. */
async function runCliEstate(
  settings: EstateSettings,
  suppressions: readonly Suppression[],
  cli: { options: CliOptions; io: CliIO; log: PipelineLog; progress: ProgressLine }
): Promise<number> {
  const { options, io, log, progress } = cli
  const deadline = new RunDeadline(settings.timeoutSeconds)
  const login = await signIn(settings, options, io, log)
  const [{ AzureClients }, { scanEstate, estateGateMessage, estateTimingLine }] = await Promise.all(
    [import('../collect/clients.js'), import('../estate/scan.js')]
  )
  const clients = armClients(AzureClients, login.credential, settings, log, deadline)
  const scan = await scanEstate(settings, { clients, identity: login.identity, suppressions }, log)
  progress.clear()
  log.info(estateTimingLine(scan, clients.stats, settings.maxConcurrency))
  const { buildEstateSarif, renderEstateJson, renderEstateSummary } =
    await import('../estate/report.js')
  const render = (color: boolean): string => {
    switch (options.format) {
      case 'json':
        return `${renderEstateJson(scan.report)}\n`
      case 'markdown':
        return renderEstateSummary(scan.report)
      case 'sarif':
        return `${JSON.stringify(buildEstateSarif(scan.report), null, 2)}\n`
      case 'text':
        return renderEstateTerminal(scan.report, color)
    }
  }
  if (options.output) {
    const file = resolve(io.cwd, options.output)
    writeFileSync(file, render(false))
    log.info(`Report written to ${file}`)
  } else {
    io.stdout.write(render(useColor(io.stdout, io.env)))
  }
  const failure = estateGateMessage(scan.report, settings.failOnText)
  if (failure) {
    io.stderr.write(`${failure}\n`)
    return EXIT.failed
  }
  return EXIT.pass
}

/** The estate on a terminal: its verdict, then each workspace's report, then those not evaluated. */
function renderEstateTerminal(report: EstateReport, color: boolean): string {
  const parts = [`${plainText(report.verdict.headline)}\n`]
  for (const workspace of report.workspaces) parts.push(renderTerminal(workspace, { color }))
  for (const e of report.errors) {
    parts.push(`${plainText(e.workspaceId)}: not evaluated (${plainText(e.reason)})\n`)
  }
  return parts.join('\n')
}

async function signIn(
  settings: Settings,
  options: CliOptions,
  io: CliIO,
  log: PipelineLog
): Promise<Login> {
  const authorityExplicit =
    options.inputs['authority-host'] !== undefined || settings.environment !== 'AzureCloud'
  return cliLogin(
    credentialSources(
      {
        cloud: settings.cloud,
        authorityExplicit,
        ...(settings.tenantId ? { tenantId: settings.tenantId } : {})
      },
      io.env
    ),
    settings.cloud.tokenScope,
    log.info
  )
}

function render(report: Report, format: Format, color: boolean): string {
  switch (format) {
    case 'json':
      return `${renderJsonReport(report)}\n`
    case 'markdown':
      return renderSummary(report)
    case 'sarif':
      return `${renderSarif(report)}\n`
    case 'text':
      return renderTerminal(report, { color })
  }
}

/** A configuration error as written (in the CLI's terms), anything else as a bug; never a stack. */
export function reportCliFailure(error: unknown, stderr: OutputStream): number {
  if (isConfigurationError(error)) {
    stderr.write(`error: ${inCliTerms(error.message)}\n`)
    return EXIT.usage
  }
  const message = error instanceof Error ? error.message : String(error)
  stderr.write(
    `aml-inference-guard stopped on an unexpected error: ${message}\nThis is a bug: please report it with the command you ran.\n`
  )
  return EXIT.bug
}

/** One status line on a terminal's stderr, rewritten in place; nothing at all when stderr is not a TTY. */
export class ProgressLine {
  private shown = false

  constructor(private readonly stream: OutputStream) {}

  show(text: string): void {
    if (!this.stream.isTTY) return
    this.stream.write(`\r\u001b[2K${text}`)
    this.shown = true
  }

  clear(): void {
    if (!this.shown) return
    this.stream.write('\r\u001b[2K')
    this.shown = false
  }

  /** A log line, written above the status line. */
  above(text: string): void {
    this.clear()
    this.stream.write(text)
  }
}

/** The bin entry: process streams, exit code, and a last handler for stray rejections. */
export async function startCli(): Promise<void> {
  const io: CliIO = {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd()
  }
  const stray = (error: unknown): void => {
    process.exitCode = reportCliFailure(error, process.stderr)
    process.exit()
  }
  process.on('unhandledRejection', stray)
  process.on('uncaughtException', stray)
  process.exitCode = await runCli(process.argv.slice(2), io)
}
