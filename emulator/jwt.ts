/** Minimal RS256 JWT signing and parsing for the emulator (node:crypto only). */
import { createHash, sign, verify, type KeyObject } from 'node:crypto'

export type JwtPayload = Record<string, unknown>

export interface DecodedJwt {
  header: Record<string, unknown>
  payload: JwtPayload
  signingInput: string
  signature: Buffer
}

function b64url(data: Buffer | string): string {
  return Buffer.from(data).toString('base64url')
}

/** Base64url SHA-1 thumbprint-like id for a public key (used as `kid` / `x5t`). */
export function keyId(publicKey: KeyObject): string {
  const der = publicKey.export({ type: 'spki', format: 'der' })
  return createHash('sha1').update(der).digest('base64url')
}

export function signJwt(
  payload: JwtPayload,
  privateKey: KeyObject,
  header: Record<string, unknown> = {}
): string {
  const signingInput = `${b64url(JSON.stringify({ typ: 'JWT', alg: 'RS256', ...header }))}.${b64url(
    JSON.stringify(payload)
  )}`
  const signature = sign('sha256', Buffer.from(signingInput), privateKey)
  return `${signingInput}.${b64url(signature)}`
}

/** Parses a compact JWS without verifying it; undefined when malformed. */
export function decodeJwt(token: string): DecodedJwt | undefined {
  const parts = token.split('.')
  if (parts.length !== 3) return undefined
  const [h, p, s] = parts as [string, string, string]
  try {
    const header = JSON.parse(Buffer.from(h, 'base64url').toString('utf8')) as unknown
    const payload = JSON.parse(Buffer.from(p, 'base64url').toString('utf8')) as unknown
    if (!header || typeof header !== 'object' || !payload || typeof payload !== 'object') {
      return undefined
    }
    return {
      header: header as Record<string, unknown>,
      payload: payload as JwtPayload,
      signingInput: `${h}.${p}`,
      signature: Buffer.from(s, 'base64url')
    }
  } catch {
    return undefined
  }
}

export function verifyJwtSignature(decoded: DecodedJwt, publicKey: KeyObject): boolean {
  if (decoded.header.alg !== 'RS256') return false
  return verify('sha256', Buffer.from(decoded.signingInput), publicKey, decoded.signature)
}

/** The public key as a JWK (for jwks endpoints). */
export function publicJwk(publicKey: KeyObject): Record<string, unknown> {
  const jwk = publicKey.export({ format: 'jwk' })
  const kid = keyId(publicKey)
  return { kty: 'RSA', use: 'sig', alg: 'RS256', kid, x5t: kid, n: jwk.n, e: jwk.e }
}
