/**
 * Resource bodies already known before collection starts (an estate scan
 * reads them through Azure Resource Graph in a few paged queries). A read
 * whose id is known is answered from here instead of a GET to ARM; anything
 * unknown is read from ARM as usual.
 */
export interface KnownResources {
  /** The ARM-shaped body (`id`, `name`, `properties`, ...) of a resource, or undefined. */
  body(id: string): unknown
  /**
   * Every extension of a cluster, when the cluster's extensions are known
   * (an empty list means "known to have none"), or undefined.
   */
  clusterExtensions(clusterId: string): unknown[] | undefined
}
