/**
 * Azure RBAC wildcard patterns: case-insensitive, `*` matches any sequence of
 * characters (`/` included), every other character is literal. The same
 * patterns serve Azure Firewall FQDN targets (`*.azurecr.io`).
 *
 * Containment and overlap are decided exactly (dynamic programming over the
 * two patterns), never by sampling names.
 */

const STAR = '*'

function norm(pattern: string): string {
  // Consecutive stars mean the same as one; collapsing keeps the tables small.
  return pattern.toLowerCase().replace(/\*+/g, STAR)
}

/** Whether `text` (taken literally) is matched by `pattern`. */
export function wildcardMatches(pattern: string, text: string): boolean {
  return matchSymbols(norm(pattern), [...text.toLowerCase()])
}

/**
 * Whether every string `inner` matches is also matched by `outer`
 * (L(inner) ⊆ L(outer)).
 *
 * Exact: replace each `*` of `inner` by a character that `outer` does not
 * contain. The resulting string w belongs to L(inner); if `outer` matches w,
 * that character can only have been consumed by a star of `outer`, which
 * would consume any expansion just as well, so L(inner) ⊆ L(outer);
 * otherwise w is a witness that it is not.
 */
export function patternContains(outer: string, inner: string): boolean {
  const o = norm(outer)
  const symbols = [...norm(inner)].map(c => (c === STAR ? FRESH : c))
  return matchSymbols(o, symbols)
}

/** Whether some string is matched by both patterns (L(a) ∩ L(b) ≠ ∅). */
export function patternsOverlap(a: string, b: string): boolean {
  const x = [...norm(a)]
  const y = [...norm(b)]
  // memo[i][j]: x[i..] and y[j..] can produce a common string.
  const memo = new Map<number, boolean>()
  const go = (i: number, j: number): boolean => {
    const key = i * (y.length + 1) + j
    const cached = memo.get(key)
    if (cached !== undefined) return cached
    let result: boolean
    if (i === x.length && j === y.length) result = true
    else if (x[i] === STAR) result = go(i + 1, j) || (j < y.length && go(i, j + 1))
    else if (y[j] === STAR) result = go(i, j + 1) || (i < x.length && go(i + 1, j))
    else result = i < x.length && j < y.length && x[i] === y[j] && go(i + 1, j + 1)
    memo.set(key, result)
    return result
  }
  return go(0, 0)
}

/** A symbol no normalised pattern contains (a lone surrogate never survives lower-casing of real text). */
const FRESH = '\uD800'

/** Classic glob DP: does pattern `p` (with `*`) match the symbol sequence `s`? */
function matchSymbols(p: string, s: string[]): boolean {
  const ps = [...p]
  // prev[j]: ps[0..i) matches s[0..j)
  let prev = new Array<boolean>(s.length + 1).fill(false)
  prev[0] = true
  for (const c of ps) {
    const next = new Array<boolean>(s.length + 1).fill(false)
    if (c === STAR) {
      next[0] = prev[0] ?? false
      for (let j = 1; j <= s.length; j++) next[j] = (prev[j] ?? false) || (next[j - 1] ?? false)
    } else {
      for (let j = 1; j <= s.length; j++) next[j] = (prev[j - 1] ?? false) && s[j - 1] === c
    }
    prev = next
  }
  return prev[s.length] ?? false
}

/** Whether a pattern has no wildcard. */
export function isLiteral(pattern: string): boolean {
  return !pattern.includes(STAR)
}
