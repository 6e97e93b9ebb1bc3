/**
 * `merge-reports`: the second job of the matrix pattern (docs/estate.md). It
 * reads the JSON reports earlier jobs saved (estate reports, or single
 * workspace reports) and writes one estate summary, report-file and outputs,
 * without logging in to Azure. The files come from artifacts: each is checked
 * before any renderer reads it, and every text in it is escaped when rendered.
 * The verdicts are the saved ones (each job applied its `fail-on`); like
 * `from-report`, this step reports them and does not fail on them.
 */
import * as core from '@actions/core'
import * as glob from '@actions/glob'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { ConfigurationError } from '../model/errors.js'
import { reportProblem } from '../publish/from-report.js'
import { isObject, parseSavedReport } from '../model/json-shape.js'
import type { Settings } from '../settings/inputs.js'
import type { Report } from '../report/model.js'
import { VERSION } from '../model/version.js'
import {
  ESTATE_REPORT_SCHEMA_VERSION,
  buildEstateReport,
  type EstateReport,
  type EstateSources,
  type EstateWorkspaceError
} from './report.js'
import { writeEstateOutputs } from './run.js'

export interface SavedReports {
  workspaces: Report[]
  errors: EstateWorkspaceError[]
  scopes: string[]
  failOns: string[]
  sources: EstateSources[]
}

/** What is wrong with `data` as an estate report, or undefined. */
export function estateReportProblem(data: unknown): string | undefined {
  if (!isObject(data)) return 'the file does not hold a JSON object'
  if (data['schemaVersion'] !== ESTATE_REPORT_SCHEMA_VERSION) {
    return `schemaVersion is ${JSON.stringify(data['schemaVersion'] ?? null)}, this version of the action reads ${ESTATE_REPORT_SCHEMA_VERSION}`
  }
  for (const key of ['scope', 'failOn', 'generatedAt']) {
    if (typeof data[key] !== 'string') return `${key} is not a string`
  }
  if (!Array.isArray(data['workspaces'])) return 'workspaces is not a list'
  if (!Array.isArray(data['errors'])) return 'errors is not a list'
  for (const [i, ws] of (data['workspaces'] as unknown[]).entries()) {
    const problem = reportProblem(ws)
    if (problem) return `workspaces[${i}]: ${problem}`
  }
  for (const [i, e] of (data['errors'] as unknown[]).entries()) {
    if (
      !isObject(e) ||
      !['workspaceId', 'subscriptionId', 'resourceGroup', 'workspaceName', 'reason'].every(
        k => typeof e[k] === 'string'
      ) ||
      typeof e['failsGate'] !== 'boolean'
    ) {
      return `errors[${i}] is not { workspaceId, subscriptionId, resourceGroup, workspaceName, reason, failsGate }`
    }
  }
  return undefined
}

/** Adds one parsed file to `into`; throws a ConfigurationError naming the file when it is not a report. */
export function addSavedReport(into: SavedReports, file: string, text: string): void {
  const where = `\`merge-reports\`: ${JSON.stringify(file)}`
  const data = parseSavedReport(text, where)
  if (isObject(data) && data['kind'] === 'estate') {
    const problem = estateReportProblem(data)
    if (problem) {
      throw new ConfigurationError(
        `${where} is not an aml-inference-guard estate report: ${problem}. Upload the file the \`report-file\` output names, unchanged, and use the same major version of the action in every job.`
      )
    }
    const estate = data as unknown as EstateReport
    into.workspaces.push(...estate.workspaces)
    into.errors.push(...estate.errors)
    into.scopes.push(estate.scope)
    into.failOns.push(estate.failOn)
    if (estate.sources) into.sources.push(estate.sources)
    return
  }
  const problem = reportProblem(data)
  if (problem) {
    throw new ConfigurationError(
      `${where} is not an aml-inference-guard report: ${problem}. Upload the file the \`report-file\` output names, unchanged, and use the same major version of the action in every job.`
    )
  }
  const report = data as Report
  into.workspaces.push(report)
  into.scopes.push(`workspace:${report.target.workspaceId}`)
  into.failOns.push(report.failOn)
}

/** One estate report from saved ones; a workspace in several files is kept once (the newest). */
export function mergeSavedReports(saved: SavedReports, generatedAt?: string): EstateReport {
  const newest = new Map<string, Report>()
  for (const r of saved.workspaces) {
    const key = r.target.workspaceId.toLowerCase()
    const seen = newest.get(key)
    if (!seen || r.generatedAt > seen.generatedAt) newest.set(key, r)
  }
  const errors = saved.errors.filter(e => !newest.has(e.workspaceId.toLowerCase()))
  const unique = (values: string[]): string => [...new Set(values)].join(' + ') || 'none'
  const sources = saved.sources.reduce<EstateSources | undefined>(
    (sum, s) => ({
      queries: (sum?.queries ?? 0) + s.queries,
      pages: (sum?.pages ?? 0) + s.pages,
      rows: (sum?.rows ?? 0) + s.rows,
      readsServed: (sum?.readsServed ?? 0) + s.readsServed,
      readsShared: (sum?.readsShared ?? 0) + (s.readsShared ?? 0),
      fallbacks: [...(sum?.fallbacks ?? []), ...s.fallbacks]
    }),
    undefined
  )
  return buildEstateReport([...newest.values()], errors, {
    version: VERSION,
    scope: unique(saved.scopes),
    failOn: unique(saved.failOns),
    ...(sources ? { sources } : {}),
    ...(generatedAt ? { generatedAt } : {})
  })
}

const MAX_FILES = 1000

export async function runMergeReports(
  settings: Pick<Settings, 'mergeReports' | 'sarifFile'>
): Promise<void> {
  const root = path.resolve(process.env['GITHUB_WORKSPACE'] || process.cwd())
  const patterns = settings.mergeReports.map(p => {
    const negated = p.startsWith('!')
    const body = negated ? p.slice(1) : p
    return (negated ? '!' : '') + (path.isAbsolute(body) ? body : path.join(root, body))
  })
  const globber = await glob.create(patterns.join('\n'), { matchDirectories: false })
  const files = (await globber.glob()).sort()
  if (files.length === 0) {
    throw new ConfigurationError(
      `\`merge-reports\`: no file matched ${settings.mergeReports.map(p => JSON.stringify(p)).join(', ')} (relative to the workspace). Download the reports first (actions/download-artifact with \`pattern\` and \`merge-multiple: true\`), then point the globs at them.`
    )
  }
  if (files.length > MAX_FILES) {
    throw new ConfigurationError(
      `\`merge-reports\`: matched ${files.length} files; at most ${MAX_FILES} are merged. Narrow the globs to the downloaded reports.`
    )
  }
  const saved: SavedReports = { workspaces: [], errors: [], scopes: [], failOns: [], sources: [] }
  for (const file of files) {
    addSavedReport(saved, path.relative(root, file) || file, readFileSync(file, 'utf8'))
  }
  const report = mergeSavedReports(saved)
  core.info(
    `Merged ${files.length} saved report(s) into one estate report of ${report.verdict.counts.workspaces} workspace(s); Azure is not contacted in merge-reports mode.`
  )
  await writeEstateOutputs(report, settings)
}
