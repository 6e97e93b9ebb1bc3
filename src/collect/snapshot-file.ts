/**
 * Saved snapshots (`snapshot-file` / `--save-snapshot`, `from-snapshot` /
 * `--from-snapshot`): the collected snapshot as a JSON file, evaluated later
 * with no Azure access. The format is documented in docs/snapshot.md and
 * schemas/snapshot.schema.json. A file of an older schema version is migrated
 * step by step; a newer or unknown one is refused, since checks would misread it.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { ConfigurationError } from '../model/errors.js'
import { isObject, stringFieldProblem, type JsonObject } from '../model/json-shape.js'
import { ROUTES } from '../model/request.js'
import { TOOL_NAME } from '../model/version.js'
import { redact } from '../model/redact.js'
import {
  PLANNED_ARM_CHANGES,
  PLANNED_ARM_ROUTES,
  SNAPSHOT_SCHEMA_VERSION,
  TARGET_FIELDS,
  type Snapshot
} from '../model/snapshot.js'

type Json = JsonObject

/** `MIGRATIONS[n]` turns a version-n snapshot into a version-(n+1) one. */
export const MIGRATIONS: Readonly<Record<number, (snapshot: Json) => Json>> = {
  // Version 1 did not record who read Azure.
  1: snapshot => ({
    ...snapshot,
    schemaVersion: 2,
    collectedBy: { name: TOOL_NAME, version: 'unknown (snapshot schema version 1)' }
  })
}

/** A JWT (three base64url parts, the first two JSON objects): never written to a snapshot. */
const JWT = /eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/g

/**
 * The snapshot as the file holds it. Collection stores no credential, but
 * Azure's error messages are free text: anything shaped like a token is
 * replaced, so a snapshot can be attached to a support case as it is.
 */
export function renderSnapshot(snapshot: Snapshot): string {
  return redact(JSON.stringify(snapshot, null, 2).replace(JWT, '[redacted token]')) + '\n'
}

export function writeSnapshotFile(path: string, snapshot: Snapshot): void {
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, renderSnapshot(snapshot))
}

/**
 * Reads, checks and migrates a saved snapshot. `label` names the setting in
 * messages (`from-snapshot` or `--from-snapshot`), `shown` the path as the user wrote it.
 */
export function readSnapshotFile(
  path: string,
  label: string,
  shown: string = path,
  readFile: (path: string) => string = p => readFileSync(p, 'utf8')
): Snapshot {
  const where = `${label}: ${JSON.stringify(shown)}`
  let text: string
  try {
    text = readFile(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new ConfigurationError(
      `${where} could not be read (${code === 'ENOENT' ? 'no such file' : (code ?? String(error))}). Point it at a file written by \`snapshot-file\` or \`--save-snapshot\`.`
    )
  }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    throw new ConfigurationError(
      `${where} is not JSON (${(error as Error).message}). Use the file \`snapshot-file\` or \`--save-snapshot\` wrote, unchanged.`
    )
  }
  return parseSnapshot(data, where)
}

/** Migrates `data` to the current schema version and checks what the checks read. */
export function parseSnapshot(data: unknown, where: string): Snapshot {
  if (!isObject(data)) {
    throw new ConfigurationError(
      `${where} is not a snapshot: the file does not hold a JSON object.`
    )
  }
  const version = data['schemaVersion']
  if (!Number.isSafeInteger(version) || (version as number) < 1) {
    throw new ConfigurationError(
      `${where} is not a snapshot: schemaVersion is ${JSON.stringify(version ?? null)}, expected a whole number. Use the file \`snapshot-file\` or \`--save-snapshot\` wrote, unchanged.`
    )
  }
  if ((version as number) > SNAPSHOT_SCHEMA_VERSION) {
    const by = isObject(data['collectedBy']) ? data['collectedBy'] : {}
    const writer =
      typeof by['version'] === 'string'
        ? ` (it was saved by version ${JSON.stringify(by['version'])})`
        : ''
    throw new ConfigurationError(
      `${where} has snapshot schema version ${String(version)}${writer}; this version of ${TOOL_NAME} reads versions up to ${SNAPSHOT_SCHEMA_VERSION}. Evaluate it with the version that saved it or a newer one, or save the snapshot again with this version.`
    )
  }
  let current: Json = data
  for (let v = version as number; v < SNAPSHOT_SCHEMA_VERSION; v++) {
    const migrate = MIGRATIONS[v]
    if (!migrate) {
      throw new ConfigurationError(
        `${where} has snapshot schema version ${v}, which this version of ${TOOL_NAME} can no longer read. Save the snapshot again with this version.`
      )
    }
    current = migrate(current)
  }
  const problem = snapshotProblem(current)
  if (problem) {
    throw new ConfigurationError(
      `${where} is not a valid snapshot: ${problem}. Use the file \`snapshot-file\` or \`--save-snapshot\` wrote, unchanged.`
    )
  }
  return current as unknown as Snapshot
}

