/**
 * The one redaction step for secrets. Azure's and GitHub's error messages are
 * free text, and some echo a request's `Authorization` header; whatever their
 * source, texts that reach an output (log lines, job summary, report file,
 * comment, SARIF, annotations, snapshot file) pass through `redact`, which
 * removes every secret the process holds and anything shaped like a token.
 * The runner's own masking (`::add-mask::`) covers only the log, and only
 * values registered in time; files and the comment get nothing from it.
 */

/** What a removed secret is replaced with. */
export const REDACTED = '[redacted]'

/** Environment variables that hold this process's secrets (the runner's and the inputs'). */
const SECRET_ENV = [
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
  'ACTIONS_RUNTIME_TOKEN',
  'INPUT_GITHUB-TOKEN',
  'INPUT_GITHUB_TOKEN',
  'GITHUB_TOKEN'
]

/** Shorter values are not treated as secrets: replacing them would garble ordinary text. */
const MIN_SECRET_LENGTH = 8

const secrets = new Set<string>()
/** `secrets`, longest first (so a secret that contains another is removed whole); sorted once per new secret, not per string. */
let longestFirst: string[] = []

/** Adds a secret (an ID token, an access token, a GitHub token) to the ones `redact` removes; true when it is new. */
export function registerSecret(value: string | undefined): boolean {
  const secret = value?.trim()
  if (!secret || secret.length < MIN_SECRET_LENGTH || secrets.has(secret)) return false
  secrets.add(secret)
  longestFirst = [...secrets].sort((a, b) => b.length - a.length)
  return true
}

for (const name of SECRET_ENV) registerSecret(process.env[name])

/** Token shapes, found whatever their source (also cut short, as a truncated message leaves them). */
const TOKEN_SHAPES: ReadonlyArray<[RegExp, string]> = [
  // `Bearer <token>`, as an Authorization header value (16+ characters: not an English word).
  [/\b(Bearer)\s+[A-Za-z0-9._~+/=-]{16,}/gi, `$1 ${REDACTED}`],
  // A JWT: base64url JSON (`{"` is `eyJ`), then up to two more dot-separated parts.
  [/eyJ[A-Za-z0-9_-]{8,}(?:\.[A-Za-z0-9_-]*){0,2}/g, REDACTED],
  // GitHub tokens: installation (ghs_), personal (ghp_), OAuth (gho_), user-to-server (ghu_),
  // refresh (ghr_), fine-grained personal (github_pat_).
  [/\b(?:gh[pousr]_[A-Za-z0-9]{8,}|github_pat_[A-Za-z0-9_]{8,})/g, REDACTED]
]

/** `text` without any registered secret and without anything token-shaped. */
export function redact(text: string): string {
  // Nothing shorter than a secret (8) or a token shape (11) can hold one: most keys and values
  // of a snapshot, which redactDeep walks string by string.
  if (text.length < MIN_SECRET_LENGTH) return text
  let out = text
  for (const secret of longestFirst) {
    if (out.includes(secret)) out = out.split(secret).join(REDACTED)
  }
  for (const [shape, replacement] of TOKEN_SHAPES) out = out.replace(shape, replacement)
  return out
}

/** `value` with every string in it (keys included) passed through `redact`; other values as they are. */
export function redactDeep<T>(value: T): T {
  if (typeof value === 'string') return redact(value) as T
  if (Array.isArray(value)) return value.map(item => redactDeep(item)) as T
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [redact(key), redactDeep(item)])
    ) as T
  }
  return value
}
