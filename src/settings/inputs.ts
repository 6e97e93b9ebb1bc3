/**
 * The action's inputs, read and validated once into one typed `Settings` object
 * before any network call. Every problem is collected and reported together in
 * one `ConfigurationError`, one line per problem, so the user fixes all at once.
 */
import * as core from '@actions/core'
import { posix } from 'node:path'
import { CATEGORIES } from '../model/check.js'
import {
  ENVIRONMENTS,
  customMissingMessage,
  resolveCloud,
  type CloudSettings,
  type Environment
} from './clouds.js'
import { parseResourceId } from '../model/resource-id.js'
import { ConfigurationError } from '../model/errors.js'
import { quote } from '../model/quote.js'
import { DEPLOYMENT_METHODS, ROUTES, type DeploymentMethod, type Route } from '../model/request.js'
import { parseScope, SCOPE_FORMAT, type EstateScope } from './scope.js'

import type { FailOn } from '../evaluate/verdict.js'
import { DETAIL_LEVELS, type DetailLevel } from '../report/redact-identifiers.js'

export type { FailOn }

export interface Settings {
  /** Application (client) ID, lower-case GUID. */
  clientId: string
  /** Entra ID tenant ID, lower-case GUID. */
  tenantId: string
  /** Subscription ID, lower-case GUID. */
  subscriptionId: string
  resourceGroup: string
  workspaceName: string
  failOn: FailOn
  /** `fail-on` normalised for display: `none`, `any` or e.g. `isolation,rbac`. */
  failOnText: string
  /** `allow-unknown`: unknown results do not trip the `fail-on` gate (a warning instead). */
  allowUnknown: boolean
  /** Token for the pull request comment; empty when not supplied. A secret: never log it. */
  githubToken: string
  /** The `environment` input in canonical spelling. */
  environment: Environment
  cloud: CloudSettings
  route: Route
  /** `vnet-id`: the virtual network that secures the workspace, if named. */
  vnetId?: string
  /** `subnet-id`: the subnet that secures the workspace, if named. */
  subnetId?: string
  /** `principal-id`: evaluate RBAC for this object id instead of the logged-in identity. */
  principalId?: string
  /** `max-concurrency`: most ARM requests in flight at once. */
  maxConcurrency: number
  /** `arm-read-reserve`: reads of ARM's announced read budget the action never spends. */
  armReadReserve: number
  /** `timeout-seconds`: the whole run's deadline for Azure reads. */
  timeoutSeconds: number
  deploymentMethod: DeploymentMethod
  /** `comment`: when to write the PR comment. */
  comment: CommentWhen
  /** `comment-mode`: edit the sticky comment in place, or delete and post it anew. */
  commentMode: CommentMode
  /** `comment-header`: distinguishes sticky comments of several jobs on one workspace ('' = none). */
  commentHeader: string
  /** `detail`: `redacted` keeps ids and IP ranges out of the comment and job summary (public repositories). */
  detail: DetailLevel
  /** `sarif-file`: where to write SARIF 2.1.0 ('' = not written). */
  sarifFile: string
  /** `iac-files`: glob patterns of Bicep/ARM/Terraform files to point annotations at. */
  iacFiles: string[]
  /** `deployment-files`: globs of Azure ML CLI v2 endpoint/deployment YAML the workflow will deploy. */
  deploymentFiles: string[]
  /** `gate-on`: which state `fail-on` judges when planned inputs are given (live otherwise). */
  gateOn: GateOn
  /** `arm-template`: a compiled ARM template (relative path) judged through Azure's what-if ('' = none). */
  armTemplate: string
  /** `arm-parameters`: its deployment parameters file ('' = none). */
  armParameters: string
  /** `config-file`: suppressions; the default path may be absent, a named one must exist. */
  configFile: string
  configFileExplicit: boolean
  /** `from-report`: post the comment and summary of a saved JSON report, without reading Azure. */
  fromReport: string
  /** `scope`: an estate scan of every workspace in these subscriptions or management group. */
  scope?: EstateScope
  /** `merge-reports`: globs of saved JSON reports to merge into one estate summary, without Azure. */
  mergeReports: string[]
  /** `snapshot-file`: where to save the collected snapshot ('' = not saved). */
  snapshotFile: string
  /** `from-snapshot`: evaluate this saved snapshot instead of reading Azure ('' = read Azure). */
  fromSnapshot: string
  /** `terraform-plan`: the JSON of `terraform show -json <planfile>`, one path per line. */
  terraformPlan: string[]
}

