/**
 * SARIF 2.1.0 for GitHub code scanning (`github/codeql-action/upload-sarif`)
 * and any other SARIF viewer. Pure: the caller writes the file.
 *
 * Rules are the whole check catalog, so code scanning can show the help of a
 * check even before it first fails. Results are the failed and unknown
 * results; passing and skipped ones are not findings.
 *
 * Locations: the finding is about an Azure resource, not a line of code, so
 * every result carries a logical location with the resource id. Code scanning,
 * however, needs at least one location with `physicalLocation.artifactLocation.uri`
 * on every result (GitHub's "SARIF support for code scanning" page), so each
 * result also gets one: the `iac-files` line that sets the property when one
 * was found, else line 1 of a stable file the caller names (the action passes
 * the workflow file that runs it), else the resource's own ARM id as a relative
 * path. GitHub documents that uri as "usually a file either in the repository or
 * generated during a build", so a path no file has is accepted; the alert then
 * names the resource. It is lower-cased (ARM ids are case-insensitive) so the
 * path, like the fingerprint, is the same on every run.
 */
import { createHash } from 'node:crypto'
import { CHECKS } from '../evaluate/checks/catalog.js'
import { ARTICLE_URL } from '../evaluate/checks/rules/links.js'
import { SECTIONS, type Check, type Severity } from '../model/check.js'
import { resultKey, type IacLocation } from './iac.js'
import {
  fixSteps,
  resultStatus,
  type Report,
  type ReportResult,
  type ResultStatus
} from './model.js'

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json'

/** Name of the partial fingerprint; bump the suffix if its recipe ever changes. */
export const FINGERPRINT_KEY = 'amlInferenceGuard/v1'

type SarifLevel = 'error' | 'warning' | 'note'

const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', notice: 'note' }

/** `security-severity` lets code scanning rank alerts (>= 7 high, >= 4 medium, else low). */
const SECURITY_SEVERITY: Record<Severity, string> = { error: '8.0', warning: '5.0', notice: '2.0' }

export interface SarifOptions {
  /** Where a result's property is set in `iac-files`, keyed by resultKey. */
  locations?: ReadonlyMap<string, IacLocation>
  /**
   * Repository-relative file for results without an IaC location; without it, the
   * resource id stands in (see the module comment).
   */
  fallbackFile?: string
  /**
   * The tool's home page: main passes the action's repository (GITHUB_ACTION_REPOSITORY);
   * the checklist article otherwise, since no fixed repository URL is known here.
   */
  informationUri?: string
  /** Defaults to the catalog; tests pass the checks their report was built with. */
  checks?: Check[]
}

/* Only the parts of the SARIF object model this file writes. */
interface SarifPhysicalLocation {
  artifactLocation: { uri: string; uriBaseId: string }
  region: { startLine: number }
}
interface SarifLocation {
  physicalLocation: SarifPhysicalLocation
  logicalLocations: Array<{ name: string; fullyQualifiedName: string; kind: string }>
  message?: { text: string }
}
export interface SarifResult {
  ruleId: string
  ruleIndex?: number
  level: SarifLevel
  message: { text: string }
  locations: SarifLocation[]
  partialFingerprints: Record<string, string>
  suppressions?: Array<{ kind: 'external'; status: 'accepted'; justification: string }>
  /** `status`: the word the other renderers show (pass/fail/advice/unknown/skipped). */
  properties: { outcome: string; status: ResultStatus; resourceType: string }
}
export interface SarifRule {
  id: string
  name: string
  shortDescription: { text: string }
  fullDescription: { text: string }
  help: { text: string; markdown: string }
  helpUri: string
  defaultConfiguration: { level: SarifLevel }
  properties: { tags: string[]; precision: string; 'security-severity': string }
}
export interface SarifLog {
  $schema: string
  version: '2.1.0'
  runs: Array<{
    tool: {
      driver: {
        name: string
        version: string
        semanticVersion: string
        informationUri: string
        rules: SarifRule[]
      }
    }
    invocations: Array<{ executionSuccessful: boolean; endTimeUtc: string }>
    results: SarifResult[]
    properties: { workspaceId: string; verdict: string; collectedAt: string }
  }>
}

/** `NET-01` → `Net01`: SARIF rule names are identifiers, distinct from the id. */
function ruleName(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map(part => part.charAt(0).toUpperCase() + part.slice(1).toLowerCase())
    .join('')
}

