/** The parts of an ARM resource id that reads need. */
export interface ResourceIdParts {
  subscriptionId: string
  resourceGroup: string
  provider: string
  /** Alternating type/name segments after the provider: ['virtualNetworks', 'vnet', 'subnets', 'snet']. */
  segments: string[]
}

/** Parses `/subscriptions/{s}/resourceGroups/{rg}/providers/{ns}/{type}/{name}[/{type}/{name}...]`. */
export function parseResourceId(id: string): ResourceIdParts | undefined {
  const match =
    /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/([^/]+)\/(.+)$/i.exec(id.trim())
  if (!match) return undefined
  const [, subscriptionId, resourceGroup, provider, rest] = match as unknown as [
    string,
    string,
    string,
    string,
    string
  ]
  const segments = rest.split('/')
  if (segments.length % 2 !== 0 || segments.some(s => s === '')) return undefined
  return { subscriptionId, resourceGroup, provider, segments }
}

export function workspaceResourceId(
  subscriptionId: string,
  resourceGroup: string,
  workspaceName: string
): string {
  return `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}/providers/Microsoft.MachineLearningServices/workspaces/${workspaceName}`
}
