/**
 * What the pull request changes (docs/planned.md): each check's status on the live workspace
 * and on the workspace with the planned resources laid over it, and the file and line of the
 * planned resource behind each change. Pure: built from two result sets and the snapshot's
 * planned part; rendered as a few lines of the comment and as annotation locations.
 */
import type { CheckResult } from '../model/check.js'
import { code, ours, plainText, text, type Text } from '../model/text.js'
import type { PlannedArmResource, PlannedResource, Snapshot } from '../model/snapshot.js'
import { plannedArmNoun, plannedArmSourceOf } from '../planned/arm.js'
import { plannedSourceOf } from '../planned/overlay.js'
import { resultKey, type IacLocation } from './iac.js'
import {
  escapeMarkdown,
  inlineCode,
  joinMarkdown,
  markup,
  textToMarkdown,
  type Markdown
} from './markdown.js'
import {
  RESULT_STATUSES,
  resultStatus,
  type GateOn,
  type PlannedCheck,
  type PlannedSource,
  type ReportPlanned,
  type ResultStatus
} from './model.js'

export type { GateOn, PlannedCheck, PlannedSource, ReportPlanned } from './model.js'

/** The key of an Azure ML YAML file that decides what the checks read of this resource. */
function keyOf(resource: PlannedResource): string {
  if (resource.kind === 'onlineDeployment') return 'egress_public_network_access'
  return resource.computeType === 'Kubernetes' ? 'compute' : 'public_network_access'
}

export function plannedSource(resource: PlannedResource): PlannedSource {
  const key = keyOf(resource)
  const field = resource.fields[key]
  return {
    kind: resource.kind,
    name: resource.name,
    file: resource.file,
    line: field?.line ?? resource.line,
    key,
    ...(field ? { value: field.value } : {})
  }
}

export function plannedArmSource(resource: PlannedArmResource): PlannedSource {
  return {
    kind: 'armResource',
    name: resource.id.split('/').pop() ?? resource.id,
    file: resource.file,
    key: resource.type,
    value: resource.change,
    route: resource.route,
    ...(resource.address ? { address: resource.address } : {})
  }
}

/** The YAML resource, else the what-if or Terraform resource, a result's resource comes from. */
function sourceOf(snapshot: Snapshot, resourceId: string): PlannedSource | undefined {
  const yaml = plannedSourceOf(snapshot, resourceId)
  if (yaml) return plannedSource(yaml)
  const arm = plannedArmSourceOf(snapshot, resourceId)
  return arm ? plannedArmSource(arm) : undefined
}

function worst(results: readonly CheckResult[]): ResultStatus {
  const statuses = new Set(results.map(r => (r.suppression ? 'pass' : resultStatus(r))))
  return RESULT_STATUSES.find(s => statuses.has(s)) ?? 'skipped'
}

const byResource = (results: readonly CheckResult[]): Map<string, ResultStatus> =>
  new Map(results.map(r => [resultKey(r), resultStatus(r)]))

export function buildPlanned(
  snapshot: Snapshot,
  live: readonly CheckResult[],
  planned: readonly CheckResult[],
  gateOn: GateOn
): ReportPlanned | undefined {
  if (!snapshot.planned) return undefined
  const ids = [...new Set([...live, ...planned].map(r => r.checkId))]
  const liveStatus = byResource(live)
  const checks = ids.map(checkId => {
    const before = live.filter(r => r.checkId === checkId)
    const after = planned.filter(r => r.checkId === checkId)
    const sources: PlannedSource[] = []
    for (const result of after) {
      const source = sourceOf(snapshot, result.resource.id)
      if (!source || liveStatus.get(resultKey(result)) === resultStatus(result)) continue
      if (
        !sources.some(s => s.file === source.file && s.name === source.name && s.key === source.key)
      )
        sources.push(source)
    }
    return { checkId, live: worst(before), planned: worst(after), sources }
  })
  return { gateOn, files: snapshot.planned.files, checks }
}

/** Annotation locations for planned resources that fail or are unknown after the change. */
export function plannedLocations(
  snapshot: Snapshot,
  planned: ReadonlyArray<Pick<CheckResult, 'checkId' | 'resource' | 'outcome'>>
): Map<string, IacLocation> {
  const located = new Map<string, IacLocation>()
  for (const result of planned) {
    if (result.outcome !== 'fail' && result.outcome !== 'unknown') continue
    const source = sourceOf(snapshot, result.resource.id)
    if (!source) continue
    located.set(resultKey(result), {
      path: source.file,
      // A what-if or plan resource has no line of its own: the annotation names the file.
      line: source.line ?? 1,
      property:
        source.kind === 'armResource'
          ? `${source.address ?? source.name} (${source.value ?? ''})`
          : source.value === undefined
            ? `${source.key} (not set)`
            : source.key
    })
  }
  return located
}