function fence(code: string): string {
  const longest = Math.max(2, ...(code.match(/`+/g) ?? []).map(run => run.length))
  const ticks = '`'.repeat(longest + 1)
  return `${ticks}sh\n${code}\n${ticks}`
}

export function sarifRule(check: Check): SarifRule {
  const level = LEVEL[check.severity]
  return {
    id: check.id,
    name: ruleName(check.id),
    shortDescription: { text: check.title },
    fullDescription: { text: check.rationale },
    help: {
      text: `${check.rationale}\n\nRemediation: ${check.remediation}\n\nFix:\n${check.fix}\n\nDocs: ${check.docUrl}`,
      markdown: `${check.rationale}\n\n**Remediation:** ${check.remediation}\n\n**Fix:**\n\n${fence(check.fix)}\n\n[Microsoft Learn](${check.docUrl}) · checklist section: ${SECTIONS[check.section]}`
    },
    helpUri: check.docUrl,
    defaultConfiguration: { level },
    properties: {
      // SARIF tags are unique: the `kubernetes` category and section share a name.
      tags: [
        ...new Set(['security', 'azure', 'azure-machine-learning', check.category, check.section])
      ],
      precision: 'high',
      'security-severity': SECURITY_SEVERITY[check.severity]
    }
  }
}

/** Stable across runs: the check and the lower-cased resource id (ARM ids are case-insensitive). */
export function fingerprint(result: Pick<ReportResult, 'checkId' | 'resource'>): string {
  return createHash('sha256').update(resultKey(result)).digest('hex').slice(0, 32)
}

function sarifResult(
  r: ReportResult,
  ruleIndex: number | undefined,
  options: SarifOptions
): SarifResult {
  const status = resultStatus(r)
  const unknown = status === 'unknown'
  const iac = options.locations?.get(resultKey(r))
  const physical: SarifPhysicalLocation = {
    artifactLocation: {
      uri: iac?.path ?? options.fallbackFile ?? resourcePath(r.resource.id),
      uriBaseId: '%SRCROOT%'
    },
    region: { startLine: iac?.line ?? 1 }
  }
  const where = iac
    ? `${iac.property} of ${r.resource.name}`
    : `Azure resource ${r.resource.id} (no line in the repository sets it)`
  return {
    ruleId: r.checkId,
    ...(ruleIndex === undefined ? {} : { ruleIndex }),
    // Unknown is not a failure, but it is not a pass either: shown as a warning.
    level: unknown ? 'warning' : LEVEL[r.severity ?? 'error'],
    message: {
      text:
        (unknown
          ? `${r.checkId} could not be evaluated for ${r.resource.name} (unknown): ${r.detail}`
          : status === 'advice'
            ? `${r.checkId} advice for ${r.resource.name}: ${r.detail}`
            : `${r.checkId} fails for ${r.resource.name}: ${r.detail}`) +
        (fixSteps(r).length > 0 ? ` Fix: ${fixSteps(r).join(' ; ')}` : '')
    },
    locations: [
      {
        physicalLocation: physical,
        logicalLocations: [
          { name: r.resource.name, fullyQualifiedName: r.resource.id, kind: 'resource' }
        ],
        message: { text: where }
      }
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(r) },
    // An accepted risk from the config file: SARIF's own way to say so, with the reason.
    ...(r.suppression
      ? {
          suppressions: [
            { kind: 'external', status: 'accepted', justification: r.suppression.reason }
          ]
        }
      : {}),
    properties: { outcome: r.outcome, status, resourceType: r.resource.type }
  }
}

/** `/subscriptions/S/resourceGroups/RG/…` → `subscriptions/s/resourcegroups/rg/…`, each segment URI-encoded. */
export function resourcePath(resourceId: string): string {
  return resourceId.toLowerCase().split('/').filter(Boolean).map(encodeURIComponent).join('/')
}

export function buildSarif(report: Report, options: SarifOptions = {}): SarifLog {
  return sarifLog(
    report,
    [report],
    {
      workspaceId: report.target.workspaceId,
      verdict: report.verdict.headline,
      collectedAt: report.collectedAt
    },
    options
  )
}

/**
 * One run of the catalog's rules with the failed and unknown results of
 * `reports` (one workspace, or every workspace of an estate scan).
 */
export function sarifLog(
  about: Pick<Report, 'tool' | 'generatedAt'>,
  reports: readonly Report[],
  properties: SarifLog['runs'][number]['properties'],
  options: SarifOptions = {}
): SarifLog {
  const checks = options.checks ?? CHECKS
  const rules = checks.map(sarifRule)
  const index = new Map(checks.map((c, i) => [c.id, i]))
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: about.tool.name,
            version: about.tool.version,
            semanticVersion: about.tool.version,
            informationUri: options.informationUri ?? ARTICLE_URL,
            rules
          }
        },
        invocations: [{ executionSuccessful: true, endTimeUtc: about.generatedAt }],
        results: reports.flatMap(report =>
          report.results
            .filter(r => r.outcome === 'fail' || r.outcome === 'unknown')
            .map(r => sarifResult(r, index.get(r.checkId), options))
        ),
        properties
      }
    ]
  }
}

export function renderSarif(report: Report, options: SarifOptions = {}): string {
  return JSON.stringify(buildSarif(report, options), null, 2)
}

/**
 * The workflow file running this action, repository-relative, from
 * GITHUB_WORKFLOW_REF (`owner/repo/.github/workflows/x.yml@refs/heads/main`).
 */
export function workflowFileFromRef(ref: string | undefined): string | undefined {
  if (!ref) return undefined
  const match = /^[^/]+\/[^/]+\/(.+?)@/.exec(ref)
  return match?.[1]
}
