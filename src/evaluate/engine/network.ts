/**
 * Shared pieces of outbound evaluation, pure: IPv4 prefixes, regions and
 * service tags, port ranges, and the traffic being judged (a subnet reaching
 * the workspace's container registry on TCP 443).
 */
import {
  coverage,
  families,
  intersect,
  isEmpty,
  isPrefix,
  parseRange,
  ofFamilies,
  setOf,
  subtract,
  union as unionSets,
  type AddressSet,
  type Coverage,
  type Family
} from './prefixes.js'
import { text, type Text } from '../../model/text.js'

/** The flow OUT-01/OUT-04 judge. */
export interface RegistryFlow {
  /** IPv4 prefixes of the source subnet. */
  sourcePrefixes: string[]
  /** Workspace region, as a resource location (`westeurope`). */
  region: string
  port: number
  /** The service tag the destination's addresses belong to; default `AzureContainerRegistry.<Region>`. */
  destinationTag?: string
  /**
   * Address prefixes of service tags (Service Tags discovery API), keyed by
   * lower-cased tag name. Without the destination tag's entry, rules written
   * as address prefixes cannot be compared and count as partial matches.
   */
  tagPrefixes?: Record<string, string[]>
  /** Only these of the destination's addresses (the part one route carries). */
  restrictTo?: AddressSet
}

export type Tri = 'yes' | 'maybe' | 'no'

// ---------------------------------------------------------------- destination spaces

/**
 * The destination addresses a flow may go to: `known` when the destination
 * tag's prefixes were read, else one `opaque` block standing for "the tag's
 * addresses, not known" that only a rule covering every address of the
 * source's families (or naming a tag that contains it) can decide.
 */
export interface DestinationSpace {
  known: AddressSet
  opaque: boolean
}

/** How much of a destination space a rule's destinations cover. */
export interface Cover {
  known: AddressSet
  /** The opaque block: `part` when a prefix may or may not hold the destination's addresses. */
  opaque: Coverage
}

const FULL: Record<Family, string> = { 4: '0.0.0.0/0', 6: '::/0' }

/** The families the source can send from (both when its prefixes are not known). */
export function sourceFamilies(sourcePrefixes: string[]): Family[] {
  const found = families(setOf(sourcePrefixes))
  return found.length > 0 ? found : [4, 6]
}

export function destinationTagOf(flow: RegistryFlow): string {
  return flow.destinationTag ?? `AzureContainerRegistry.${serviceTagRegion(flow.region)}`
}

/** A tag's prefixes from the flow's map, if listed. */
export function tagPrefixesOf(flow: RegistryFlow, tag: string): string[] | undefined {
  return flow.tagPrefixes?.[tagKey(tag)]
}

/** `AzureContainerRegistry.West Europe` → `azurecontainerregistry.westeurope`: how tags are compared. */
export function tagKey(name: string): string {
  const { tag, region } = parseServiceTag(name)
  return region ? `${tag}.${region}` : tag
}

/** Tag key → prefixes, the engine's `tagPrefixes` (undefined without a list). */
export function tagPrefixMap(
  tags: ReadonlyArray<{ name: string; addressPrefixes: string[] }> | undefined
): Record<string, string[]> | undefined {
  if (!tags) return undefined
  return Object.fromEntries(tags.map(t => [tagKey(t.name), t.addressPrefixes]))
}

/** The destination space of a flow: its tag's addresses of the source's families. */
export function destinationSpace(flow: RegistryFlow): DestinationSpace {
  const prefixes = tagPrefixesOf(flow, destinationTagOf(flow))
  if (!prefixes) return { known: [], opaque: true }
  const known = ofFamilies(setOf(prefixes), sourceFamilies(flow.sourcePrefixes))
  return { known: flow.restrictTo ? intersect(known, flow.restrictTo) : known, opaque: false }
}

export function spaceIsEmpty(space: DestinationSpace): boolean {
  return !space.opaque && isEmpty(space.known)
}

/**
 * Whether a destination entry names a tag that contains the flow's destination
 * tag by definition: `*`, `Internet`, `AzureCloud[.<Region>]`, the tag itself
 * and its region-less parent (`AzureContainerRegistry` holds
 * `AzureContainerRegistry.WestEurope`).
 */
export function namesContainingTag(entry: string, destinationTag: string, region: string): boolean {
  const d = entry.trim()
  if (d === '*' || /^any$/i.test(d)) return true
  const wanted = parseServiceTag(destinationTag)
  // Private addresses (a private endpoint) are in VirtualNetwork, not in Internet or AzureCloud.
  if (wanted.tag === 'virtualnetwork') return /^virtualnetwork$/i.test(d)
  if (/^internet$/i.test(d)) return true
  const { tag, region: entryRegion } = parseServiceTag(d)
  const wantedRegion = wanted.region ?? normalizeRegion(region)
  if (tag === 'azurecloud') return entryRegion === undefined || entryRegion === wantedRegion
  if (tag !== wanted.tag) return false
  return entryRegion === undefined || entryRegion === wanted.region
}

