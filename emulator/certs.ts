/**
 * Test-only TLS material for the emulator: a throwaway CA and a server
 * certificate for 127.0.0.1 / localhost signed by it. Clients trust the CA via
 * NODE_EXTRA_CA_CERTS (child processes) or an explicit `ca` option; TLS
 * verification is never disabled.
 */
import { X509Certificate, createPrivateKey, generateKeyPairSync, randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import forge from 'node-forge'

export interface TestCertificates {
  /** PEM of the test CA (what NODE_EXTRA_CA_CERTS points at). */
  caFile: string
  /** PEM (PKCS#8) private key of the server certificate. */
  keyFile: string
  /** PEM of the server certificate (SANs: IP 127.0.0.1, DNS localhost). */
  certFile: string
}

/** Repository root (this file lives in `<repo>/emulator`). */
export const repoRoot = fileURLToPath(new URL('..', import.meta.url)).replace(/[\\/]$/, '')

export const defaultCertDir = path.join(repoRoot, '.emulator', 'certs')

const ONE_DAY_MS = 24 * 60 * 60 * 1000
const VALIDITY_DAYS = 30

function files(dir: string): TestCertificates {
  return {
    caFile: path.join(dir, 'ca.pem'),
    keyFile: path.join(dir, 'server-key.pem'),
    certFile: path.join(dir, 'server-cert.pem')
  }
}

/** True when all three files exist, chain together, match, and stay valid for at least a day. */
function usable(certs: TestCertificates): boolean {
  try {
    const ca = new X509Certificate(fs.readFileSync(certs.caFile))
    const server = new X509Certificate(fs.readFileSync(certs.certFile))
    const key = createPrivateKey(fs.readFileSync(certs.keyFile))
    const horizon = Date.now() + ONE_DAY_MS
    return (
      new Date(ca.validTo).getTime() > horizon &&
      new Date(server.validTo).getTime() > horizon &&
      new Date(server.validFrom).getTime() <= Date.now() &&
      server.checkIssued(ca) &&
      server.verify(ca.publicKey) &&
      server.checkPrivateKey(key) &&
      server.checkIP('127.0.0.1') !== undefined &&
      server.checkHost('localhost') !== undefined
    )
  } catch {
    return false
  }
}

function rsaKeyPair(): { privatePem: string; publicPem: string } {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  return {
    privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicPem: publicKey.export({ type: 'spki', format: 'pem' }).toString()
  }
}

function serialNumber(): string {
  const bytes = randomBytes(16)
  bytes[0] = (bytes[0] ?? 0) & 0x7f // positive
  return bytes.toString('hex')
}

function validity(cert: forge.pki.Certificate): void {
  const now = Date.now()
  cert.validity.notBefore = new Date(now - 60 * 60 * 1000)
  cert.validity.notAfter = new Date(now + VALIDITY_DAYS * ONE_DAY_MS)
}

function generate(): { ca: string; key: string; cert: string } {
  const caKeys = rsaKeyPair()
  const caPrivate = forge.pki.privateKeyFromPem(caKeys.privatePem)
  const caName = [
    { name: 'commonName', value: 'aml-inference-guard emulator test CA' },
    { name: 'organizationName', value: 'aml-inference-guard tests' }
  ]
  const ca = forge.pki.createCertificate()
  ca.publicKey = forge.pki.publicKeyFromPem(caKeys.publicPem)
  ca.serialNumber = serialNumber()
  validity(ca)
  ca.setSubject(caName)
  ca.setIssuer(caName)
  ca.setExtensions([
    { name: 'basicConstraints', cA: true, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    { name: 'subjectKeyIdentifier' }
  ])
  ca.sign(caPrivate, forge.md.sha256.create())

  const serverKeys = rsaKeyPair()
  const server = forge.pki.createCertificate()
  server.publicKey = forge.pki.publicKeyFromPem(serverKeys.publicPem)
  server.serialNumber = serialNumber()
  validity(server)
  server.setSubject([{ name: 'commonName', value: 'localhost' }])
  server.setIssuer(caName)
  server.setExtensions([
    { name: 'basicConstraints', cA: false, critical: true },
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
    { name: 'extKeyUsage', serverAuth: true },
    {
      name: 'subjectAltName',
      altNames: [
        { type: 7, ip: '127.0.0.1' },
        { type: 2, value: 'localhost' }
      ]
    },
    { name: 'subjectKeyIdentifier' },
    { name: 'authorityKeyIdentifier', keyIdentifier: ca.generateSubjectKeyIdentifier().getBytes() }
  ])
  server.sign(caPrivate, forge.md.sha256.create())

  return {
    ca: forge.pki.certificateToPem(ca),
    key: serverKeys.privatePem,
    cert: forge.pki.certificateToPem(server)
  }
}

/**
 * Returns the test CA and server certificate under `dir`, generating them when
 * missing, mismatched or expiring within a day. Safe to call from parallel
 * processes: a fresh set is written to a private directory and renamed into
 * place in one step, and a process that loses the race uses the winner's set.
 */
export function ensureTestCertificates(dir: string = defaultCertDir): TestCertificates {
  const target = files(dir)
  if (usable(target)) return target

  fs.mkdirSync(path.dirname(dir), { recursive: true })
  const staging = fs.mkdtempSync(`${dir}.tmp-`)
  try {
    const { ca, key, cert } = generate()
    const staged = files(staging)
    fs.writeFileSync(staged.caFile, ca)
    fs.writeFileSync(staged.keyFile, key, { mode: 0o600 })
    fs.writeFileSync(staged.certFile, cert)

    if (usable(target)) return target // another process finished first
    fs.rmSync(dir, { recursive: true, force: true })
    try {
      fs.renameSync(staging, dir)
    } catch (error) {
      if (usable(target)) return target
      throw error
    }
    if (!usable(target)) throw new Error(`generated test certificates in ${dir} are not usable`)
    return target
  } finally {
    fs.rmSync(staging, { recursive: true, force: true })
  }
}
