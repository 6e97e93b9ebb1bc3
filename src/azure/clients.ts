import type { TokenCredential } from '@azure/identity'
import type { PipelinePolicy } from '@azure/core-rest-pipeline'
import { AzureMachineLearningWorkspaces } from '@azure/arm-machinelearning'
import { NetworkManagementClient } from '@azure/arm-network'
import { AuthorizationManagementClient } from '@azure/arm-authorization'
// Kubernetes-route clients are loaded on first use (dynamic import): most workspaces never need them.
import type { ContainerServiceClient } from '@azure/arm-containerservice'
import type { SourceControlConfigurationClient } from '@azure/arm-kubernetesconfiguration'
import {
  armPipelineOptions,
  pause,
  retryAfterMs,
  type ArmPipelineOptions,
  type RunDeadline
} from './pipeline.js'
import { Semaphore } from './read.js'

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
  /** Most ARM requests in flight at once, over all clients (default 16). */
  maxConcurrency?: number
  /** Called once per ARM request with method, URL, status and correlation id (debug log). */
  debug?: (message: string) => void
  /** The run's deadline (`timeout-seconds`): reads still outstanding then fail with its reason. */
  deadline?: RunDeadline
}

/** What the action's ARM requests cost: for the timing line of the log. */
export interface ArmStats {
  /** HTTP requests sent (retries included). */
  requests: number
  /** Wall time with at least one ARM request in flight, in ms. */
  busyMs: number
  /** Requests answered 429. */
  throttled: number
}

/** One SDK client per provider and subscription, built with the cloud's endpoint and scope. */
export class AzureClients {
  private readonly network = new Map<string, NetworkManagementClient>()
  private readonly ml = new Map<string, AzureMachineLearningWorkspaces>()
  private readonly aks = new Map<string, ContainerServiceClient>()
  private readonly k8sConfig = new Map<string, SourceControlConfigurationClient>()
  private readonly authz = new Map<string, AuthorizationManagementClient>()
  private readonly limiter: ArmLimiter
  /** Options every client is built with: retries, timeouts, concurrency bound, Retry-After pauses, debug log. */
  private readonly pipelineOptions: ArmPipelineOptions

  constructor(
    private readonly credential: TokenCredential,
    private readonly settings: ClientSettings
  ) {
    this.limiter = new ArmLimiter(settings.maxConcurrency ?? 16, settings.debug)
    this.pipelineOptions = armPipelineOptions(this.limiter.policy(), settings.deadline)
  }

  get stats(): ArmStats {
    return this.limiter.stats()
  }

  /** For requests the SDK clients have no operation for (built on this endpoint, sent through their pipeline). */
  get armEndpoint(): string {
    return this.settings.armEndpoint
  }

  machineLearning(subscriptionId: string): AzureMachineLearningWorkspaces {
    return cached(this.ml, subscriptionId, () => {
      return new AzureMachineLearningWorkspaces(this.credential, subscriptionId, {
        ...this.pipelineOptions,
        endpoint: this.settings.armEndpoint,
        credentialScopes: [this.settings.tokenScope],
        apiVersion: API_VERSIONS['Microsoft.MachineLearningServices']
      })
    })
  }

  /** Clusters may live in another subscription than the workspace. */
  async containerService(subscriptionId: string): Promise<ContainerServiceClient> {
    const { ContainerServiceClient } = await import('@azure/arm-containerservice')
    return cached(this.aks, subscriptionId.toLowerCase(), () => {
      // A TypeSpec-generated client: its scope option is `credentials.scopes`.
      return new ContainerServiceClient(this.credential, subscriptionId, {
        ...this.pipelineOptions,
        endpoint: this.settings.armEndpoint,
        credentials: { scopes: [this.settings.tokenScope] },
        apiVersion: API_VERSIONS['Microsoft.ContainerService']
      })
    })
  }

  async kubernetesConfiguration(subscriptionId: string): Promise<SourceControlConfigurationClient> {
    const { SourceControlConfigurationClient } = await import('@azure/arm-kubernetesconfiguration')
    return cached(this.k8sConfig, subscriptionId.toLowerCase(), () => {
      return new SourceControlConfigurationClient(this.credential, subscriptionId, {
        ...this.pipelineOptions,
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
        ...this.pipelineOptions,
        endpoint: this.settings.armEndpoint,
        credentialScopes: [this.settings.tokenScope]
      })
    })
  }

  /** Network resources may live in another subscription than the workspace. */
  networkFor(subscriptionId: string): NetworkManagementClient {
    return cached(this.network, subscriptionId.toLowerCase(), () => {
      return new NetworkManagementClient(this.credential, subscriptionId, {
        ...this.pipelineOptions,
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

/**
 * One per run, shared by every client (a per-retry pipeline policy): at most
 * `limit` ARM requests in flight; after a 429 with `Retry-After`, no new request
 * starts before that time (the SDK's retry policy retries the throttled one);
 * counts requests and the time ARM was busy. Never sees or logs Authorization.
 */
class ArmLimiter {
  private readonly semaphore: Semaphore
  private pausedUntil = 0
  private requests = 0
  private throttled = 0
  private inFlight = 0
  private busySince = 0
  private busyMs = 0

  constructor(
    limit: number,
    private readonly debug?: (message: string) => void
  ) {
    this.semaphore = new Semaphore(Math.max(1, limit))
  }

  stats(): ArmStats {
    return { requests: this.requests, busyMs: Math.round(this.busyMs), throttled: this.throttled }
  }

  policy(): PipelinePolicy {
    return {
      name: 'amlInferenceGuardArmLimiter',
      sendRequest: (request, next) =>
        this.semaphore.run(async () => {
          const wait = this.pausedUntil - Date.now()
          if (wait > 0) await pause(wait, request.abortSignal)
          this.requests++
          if (this.inFlight++ === 0) this.busySince = performance.now()
          const started = performance.now()
          try {
            const response = await next(request)
            if (response.status === 429) {
              this.throttled++
              const pause = retryAfterMs(response.headers.get('retry-after'))
              if (pause) this.pausedUntil = Math.max(this.pausedUntil, Date.now() + pause)
            }
            this.debug?.(
              `ARM ${request.method} ${request.url} → ${response.status} in ${Math.round(performance.now() - started)} ms (x-ms-correlation-request-id: ${response.headers.get('x-ms-correlation-request-id') ?? 'none'})`
            )
            return response
          } finally {
            if (--this.inFlight === 0) this.busyMs += performance.now() - this.busySince
          }
        })
    }
  }
}
