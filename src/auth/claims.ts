/** Claims of a GitHub OIDC token that decide whether a federated credential matches. */
export interface GitHubTokenClaims {
  iss?: string
  sub?: string
  aud?: string | string[]
  job_workflow_ref?: string
  [claim: string]: unknown
}

/**
 * Decodes a JWT's payload without verifying it: the claims are only printed so
 * the user can compare them with the federated credential. Returns undefined
 * for anything that is not a JWT.
 */
export function decodeJwtClaims(token: string): GitHubTokenClaims | undefined {
  const payload = token.split('.')[1]
  if (!payload) return undefined
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))
    return claims && typeof claims === 'object' ? (claims as GitHubTokenClaims) : undefined
  } catch {
    return undefined
  }
}

/** The claims a user registers in a federated credential, one per line, for the log. */
export function describeClaims(claims: GitHubTokenClaims): string {
  const aud = Array.isArray(claims.aud) ? claims.aud.join(', ') : claims.aud
  return [
    `issuer (iss): ${claims.iss ?? '(missing)'}`,
    `subject (sub): ${claims.sub ?? '(missing)'}`,
    `audience (aud): ${aud ?? '(missing)'}`,
    `job_workflow_ref: ${claims.job_workflow_ref ?? '(missing)'}`
  ].join('\n')
}
