/**
 * Address prefix arithmetic, pure, IPv4 and IPv6: sets of addresses as
 * sorted, merged inclusive ranges, so that "does this rule cover the
 * destination" is answered for every address rather than by comparing text
 * (a deny to `0.0.0.0/1` + `128.0.0.0/1` covers everything `0.0.0.0/0` does).
 * Parsing is ipaddr.js's; only the interval bookkeeping is here.
 */
import ipaddr from 'ipaddr.js'

export type Family = 4 | 6

export interface AddressRange {
  family: Family
  start: bigint
  end: bigint
}

/** A set of addresses: ranges sorted by family then start, disjoint and not adjacent. */
export type AddressSet = readonly AddressRange[]

const BITS: Record<Family, number> = { 4: 32, 6: 128 }

function toBigInt(bytes: number[]): bigint {
  return bytes.reduce((n, b) => (n << 8n) | BigInt(b), 0n)
}

/**
 * `10.0.0.0/24`, `10.0.0.4`, `2603:1000::/40` → the range it denotes (host
 * bits ignored, as Azure does); undefined when the text is not an address or
 * prefix (a service tag, `*`). IPv4 must be four decimal parts.
 */
export function parsePrefix(text: string): AddressRange | undefined {
  const [address = '', length, ...extra] = text.trim().split('/')
  if (extra.length > 0) return undefined
  const family: Family | undefined = address.includes(':')
    ? ipaddr.IPv6.isValid(address)
      ? 6
      : undefined
    : ipaddr.IPv4.isValidFourPartDecimal(address)
      ? 4
      : undefined
  if (family === undefined) return undefined
  const bits = BITS[family]
  if (length !== undefined && !/^\d{1,3}$/.test(length)) return undefined
  const prefixLength = length === undefined ? bits : Number(length)
  if (prefixLength > bits) return undefined
  const value = toBigInt(ipaddr.parse(address).toByteArray())
  const hostBits = BigInt(bits - prefixLength)
  const start = (value >> hostBits) << hostBits
  return { family, start, end: start + (1n << hostBits) - 1n }
}

export function isPrefix(text: string): boolean {
  return parsePrefix(text) !== undefined
}

function compare(a: AddressRange, b: AddressRange): number {
  if (a.family !== b.family) return a.family - b.family
  return a.start < b.start ? -1 : a.start > b.start ? 1 : 0
}

/** Sorted and merged. */
export function normalize(ranges: readonly AddressRange[]): AddressSet {
  const sorted = [...ranges].sort(compare)
  const out: AddressRange[] = []
  for (const r of sorted) {
    const last = out[out.length - 1]
    if (last && last.family === r.family && r.start <= last.end + 1n) {
      if (r.end > last.end) out[out.length - 1] = { ...last, end: r.end }
    } else {
      out.push({ ...r })
    }
  }
  return out
}

/** `10.0.0.1-10.0.0.9` (IP groups and firewall rules accept ranges) → the range. */
export function parseRange(text: string): AddressRange | undefined {
  const [from = '', to = '', ...extra] = text.trim().split('-')
  if (extra.length > 0 || from.includes('/') || to.includes('/')) return undefined
  const a = parsePrefix(from)
  const b = parsePrefix(to)
  if (!a || !b || a.family !== b.family || a.start > b.end) return undefined
  return { family: a.family, start: a.start, end: b.end }
}

/** The addresses of the prefixes (and ranges) that parse; others (tags, `*`) are ignored. */
export function setOf(prefixes: readonly string[]): AddressSet {
  return normalize(
    prefixes
      .map(p => parsePrefix(p) ?? parseRange(p))
      .filter((r): r is AddressRange => r !== undefined)
  )
}

export function union(a: AddressSet, b: AddressSet): AddressSet {
  return normalize([...a, ...b])
}

export function intersect(a: AddressSet, b: AddressSet): AddressSet {
  const out: AddressRange[] = []
  for (const x of a)
    for (const y of b) {
      if (x.family !== y.family) continue
      const start = x.start > y.start ? x.start : y.start
      const end = x.end < y.end ? x.end : y.end
      if (start <= end) out.push({ family: x.family, start, end })
    }
  return normalize(out)
}

export function subtract(a: AddressSet, b: AddressSet): AddressSet {
  let rest: AddressRange[] = [...a]
  for (const y of b) {
    const next: AddressRange[] = []
    for (const x of rest) {
      if (x.family !== y.family || y.end < x.start || y.start > x.end) {
        next.push(x)
        continue
      }
      if (x.start < y.start) next.push({ family: x.family, start: x.start, end: y.start - 1n })
      if (y.end < x.end) next.push({ family: x.family, start: y.end + 1n, end: x.end })
    }
    rest = next
  }
  return normalize(rest)
}

export function isEmpty(set: AddressSet): boolean {
  return set.length === 0
}

export function families(set: AddressSet): Family[] {
  return [...new Set(set.map(r => r.family))]
}

/** Only the ranges of the given families. */
export function ofFamilies(set: AddressSet, keep: readonly Family[]): AddressSet {
  return set.filter(r => keep.includes(r.family))
}

export type Coverage = 'all' | 'part' | 'none'

/** Whether `cover` holds all, part or none of `target` (an empty target is covered by anything). */
export function coverage(cover: AddressSet, target: AddressSet): Coverage {
  if (isEmpty(subtract(target, cover))) return 'all'
  return isEmpty(intersect(cover, target)) ? 'none' : 'part'
}

function formatAddress(family: Family, value: bigint): string {
  const bytes: number[] = []
  for (let i = BITS[family] / 8 - 1; i >= 0; i--)
    bytes.push(Number((value >> BigInt(i * 8)) & 255n))
  return ipaddr.fromByteArray(bytes).toString()
}

/** The set as the fewest CIDR prefixes (`10.0.0.0/23`, `2603:1000::/40`). */
export function toPrefixes(set: AddressSet): string[] {
  const out: string[] = []
  for (const r of set) {
    const bits = BITS[r.family]
    let start = r.start
    while (start <= r.end) {
      // The largest aligned block starting at `start` that fits in the range.
      let size = 0
      while (
        size < bits &&
        (start & ((1n << BigInt(size + 1)) - 1n)) === 0n &&
        start + (1n << BigInt(size + 1)) - 1n <= r.end
      )
        size++
      out.push(`${formatAddress(r.family, start)}/${bits - size}`)
      start += 1n << BigInt(size)
    }
  }
  return out
}

/** `text` shortened to its first `max` prefixes, for messages. */
export function describeSet(set: AddressSet, max = 4): string {
  const all = toPrefixes(set)
  if (all.length <= max) return all.join(', ')
  return `${all.slice(0, max).join(', ')} and ${all.length - max} more`
}
