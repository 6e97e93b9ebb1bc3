import { describe, expect, it } from '@jest/globals'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { nextRequestSent } from '../../src/auth/request-sent.js'

describe('nextRequestSent', () => {
  it('resolves once the next request is written to its socket, before its answer', async () => {
    let release: () => void = () => undefined
    const released = new Promise<void>(resolve => (release = resolve))
    // The answer waits until the test has seen `sent` resolve.
    const server = http.createServer((_request, response) => {
      void released.then(() => response.end('ok'))
    })
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    try {
      // A cap far beyond the test's timeout: only the written request can resolve it.
      const sent = nextRequestSent(600_000)
      const request = http.get(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`)
      const answered = new Promise<void>(resolve =>
        request.on('response', response => response.resume().on('end', resolve))
      )
      let answeredFirst = false
      void answered.then(() => (answeredFirst = true))
      await sent
      expect(request.writableFinished).toBe(true)
      expect(answeredFirst).toBe(false)
      release()
      await answered
    } finally {
      release()
      server.closeAllConnections()
      await new Promise(resolve => server.close(resolve))
    }
  })

  it('resolves after its cap when no request is made (a login that fails before sending)', async () => {
    await expect(nextRequestSent(1)).resolves.toBeUndefined()
  })
})
