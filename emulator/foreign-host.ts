/**
 * A second local HTTPS server standing for "another host" (issue 16): another port on
 * 127.0.0.1 is another origin. It records what it receives (never the header values, only
 * whether an Authorization header came) and answers an empty page.
 */
import fs from 'node:fs'
import https from 'node:https'
import type { AddressInfo } from 'node:net'
import { ensureTestCertificates } from './certs.js'

export interface ForeignRequest {
  method: string
  path: string
  /** True when the request carried an `Authorization` header (a token was handed over). */
  authorization: boolean
}

export interface ForeignHost {
  /** `https://127.0.0.1:<port>` */
  origin: string
  requests: ForeignRequest[]
  close(): Promise<void>
}

export async function startForeignHost(): Promise<ForeignHost> {
  const certs = ensureTestCertificates()
  const requests: ForeignRequest[] = []
  const server = https.createServer(
    { key: fs.readFileSync(certs.keyFile), cert: fs.readFileSync(certs.certFile) },
    (req, res) => {
      requests.push({
        method: req.method ?? 'GET',
        path: new URL(req.url ?? '/', 'https://127.0.0.1').pathname,
        authorization: req.headers.authorization !== undefined
      })
      // An empty ARM list page, or an empty GitHub list page.
      const body = req.url?.includes('api-version=') ? '{"value":[]}' : '[]'
      res.writeHead(200, { 'Content-Type': 'application/json' })
      res.end(body)
    }
  )
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    origin: `https://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise(resolve => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
  }
}
