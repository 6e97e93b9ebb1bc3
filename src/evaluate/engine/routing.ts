/**
 * User-defined route selection, pure, as Azure routes traffic
 * (https://learn.microsoft.com/azure/virtual-network/virtual-networks-udr-overview#how-azure-selects-a-route):
 * for each destination address the route with the longest prefix that
 * contains it wins; a route whose address prefix is a service tag counts with
 * each of the tag's prefixes, and on an exact tie an IP-prefix route wins over
 * a service tag route. Addresses no user-defined route holds follow the system
 * routes (public addresses: next hop Internet), unless a route learned over
 * BGP from a gateway overrides them, which a route table cannot show.
 */
import type { RouteTableRoute } from '../../model/snapshot.js'
import {
  destinationSpace,
  namesContainingTag,
  destinationTagOf,
  sourceFamilies,
  tagPrefixesOf,
  type RegistryFlow
} from './network.js'
import {
  intersect,
  isEmpty,
  parsePrefix,
  setOf,
  subtract,
  union,
  type AddressRange,
  type AddressSet
} from './prefixes.js'

/** The destination addresses one route (undefined: the system routes) carries. */
export interface RoutedPart {
  route: RouteTableRoute | undefined
  known: AddressSet
  /** The whole of a destination whose addresses are not known. */
  opaque: boolean
}

export interface RouteSelection {
  parts: RoutedPart[]
  /**
   * The destination's prefixes are not known and routes with other next hops
   * may hold some of its addresses: which route wins cannot be told.
   */
  uncertain: RouteTableRoute[]
}

interface Entry {
  route: RouteTableRoute
  range: AddressRange
  bits: number
  /** IP-prefix routes win an exact tie with service tag routes. */
  isPrefix: boolean
}

function prefixBits(range: AddressRange): number {
  const size = range.end - range.start + 1n
  const total = range.family === 4 ? 32 : 128
  return total - (size.toString(2).length - 1)
}

function sameHop(a: RouteTableRoute, b: RouteTableRoute): boolean {
  return (
    a.nextHopType.toLowerCase() === b.nextHopType.toLowerCase() &&
    (a.nextHopIpAddress ?? '') === (b.nextHopIpAddress ?? '')
  )
}

export function selectRoutes(routes: RouteTableRoute[], flow: RegistryFlow): RouteSelection {
  const space = destinationSpace(flow)
  const entries: Entry[] = routes.flatMap(route => {
    const own = parsePrefix(route.addressPrefix)
    const ranges = own ? [own] : setOf(tagPrefixesOf(flow, route.addressPrefix) ?? [])
    return ranges.map(range => ({ route, range, bits: prefixBits(range), isPrefix: !!own }))
  })
  entries.sort((a, b) => b.bits - a.bits || Number(b.isPrefix) - Number(a.isPrefix))

  if (!space.opaque) {
    let remaining = space.known
    const parts: RoutedPart[] = []
    for (const e of entries) {
      const part = intersect([e.range], remaining)
      if (isEmpty(part)) continue
      const same = parts.find(p => p.route === e.route)
      if (same) same.known = union(same.known, part)
      else parts.push({ route: e.route, known: part, opaque: false })
      remaining = subtract(remaining, part)
    }
    if (!isEmpty(remaining)) parts.push({ route: undefined, known: remaining, opaque: false })
    return { parts, uncertain: [] }
  }

  // The destination's addresses are not known: a route for its tag (by name) holds all of them
  // and beats a route for /0; any other IP-prefix route may hold some of them and be more
  // specific, so it is a candidate; without either, the system routes are one too.
  const families = sourceFamilies(flow.sourcePrefixes)
  const tag = destinationTagOf(flow)
  const byName = routes.filter(r => namesContainingTag(r.addressPrefix, tag, flow.region))
  const prefixRoutes = routes.filter(r => {
    const range = parsePrefix(r.addressPrefix)
    return range !== undefined && families.includes(range.family)
  })
  const everything = setOf(families.map(f => (f === 4 ? '0.0.0.0/0' : '::/0')))
  const covered =
    byName.length > 0 ||
    isEmpty(subtract(everything, setOf(prefixRoutes.map(r => r.addressPrefix))))
  const longer = prefixRoutes.filter(r => prefixBits(parsePrefix(r.addressPrefix)!) > 0)
  const candidates = byName.length > 0 ? [...byName, ...longer] : prefixRoutes
  const winner =
    byName[0] ??
    prefixRoutes.find(r => prefixBits(parsePrefix(r.addressPrefix)!) === 0) ??
    (covered ? prefixRoutes[0] : undefined)
  const differing = candidates.filter(r =>
    winner ? !sameHop(r, winner) : !/^internet$/i.test(r.nextHopType)
  )
  return { parts: [{ route: winner, known: [], opaque: true }], uncertain: differing }
}

/** `/26` → 26. */
export function routePrefixBits(prefix: string): number | undefined {
  const range = parsePrefix(prefix)
  return range ? prefixBits(range) : undefined
}