export type GetInput = (name: string) => string

/** Names of the inputs as declared in action.yml. */
export const INPUT_NAMES = [
  'client-id',
  'tenant-id',
  'subscription-id',
  'resource-group',
  'workspace-name',
  'fail-on',
  'allow-unknown',
  'github-token',
  'environment',
  'audience',
  'authority-host',
  'arm-endpoint',
  'route',
  'vnet-id',
  'subnet-id',
  'principal-id',
  'max-concurrency',
  'arm-read-reserve',
  'timeout-seconds',
  'deployment-method',
  'comment',
  'comment-mode',
  'comment-header',
  'detail',
  'sarif-file',
  'iac-files',
  'deployment-files',
  'gate-on',
  'arm-template',
  'arm-parameters',
  'config-file',
  'from-report',
  'scope',
  'merge-reports',
  'snapshot-file',
  'from-snapshot',
  'terraform-plan'
] as const

export const GATE_ON = ['planned', 'live', 'both'] as const
export type GateOn = (typeof GATE_ON)[number]
export const COMMENT_WHEN = ['auto', 'always', 'on-failure', 'never'] as const
export type CommentWhen = (typeof COMMENT_WHEN)[number]
export const COMMENT_MODES = ['update', 'recreate'] as const
export type CommentMode = (typeof COMMENT_MODES)[number]
export const DEFAULT_CONFIG_FILE = '.github/aml-inference-guard.yml'
/** ARM requests in flight at once unless `max-concurrency` says otherwise. */
export const DEFAULT_MAX_CONCURRENCY = 16
/**
 * Reads of ARM's read budget left for the deployment that follows the gate in the same job:
 * one second of ARM's refill (25 reads per second), more than a deployment step's first
 * reads need before the bucket has refilled that much again.
 */
export const DEFAULT_ARM_READ_RESERVE = 25
/** Most reads the reserve may hold back: ARM's read bucket is 250, the action needs some of it. */
export const MAX_ARM_READ_RESERVE = 200
/** The run's deadline unless `timeout-seconds` says otherwise: well below GitHub's 360-minute job timeout. */
export const DEFAULT_TIMEOUT_SECONDS = 600
/** GitHub's longest job: a deadline beyond it could never be reached. */
export const MAX_TIMEOUT_SECONDS = 21_600

export type InputName = (typeof INPUT_NAMES)[number]

const defaultGetInput: GetInput = name => core.getInput(name)

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

const GUID_HELP: Record<'client-id' | 'tenant-id' | 'subscription-id', string> = {
  'client-id':
    "copy the Application (client) ID from the app registration's Overview page in Entra ID " +
    "(or the user-assigned managed identity's Client ID)",
  'tenant-id':
    "copy the Directory (tenant) ID from the app registration's Overview page in Entra ID",
  'subscription-id':
    "copy the Subscription ID from the subscription's Overview page in the Azure portal " +
    '(or run `az account show --query id -o tsv`)'
}

const REQUIRED_HELP: Record<'resource-group' | 'workspace-name', string> = {
  'resource-group': 'set it to the resource group of the Azure Machine Learning workspace',
  'workspace-name': 'set it to the name of the Azure Machine Learning workspace'
}

/** Which modes need an input, for the message that says it is missing. */
const LOGIN_MODES =
  'needed to log in to Azure, for a workspace check or a `scope` scan; `from-report`, `from-snapshot` and `merge-reports` need no login'
const ONE_WORKSPACE_MODE =
  'needed to check one workspace; an estate scan (`scope`), `from-report`, `from-snapshot` and `merge-reports` leave it empty'

