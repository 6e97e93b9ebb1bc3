/**
 * Checklist section "Prerequisites": the workspace is secured with an existing
 * virtual network and subnet (NET-*). RBAC prerequisites live in rbac.ts; the
 * words of each check (title, rationale, fix) in rules/prerequisites.ts.
 */
import type { Read, ReadError, Snapshot, Workspace } from '../../model/snapshot.js'
import { parentVirtualNetworkId, resourceKey, resourceName } from '../../model/snapshot.js'
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
import type { Check, CheckResult } from '../../model/check.js'
import { resolveNetworkTarget, type NetworkTarget } from '../network-target.js'
import { decideRoutes } from '../route.js'
import { NET_01_RULE, NET_02_RULE, NET_03_RULE } from './rules/prerequisites.js'

export const NET_01: Check = defineCheck(NET_01_RULE, (snapshot, def) => {
  if (!snapshot.workspace.ok) return [workspaceUnreadable(def, snapshot, snapshot.workspace.error)]
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
})

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

export const NET_02: Check = defineCheck(NET_02_RULE, (snapshot, def) => {
  if (!snapshot.workspace.ok) return [workspaceUnreadable(def, snapshot, snapshot.workspace.error)]
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
})

/** VNets of the workspace's readable private endpoints, and the endpoints that could not be read. */
function privateEndpointNetworks(snapshot: Snapshot): { vnetIds: string[]; unreadable: string[] } {
  if (!snapshot.workspace.ok) return { vnetIds: [], unreadable: [] }
  const vnetIds: string[] = []
  const unreadable: string[] = []
  for (const c of snapshot.workspace.value.privateEndpointConnections) {
    if (!c.privateEndpointId) continue
    const pe = lookup(snapshot.privateEndpoints, c.privateEndpointId)
    if (pe?.ok) {
      const vnet = pe.value.subnetId ? parentVirtualNetworkId(pe.value.subnetId) : undefined
      if (vnet) vnetIds.push(vnet)
    } else if (pe === undefined || pe.error.status !== 404) {
      unreadable.push(resourceName(c.privateEndpointId))
    }
  }
  return { vnetIds, unreadable }
}

/** VNets of the attached AKS clusters' node pools (the Kubernetes route's network). */
function nodePoolNetworks(snapshot: Snapshot): string[] {
  if (!decideRoutes(snapshot).routes.includes('kubernetes') || !snapshot.computes.ok) return []
  return snapshot.computes.value.flatMap(c => {
    const cluster = c.resourceId ? lookup(snapshot.managedClusters, c.resourceId) : undefined
    if (!cluster?.ok) return []
    return cluster.value.agentPools.flatMap(p => {
      const vnet = p.vnetSubnetId ? parentVirtualNetworkId(p.vnetSubnetId) : undefined
      return vnet ? [vnet] : []
    })
  })
}

const SOURCE_TEXT: Record<NetworkTarget['source'], string> = {
  input: 'named by the `vnet-id` / `subnet-id` inputs',
  'private-endpoint': "discovered from the workspace's private endpoint",
  'node-pool': "discovered from the attached AKS cluster's node pools",
  none: 'not found'
}

