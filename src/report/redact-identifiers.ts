/**
 * `detail: redacted`: the PR comment and the job summary of a public repository
 * are readable by anyone, so they drop what maps the estate (subscription,
 * tenant and principal ids, full ARM resource ids, IP address ranges) and keep
 * resource names, which reviewers need. A pure function of the report, applied
 * before rendering, so every renderer of those two gets it; the JSON report and
 * SARIF (access-controlled artifacts) stay full.
 */
import { createHash } from 'node:crypto'
import type { Report } from './model.js'

export const DETAIL_LEVELS = ['full', 'redacted'] as const
export type DetailLevel = (typeof DETAIL_LEVELS)[number]

const GUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi

// A segment stops at whitespace and at what ends an id in prose, markdown or a command.
const SEGMENT = String.raw`[^\s/\x60'"|<>,;()\[\]\\]+`
const ARM_ID = new RegExp(String.raw`/subscriptions/${SEGMENT}(?:/${SEGMENT})*`, 'gi')

const OCTET = String.raw`(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)`
const IPV4 = new RegExp(
  String.raw`(?<![\w.])(?:${OCTET}\.){3}${OCTET}(?:/\d{1,2})?(?![\w.]*\d)`,
  'g'
)
// Only IPv6 with a prefix length: bare hex-and-colon text is too often something else.
const IPV6_PREFIX = /(?<![\w:])[0-9a-f]{1,4}(?::[0-9a-f]{0,4}){1,7}\/\d{1,3}\b/gi

/** The whole address space says "the internet", not where this network is: kept, as reviewers read routes by it. */
const KEPT_PREFIXES = new Set(['0.0.0.0/0', '::/0'])

/** A short stable stand-in, so two different ids stay apart in a table without being shown. */
export function shortHash(text: string): string {
  return createHash('sha256').update(text.toLowerCase()).digest('hex').slice(0, 6)
}

/** `/subscriptions/…/virtualNetworks/vnet-a/subnets/snet-b` → `subnets/snet-b`. */
function shortArmId(id: string): string {
  const trail = /\.+$/.exec(id)?.[0] ?? ''
  const parts = id
    .slice(0, id.length - trail.length)
    .split('/')
    .filter(Boolean)
  const name = parts.at(-1) ?? ''
  const type = parts.length >= 2 ? parts.at(-2) : undefined
  return `${type ? `${type}/` : ''}${name}${trail}`
}

/** `text` without GUIDs, full ARM ids or IP ranges; names stay. */
export function redactIdentifiers(text: string): string {
  return text
    .replace(ARM_ID, shortArmId)
    .replace(GUID, guid => `…${shortHash(guid)}`)
    .replace(IPV4, ip => (KEPT_PREFIXES.has(ip) ? ip : ip.replace(/^[\d.]+/, '…')))
    .replace(IPV6_PREFIX, ip => (KEPT_PREFIXES.has(ip) ? ip : ip.replace(/^[^/]+/, '…')))
}

function redactValues<T>(value: T): T {
  if (typeof value === 'string') return redactIdentifiers(value) as T
  if (Array.isArray(value)) return value.map(item => redactValues(item)) as T
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, redactValues(item)])
    ) as T
  }
  return value
}

/** The report as the comment and summary show it at `detail`; `full` returns it unchanged. */
export function reportAtDetail(report: Report, detail: DetailLevel = 'full'): Report {
  return detail === 'redacted' ? redactValues(report) : report
}
