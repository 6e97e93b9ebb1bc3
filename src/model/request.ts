// What a run is asked to check: the route(s) and how the identity deploys. Plain data, shared by
// the inputs, the snapshot it is recorded in and the route decision, so none of them imports another.
/** Which inference route(s) to check: `auto` decides from what the workspace holds. */
export const ROUTES = ['auto', 'managed', 'kubernetes', 'both'] as const
export type Route = (typeof ROUTES)[number]

/** How the identity deploys into the network; `arm-template` needs no `Microsoft.Network/*\/read`. */
export const DEPLOYMENT_METHODS = ['cli', 'sdk', 'studio', 'arm-template'] as const
export type DeploymentMethod = (typeof DEPLOYMENT_METHODS)[number]