const WORDS: Record<ResultStatus, string> = {
  pass: 'passes',
  fail: 'fails',
  advice: 'gives advice',
  unknown: 'is unknown',
  skipped: 'is skipped'
}

const ROUTE_WORDS = { 'what-if': 'what-if of', terraform: 'Terraform plan' } as const

const CHANGE_WORDS: Record<string, string> = {
  Create: 'created',
  Modify: 'changed',
  Delete: 'deleted',
  Deploy: 'deployed',
  Unsupported: 'changed in a way Azure could not predict'
}

/**
 * The planned resource behind a change, in a reviewer's words, once for every medium:
 * `endpoint fraud-score created in the what-if of infra/main.json`,
 * `endpoint fraud-score in deploy/endpoint.yml line 4 sets public_network_access: enabled`.
 */
function sourceText(source: PlannedSource): Text {
  if (source.kind === 'armResource') {
    const noun = plannedArmNoun(source.key)
    const change = CHANGE_WORDS[source.value ?? ''] ?? (source.value ?? '').toLowerCase()
    const address = source.address ? text` (${code(source.address)})` : text``
    return text`${ours(noun)} ${code(source.name)}${address} ${ours(change)} in the ${ours(ROUTE_WORDS[source.route ?? 'what-if'])} ${code(source.file)}`
  }
  const what = source.kind === 'onlineEndpoint' ? 'endpoint' : 'deployment'
  const sets =
    source.value === undefined
      ? text`does not set ${code(source.key)} (the service default, enabled, applies)`
      : text`sets ${code(`${source.key}: ${source.value}`)}`
  return text`${ours(what)} ${code(source.name)} in ${code(source.file)} line ${source.line ?? 1} ${sets}`
}

/** The comment's lines for the checks this pull request changes; none when nothing changes. */
export function plannedLines(planned: ReportPlanned | undefined): Markdown[] {
  if (!planned) return []
  const changed = planned.checks.filter(c => c.live !== c.planned)
  const files = joinMarkdown(
    planned.files.slice(0, 5).map(f => inlineCode(f)),
    ', '
  )
  const more = planned.files.length > 5 ? markup` and ${planned.files.length - 5} more` : markup``
  const lines: Markdown[] = [
    markup``,
    markup`#### What this pull request changes`,
    markup``,
    markup`Judged with ${files}${more} laid over the live workspace; \`fail-on\` judges the ${escapeMarkdown(planned.gateOn === 'both' ? 'live and the planned state' : `${planned.gateOn} state`)}.`,
    markup``
  ]
  if (changed.length === 0) {
    lines.push(markup`No check changes with this pull request.`)
    return lines
  }
  // Checks that change the same way with no planned resource to name (a planned source that
  // could not be read) share one line.
  const grouped = new Map<string, PlannedCheck[]>()
  for (const check of changed) {
    if (check.sources.length > 0) continue
    const key = `${check.live}>${check.planned}`
    grouped.set(key, [...(grouped.get(key) ?? []), check])
  }
  const done = new Set<string>()
  for (const check of changed) {
    const group = grouped.get(`${check.live}>${check.planned}`)
    if (check.sources.length === 0 && group && group.length > 1) {
      if (done.has(`${check.live}>${check.planned}`)) continue
      done.add(`${check.live}>${check.planned}`)
      const ids = joinMarkdown(
        group.map(c => escapeMarkdown(c.checkId)),
        ', '
      )
      lines.push(
        markup`- ${ids}: ${escapeMarkdown(WORDS[check.live])} now, **${escapeMarkdown(WORDS[check.planned])} after this PR**`
      )
      continue
    }
    const outcome =
      check.live === 'fail' && (check.planned === 'pass' || check.planned === 'skipped')
        ? markup`fails now, **fixed by this PR**`
        : markup`${escapeMarkdown(WORDS[check.live])} now, **${escapeMarkdown(WORDS[check.planned])} after this PR**`
    const why =
      check.sources.length === 0
        ? markup``
        : markup` (${joinMarkdown(
            check.sources.slice(0, 3).map(s => textToMarkdown(sourceText(s))),
            '; '
          )}${check.sources.length > 3 ? markup`; ${check.sources.length - 3} more` : markup``})`
    lines.push(markup`- ${escapeMarkdown(check.checkId)}: ${outcome}${why}`)
  }
  return lines
}

