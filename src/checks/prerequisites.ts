/**
 * Checklist section "Prerequisites": the workspace is secured with an existing
 * virtual network and subnet (NET-*). RBAC prerequisites live in rbac.ts.
 */
import type { Read, ReadError, Snapshot, Workspace } from '../snapshot.js'
import { parentVirtualNetworkId, resourceKey, resourceName } from '../snapshot.js'
import {
  RESOURCE_TYPES,
  equalsIgnoreCase,
  isPublicNetworkAccessDisabled,
  makeResult,
  resourceGroupOf,
  resourceOf,
  unreadableDetail,
  defineCheck,
  workspaceResource,
  workspaceUnreadable
} from './common.js'
import type { Check, CheckResult } from './types.js'

const PRIVATE_LINK_DOC =
  'https://learn.microsoft.com/azure/machine-learning/how-to-configure-private-link'

export const NET_01: Check = defineCheck(
  {
    id: 'NET-01',
    title: 'Workspace inbound access is private',
    section: 'prerequisites',
    category: 'isolation',
    severity: 'error',
    rationale:
      'An inferencing environment secured with a virtual network is only isolated if the workspace itself refuses traffic from the public internet. ' +
      'When public network access is on (the service default when the property is not set), or the legacy allowPublicAccessWhenBehindVnet flag is true, clients outside the virtual network can still reach the workspace.',
    remediation:
      'Set the workspace public network access to Disabled and make sure allowPublicAccessWhenBehindVnet is false, then reach the workspace through its private endpoint.',
    fix: 'az ml workspace update --resource-group <resource-group> --name <workspace> --public-network-access Disabled',
    docUrl: PRIVATE_LINK_DOC
  },
  (snapshot, def) => {
    if (!snapshot.workspace.ok)
      return [workspaceUnreadable(def, snapshot, snapshot.workspace.error)]
    const ws = snapshot.workspace.value
    const resource = workspaceResource(snapshot)
    const { resourceGroup, workspaceName } = snapshot.target
    const disableCommand = `az ml workspace update --resource-group ${resourceGroup} --name ${workspaceName} --public-network-access Disabled`
    const clearFlagCommand = `az resource update --ids ${ws.id} --set properties.allowPublicAccessWhenBehindVnet=false`
    const publicDisabled = isPublicNetworkAccessDisabled(ws.publicNetworkAccess)
    const allowBehindVnet = ws.allowPublicAccessWhenBehindVnet === true

    if (publicDisabled && !allowBehindVnet) {
      return [
        makeResult(
          def,
          'pass',
          resource,
          `Workspace ${ws.name} has public network access Disabled and does not allow public access when behind a virtual network.`
        )
      ]
    }
    const problems: string[] = []
    const fixes: string[] = []
    if (!publicDisabled) {
      problems.push(
        ws.publicNetworkAccess === undefined
          ? 'does not set publicNetworkAccess, so the service default (Enabled) applies and it accepts traffic from the public internet'
          : `has publicNetworkAccess ${ws.publicNetworkAccess}, so it accepts traffic from the public internet`
      )
      fixes.push(disableCommand)
    }
    if (allowBehindVnet) {
      problems.push(
        `has allowPublicAccessWhenBehindVnet set to true, which lets public traffic in${publicDisabled ? ' even though publicNetworkAccess is Disabled' : ''}`
      )
      fixes.push(clearFlagCommand)
    }
    return [
      makeResult(
        def,
        'fail',
        resource,
        `Workspace ${ws.name} ${problems.join(' and ')}. Fix: ${fixes.join(' ; then ')}`
      )
    ]
  }
)

/** What following one approved connection to its PE, subnet and VNet found. */
type Link =
  | { kind: 'ok'; privateEndpointId: string; subnetId: string; virtualNetworkId: string }
  | { kind: 'gone'; text: string }
  | { kind: 'unreadable'; text: string }

const NOT_COLLECTED =
  'was referenced but not read (a bug in aml-inference-guard: please report it with the JSON report attached)'

function lookup<T>(map: Record<string, Read<T>>, id: string): Read<T> | undefined {
  return map[resourceKey(id)]
}

/** Classifies a failed or missing read of `what` (e.g. "private endpoint pe-1"). */
function brokenLink(
  read: { ok: false; error: ReadError } | undefined,
  what: string,
  id: string,
  goneText: string
): Link {
  if (read === undefined) return { kind: 'unreadable', text: `${what} ${NOT_COLLECTED}.` }
  if (read.error.status === 404) return { kind: 'gone', text: goneText }
  return { kind: 'unreadable', text: unreadableDetail(what, resourceGroupOf(id), read.error) }
}