const FAIL_ON_VALUES = ['none', 'any', ...CATEGORIES] as const

/** Longest audience Entra ID accepts on a federated identity credential. */
const MAX_AUDIENCE_LENGTH = 600

export interface ReadSettingsOptions {
  /** Log in with GitHub OIDC (the action): then `client-id` and `tenant-id` are required. */
  oidcLogin?: boolean
}

/**
 * Reads and validates every input. Throws one `ConfigurationError` listing every
 * problem; never throws anything else for any input value.
 */
export function readSettings(
  getInput: GetInput = defaultGetInput,
  options: ReadSettingsOptions = {}
): Settings {
  const errors: string[] = []
  const read = (name: InputName): string | undefined => {
    let raw: unknown
    try {
      raw = getInput(name)
    } catch (error) {
      // @actions/core throws for `required: true` inputs; we report our own message.
      errors.push(`\`${name}\`: could not be read (${quote(errorMessage(error))}).`)
      return undefined
    }
    const value = typeof raw === 'string' ? raw.trim() : ''
    if (/[\r\n\u2028\u2029]/.test(value)) {
      const shown = name === 'github-token' ? '' : ` (got ${quote(value)})`
      errors.push(`\`${name}\`: must be a single line, without line breaks${shown}.`)
      return undefined
    }
    return value
  }

  // `from-report` posts a saved report without logging in to Azure: the Azure inputs may be empty.
  const path = (
    name:
      | 'from-report'
      | 'from-snapshot'
      | 'snapshot-file'
      | 'sarif-file'
      | 'config-file'
      | 'arm-template'
      | 'arm-parameters'
  ): string => {
    const value = read(name) ?? ''
    const problem = pathProblem(value)
    if (!problem) return value
    errors.push(`\`${name}\`: ${quote(value)} ${problem}`)
    return ''
  }
  const fromReport = path('from-report')
  // `from-snapshot` evaluates a saved snapshot: no login, and the snapshot names the workspace.
  const fromSnapshot = path('from-snapshot')
  const snapshotFile = path('snapshot-file')
  if (fromReport && fromSnapshot) {
    errors.push(
      '`from-snapshot`: cannot be combined with `from-report`. Set one: `from-report` posts a saved report, `from-snapshot` evaluates a saved snapshot.'
    )
  }
  // `merge-reports` reads saved reports only; `scope` finds its workspaces (and their subscriptions) itself.
  let mergeReports: string[] = []
  try {
    mergeReports = getInput('merge-reports')
      .split(/\r?\n/)
      .map(line => line.trim())
      .filter(line => line !== '' && !line.startsWith('#'))
  } catch (error) {
    errors.push(`\`merge-reports\`: could not be read (${quote(errorMessage(error))}).`)
  }
  let scope: EstateScope | undefined
  const scopeRaw = read('scope') ?? ''
  if (scopeRaw) {
    const parsed = parseScope(scopeRaw)
    if (typeof parsed === 'string') errors.push(`\`scope\`: ${quote(scopeRaw)} ${parsed}`)
    else scope = parsed
  }
  // No Azure access at all: a saved report, saved reports to merge, or a saved snapshot.
  const offline = Boolean(fromReport || fromSnapshot || mergeReports.length > 0)
  // The CLI signs in with the Azure CLI or the environment: no client or tenant to name.
  const loginOptional = offline || options.oidcLogin === false
  // A scope given but refused (e.g. on two lines) still means an estate scan was meant: report
  // that one problem, not the single-workspace inputs it leaves empty.
  let scopeGiven = scopeRaw !== ''
  try {
    scopeGiven ||= String(getInput('scope') ?? '').trim() !== ''
  } catch {
    // Already reported by read('scope').
  }
  const noTarget = offline || scopeGiven

  const guid = (name: keyof typeof GUID_HELP): string => {
    const value = read(name)
    if (value === undefined) return ''
    if (value === '' && (name === 'subscription-id' ? noTarget : loginOptional)) return ''
    if (value === '') {
      errors.push(
        `Input required and not supplied: ${name} (${name === 'subscription-id' ? ONE_WORKSPACE_MODE : LOGIN_MODES}). To fix it, ${GUID_HELP[name]}.`
      )
      return ''
    }
    if (!GUID.test(value)) {
      errors.push(
        `\`${name}\`: ${quote(value)} is not a GUID (expected xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx). ` +
          `To fix it, ${GUID_HELP[name]}.`
      )
      return ''
    }
    return value.toLowerCase()
  }

  const required = (name: keyof typeof REQUIRED_HELP): string | undefined => {
    const value = read(name)
    if (value === undefined) return undefined
    if (value === '' && noTarget) return ''
    if (value !== '' && scopeRaw) {
      errors.push(
        `\`${name}\`: is set together with \`scope\`, which scans every workspace in ${SCOPE_FORMAT}. Leave \`${name}\` empty for an estate scan, or remove \`scope\` to check one workspace.`
      )
      return undefined
    }
    if (value === '') {
      errors.push(
        `Input required and not supplied: ${name} (${ONE_WORKSPACE_MODE}). To fix it, ${REQUIRED_HELP[name]}.`
      )
      return undefined
    }
    return value
  }

  const clientId = guid('client-id')
  const tenantId = guid('tenant-id')
  const subscriptionId = guid('subscription-id')

  let resourceGroup = required('resource-group') ?? ''
  if (resourceGroup) {
    const problem = resourceGroupProblem(resourceGroup)
    if (problem) {
      errors.push(`\`resource-group\`: ${quote(resourceGroup)} ${problem}`)
      resourceGroup = ''
    }
  }

  let workspaceName = required('workspace-name') ?? ''
  if (workspaceName) {
    const problem = workspaceNameProblem(workspaceName)
    if (problem) {
      errors.push(`\`workspace-name\`: ${quote(workspaceName)} ${problem}`)
      workspaceName = ''
    }
  }

  let failOn: FailOn = { mode: 'none' }
  const failOnRaw = read('fail-on')
  if (failOnRaw !== undefined) {
    const parsed = parseFailOn(failOnRaw)
    if (typeof parsed === 'string') errors.push(`\`fail-on\`: ${parsed}`)
    else failOn = parsed
  }

  let allowUnknown = false
  const allowUnknownRaw = read('allow-unknown')
  if (allowUnknownRaw && /^(true|false)$/i.test(allowUnknownRaw)) {
    allowUnknown = allowUnknownRaw.toLowerCase() === 'true'
  } else if (allowUnknownRaw) {
    errors.push(
      `\`allow-unknown\`: ${quote(allowUnknownRaw)} is not true or false. Leave it unset (false) to fail the step on unknown checks, or set it to true to let them pass with a warning.`
    )
  }

  const githubToken = read('github-token') ?? ''

  let environment: Environment | undefined = 'AzureCloud'
  const environmentRaw = read('environment')
  if (environmentRaw === undefined) {
    environment = undefined
  } else if (environmentRaw !== '') {
    environment = ENVIRONMENTS.find(e => e.toLowerCase() === environmentRaw.toLowerCase())
    if (environment === undefined) {
      errors.push(
        `\`environment\`: ${quote(environmentRaw)} is not a known Azure cloud. ` +
          `Allowed values: ${ENVIRONMENTS.join(', ')}.`
      )
    }
  }

  const audience = read('audience')
  let audienceOk = audience !== undefined
  if (audience) {
    const problem = audienceProblem(audience)
    if (problem) {
      errors.push(`\`audience\`: ${quote(audience)} ${problem}`)
      audienceOk = false
    }
  }

  const url = (name: 'authority-host' | 'arm-endpoint'): string | undefined => {
    const value = read(name)
    if (value === undefined || value === '') return value
    const problem = httpsUrlProblem(value)
    if (problem) {
      errors.push(`\`${name}\`: ${quote(value)} ${problem}`)
      return undefined
    }
    return value
  }
  const authorityHost = url('authority-host')
  const armEndpoint = url('arm-endpoint')

  if (environment === 'custom' && !offline) {
    // Only "not set" here: a set but invalid URL already has its own error.
    const missing = [
      authorityHost === '' ? 'authority-host' : undefined,
      armEndpoint === '' ? 'arm-endpoint' : undefined
    ].filter((name): name is string => name !== undefined)
    if (missing.length > 0) errors.push(customMissingMessage(missing))
  }

  const oneOf = <T extends string>(name: InputName, allowed: readonly T[], fallback: T): T => {
    const value = read(name)
    if (!value) return fallback
    const match = allowed.find(a => a === value.toLowerCase())
    if (!match) {
      errors.push(
        `\`${name}\`: ${quote(value)} is not an allowed value. Allowed values: ${allowed.join(', ')}.`
      )
      return fallback
    }
    return match
  }
  const route = oneOf('route', ROUTES, 'auto')
  const deploymentMethod = oneOf('deployment-method', DEPLOYMENT_METHODS, 'cli')
  const comment = oneOf('comment', COMMENT_WHEN, 'auto')
  const commentMode = oneOf('comment-mode', COMMENT_MODES, 'update')
  const commentHeader = read('comment-header') ?? ''
  const detail = oneOf('detail', DETAIL_LEVELS, 'full')
  if (commentHeader.length > 100) {
    errors.push(`\`comment-header\`: is ${commentHeader.length} characters long; use at most 100.`)
  } else if (/\p{C}/u.test(commentHeader)) {
    // Invisible in the comment title, so two headers that look the same would not match.
    errors.push(
      `\`comment-header\`: ${quote(commentHeader)} contains control or invisible formatting characters (such as bidi or zero-width ones); use plain text.`
    )
  }
  const sarifFile = path('sarif-file')
  const configFileRaw = path('config-file')
  // iac-files is multi-line (one glob per line), so it is read without the single-line rule.
  let iacFiles: string[] = []
  try {
    iacFiles = getInput('iac-files')
      .split(/\r?\n|,/)
      .map(line => line.trim())
      .filter(line => line !== '' && !line.startsWith('#'))
    // The glob library throws on a pattern longer than 64 KiB; no path is longer than PATH_MAX.
    for (const pattern of iacFiles) {
      const problem = pathProblem(pattern)
      if (problem) errors.push(`\`iac-files\`: the pattern ${quote(pattern)} ${problem}`)
    }
  } catch (error) {
    errors.push(`\`iac-files\`: could not be read (${quote(errorMessage(error))}).`)
  }

  // deployment-files is multi-line too (one glob per line, or comma-separated).
  let deploymentFiles: string[] = []
  try {
    deploymentFiles = getInput('deployment-files')
      .split(/\r?\n|,/)
      .map(line => line.trim())
      .filter(line => line !== '' && !line.startsWith('#'))
    for (const pattern of deploymentFiles) {
      const problem = pathProblem(pattern)
      if (problem) errors.push(`\`deployment-files\`: the pattern ${quote(pattern)} ${problem}`)
    }
  } catch (error) {
    errors.push(`\`deployment-files\`: could not be read (${quote(errorMessage(error))}).`)
  }
  const gateOn = oneOf('gate-on', GATE_ON, 'planned')
  const armTemplate = path('arm-template')
  const armParameters = path('arm-parameters')
  if (armParameters && !armTemplate) {
    errors.push(
      '`arm-parameters`: is set without `arm-template`. Set `arm-template` to the compiled template (az bicep build --file main.bicep) these parameters are for, or leave `arm-parameters` empty.'
    )
  }
  if (armTemplate && (fromSnapshot || fromReport || scopeRaw || mergeReports.length > 0)) {
    errors.push(
      "`arm-template`: needs Azure's what-if of one workspace's resource group, which `from-snapshot`, `from-report`, `scope` and `merge-reports` do not read (a saved snapshot keeps the planned resources of the run that saved it). Leave `arm-template` empty in this step."
    )
  }

  // terraform-plan: paths, not globs, one per line (a plan file name may hold a comma).
  let terraformPlan: string[] = []
  try {
    terraformPlan = getInput('terraform-plan')
      .split(/\r?\n/)
      .map(line => line.trim())
      .filter(line => line !== '' && !line.startsWith('#'))
    for (const file of terraformPlan) {
      const problem = pathProblem(file)
      if (problem) errors.push(`\`terraform-plan\`: the path ${quote(file)} ${problem}`)
    }
  } catch (error) {
    errors.push(`\`terraform-plan\`: could not be read (${quote(errorMessage(error))}).`)
  }

  // The estate modes and from-report judge no planned state: a planned input there would be ignored.
  const otherMode = scopeRaw
    ? '`scope`'
    : mergeReports.length > 0
      ? '`merge-reports`'
      : fromReport
        ? '`from-report`'
        : undefined
  for (const [name, given] of [
    ['deployment-files', deploymentFiles.length > 0],
    ['terraform-plan', terraformPlan.length > 0]
  ] as const) {
    if (given && otherMode) {
      errors.push(
        `\`${name}\`: is set with ${otherMode}, which judges no planned state, so the files would be ignored. Name them in the step that checks one workspace, or leave \`${name}\` empty here.`
      )
    }
  }

  let principalId: string | undefined
  const principalRaw = read('principal-id')
  if (principalRaw) {
    if (GUID.test(principalRaw)) principalId = principalRaw.toLowerCase()
    else
      errors.push(
        `\`principal-id\`: ${quote(principalRaw)} is not a GUID. To fix it, use the Object ID of the user, group, service principal or managed identity (az ad sp show --id <client-id> --query id -o tsv), or leave it empty to check the identity the action logs in as.`
      )
  }

  let maxConcurrency = DEFAULT_MAX_CONCURRENCY
  const concurrencyRaw = read('max-concurrency')
  if (concurrencyRaw) {
    const value = /^\d+$/.test(concurrencyRaw) ? Number(concurrencyRaw) : NaN
    if (value >= 1 && value <= 256) maxConcurrency = value
    else
      errors.push(
        `\`max-concurrency\`: ${quote(concurrencyRaw)} is not a whole number from 1 to 256. To fix it, set the most Azure Resource Manager requests the action may have in flight at once, or leave it empty for ${DEFAULT_MAX_CONCURRENCY}.`
      )
  }

  let armReadReserve = DEFAULT_ARM_READ_RESERVE
  const reserveRaw = read('arm-read-reserve')
  if (reserveRaw) {
    const value = /^\d+$/.test(reserveRaw) ? Number(reserveRaw) : NaN
    if (value >= 0 && value <= MAX_ARM_READ_RESERVE) armReadReserve = value
    else
      errors.push(
        `\`arm-read-reserve\`: ${quote(reserveRaw)} is not a whole number from 0 to ${MAX_ARM_READ_RESERVE}. To fix it, set how many reads of Azure Resource Manager's read budget (250 per subscription and identity, refilled at 25 a second) the action leaves for the steps after it (0 spends all of it), or leave it empty for ${DEFAULT_ARM_READ_RESERVE}.`
      )
  }

  let timeoutSeconds = DEFAULT_TIMEOUT_SECONDS
  const timeoutRaw = read('timeout-seconds')
  if (timeoutRaw) {
    const value = /^\d+$/.test(timeoutRaw) ? Number(timeoutRaw) : NaN
    if (value >= 1 && value <= MAX_TIMEOUT_SECONDS) timeoutSeconds = value
    else
      errors.push(
        `\`timeout-seconds\`: ${quote(timeoutRaw)} is not a whole number of seconds from 1 to ${MAX_TIMEOUT_SECONDS}. To fix it, set how long the action may spend reading Azure before it reports what it could not read as unknown, or leave it empty for ${DEFAULT_TIMEOUT_SECONDS}.`
      )
  }

  const networkId = (name: 'vnet-id' | 'subnet-id', types: string[]): string | undefined => {
    const value = read(name)
    if (!value) return undefined
    const parts = parseResourceId(value)
    const actual = parts?.segments.filter((_, i) => i % 2 === 0).join('/') ?? ''
    if (
      !parts ||
      parts.provider.toLowerCase() !== 'microsoft.network' ||
      actual.toLowerCase() !== types.join('/').toLowerCase()
    ) {
      const example =
        '/subscriptions/<subscription-id>/resourceGroups/<rg>/providers/Microsoft.Network/virtualNetworks/<vnet>' +
        (types.length > 1 ? '/subnets/<subnet>' : '')
      errors.push(
        `\`${name}\`: ${quote(value)} is not a Microsoft.Network/${types.join('/')} resource id. Expected ${example} (az network vnet${types.length > 1 ? ' subnet' : ''} show ... --query id -o tsv).`
      )
      return undefined
    }
    return value
  }
  const vnetId = networkId('vnet-id', ['virtualNetworks'])
  const subnetId = networkId('subnet-id', ['virtualNetworks', 'subnets'])
  if (scopeRaw && (vnetId || subnetId)) {
    errors.push(
      `\`${vnetId ? 'vnet-id' : 'subnet-id'}\`: names one workspace's network, and \`scope\` scans many (each is judged against the network its private endpoint or node pools use). Leave it empty for an estate scan.`
    )
  }
  if (
    vnetId &&
    subnetId &&
    !subnetId.toLowerCase().startsWith(`${vnetId.toLowerCase()}/subnets/`)
  ) {
    errors.push(
      `\`subnet-id\`: ${quote(subnetId)} is not a subnet of \`vnet-id\` ${quote(vnetId)}. Fix one of them, or set only \`subnet-id\` (its virtual network is implied).`
    )
  }

  if (errors.length > 0 || environment === undefined) {
    throw new ConfigurationError(formatErrors(errors))
  }

  const cloud = resolveCloud({
    environment,
    armEndpoint: armEndpoint ?? '',
    authorityHost: authorityHost ?? '',
    audience: audienceOk ? (audience ?? '') : ''
  })

  return {
    clientId,
    tenantId,
    subscriptionId,
    resourceGroup,
    workspaceName,
    failOn,
    failOnText: failOnText(failOn),
    allowUnknown,
    githubToken,
    environment,
    cloud,
    route,
    deploymentMethod,
    maxConcurrency,
    armReadReserve,
    timeoutSeconds,
    comment,
    commentMode,
    commentHeader,
    detail,
    sarifFile,
    iacFiles,
    deploymentFiles,
    gateOn,
    armTemplate,
    armParameters,
    configFile: configFileRaw || DEFAULT_CONFIG_FILE,
    // The runner passes the default path whether or not the workflow names it: only another
    // path is the user's own, and must exist.
    configFileExplicit: configFileRaw !== '' && !isDefaultConfigFile(configFileRaw),
    fromReport,
    mergeReports,
    ...(scope ? { scope } : {}),
    snapshotFile,
    fromSnapshot,
    ...(vnetId ? { vnetId } : {}),
    ...(subnetId ? { subnetId } : {}),
    ...(principalId ? { principalId } : {}),
    terraformPlan
  }
}

