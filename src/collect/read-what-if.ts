/**
 * `arm-template`: Azure's own prediction of what the template will do (Deployments_WhatIf at the
 * workspace's resource group, a long-running POST that changes nothing; REST spec
 * Microsoft.Resources/deployments, example PostDeploymentWhatIfOnResourceGroup.json). Each
 * predicted resource of a type the checks read becomes a PlannedArmResource, laid over the live
 * reads by src/planned/arm.ts. A what-if Azure refuses or that fails becomes a PlannedUnreadable:
 * the planned state is then unknown, never judged as the live one.
 */
import type { DeploymentParameter, WhatIfOperationResult } from '@azure/arm-resourcesdeployments'
import { isPlannedArmType, plannedBody } from '../planned/arm.js'
import {
  PLANNED_ARM_CHANGES,
  type PlannedArmResource,
  type PlannedChange,
  type ReadError,
  type SnapshotTarget
} from '../model/snapshot.js'
import type { AzureClients } from './clients.js'
import { toReadError } from './read.js'
import { isObject } from '../model/json-shape.js'

/** The deployment name the what-if is asked under: nothing is deployed under it. */
export const WHAT_IF_DEPLOYMENT_NAME = 'aml-inference-guard-what-if'

/** The template and parameters as src/settings/arm-template.ts read them from the checkout. */
export interface WhatIfRequest {
  /** Relative to the workspace checkout, `/` separators. */
  file: string
  template: Record<string, unknown>
  parameters?: Record<string, unknown>
}

export interface WhatIfRead {
  planned: PlannedChange
  /** One info line: predicted resources of types no check reads. */
  notes: string[]
}

export async function readWhatIf(
  clients: Pick<AzureClients, 'deployments'>,
  target: Pick<SnapshotTarget, 'subscriptionId' | 'resourceGroup'>,
  request: WhatIfRequest
): Promise<WhatIfRead> {
  try {
    const [context, { whatIf }] = await Promise.all([
      clients.deployments(target.subscriptionId),
      import('@azure/arm-resourcesdeployments/api/deployments')
    ])
    const result = await whatIf(context, target.resourceGroup, WHAT_IF_DEPLOYMENT_NAME, {
      properties: {
        // Complete mode would also predict deletions of what the template leaves out; the
        // workflow's deployment is judged as ARM's default (Incremental) applies it.
        mode: 'Incremental',
        template: request.template,
        // Checked by src/settings/arm-template.ts: each has a `value` or a Key Vault `reference`.
        ...(request.parameters
          ? { parameters: request.parameters as Record<string, DeploymentParameter> }
          : {}),
        whatIfSettings: { resultFormat: 'FullResourcePayloads' }
      }
    })
    return plannedFromWhatIf(request.file, result)
  } catch (error) {
    return unreadable(request.file, toReadError(error))
  }
}

function unreadable(file: string, error: ReadError): WhatIfRead {
  return {
    planned: { files: [file], resources: [], unreadable: [{ route: 'what-if', file, error }] },
    notes: []
  }
}

/**
 * A WhatIfOperationResult (`status`, `properties.changes[]`, or `error`) as the planned part:
 * resources of the types the checks read, and one note counting the others. Pure.
 */
export function plannedFromWhatIf(file: string, result: WhatIfOperationResult): WhatIfRead {
  if (result.error || (result.status && result.status.toLowerCase() !== 'succeeded')) {
    const details = result.error?.details?.map(d => d.message ?? '').filter(Boolean) ?? []
    return unreadable(file, {
      status: null,
      code: result.error?.code || `WhatIf${result.status ?? 'Failed'}`,
      message: [result.error?.message ?? `Azure's what-if ended ${result.status}`, ...details]
        .filter(Boolean)
        .join(' ')
    })
  }
  const armResources: PlannedArmResource[] = []
  const others = new Map<string, number>()
  for (const change of result.changes ?? []) {
    const id = change.resourceId
    const type = id ? typeOf(id) : undefined
    if (!id || !type || !isPlannedArmType(type)) {
      const shown = type ?? change.resourceType ?? 'an extensible resource'
      others.set(shown, (others.get(shown) ?? 0) + 1)
      continue
    }
    const changeType = PLANNED_ARM_CHANGES.find(
      c => c.toLowerCase() === change.changeType?.toLowerCase()
    )
    const after = isObject(change.after) ? change.after : undefined
    armResources.push({
      route: 'what-if',
      file,
      id,
      type,
      // A change type newer than this action is not guessed at: its planned state is unknown.
      change: changeType ?? 'Unsupported',
      // As a GET returns it: what-if names a child resource as in the template (`ws/endpoint`).
      ...(after && changeType !== 'Delete'
        ? { after: plannedBody(type, { ...after, id, name: id.split('/').pop() }) }
        : {}),
      ...(changeType === 'Unsupported' || !changeType
        ? {
            unsupportedReason: change.unsupportedReason
              ? `Azure's what-if could not predict ${id}: ${change.unsupportedReason}`
              : `Azure's what-if gave ${id} the change type ${String(change.changeType)}, which this action does not know`
          }
        : {})
    })
  }
  const notes =
    others.size > 0
      ? [
          `arm-template: Azure's what-if of ${file} also predicts ${[...others]
            .map(([type, n]) => `${n} ${type}`)
            .join(
              ', '
            )}, which no check reads; they are not judged (docs/planned.md lists the types that are).`
        ]
      : []
  return {
    planned: { files: [file], resources: [], ...(armResources.length ? { armResources } : {}) },
    notes
  }
}

/** `Microsoft.Network/virtualNetworks/subnets` of an id; the last provider's for an extension resource. */
export function typeOf(id: string): string | undefined {
  const parts = id.split(/\/providers\//i)
  if (parts.length < 2) return undefined
  const segments = parts[parts.length - 1]!.split('/')
  if (segments.length < 3 || segments.length % 2 === 0) return undefined
  const [namespace, ...rest] = segments
  return [namespace, ...rest.filter((_, i) => i % 2 === 0)].join('/')
}
