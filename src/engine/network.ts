/**
 * Shared pieces of outbound evaluation, pure: IPv4 prefixes, regions and
 * service tags, port ranges, and the traffic being judged (a subnet reaching
 * the workspace's container registry on TCP 443).
 */

/** The flow OUT-01/OUT-04 judge. */
export interface RegistryFlow {
  /** IPv4 prefixes of the source subnet. */
  sourcePrefixes: string[]
  /** Workspace region, as a resource location (`westeurope`). */
  region: string
  port: number
}

export type Tri = 'yes' | 'maybe' | 'no'

// ---------------------------------------------------------------- IPv4

export interface Ipv4Range {
  start: number
  end: number
}

/** `10.0.0.0/24`, `10.0.0.4` → inclusive range; undefined when not IPv4. */
export function parseIpv4Prefix(text: string): Ipv4Range | undefined {
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?:\/(\d{1,2}))?$/.exec(text.trim())
  if (!match) return undefined
  const octets = match.slice(1, 5).map(Number)
  if (octets.some(o => o > 255)) return undefined
  const bits = match[5] === undefined ? 32 : Number(match[5])
  if (bits > 32) return undefined
  const ip = octets.reduce((n, o) => n * 256 + o, 0)
  const size = 2 ** (32 - bits)
  const start = Math.floor(ip / size) * size
  return { start, end: start + size - 1 }
}

/** Whether prefix `outer` contains every address of `inner` (`yes`), some (`maybe`) or none (`no`). */
export function prefixCovers(outer: string, inner: string): Tri {
  const o = parseIpv4Prefix(outer)
  const i = parseIpv4Prefix(inner)
  if (!o || !i) return 'no'
  if (o.start <= i.start && i.end <= o.end) return 'yes'
  return o.start <= i.end && i.start <= o.end ? 'maybe' : 'no'
}

export function isIpv4(text: string): boolean {
  return parseIpv4Prefix(text) !== undefined
}

// ---------------------------------------------------------------- regions and service tags

/** `WestEurope`, `west europe`, `westeurope` → `westeurope` (service tags and locations spell regions differently). */
export function normalizeRegion(region: string): string {
  return region.toLowerCase().replace(/[^a-z0-9]/g, '')
}

const REGION_WORDS = [
  'southeast',
  'northeast',
  'australia',
  'switzerland',
  'germany',
  'central',
  'virginia',
  'arizona',
  'texas',
  'europe',
  'france',
  'brazil',
  'canada',
  'norway',
  'sweden',
  'poland',
  'israel',
  'mexico',
  'africa',
  'zealand',
  'indonesia',
  'malaysia',
  'austria',
  'belgium',
  'denmark',
  'finland',
  'greece',
  'chile',
  'taiwan',
  'india',
  'japan',
  'korea',
  'china',
  'qatar',
  'italy',
  'spain',
  'north',
  'south',
  'east',
  'west',
  'asia',
  'euap',
  'uae',
  'gov',
  'new',
  'jio',
  'dod',
  'us',
  'uk'
]
const UPPER_WORDS = new Set(['us', 'uk', 'uae', 'euap', 'dod'])

/**
 * The service tag spelling of a location (`eastus2` → `EastUS2`,
 * `southeastasia` → `SoutheastAsia`), for display and fix commands.
 * Comparisons always go through normalizeRegion.
 */
export function serviceTagRegion(location: string): string {
  const text = normalizeRegion(location)
  let out = ''
  let i = 0
  while (i < text.length) {
    const digits = /^\d+/.exec(text.slice(i))?.[0]
    if (digits) {
      out += digits
      i += digits.length
      continue
    }
    const word = REGION_WORDS.find(w => text.startsWith(w, i))
    if (!word) return location
    out += UPPER_WORDS.has(word) ? word.toUpperCase() : word[0]!.toUpperCase() + word.slice(1)
    i += word.length
  }
  return out
}

/** `AzureContainerRegistry.WestEurope` → { tag: 'azurecontainerregistry', region: 'westeurope' }. */
export function parseServiceTag(text: string): { tag: string; region?: string } {
  const [tag, ...rest] = text.trim().split('.')
  const region = rest.join('.')
  return { tag: (tag ?? '').toLowerCase(), ...(region ? { region: normalizeRegion(region) } : {}) }
}

/** Destination tags whose address space includes the registry's in `region`. */
const REGISTRY_TAGS = new Set(['azurecontainerregistry', 'azurecloud'])

/**
 * Whether a destination (address prefix or service tag) covers the container
 * registry of `region`: `*`, `0.0.0.0/0`, `Internet`, `AzureCloud[.<region>]`,
 * `AzureContainerRegistry[.<region>]`. Other prefixes, other regions and other
 * tags do not.
 */
export function destinationCoversRegistry(destination: string, region: string): boolean {
  const d = destination.trim()
  if (d === '*' || d === '0.0.0.0/0' || /^internet$/i.test(d)) return true
  const { tag, region: tagRegion } = parseServiceTag(d)
  if (!REGISTRY_TAGS.has(tag)) return false
  return tagRegion === undefined || tagRegion === normalizeRegion(region)
}

/** The registry tag a destination names with another region than `region`, if any. */
export function wrongRegionRegistryTag(destination: string, region: string): string | undefined {
  const { tag, region: tagRegion } = parseServiceTag(destination)
  if (tag !== 'azurecontainerregistry' || tagRegion === undefined) return undefined
  return tagRegion === normalizeRegion(region) ? undefined : destination.trim()
}

// ---------------------------------------------------------------- ports and sources

/** `*`, `443`, `400-500` (also `Any`). */
export function portRangeCovers(range: string, port: number): boolean {
  const r = range.trim()
  if (r === '*' || /^any$/i.test(r)) return true
  const match = /^(\d+)\s*(?:-\s*(\d+))?$/.exec(r)
  if (!match) return false
  const low = Number(match[1])
  const high = match[2] === undefined ? low : Number(match[2])
  return low <= port && port <= high
}

/**
 * Whether a source (prefix or tag) holds every address of the subnet: `*`,
 * `VirtualNetwork` and prefixes containing the subnet's prefixes do; a prefix
 * holding part of it is `maybe`; anything else (other tags) does not.
 */
export function sourceCoversSubnet(source: string, subnetPrefixes: string[]): Tri {
  const s = source.trim()
  if (s === '*' || /^any$/i.test(s) || /^virtualnetwork$/i.test(s)) return 'yes'
  if (!isIpv4(s)) return 'no'
  const ipv4 = subnetPrefixes.filter(isIpv4)
  if (ipv4.length === 0) return 'maybe'
  const each = ipv4.map(p => prefixCovers(s, p))
  if (each.every(e => e === 'yes')) return 'yes'
  return each.some(e => e !== 'no') ? 'maybe' : 'no'
}

/** Best of several alternatives (a rule matches when any of its sources does). */
export function anyOf(values: Tri[]): Tri {
  return values.includes('yes') ? 'yes' : values.includes('maybe') ? 'maybe' : 'no'
}

/** Both must hold. */
export function allOf(values: Tri[]): Tri {
  return values.includes('no') ? 'no' : values.includes('maybe') ? 'maybe' : 'yes'
}