/** `plannedLines` for the CLI's terminal report: a heading, then one line per changed check. */
export function plannedTextLines(planned: ReportPlanned | undefined): string[] {
  if (!planned) return []
  const files = planned.files.slice(0, 5).join(', ')
  const more = planned.files.length > 5 ? ` and ${planned.files.length - 5} more` : ''
  const state = planned.gateOn === 'both' ? 'live and the planned state' : `${planned.gateOn} state`
  const lines = [
    `What this change does: ${files}${more} laid over the live workspace; fail-on judges the ${state}.`
  ]
  const changed = planned.checks.filter(c => c.live !== c.planned)
  if (changed.length === 0) return [...lines, '  No check changes.']
  for (const check of changed) {
    const outcome =
      check.live === 'fail' && (check.planned === 'pass' || check.planned === 'skipped')
        ? 'fails now, fixed by this PR'
        : `${WORDS[check.live]} now, ${WORDS[check.planned]} after this PR`
    const shown = check.sources.slice(0, 3).map(s => plainText(sourceText(s)))
    if (check.sources.length > 3) shown.push(`${check.sources.length - 3} more`)
    lines.push(`  ${check.checkId}: ${outcome}${shown.length > 0 ? ` (${shown.join('; ')})` : ''}`)
  }
  return lines
}

/**
 * The checks whose fix is one key of an Azure ML YAML file, and when that fix applies. MOE-03:
 * `public_network_access` is set by every deploy of the endpoint's file, so a command against
 * the live endpoint would be undone by it. MOE-04: `egress_public_network_access` cannot change
 * on an existing deployment (the check's recreate commands stay), only on a new one.
 */
const FILE_FIXES: Readonly<
  Record<string, { kind: PlannedResource['kind']; key: string; value: string; newOnly: boolean }>
> = {
  'MOE-03': {
    kind: 'onlineEndpoint',
    key: 'public_network_access',
    value: 'disabled',
    newOnly: false
  },
  'MOE-04': {
    kind: 'onlineDeployment',
    key: 'egress_public_network_access',
    value: 'disabled',
    newOnly: true
  }
}

/** Whether the live reads hold this endpoint or deployment (ids compare case-insensitively). */
function isLive(live: Snapshot, resourceId: string): boolean {
  const id = resourceId.toLowerCase()
  const endpoints = live.onlineEndpoints.ok ? live.onlineEndpoints.value : []
  const deployments = Object.values(live.onlineDeployments).flatMap(r => (r.ok ? r.value : []))
  return [...endpoints, ...deployments].some(r => r.id.toLowerCase() === id)
}

/**
 * The planned state's failed results whose resource comes from a deployment file: the fix is
 * the line of that file to change (`remedy.edit`), not an `az ml ... update` command against
 * an endpoint that does not exist yet or that the file's deployment would overwrite.
 */
export function withFileFixes<R extends CheckResult>(live: Snapshot, results: readonly R[]): R[] {
  return results.map(result => {
    const fix = FILE_FIXES[result.checkId]
    if (result.outcome === 'fail' && !plannedSourceOf(live, result.resource.id)) {
      const arm = plannedArmSourceOf(live, result.resource.id)
      if (arm && (arm.change === 'Create' || arm.change === 'Modify'))
        return withArmNote(result, arm)
    }
    if (!fix || result.outcome !== 'fail') return result
    const source = plannedSourceOf(live, result.resource.id)
    if (!source || source.kind !== fix.kind) return result
    if (fix.newOnly && isLive(live, result.resource.id)) return result
    const field = source.fields[fix.key]
    return {
      ...result,
      remedy: {
        commands: [],
        edit: {
          file: source.file,
          line: field?.line ?? source.line,
          key: fix.key,
          value: fix.value,
          ...(field ? { current: field.value } : {})
        }
      }
    }
  })
}

/**
 * A failed result of a resource the template or plan creates or changes: the commands show the
 * setting that passes, but run now they would be undone by the deployment; the note says to make
 * the change in the template or the Terraform configuration.
 */
function withArmNote<R extends CheckResult>(result: R, arm: PlannedArmResource): R {
  const { name, key } = plannedArmSource(arm)
  const noun = plannedArmNoun(key)
  const where =
    arm.route === 'terraform'
      ? text`Make this change in the Terraform configuration of \`${arm.address ?? name}\` (the plan \`${arm.file}\`), not with the command: the apply would undo it.`
      : text`Make this change in the template \`${arm.file}\` (${ours(noun)} \`${name}\`), not with the command: the deployment would undo it.`
  return { ...result, remedy: { ...(result.remedy ?? { commands: [] }), note: where } }
}
