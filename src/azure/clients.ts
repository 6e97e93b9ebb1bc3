import type { TokenCredential } from '@azure/identity'
import { AzureMachineLearningWorkspaces } from '@azure/arm-machinelearning'
import { NetworkManagementClient } from '@azure/arm-network'

/**
 * api-versions the action reads with. `@azure/arm-machinelearning` 2.1.1 is
 * generated for 2022-10-01, whose models drop `managedNetwork` and other newer
 * workspace fields: we pin a current stable version and read Machine Learning
 * resources from the raw response body.
 */
export const API_VERSIONS = {
  'Microsoft.MachineLearningServices': '2025-12-01',
  // The version @azure/arm-network 36 is generated for.
  'Microsoft.Network': '2025-05-01'
} as const

export interface ClientSettings {
  armEndpoint: string
  /** Always the cloud's scope, never derived from an overridden endpoint. */
  tokenScope: string
}

/** One SDK client per provider and subscription, built with the cloud's endpoint and scope. */
export class AzureClients {
  private readonly network = new Map<string, NetworkManagementClient>()
  private readonly ml = new Map<string, AzureMachineLearningWorkspaces>()

  constructor(
    private readonly credential: TokenCredential,
    private readonly settings: ClientSettings
  ) {}

  machineLearning(subscriptionId: string): AzureMachineLearningWorkspaces {
    return cached(this.ml, subscriptionId, () => {
      return new AzureMachineLearningWorkspaces(this.credential, subscriptionId, {
        endpoint: this.settings.armEndpoint,
        credentialScopes: [this.settings.tokenScope],
        apiVersion: API_VERSIONS['Microsoft.MachineLearningServices']
      })
    })
  }

  /** Network resources may live in another subscription than the workspace. */
  networkFor(subscriptionId: string): NetworkManagementClient {
    return cached(this.network, subscriptionId.toLowerCase(), () => {
      return new NetworkManagementClient(this.credential, subscriptionId, {
        endpoint: this.settings.armEndpoint,
        credentialScopes: [this.settings.tokenScope]
      })
    })
  }
}

function cached<T>(map: Map<string, T>, key: string, create: () => T): T {
  let value = map.get(key)
  if (!value) {
    value = create()
    map.set(key, value)
  }
  return value
}