/** Whether a `config-file` value names the default path (`./` and `\\` spellings included). */
export function isDefaultConfigFile(value: string): boolean {
  const normalised = posix.normalize(value.trim().replace(/\\/g, '/'))
  return normalised === DEFAULT_CONFIG_FILE
}

/** `fail-on` → `FailOn`, or a message saying what is wrong. */
export function parseFailOn(raw: string): FailOn | string {
  const words = raw
    .split(',')
    .map(word => word.trim().toLowerCase())
    .filter(word => word !== '')
  if (words.length === 0) return { mode: 'none' }

  const unknown = words.filter(word => !(FAIL_ON_VALUES as readonly string[]).includes(word))
  if (unknown.length > 0) {
    return (
      `${unknown.map(quote).join(', ')} ${unknown.length === 1 ? 'is not an allowed value' : 'are not allowed values'}. ` +
      `Allowed values: none, any, or a comma-separated list of ${CATEGORIES.join(', ')}.`
    )
  }
  const modes = [...new Set(words.filter(word => word === 'none' || word === 'any'))]
  if (modes.length > 0 && (modes.length > 1 || words.some(word => word !== modes[0]))) {
    return (
      `${quote(raw.trim())} mixes ${modes.join(' and ')} with other values: none and any stand alone. ` +
      `Use none, any, or a comma-separated list of categories (${CATEGORIES.join(', ')}).`
    )
  }
  if (modes[0] === 'none') return { mode: 'none' }
  if (modes[0] === 'any') return { mode: 'any' }
  return { mode: 'categories', categories: CATEGORIES.filter(c => words.includes(c)) }
}