/**
 * How much of the flow's destination a rule's destination entries cover
 * together: tags containing the destination by name cover all of it; address
 * prefixes and tags whose prefixes are listed are compared address by address;
 * other tags are disjoint from it.
 */
export function coverOf(entries: string[], flow: RegistryFlow, space: DestinationSpace): Cover {
  const destinationTag = destinationTagOf(flow)
  if (entries.some(e => namesContainingTag(e, destinationTag, flow.region))) {
    return { known: space.known, opaque: space.opaque ? 'all' : 'none' }
  }
  const prefixes = entries.flatMap(e =>
    isPrefix(e) || parseRange(e) ? [e.trim()] : (tagPrefixesOf(flow, e) ?? [])
  )
  const set = setOf(prefixes)
  let opaque: Coverage = 'none'
  if (space.opaque && !isEmpty(set)) {
    const wanted = sourceFamilies(flow.sourcePrefixes)
    opaque = coverage(set, setOf(wanted.map(f => FULL[f]))) === 'all' ? 'all' : 'part'
  }
  return { known: intersect(set, space.known), opaque }
}

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
  const addresses = setOf([s])
  if (isEmpty(addresses)) return 'no'
  const subnet = setOf(subnetPrefixes)
  if (isEmpty(subnet)) return 'maybe'
  const c = coverage(addresses, subnet)
  return c === 'all' ? 'yes' : c === 'part' ? 'maybe' : 'no'
}

// ---------------------------------------------------------------- first match over a space

/** Why a rule's match is partial when the destination's prefixes are not known. */
export const PREFIXES_NOT_READ = text`its destination prefixes may or may not hold the destination addresses, whose prefixes were not read`

/** One rule as a first-match list sees it. */
export interface Candidate<R> {
  item: R
  allow: boolean
  /** Whether the rule matches all of the flow's sources and ports (`maybe`: some of them). */
  match: Tri
  cover: Cover
  /** Why a `maybe` match is partial (our words; a rule's values as values). */
  partialReason?: Text
}

/** A part of the destination decided by one rule (`item` undefined: the implicit deny at the end). */
export interface DecidedPart<R> {
  item: R | undefined
  allow: boolean
  known: AddressSet
  opaque: boolean
}

export interface SpaceDecision<R> {
  /** `part`: some destination addresses are allowed and others denied. */
  verdict: 'allowed' | 'denied' | 'part'
  parts: Array<DecidedPart<R>>
  /** Rules before a decision that match part of it with the other access: the outcome depends on addresses or ports. */
  uncertainBecause: Array<Candidate<R>>
  /** Denied addresses (known part). */
  denied: AddressSet
  allowed: AddressSet
}

/**
 * First match, address by address: each rule decides the part of the
 * destination still undecided that it covers; what no rule covers is denied
 * (NSGs end with DenyAllOutBound, Azure Firewall denies by default).
 */
export function firstMatch<R>(
  space: DestinationSpace,
  candidates: Array<Candidate<R>>
): SpaceDecision<R> {
  let remaining = space
  const parts: Array<DecidedPart<R>> = []
  const partial: Array<Candidate<R>> = []
  for (const c of candidates) {
    if (spaceIsEmpty(remaining)) break
    if (c.match === 'no') continue
    const known = intersect(c.cover.known, remaining.known)
    const opaqueAll = remaining.opaque && c.cover.opaque === 'all'
    const opaquePart = remaining.opaque && c.cover.opaque === 'part'
    if (isEmpty(known) && !opaqueAll && !opaquePart) continue
    if (c.match === 'maybe' || opaquePart) {
      partial.push(
        opaquePart && c.match !== 'maybe'
          ? {
              ...c,
              partialReason: PREFIXES_NOT_READ
            }
          : c
      )
      if (c.match === 'maybe' || (isEmpty(known) && !opaqueAll)) continue
    }
    parts.push({ item: c.item, allow: c.allow, known, opaque: opaqueAll })
    remaining = { known: subtract(remaining.known, known), opaque: remaining.opaque && !opaqueAll }
  }
  if (!spaceIsEmpty(remaining))
    parts.push({ item: undefined, allow: false, known: remaining.known, opaque: remaining.opaque })
  const allowedParts = parts.filter(p => p.allow)
  const deniedParts = parts.filter(p => !p.allow)
  const verdict =
    deniedParts.length === 0 ? 'allowed' : allowedParts.length === 0 ? 'denied' : 'part'
  const union = (list: Array<DecidedPart<R>>): AddressSet =>
    list.reduce<AddressSet>((acc, p) => unionSets(acc, p.known), [])
  return {
    verdict,
    parts,
    uncertainBecause:
      verdict === 'part' ? partial : partial.filter(p => p.allow !== (verdict === 'allowed')),
    denied: union(deniedParts),
    allowed: union(allowedParts)
  }
}

/** Best of several alternatives (a rule matches when any of its sources does). */
export function anyOf(values: Tri[]): Tri {
  return values.includes('yes') ? 'yes' : values.includes('maybe') ? 'maybe' : 'no'
}

/** Both must hold. */
export function allOf(values: Tri[]): Tri {
  return values.includes('no') ? 'no' : values.includes('maybe') ? 'maybe' : 'yes'
}
