/**
 * Finds where a failed check's property is set in infrastructure-as-code files
 * (Bicep, ARM JSON, Terraform), so an annotation or SARIF result can point at
 * the line a reviewer should change. Pure: it reads file contents, never disks.
 *
 * This is a text heuristic, not a parser: IaC files are too varied (modules,
 * parameters, `for` loops, azapi bodies) to resolve a value to an Azure
 * resource with certainty. It only answers when the property key itself appears,
 * and prefers the occurrence closest after the resource's name or type.
 */
import type { CheckResult } from '../model/check.js'

export interface IacFile {
  /** Path relative to the repository root, with `/` separators (what annotations and SARIF need). */
  path: string
  content: string
}

export interface IacLocation {
  path: string
  /** 1-based. */
  line: number
  /** The property key that matched, e.g. `publicNetworkAccess`. */
  property: string
}

/**
 * The properties each check is about, in Bicep/ARM (camelCase) and Terraform
 * (snake_case) spelling. Checks about something missing (a private endpoint, a
 * role assignment, a provisioned network) have no line to point at and are absent.
 */
export const CHECK_PROPERTIES: Readonly<Record<string, readonly string[]>> = {
  'NET-01': [
    'publicNetworkAccess',
    'allowPublicAccessWhenBehindVnet',
    'public_network_access_enabled',
    'public_access_behind_virtual_network_enabled'
  ],
  'MOE-01': ['isolationMode', 'isolation_mode', 'managedNetwork', 'managed_network'],
  'MOE-03': ['publicNetworkAccess', 'public_network_access'],
  'MOE-04': ['egressPublicNetworkAccess', 'egress_public_network_access'],
  'MOE-05': ['outboundRules', 'outbound_rule'],
  'MOE-06': ['isolationMode', 'isolation_mode'],
  'K8S-01': [
    'enablePrivateCluster',
    'private_cluster_enabled',
    'authorizedIPRanges',
    'api_server_authorized_ip_ranges',
    'networkPolicy',
    'network_policy'
  ],
  'K8S-02': ['extensionType', 'extension_type'],
  'K8S-03': ['inferenceRouterServiceType', 'allowInsecureConnections'],
  'K8S-05': ['compute'],
  'OUT-01': ['securityRules', 'security_rule', 'destinationAddressPrefix'],
  'OUT-02': ['destinationAddressPrefix', 'destination_address_prefix'],
  'OUT-03': ['outboundRules', 'outbound_rule'],
  'OUT-04': ['nextHopType', 'next_hop_type']
}

/** Terraform resource types for the Azure types whose properties are matched. */
const TERRAFORM_TYPES: Readonly<Record<string, readonly string[]>> = {
  'microsoft.machinelearningservices/workspaces': ['azurerm_machine_learning_workspace'],
  'microsoft.containerservice/managedclusters': ['azurerm_kubernetes_cluster'],
  'microsoft.kubernetesconfiguration/extensions': ['azurerm_kubernetes_cluster_extension'],
  'microsoft.network/networksecuritygroups': [
    'azurerm_network_security_group',
    'azurerm_network_security_rule'
  ],
  'microsoft.network/routetables': ['azurerm_route_table', 'azurerm_route']
}

/** Identifies a result across renderers (and, hashed, across runs): check + resource id. */
export function resultKey(result: Pick<CheckResult, 'checkId' | 'resource'>): string {
  return `${result.checkId}|${result.resource.id.toLowerCase()}`
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** A line that sets `key`: `key: v` (Bicep), `"key": v` (ARM), `key = v` / `key {` (Terraform). */
function keyPattern(key: string): RegExp {
  const k = escapeRegExp(key)
  return new RegExp(`(?:^|[\\s{,])(?:"${k}"|'${k}'|${k})\\s*(?::|=(?!=)|\\{)`)
}

/** The resource name as a string literal (or Terraform label), not as part of a longer name. */
function namePattern(name: string): RegExp {
  const n = escapeRegExp(name)
  return new RegExp(`(["'])${n}\\1|/${n}["']`)
}

/** The resource type as Bicep/ARM/azapi spell it, or its Terraform equivalents. */
function typePatterns(type: string): RegExp[] {
  const lower = type.toLowerCase()
  const last = lower.split('/').pop() ?? lower
  const patterns = [
    new RegExp(`["']${escapeRegExp(lower)}(?:@[^"']*)?["']`, 'i'),
    // A Bicep child resource declared inside its parent: `resource ep 'onlineEndpoints@2024-04-01'`.
    new RegExp(`\\bresource\\s+\\w+\\s+'${escapeRegExp(last)}@`, 'i')
  ]
  for (const tf of TERRAFORM_TYPES[lower] ?? []) {
    patterns.push(new RegExp(`\\bresource\\s+"${escapeRegExp(tf)}"`))
  }
  return patterns
}

function linesMatching(lines: string[], patterns: RegExp[]): number[] {
  const found: number[] = []
  lines.forEach((line, i) => {
    if (patterns.some(p => p.test(line))) found.push(i)
  })
  return found
}

/** The first candidate at or after an anchor, closest to it; undefined when none follows. */
function closestAfter(candidates: number[], anchors: number[]): number | undefined {
  let best: { line: number; distance: number } | undefined
  for (const anchor of anchors) {
    for (const line of candidates) {
      const distance = line - anchor
      if (distance < 0) continue
      if (!best || distance < best.distance) best = { line, distance }
      break
    }
  }
  return best?.line
}

/**
 * Where in `files` the property a result is about is set, or undefined.
 *
 * Anchors, strongest first: the resource's name (or a hint name, e.g. an NSG
 * rule) as a string literal, then a declaration of the resource's type. The
 * property line closest after an anchor wins. Without any anchor in a file, the
 * file is about other resources and is not used.
 */
export function locateInIac(
  files: readonly IacFile[],
  result: Pick<CheckResult, 'checkId' | 'resource'> & { properties?: readonly string[] },
  hintNames: readonly string[] = []
): IacLocation | undefined {
  const properties = result.properties ?? CHECK_PROPERTIES[result.checkId] ?? []
  if (properties.length === 0) return undefined
  const names = [...hintNames, result.resource.name].filter(n => n.trim() !== '')
  const tiers: RegExp[][] = [names.map(namePattern), typePatterns(result.resource.type)]

  for (const tier of tiers) {
    if (tier.length === 0) continue
    for (const file of files) {
      const lines = file.content.split(/\r?\n/)
      const anchors = linesMatching(lines, tier)
      if (anchors.length === 0) continue
      // Properties in the hint's order: the first listed is the most specific.
      for (const property of properties) {
        const candidates = linesMatching(lines, [keyPattern(property)])
        const line = closestAfter(candidates, anchors)
        if (line !== undefined) return { path: file.path, line: line + 1, property }
      }
    }
  }
  return undefined
}

/** Locations for every failed or unknown result of a report, keyed by resultKey. */
export function locateAll(
  results: ReadonlyArray<Pick<CheckResult, 'checkId' | 'resource' | 'outcome'>>,
  files: readonly IacFile[]
): Map<string, IacLocation> {
  const located = new Map<string, IacLocation>()
  if (files.length === 0) return located
  for (const result of results) {
    if (result.outcome !== 'fail' && result.outcome !== 'unknown') continue
    const key = resultKey(result)
    if (located.has(key)) continue
    const location = locateInIac(files, result)
    if (location) located.set(key, location)
  }
  return located
}
