import type { TokenCredential } from '@azure/identity'
import {
  createDefaultHttpClient,
  type HttpClient,
  type Pipeline,
  type PipelinePolicy,
  type PipelineRequest,
  type PipelineResponse
} from '@azure/core-rest-pipeline'
// Every SDK is loaded on first use (dynamic import, a separate chunk in dist/): nothing heavy is
// evaluated at start-up, the Machine Learning reads start while @azure/arm-network still loads,
// and most workspaces never need the Kubernetes-route clients.
import type { AzureMachineLearningWorkspaces } from '@azure/arm-machinelearning'
import type { NetworkManagementContext } from '@azure/arm-network/api'
import type { AuthorizationManagementClient } from '@azure/arm-authorization'
import type { ContainerServiceContext } from '@azure/arm-containerservice/api'
import type { SourceControlConfigurationClient } from '@azure/arm-kubernetesconfiguration'
import type { ResourceGraphClient } from '@azure/arm-resourcegraph'
import type { DeploymentsContext } from '@azure/arm-resourcesdeployments/api'
import {
  armPipelineOptions,
  pause,
  retryAfterMs,
  type ArmPipelineOptions,
  type RunDeadline
} from './pipeline.js'
import { isLeafRead, Semaphore } from './read.js'
import { ReadPacer } from './pacer.js'

/**
 * api-versions the action reads with. `@azure/arm-machinelearning` 2.1.1 is
 * generated for 2022-10-01, whose models drop `managedNetwork` and other newer
 * workspace fields: we pin a current stable version and read Machine Learning
 * resources from the raw response body.
 */
export const API_VERSIONS = {
  'Microsoft.MachineLearningServices': '2025-12-01',
  // The only version @azure/arm-network 39 sends: a TypeSpec-generated client, it fixes the
  // api-version per operation and ignores a client-level one. The GETs and lists sent through
  // its client context (network-reader.ts) send the same.
  'Microsoft.Network': '2026-01-01',
  // Pinned, sent through @azure/arm-containerservice's client context (25.5 defaults to
  // 2026-06-01; the emulator's cluster bodies follow the 2026-04-01 spec), and the version
  // @azure/arm-kubernetesconfiguration 6.1 defaults to.
  'Microsoft.ContainerService': '2026-04-01',
  'Microsoft.KubernetesConfiguration': '2023-05-01',
  // Permissions, role assignments/definitions and deny assignments (@azure/arm-authorization 9).
  'Microsoft.Authorization': '2022-04-01'
} as const

/**
 * Deployments_WhatIf (`arm-template`): the latest stable version of the Microsoft.Resources
 * deployments REST spec (its example PostDeploymentWhatIfOnResourceGroup.json); kept out of
 * API_VERSIONS, which every snapshot records, as most runs send no what-if.
 */
export const WHAT_IF_API_VERSION = '2025-04-01'

export interface ClientSettings {
  armEndpoint: string
  /** Always the cloud's scope, never derived from an overridden endpoint. */
  tokenScope: string
  /** Most ARM requests in flight at once, over all clients (default 16). */
  maxConcurrency?: number
  /** Reads of ARM's announced read budget never spent (`arm-read-reserve`, default 25). */
  armReadReserve?: number
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
  private readonly network = new Map<string, NetworkManagementContext>()
  private readonly ml = new Map<string, AzureMachineLearningWorkspaces>()
  private readonly aks = new Map<string, ContainerServiceContext>()
  private readonly k8sConfig = new Map<string, SourceControlConfigurationClient>()
  private readonly authz = new Map<string, AuthorizationManagementClient>()
  private graph: ResourceGraphClient | undefined
  private readonly limiter: ArmLimiter
  /** Options every client is built with: retries, timeouts, concurrency bound, Retry-After pauses, debug log, one connection pool. */
  private readonly pipelineOptions: ArmPipelineOptions & { httpClient: HttpClient }

  constructor(
    private readonly credential: TokenCredential,
    private readonly settings: ClientSettings
  ) {
    this.limiter = new ArmLimiter(
      settings.maxConcurrency ?? 16,
      new ReadPacer(settings.armReadReserve ?? 25),
      settings.debug
    )
    this.pipelineOptions = {
      ...armPipelineOptions(this.limiter.policy(), settings.deadline, settings.armEndpoint),
      // One keep-alive pool for every client: the generated clients would otherwise use two
      // (core-client's and ts-http-runtime's cached default), each opening its own connections.
      httpClient: createDefaultHttpClient()
    }
  }

  get stats(): ArmStats {
    return this.limiter.stats()
  }

  /** For requests the SDK clients have no operation for (built on this endpoint, sent through their pipeline). */
  get armEndpoint(): string {
    return this.settings.armEndpoint
  }

  async machineLearning(subscriptionId: string): Promise<AzureMachineLearningWorkspaces> {
    const { AzureMachineLearningWorkspaces } = await import('@azure/arm-machinelearning')
    return cached(this.ml, subscriptionId, () => {
      return new AzureMachineLearningWorkspaces(this.credential, subscriptionId, {
        ...this.pipelineOptions,
        endpoint: this.settings.armEndpoint,
        credentialScopes: [this.settings.tokenScope],
        apiVersion: API_VERSIONS['Microsoft.MachineLearningServices']
      })
    })
  }

