/**
 * When the next HTTP request of this process has been handed to its socket. Start-up
 * (docs/performance.md): the action loads the Azure SDK and its own code while the GitHub OIDC
 * request is in flight, but compiling those chunks right away held the request's own connect
 * and write back by ≈ 30 ms; they now start once it is written.
 */
import { subscribe, unsubscribe } from 'node:diagnostics_channel'
import type { ClientRequest } from 'node:http'

// Published by node:http for every request it creates (Node 18.13 and later).
const CHANNEL = 'http.client.request.start'

/**
 * Resolves once the next request created after this call has been written ('finish'), failed or
 * closed, and at the latest after `capMs` (over TLS the write waits for the handshake, which the
 * loading need not wait for); never rejects. Call it before the code that sends the request.
 */
export function nextRequestSent(capMs = 20): Promise<void> {
  return new Promise(resolve => {
    const onStart = (message: unknown): void => {
      unsubscribe(CHANNEL, onStart)
      const request = (message as { request?: ClientRequest }).request
      if (!request) return done()
      request.once('finish', done)
      request.once('error', done)
      request.once('close', done)
    }
    // Not unref'd: a run that awaits this with nothing else pending must not end there.
    const timer = setTimeout(() => done(), capMs)
    function done(): void {
      clearTimeout(timer)
      unsubscribe(CHANNEL, onStart)
      resolve()
    }
    subscribe(CHANNEL, onStart)
  })
}