export function failOnText(failOn: FailOn): string {
  return failOn.mode === 'categories' ? failOn.categories.join(',') : failOn.mode
}

/** Azure's resource group naming rules; undefined when valid, else the rest of a sentence. */
function resourceGroupProblem(name: string): string | undefined {
  if (name.length > 90)
    return `is ${name.length} characters long; a resource group name has at most 90.`
  if (!/^[\p{L}\p{Nd}_().-]+$/u.test(name)) {
    return (
      'is not a valid resource group name: use only letters, digits, underscores, ' +
      'hyphens, periods and parentheses (1-90 characters).'
    )
  }
  if (name.endsWith('.')) return 'is not a valid resource group name: it cannot end in a period.'
  return undefined
}

/** Azure Machine Learning workspace naming rules. */
function workspaceNameProblem(name: string): string | undefined {
  if (/^[A-Za-z0-9][A-Za-z0-9_-]{2,32}$/.test(name)) return undefined
  return (
    'is not a valid workspace name: 3-33 characters, letters, digits, hyphens and ' +
    'underscores, starting with a letter or digit. Copy the name from the workspace ' +
    "Overview page in the Azure portal (not the studio's display name)."
  )
}

/** Longest path Linux accepts (PATH_MAX). */
const MAX_PATH_LENGTH = 4096

