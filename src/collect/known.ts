/**
 * Resource bodies already known before collection starts (an estate scan
 * reads them through Azure Resource Graph in a few paged queries). A read
 * whose id is known is answered from here instead of a GET to ARM; anything
 * unknown is read from ARM as usual.
 */
import type { Read } from '../model/snapshot.js'

/** One read per key, whoever asks first starts it; later askers get the same result. */
export type ShareRead = <T>(key: string, start: () => Promise<Read<T>>) => Promise<Read<T>>

export interface KnownResources {
  /** The ARM-shaped body (`id`, `name`, `properties`, ...) of a resource, or undefined. */
  body(id: string): unknown
  /**
   * Every extension of a cluster, when the cluster's extensions are known
   * (an empty list means "known to have none"), or undefined.
   */
  clusterExtensions(clusterId: string): unknown[] | undefined
  /**
   * Reads that are the same for every workspace of an estate (a hub network,
   * its firewall, the RBAC at its VNet) are made once per scan, not once per
   * workspace. Each workspace's snapshot still holds only what it reached.
   */
  share?: ShareRead
}
