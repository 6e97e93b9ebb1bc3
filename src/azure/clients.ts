import type { TokenCredential } from '@azure/identity'
import { AzureMachineLearningWorkspaces } from '@azure/arm-machinelearning'
import { NetworkManagementClient } from '@azure/arm-network'
import { AuthorizationManagementClient } from '@azure/arm-authorization'
import { ContainerServiceClient } from '@azure/arm-containerservice'
import { SourceControlConfigurationClient } from '@azure/arm-kubernetesconfiguration'

/**
 * api-versions the action reads with. `@azure/arm-machinelearning` 2.1.1 is
 * generated for 2022-10-01, whose models drop `managedNetwork` and other newer
 * workspace fields: we pin a current stable version and read Machine Learning
 * resources from the raw response body.
 */
export const API_VERSIONS = {
  'Microsoft.MachineLearningServices': '2025-12-01',
  // The version @azure/arm-network 36 is generated for.
  'Microsoft.Network': '2025-05-01',
  // The versions @azure/arm-containerservice 25.3 and @azure/arm-kubernetesconfiguration 6.1 default to.
  'Microsoft.ContainerService': '2026-04-01',
  'Microsoft.KubernetesConfiguration': '2023-05-01',
  // Permissions, role assignments/definitions and deny assignments (@azure/arm-authorization 9).
  'Microsoft.Authorization': '2022-04-01'
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
  private readonly aks = new Map<string, ContainerServiceClient>()
  private readonly k8sConfig = new Map<string, SourceControlConfigurationClient>()
  private readonly authz = new Map<string, AuthorizationManagementClient>()

  constructor(
    private readonly credential: TokenCredential,
    private readonly settings: ClientSettings
  ) {}

  /** For requests the SDK clients have no operation for (built on this endpoint, sent through their pipeline). */
  get armEndpoint(): string {
    return this.settings.armEndpoint
  }

  machineLearning(subscriptionId: string): AzureMachineLearningWorkspaces {
    return cached(this.ml, subscriptionId, () => {
      return new AzureMachineLearningWorkspaces(this.credential, subscriptionId, {
        endpoint: this.settings.armEndpoint,
        credentialScopes: [this.settings.tokenScope],
        apiVersion: API_VERSIONS['Microsoft.MachineLearningServices']
      })
    })
  }

  /** Clusters may live in another subscription than the workspace. */
  containerService(subscriptionId: string): ContainerServiceClient {
    return cached(this.aks, subscriptionId.toLowerCase(), () => {
      // A TypeSpec-generated client: its scope option is `credentials.scopes`.
      return new ContainerServiceClient(this.credential, subscriptionId, {
        endpoint: this.settings.armEndpoint,
        credentials: { scopes: [this.settings.tokenScope] },
        apiVersion: API_VERSIONS['Microsoft.ContainerService']
      })
    })
  }

  kubernetesConfiguration(subscriptionId: string): SourceControlConfigurationClient {
    return cached(this.k8sConfig, subscriptionId.toLowerCase(), () => {
      return new SourceControlConfigurationClient(this.credential, subscriptionId, {
        endpoint: this.settings.armEndpoint,
        credentialScopes: [this.settings.tokenScope],
        apiVersion: API_VERSIONS['Microsoft.KubernetesConfiguration']
      })
    })
  }

  /** Authorization reads are scoped by the ids they name; the subscription only builds the client. */
  authorization(subscriptionId: string): AuthorizationManagementClient {
    return cached(this.authz, subscriptionId.toLowerCase(), () => {
      return new AuthorizationManagementClient(this.credential, subscriptionId, {
        endpoint: this.settings.armEndpoint,
        credentialScopes: [this.settings.tokenScope]
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