const READS = ['workspace', 'onlineEndpoints', 'computes', 'outboundRules'] as const
const KEYED_READS = [
  'privateEndpoints',
  'subnets',
  'virtualNetworks',
  'onlineDeployments',
  'managedClusters',
  'clusterExtensions',
  'permissions',
  'roleAssignments',
  'roleDefinitions',
  'denyAssignments',
  'networkSecurityGroups',
  'routeTables',
  'azureFirewalls',
  'firewallPolicies'
] as const

/** What is wrong with a current-version snapshot, or undefined. Checks the envelope the checks rely on. */
export function snapshotProblem(data: Json): string | undefined {
  const strings = stringFieldProblem
  const request = data['request']
  const found =
    strings(data['collectedBy'], 'collectedBy', ['name', 'version']) ??
    (typeof data['collectedAt'] === 'string' ? undefined : 'collectedAt is not a string') ??
    (typeof data['cloud'] === 'string' ? undefined : 'cloud is not a string') ??
    (isObject(data['apiVersions']) ? undefined : 'apiVersions is missing') ??
    strings(data['target'], 'target', TARGET_FIELDS) ??
    strings(request, 'request', ['route', 'deploymentMethod']) ??
    ((ROUTES as readonly string[]).includes(String((request as Json)['route']))
      ? undefined
      : `request.route is not one of ${ROUTES.join(', ')}`) ??
    (isObject(data['rbacPrincipal']) ? undefined : 'rbacPrincipal is missing')
  if (found) return found
  for (const key of READS) {
    if (!isRead(data[key])) return `${key} is not a read result ({ ok, value } or { ok, error })`
  }
  for (const key of KEYED_READS) {
    const map = data[key]
    if (!isObject(map)) return `${key} is not an object`
    const bad = Object.entries(map).find(([, read]) => !isRead(read))
    if (bad) return `${key}[${JSON.stringify(bad[0])}] is not a read result`
  }
  return data['planned'] === undefined ? undefined : plannedProblem(data['planned'])
}

/** The planned part (deployment-files) the overlay reads; absent in most snapshots. */
function plannedProblem(planned: unknown): string | undefined {
  if (!isObject(planned)) return 'planned is not an object'
  const files = planned['files']
  if (!Array.isArray(files) || !files.every(f => typeof f === 'string'))
    return 'planned.files is not a list of paths'
  const resources = planned['resources']
  if (!Array.isArray(resources)) return 'planned.resources is not a list'
  const index = resources.findIndex(
    (r: unknown) =>
      !isObject(r) ||
      !['onlineEndpoint', 'onlineDeployment'].includes(String(r['kind'])) ||
      !['Managed', 'Kubernetes'].includes(String(r['computeType'])) ||
      stringFieldProblem(r, 'resource', ['schema', 'file', 'name']) !== undefined ||
      !Number.isSafeInteger(r['line']) ||
      !isObject(r['fields']) ||
      (r['kind'] === 'onlineDeployment' && typeof r['endpointName'] !== 'string')
  )
  if (index >= 0) return `planned.resources[${index}] is not a planned endpoint or deployment`
  return armPlannedProblem(planned)
}

const ARM_ROUTES: readonly string[] = PLANNED_ARM_ROUTES
const ARM_CHANGES: readonly string[] = PLANNED_ARM_CHANGES

/** The what-if and Terraform entries the ARM overlay reads (src/planned/arm.ts). */
function armPlannedProblem(planned: Record<string, unknown>): string | undefined {
  const arm = planned['armResources']
  if (arm !== undefined) {
    if (!Array.isArray(arm)) return 'planned.armResources is not a list'
    const bad = arm.findIndex(
      (r: unknown) =>
        !isObject(r) ||
        !ARM_ROUTES.includes(String(r['route'])) ||
        !ARM_CHANGES.includes(String(r['change'])) ||
        stringFieldProblem(r, 'resource', ['file', 'id', 'type']) !== undefined ||
        (r['after'] !== undefined && !isObject(r['after'])) ||
        (r['address'] !== undefined && typeof r['address'] !== 'string') ||
        (r['unsupportedReason'] !== undefined && typeof r['unsupportedReason'] !== 'string') ||
        (r['unknownAfterApply'] !== undefined &&
          !(
            Array.isArray(r['unknownAfterApply']) &&
            r['unknownAfterApply'].every(a => typeof a === 'string')
          ))
    )
    if (bad >= 0) return `planned.armResources[${bad}] is not a planned ARM resource`
  }
  const unreadable = planned['unreadable']
  if (unreadable !== undefined) {
    if (!Array.isArray(unreadable)) return 'planned.unreadable is not a list'
    const bad = unreadable.findIndex(
      (u: unknown) =>
        !isObject(u) ||
        !ARM_ROUTES.includes(String(u['route'])) ||
        typeof u['file'] !== 'string' ||
        !isObject(u['error']) ||
        typeof u['error']['code'] !== 'string' ||
        typeof u['error']['message'] !== 'string' ||
        !(u['error']['status'] === null || Number.isSafeInteger(u['error']['status']))
    )
    if (bad >= 0) return `planned.unreadable[${bad}] is not an unreadable planned source`
  }
  return undefined
}

function isRead(value: unknown): boolean {
  if (!isObject(value)) return false
  if (value['ok'] === true) return 'value' in value
  return value['ok'] === false && isObject(value['error'])
}
