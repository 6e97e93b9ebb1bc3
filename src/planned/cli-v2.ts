/**
 * Azure ML CLI v2 endpoint and deployment YAML files → planned resources (docs/planned.md).
 * Only the keys the checks read are validated; the published schemas have many more, and
 * those are left to `az ml` (Microsoft Learn: "CLI (v2) online endpoint YAML schema",
 * "CLI (v2) managed online deployment YAML schema", "CLI (v2) Kubernetes online deployment
 * YAML schema"). A file that cannot be judged is a ConfigurationError naming the file, the
 * line and the fix: a gate that skipped it would pass what it never saw.
 */
import { isMap, isScalar, LineCounter, parseDocument, type Pair, type YAMLMap } from 'yaml'
import { ConfigurationError } from '../model/errors.js'
import { quote } from '../model/quote.js'
import type { PlannedField, PlannedResource } from '../model/snapshot.js'

/** The four online schemas, by the file name of their `$schema` URL. */
export const ONLINE_SCHEMAS = {
  managedOnlineEndpoint: { kind: 'onlineEndpoint', computeType: 'Managed' },
  kubernetesOnlineEndpoint: { kind: 'onlineEndpoint', computeType: 'Kubernetes' },
  managedOnlineDeployment: { kind: 'onlineDeployment', computeType: 'Managed' },
  kubernetesOnlineDeployment: { kind: 'onlineDeployment', computeType: 'Kubernetes' }
} as const

type SchemaName = keyof typeof ONLINE_SCHEMAS

const SCHEMA_URL = /^https:\/\/[^/\s]+\/(?:[^\s]*\/)?([A-Za-z]+)\.schema\.json$/
const EXAMPLE_SCHEMA =
  'https://azuremlschemas.azureedge.net/latest/managedOnlineEndpoint.schema.json'

/** Endpoint and deployment names: 3-32 letters, digits and hyphens, a letter first, no hyphen last. */
const NAME = /^[A-Za-z][A-Za-z0-9-]{1,30}[A-Za-z0-9]$/
const ON_OFF = ['enabled', 'disabled'] as const
const AUTH_MODES = ['key', 'aml_token', 'aad_token'] as const

export interface PlannedFile {
  /** Relative to the workspace checkout, `/` separators. */
  path: string
  content: string
}

/**
 * The planned resource a file declares, or a reason it is not one (another Azure ML
 * schema, such as an environment or a batch endpoint), or a ConfigurationError.
 */