function followConnection(
  snapshot: Snapshot,
  connectionName: string,
  privateEndpointId?: string
): Link {
  if (!privateEndpointId) {
    return {
      kind: 'unreadable',
      text: `Approved connection ${connectionName} names no private endpoint, so the endpoint could not be followed; check the connection in the Azure portal (workspace > Networking > Private endpoint connections).`
    }
  }
  const peName = resourceName(privateEndpointId)
  const pe = lookup(snapshot.privateEndpoints, privateEndpointId)
  if (!pe?.ok) {
    return brokenLink(
      pe,
      `private endpoint ${peName}`,
      privateEndpointId,
      `private endpoint ${peName} no longer exists (its connection ${connectionName} is still listed as Approved)`
    )
  }
  const subnetId = pe.value.subnetId
  if (!subnetId) {
    return {
      kind: 'unreadable',
      text: `Private endpoint ${peName} reports no subnet, so its network could not be checked; check it in the Azure portal.`
    }
  }
  const subnetName = resourceName(subnetId)
  const subnet = lookup(snapshot.subnets, subnetId)
  if (!subnet?.ok) {
    return brokenLink(
      subnet,
      `subnet ${subnetName}`,
      subnetId,
      `subnet ${subnetName} of private endpoint ${peName} no longer exists`
    )
  }
  const vnetId = parentVirtualNetworkId(subnetId)
  if (!vnetId) {
    return {
      kind: 'unreadable',
      text: `Private endpoint ${peName} is in ${subnetId}, which is not a virtual network subnet id; check the private endpoint in the Azure portal.`
    }
  }
  const vnetName = resourceName(vnetId)
  const vnet = lookup(snapshot.virtualNetworks, vnetId)
  if (!vnet?.ok) {
    return brokenLink(
      vnet,
      `virtual network ${vnetName}`,
      vnetId,
      `virtual network ${vnetName} (of subnet ${subnetName}, private endpoint ${peName}) no longer exists`
    )
  }
  return { kind: 'ok', privateEndpointId, subnetId, virtualNetworkId: vnetId }
}

function createEndpointCommand(ws: Workspace, resourceGroup: string): string {
  return `az network private-endpoint create --name <pe-name> --resource-group ${resourceGroup} --vnet-name <vnet> --subnet <subnet> --private-connection-resource-id ${ws.id} --group-id amlworkspace --connection-name <pe-name>`
}

export const NET_02: Check = defineCheck(
  {
    id: 'NET-02',
    title: 'Workspace is reachable through an approved private endpoint in an existing subnet',
    section: 'prerequisites',
    category: 'isolation',
    severity: 'error',
    rationale:
      'The inferencing environment relies on an existing virtual network and subnet from which the workspace is reached privately. ' +
      'Without an approved private endpoint whose subnet and virtual network still exist, clients in the virtual network have no private path to the workspace.',
    remediation:
      'Create a private endpoint for the workspace (sub-resource amlworkspace) in a subnet of the virtual network that secures it, and make sure its connection is Approved. ' +
      'Replace connections whose private endpoint, subnet or virtual network was deleted.',
    fix: 'az network private-endpoint create --name <pe-name> --resource-group <resource-group> --vnet-name <vnet> --subnet <subnet> --private-connection-resource-id <workspace-id> --group-id amlworkspace --connection-name <pe-name>',
    docUrl: PRIVATE_LINK_DOC
  },
  (snapshot, def) => {
    if (!snapshot.workspace.ok)
      return [workspaceUnreadable(def, snapshot, snapshot.workspace.error)]
    const ws = snapshot.workspace.value
    const wsResource = workspaceResource(snapshot)
    const create = createEndpointCommand(ws, snapshot.target.resourceGroup)
    const fail = (detail: string): CheckResult[] => [makeResult(def, 'fail', wsResource, detail)]

    const connections = ws.privateEndpointConnections
    if (connections.length === 0) {
      return fail(
        `Workspace ${ws.name} has no private endpoint connections, so clients in the virtual network cannot reach it privately. Fix: ${create}`
      )
    }
    const approved = connections.filter(c => equalsIgnoreCase(c.status, 'Approved'))
    if (approved.length === 0) {
      const statuses = connections.map(c => `${c.name}: ${c.status ?? 'no status'}`).join(', ')
      return fail(
        `Workspace ${ws.name} has ${connections.length} private endpoint connection(s) but none is Approved (${statuses}). ` +
          `Approve a pending connection on the workspace's Networking page (Private endpoint connections) in the Azure portal, or create a new private endpoint: ${create}`
      )
    }

    const links = approved.map(c => followConnection(snapshot, c.name, c.privateEndpointId))
    const ok = links.find(l => l.kind === 'ok')
    if (ok) {
      const pe = ok.privateEndpointId
      return [
        makeResult(
          def,
          'pass',
          resourceOf(pe, RESOURCE_TYPES.privateEndpoint),
          `Workspace ${ws.name} is reachable through approved private endpoint ${resourceName(pe)} in subnet ${resourceName(ok.subnetId)} of virtual network ${resourceName(ok.virtualNetworkId)}.`
        )
      ]
    }
    const texts = links.map(l => (l.kind === 'ok' ? '' : l.text))
    if (links.some(l => l.kind === 'unreadable')) {
      return [
        makeResult(
          def,
          'unknown',
          wsResource,
          `No approved private endpoint of workspace ${ws.name} could be confirmed: ${texts.join(' ')}`
        )
      ]
    }
    return fail(
      `Workspace ${ws.name} has no working private endpoint: ${texts.join('; ')}. Create a new private endpoint and delete the stale connection: ${create}`
    )
  }
)

export const PREREQUISITE_CHECKS: Check[] = [NET_01, NET_02]