/** A file path input: undefined when usable (or empty), else the rest of a sentence. */
function pathProblem(value: string): string | undefined {
  if (value.length > MAX_PATH_LENGTH) {
    return `is ${value.length} characters long; a path has at most ${MAX_PATH_LENGTH}.`
  }
  if (/\p{Cc}/u.test(value)) {
    return 'contains control characters. Use a path relative to the repository root, such as results/report.json.'
  }
  return undefined
}

function audienceProblem(audience: string): string | undefined {
  if (audience.length > MAX_AUDIENCE_LENGTH) {
    return `is ${audience.length} characters long; an audience has at most ${MAX_AUDIENCE_LENGTH}.`
  }
  if (/[\s\p{C}]/u.test(audience)) {
    return (
      'contains spaces or control characters. Set it to the audience of the federated ' +
      'credential (usually api://AzureADTokenExchange), or leave it empty for the default.'
    )
  }
  return undefined
}

/** An absolute https URL without credentials, query or fragment. */
function httpsUrlProblem(value: string): string | undefined {
  const expected = 'Expected an absolute https URL such as https://login.example.com.'
  if (/[\s\p{C}]/u.test(value)) return `contains spaces or control characters. ${expected}`
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return `is not a URL. ${expected}`
  }
  if (url.protocol !== 'https:') return `is not an https URL. ${expected}`
  if (url.username || url.password) return `must not contain a user name or password. ${expected}`
  if (url.search || value.includes('?')) return `must not contain a query string. ${expected}`
  if (url.hash || value.includes('#')) return `must not contain a fragment (#...). ${expected}`
  return undefined
}

function formatErrors(errors: readonly string[]): string {
  const count = errors.length === 1 ? '1 problem' : `${errors.length} problems`
  return `The action's inputs have ${count}:\n${errors.map(e => `- ${e}`).join('\n')}`
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
