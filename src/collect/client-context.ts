/**
 * Requests sent through the client context of a TypeSpec-generated SDK (`@azure/arm-network/api`,
 * `@azure/arm-containerservice/api`) instead of its generated operations, whose modules and
 * models the action would load only to have the raw body handed over.
 */
import { RestError } from '@azure/core-rest-pipeline'
import type { AzureClients } from './clients.js'
import type { RawOptions } from './read.js'

type NetworkClient = Awaited<ReturnType<AzureClients['networkFor']>>

/**
 * One GET through a TypeSpec-generated SDK's client context (`@azure/arm-network`'s,
 * `@azure/arm-containerservice`'s), as its generated `<group>.get` operations send it (same
 * path, api-version, accept header, pipeline), and the same error for a status other than 200;
 * what is left out is their mapping of the body into the SDK's models, which the action never
 * reads (it takes the raw body through `onResponse`). Only the context module of the package is
 * loaded, not its operations and models (3.4 MB for `@azure/arm-network`).
 */
export async function contextGet(
  client: Pick<NetworkClient, 'path'>,
  path: string,
  onResponse: RawOptions['onResponse']
): Promise<void> {
  const result = await client
    .path(path)
    .get({ headers: { accept: 'application/json' }, onResponse })
  if (result.status !== '200') throw restErrorOf(result)
}

/** The error `createRestError` of `@azure-rest/core-client` makes of an unexpected status (what the operations throw). */
function restErrorOf(result: { status: string; body: unknown }): RestError {
  const body = result.body as { error?: unknown } | null | undefined
  const inner = (body?.error ?? body) as { message?: unknown; code?: unknown } | null | undefined
  const status = Number.parseInt(result.status)
  return new RestError(
    typeof inner?.message === 'string' ? inner.message : `Unexpected status code: ${result.status}`,
    {
      ...(Number.isNaN(status) ? {} : { statusCode: status }),
      ...(typeof inner?.code === 'string' ? { code: inner.code } : {})
    }
  )
}