export const NET_03: Check = defineCheck(NET_03_RULE, (snapshot, def) => {
  const target = resolveNetworkTarget(snapshot)
  const wsResource = workspaceResource(snapshot)
  const pe = privateEndpointNetworks(snapshot)
  const nodePools = nodePoolNetworks(snapshot)
  const { resourceGroup, workspaceName } = snapshot.target

  if (target.source === 'none' || !target.vnetId) {
    if (!snapshot.workspace.ok)
      return [workspaceUnreadable(def, snapshot, snapshot.workspace.error)]
    if (pe.unreadable.length > 0) {
      return [
        makeResult(
          def,
          'unknown',
          wsResource,
          `No virtual network could be discovered: private endpoint(s) ${pe.unreadable.join(', ')} of workspace ${workspaceName} could not be read (NET-02 says why). Grant Reader on their resource group, or name the network with the \`vnet-id\` and \`subnet-id\` inputs.`
        )
      ]
    }
    return [
      makeResult(
        def,
        'fail',
        wsResource,
        `No virtual network and subnet secure workspace ${workspaceName}: the \`vnet-id\` and \`subnet-id\` inputs are empty and the workspace has no private endpoint in a subnet${decideRoutes(snapshot).routes.includes('kubernetes') ? ', nor an attached AKS cluster with node pools in a subnet' : ''}. ` +
          `Fix: ${createEndpointCommand(snapshot.workspace.value, resourceGroup)} , or set \`vnet-id\` and \`subnet-id\`.`
      )
    ]
  }

  const vnetId = target.vnetId
  const subnetId = target.subnetId
  const how = SOURCE_TEXT[target.source]
  const checks: Array<[string, string, Read<unknown> | undefined]> = [
    ...(subnetId
      ? [
          ['subnet', subnetId, lookup(snapshot.subnets, subnetId)] as [
            string,
            string,
            Read<unknown> | undefined
          ]
        ]
      : []),
    ['virtual network', vnetId, lookup(snapshot.virtualNetworks, vnetId)]
  ]
  for (const [what, id, read] of checks) {
    const resource = resourceOf(
      id,
      what === 'subnet' ? RESOURCE_TYPES.subnet : RESOURCE_TYPES.virtualNetwork
    )
    if (read === undefined) {
      return [
        makeResult(def, 'unknown', resource, `The ${what} ${resource.name} ${NOT_COLLECTED}.`)
      ]
    }
    if (!read.ok && read.error.status === 404) {
      return [
        makeResult(
          def,
          'fail',
          resource,
          `The ${what} ${id} (${how}) does not exist. Fix: ${target.source === 'input' ? 'correct the input (az network vnet list --query "[].id" -o tsv lists the networks you can see)' : 'replace the stale private endpoint (NET-02)'}.`
        )
      ]
    }
    if (!read.ok) {
      return [
        makeResult(
          def,
          'unknown',
          resource,
          unreadableDetail(`${what} ${resource.name}`, resourceGroupOf(id), read.error)
        )
      ]
    }
  }

  const resource = subnetId
    ? resourceOf(subnetId, RESOURCE_TYPES.subnet)
    : resourceOf(vnetId, RESOURCE_TYPES.virtualNetwork)
  const vnetName = resourceName(vnetId)
  if (target.source === 'input') {
    const allowed = [...pe.vnetIds, ...nodePools]
    if (!allowed.some(id => equalsIgnoreCase(id, vnetId))) {
      if (allowed.length === 0 && pe.unreadable.length > 0) {
        return [
          makeResult(
            def,
            'unknown',
            resource,
            `Whether virtual network ${vnetName} holds the workspace's private endpoint is unknown: private endpoint(s) ${pe.unreadable.join(', ')} could not be read (NET-02 says why).`
          )
        ]
      }
      const where =
        allowed.length === 0
          ? `workspace ${workspaceName} has no private endpoint in any virtual network (NET-02)`
          : `the workspace's private endpoint${nodePools.length > 0 ? ' or node pools' : ''} live in ${[...new Set(allowed.map(resourceName))].join(', ')}`
      return [
        makeResult(
          def,
          'fail',
          resource,
          `Virtual network ${vnetName} (${how}) exists, but it is not where the workspace is reached privately: ${where}. ` +
            `Fix: set \`vnet-id\`/\`subnet-id\` to the private endpoint's network${allowed[0] ? ` (${allowed[0]})` : ''}, or create a private endpoint for the workspace in ${vnetName}: ${snapshot.workspace.ok ? createEndpointCommand(snapshot.workspace.value, resourceGroup) : 'az network private-endpoint create ...'}`
        )
      ]
    }
  }
  const subnetText = subnetId
    ? `subnet ${resourceName(subnetId)} of virtual network ${vnetName}`
    : `virtual network ${vnetName} (no subnet named: set \`subnet-id\` so subnet-level RBAC and outbound checks have one)`
  return [
    makeResult(
      def,
      'pass',
      resource,
      `The workspace is secured by ${subnetText}, ${how}; it exists${target.source === 'input' ? " and holds the workspace's private endpoint" : ''}. RBAC and outbound checks are evaluated against it.`
    )
  ]
})

export const PREREQUISITE_CHECKS: Check[] = [NET_01, NET_02, NET_03]