  /**
   * Clusters may live in another subscription than the workspace. The client context of
   * `@azure/arm-containerservice` (what its `ContainerServiceClient` wraps: the same pipeline):
   * the action sends its one GET per cluster through it (`readManagedCluster`), so the package's
   * operations and models (a 0.47 MB chunk) are never loaded.
   */
  async containerService(subscriptionId: string): Promise<ContainerServiceContext> {
    const { createContainerService } = await import('@azure/arm-containerservice/api')
    return cached(this.aks, subscriptionId.toLowerCase(), () => {
      // A TypeSpec-generated client: its scope option is `credentials.scopes`.
      return createContainerService(this.credential, subscriptionId, {
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

  /** Estate scans only (`scope`): tenant-level, so one client; loaded on first use. */
  async resourceGraph(): Promise<ResourceGraphClient> {
    const { ResourceGraphClient } = await import('@azure/arm-resourcegraph')
    // A TypeSpec-generated client: its scope option is `credentials.scopes`; api-version is per operation.
    this.graph ??= new ResourceGraphClient(this.credential, {
      ...this.pipelineOptions,
      endpoint: this.settings.armEndpoint,
      credentials: { scopes: [this.settings.tokenScope] }
    })
    return this.graph
  }

  /**
   * `arm-template` only (src/collect/read-what-if.ts): the deployments client context of
   * `@azure/arm-resourcesdeployments` (the package that holds ARM's Deployments operations since
   * `@azure/arm-resources` 8 dropped them), loaded on first use, on the same pipeline.
   */
  async deployments(subscriptionId: string): Promise<DeploymentsContext> {
    const { createDeployments } = await import('@azure/arm-resourcesdeployments/api')
    // A TypeSpec-generated client: its scope option is `credentials.scopes`.
    return createDeployments(this.credential, subscriptionId, {
      ...this.pipelineOptions,
      endpoint: this.settings.armEndpoint,
      credentials: { scopes: [this.settings.tokenScope] },
      apiVersion: WHAT_IF_API_VERSION
    })
  }

  /** Authorization reads are scoped by the ids they name; the subscription only builds the client. */
  async authorization(subscriptionId: string): Promise<AuthorizationManagementClient> {
    const { AuthorizationManagementClient } = await import('@azure/arm-authorization')
    return cached(this.authz, subscriptionId.toLowerCase(), () => {
      return new AuthorizationManagementClient(this.credential, subscriptionId, {
        ...this.pipelineOptions,
        endpoint: this.settings.armEndpoint,
        credentialScopes: [this.settings.tokenScope]
      })
    })
  }

  /**
   * Network resources may live in another subscription than the workspace. The client context
   * of `@azure/arm-network` (what its `NetworkManagementClient` wraps: the same pipeline): the
   * action sends its GETs through it without the generated operations, whose 3.4 MB chunk of
   * operations and models cost ≈ 150 ms to load and ≈ 20 MB of memory for bodies read raw.
   */
  async networkFor(subscriptionId: string): Promise<NetworkManagementContext> {
    const { createNetworkManagement } = await import('@azure/arm-network/api')
    return cached(this.network, subscriptionId.toLowerCase(), () => {
      // A TypeSpec-generated client: its scope option is `credentials.scopes`.
      return createNetworkManagement(this.credential, subscriptionId, {
        ...this.pipelineOptions,
        endpoint: this.settings.armEndpoint,
        credentials: { scopes: [this.settings.tokenScope] }
      })
    })
  }

  /**
   * Sends requests through a TypeSpec-generated client's pipeline (its credential, scope and
   * the shared policies) on the shared connection pool: for list pages, whose raw bodies the
   * generated pagers do not hand out.
   */
  sender(client: { pipeline: Pipeline }): {
    sendRequest: (request: PipelineRequest) => Promise<PipelineResponse>
  } {
    return {
      sendRequest: request => client.pipeline.sendRequest(this.pipelineOptions.httpClient, request)
    }
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
 * `limit` ARM requests in flight, leaf reads (`leafRead`) queued after the
 * others; after a 429 with `Retry-After`, no new request starts before that
 * time (the SDK's retry policy retries the throttled one); counts requests and
 * the time ARM was busy; paces reads from the read budget ARM announces
 * (`ReadPacer`), so the bucket refills before a read would be throttled.
 * Never sees or logs Authorization.
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
    private readonly pacer: ReadPacer,
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
        this.semaphore.run(
          async () => {
            // Checked again after each wait: a 429 that arrived meanwhile may have moved the pause,
            // and other reads may have spent the refill. The deadline ends the wait early.
            for (;;) {
              if (request.abortSignal?.aborted) break
              const wait = Math.max(
                this.pausedUntil - Date.now(),
                this.pacer.delayMs(request.url, Date.now())
              )
              if (wait <= 0) break
              await pause(wait, request.abortSignal)
            }
            // Same tick as the last delayMs: the next waiter counts this read as spent.
            this.pacer.sent(request.url)
            let answer: PipelineResponse | undefined
            this.requests++
            if (this.inFlight++ === 0) this.busySince = performance.now()
            const started = performance.now()
            try {
              const response = await next(request)
              answer = response
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
              this.pacer.answered(request.url, Date.now(), answer?.headers)
              if (--this.inFlight === 0) this.busyMs += performance.now() - this.busySince
            }
          },
          isLeafRead() ? 'last' : 'first'
        )
    }
  }
}