export function parsePlannedFile(file: PlannedFile): PlannedResource | { skipped: string } {
  const lines = new LineCounter()
  const doc = parseDocument(file.content, { lineCounter: lines, prettyErrors: false })
  const where = (line?: number): string =>
    `\`deployment-files\`: ${quote(file.path)}${line ? ` line ${line}` : ''}`
  const lineOf = (offset: number | undefined): number =>
    offset === undefined ? 0 : lines.linePos(offset).line
  const firstError = doc.errors[0]
  if (firstError) {
    throw new ConfigurationError(
      `${where(lineOf(firstError.pos[0]))} is not valid YAML (${firstError.code}). Fix the file so that \`az ml\` can read it.`
    )
  }
  const root = doc.contents
  if (!isMap(root)) {
    throw new ConfigurationError(
      `${where()} does not hold a YAML mapping. Name only Azure ML endpoint and deployment YAML files (keys such as \`$schema\`, \`name\`) in \`deployment-files\`.`
    )
  }
  const map = root as YAMLMap
  const pair = (key: string): Pair | undefined =>
    map.items.find(item => isScalar(item.key) && item.key.value === key)
  const lineOfKey = (key: string): number => {
    const found = pair(key)
    return found && isScalar(found.key) ? lineOf(found.key.range?.[0]) : 0
  }
  /** A scalar value as written, or undefined when the key is absent. */
  const scalar = (key: string): PlannedField | undefined => {
    const found = pair(key)
    if (!found) return undefined
    const line = lineOfKey(key)
    const value = isScalar(found.value) ? found.value.value : found.value
    if (typeof value !== 'string' || value === '') {
      throw new ConfigurationError(
        `${where(line)}: \`${key}\` is not a text value. Write it as in Microsoft's schema, e.g. \`${key}: ${example(key)}\`.`
      )
    }
    return { value, line }
  }

  const schemaField = scalar('$schema')
  if (!schemaField) {
    throw new ConfigurationError(
      `${where()} has no \`$schema\`, so it cannot be told apart from other YAML. Add the line \`$schema: ${EXAMPLE_SCHEMA}\` (or the managedOnlineDeployment, kubernetesOnlineEndpoint or kubernetesOnlineDeployment schema), or leave the file out of \`deployment-files\`.`
    )
  }
  const schemaName = SCHEMA_URL.exec(schemaField.value)?.[1]
  if (!schemaName) {
    throw new ConfigurationError(
      `${where(schemaField.line)}: \`$schema\` ${quote(schemaField.value)} is not an https URL of an Azure ML schema. Use e.g. ${EXAMPLE_SCHEMA}.`
    )
  }
  if (!Object.hasOwn(ONLINE_SCHEMAS, schemaName)) {
    return {
      skipped: `${where()} declares the ${quote(schemaName)} schema, not an online endpoint or deployment; it was not read.`
    }
  }
  const schema = schemaName as SchemaName
  const { kind, computeType } = ONLINE_SCHEMAS[schema]
  const fields: Record<string, PlannedField> = { $schema: schemaField }

  const oneOf = (key: string, allowed: readonly string[]): string | undefined => {
    const field = scalar(key)
    if (!field) return undefined
    const value = field.value.toLowerCase()
    if (!allowed.includes(value)) {
      throw new ConfigurationError(
        `${where(field.line)}: \`${key}\` is ${quote(field.value)}; Microsoft's ${schema} schema allows ${allowed.join(', ')}. Fix the value in the file.`
      )
    }
    fields[key] = field
    return value
  }
  const name = (key: 'name' | 'endpoint_name'): string => {
    const field = scalar(key)
    if (!field) {
      throw new ConfigurationError(
        `${where()}: \`${key}\` is missing; Microsoft's ${schema} schema requires it. Add \`${key}: <name>\`.`
      )
    }
    if (!NAME.test(field.value)) {
      throw new ConfigurationError(
        `${where(field.line)}: \`${key}\` ${quote(field.value)} is not a valid online endpoint or deployment name (3-32 letters, digits and hyphens, starting with a letter, not ending with a hyphen). Fix the name in the file.`
      )
    }
    fields[key] = field
    return field.value
  }

  const resourceName = name('name')
  oneOf('auth_mode', AUTH_MODES)
  const resource: PlannedResource = {
    kind,
    schema,
    file: file.path,
    line: fields['name']?.line ?? 0,
    name: resourceName,
    computeType,
    fields
  }
  if (kind === 'onlineEndpoint') {
    const access = oneOf('public_network_access', ON_OFF)
    if (access) resource.publicNetworkAccess = access === 'enabled' ? 'Enabled' : 'Disabled'
    const compute = scalar('compute')
    if (computeType === 'Managed' && compute) {
      throw new ConfigurationError(
        `${where(compute.line)}: \`compute\` is set, but a managed online endpoint runs on Azure's managed compute (Microsoft's endpoint schema: do not set it for managed endpoints). Remove it, or use the kubernetesOnlineEndpoint schema for an endpoint on an attached Kubernetes compute.`
      )
    }
    if (computeType === 'Kubernetes') {
      if (!compute) {
        throw new ConfigurationError(
          `${where()}: \`compute\` is missing; a Kubernetes online endpoint names the attached Kubernetes compute it runs on. Add \`compute: azureml:<compute-name>\`.`
        )
      }
      const computeName = compute.value.replace(/^azureml:/i, '')
      if (!/^[A-Za-z0-9][A-Za-z0-9_-]{0,254}$/.test(computeName)) {
        throw new ConfigurationError(
          `${where(compute.line)}: \`compute\` ${quote(compute.value)} is not the name of a compute (\`azureml:<compute-name>\`). Fix it in the file.`
        )
      }
      fields['compute'] = compute
      resource.compute = computeName
    }
  } else {
    resource.endpointName = name('endpoint_name')
    const egress = oneOf('egress_public_network_access', ON_OFF)
    if (egress) resource.egressPublicNetworkAccess = egress === 'enabled' ? 'Enabled' : 'Disabled'
  }
  return resource
}

function example(key: string): string {
  if (key === '$schema') return EXAMPLE_SCHEMA
  if (key === 'compute') return 'azureml:<compute-name>'
  if (key.endsWith('network_access')) return 'disabled'
  if (key === 'auth_mode') return 'aml_token'
  return '<name>'
}

/** Every planned resource of the files, in file order; names declared twice are refused. */
export function parsePlannedFiles(files: readonly PlannedFile[]): {
  resources: PlannedResource[]
  notes: string[]
} {
  const resources: PlannedResource[] = []
  const notes: string[] = []
  const seen = new Map<string, PlannedResource>()
  for (const file of files) {
    const parsed = parsePlannedFile(file)
    if ('skipped' in parsed) {
      notes.push(parsed.skipped)
      continue
    }
    const key = `${parsed.kind}/${parsed.endpointName?.toLowerCase() ?? ''}/${parsed.name.toLowerCase()}`
    const earlier = seen.get(key)
    if (earlier) {
      throw new ConfigurationError(
        `\`deployment-files\`: ${quote(parsed.file)} line ${parsed.line} and ${quote(earlier.file)} line ${earlier.line} both declare ${parsed.kind === 'onlineEndpoint' ? 'endpoint' : 'deployment'} ${quote(parsed.name)}; which one is deployed depends on the workflow's order. Name only the files the workflow deploys.`
      )
    }
    seen.set(key, parsed)
    resources.push(parsed)
  }
  return { resources, notes }
}
