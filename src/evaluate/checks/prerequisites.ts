/**
 * Checklist section "Prerequisites": the workspace is secured with an existing
 * virtual network and subnet (NET-*). RBAC prerequisites live in rbac.ts; the
 * words of each check (title, rationale, fix) in rules/prerequisites.ts.
 */
import type { Read, ReadError, Snapshot } from '../../model/snapshot.js'
import { parentVirtualNetworkId, resourceKey, resourceName } from '../../model/snapshot.js'
import {
  RESOURCE_TYPES,
  equalsIgnoreCase,
  isPublicNetworkAccessDisabled,
  makeResult,
  readProblem,
  resourceGroupOf,
  resourceOf,
  shellArg,
  unreadableResult,
  defineCheck,
  workspaceResource,
  workspaceUnreadable
} from './common.js'
import type { Check, CheckResult, ResultCause, ResultFix } from '../../model/check.js'
import { EMPTY_TEXT, code, concatText, joinText, ours, text, type Text } from '../../model/text.js'
import { resolveNetworkTarget, type NetworkTarget } from '../network-target.js'
import { decideRoutes } from '../route.js'
import { NET_01_RULE, NET_02_RULE, NET_03_RULE } from './rules/prerequisites.js'

export const NET_01: Check = defineCheck(NET_01_RULE, (snapshot, def) => {
  if (!snapshot.workspace.ok) return [workspaceUnreadable(def, snapshot, snapshot.workspace.error)]
  const ws = snapshot.workspace.value
  const resource = workspaceResource(snapshot)
  const { resourceGroup, workspaceName } = snapshot.target
  const disableCommand = `az ml workspace update --resource-group ${shellArg(resourceGroup)} --name ${shellArg(workspaceName)} --public-network-access Disabled`
  const clearFlagCommand = `az resource update --ids ${shellArg(ws.id)} --set properties.allowPublicAccessWhenBehindVnet=false`
  const publicDisabled = isPublicNetworkAccessDisabled(ws.publicNetworkAccess)
  const allowBehindVnet = ws.allowPublicAccessWhenBehindVnet === true

  if (publicDisabled && !allowBehindVnet) {
    return [
      makeResult(
        def,
        'pass',
        resource,
        text`Workspace \`${ws.name}\` has public network access Disabled and does not allow public access when behind a virtual network.`
      )
    ]
  }
  const problems: Text[] = []
  const actions: Text[] = []
  const commands: string[] = []
  if (!publicDisabled) {
    problems.push(
      ws.publicNetworkAccess === undefined
        ? text`does not set \`publicNetworkAccess\`, so the service default (Enabled) applies and it accepts traffic from the public internet`
        : text`has \`publicNetworkAccess\` \`${ws.publicNetworkAccess}\`, so it accepts traffic from the public internet`
    )
    actions.push(text`disable public network access`)
    commands.push(disableCommand)
  }
  if (allowBehindVnet) {
    problems.push(
      text`has \`allowPublicAccessWhenBehindVnet\` set to true, which lets public traffic in${publicDisabled ? text` even though \`publicNetworkAccess\` is Disabled` : EMPTY_TEXT}`
    )
    actions.push(text`set \`allowPublicAccessWhenBehindVnet\` to false`)
    commands.push(clearFlagCommand)
  }
  return [
    makeResult(
      def,
      'fail',
      resource,
      text`Workspace \`${ws.name}\` ${joinText(problems, ' and ')}. To close it, ${joinText(actions, ', then ')}.`,
      { remedy: { commands } }
    )
  ]
})

/** What following one approved connection to its PE, subnet and VNet found. */
type Link =
  | { kind: 'ok'; privateEndpointId: string; subnetId: string; virtualNetworkId: string }
  | { kind: 'gone'; text: Text; connectionId: string }
  | { kind: 'unreadable'; text: Text; cause?: ResultCause; command?: string }

const NOT_COLLECTED = ours(
  'was referenced but not read (a bug in aml-inference-guard: please report it with the JSON report attached)'
)

function lookup<T>(map: Record<string, Read<T>>, id: string): Read<T> | undefined {
  return map[resourceKey(id)]
}

/** The command that shows a resource as Azure returns it: what a bug report needs. */
function showCommand(id: string): string {
  return `az resource show --ids ${shellArg(id)}`
}

/** Classifies a failed or missing read of `what` (e.g. "private endpoint `pe-1`"). */
function brokenLink(
  read: { ok: false; error: ReadError } | undefined,
  what: Text,
  id: string,
  goneText: Text,
  connectionId: string
): Link {
  if (read === undefined) {
    return { kind: 'unreadable', text: text`${what} ${NOT_COLLECTED}.`, command: showCommand(id) }
  }
  if (read.error.status === 404) return { kind: 'gone', text: goneText, connectionId }
  const { detail, cause } = readProblem(what, id, read.error)
  return { kind: 'unreadable', text: detail, cause }
}

interface Connection {
  id: string
  name: string
  privateEndpointId?: string
}

function followConnection(snapshot: Snapshot, connection: Connection): Link {
  const { name: connectionName, privateEndpointId } = connection
  if (!privateEndpointId) {
    return {
      kind: 'unreadable',
      text: text`Approved connection \`${connectionName}\` names no private endpoint, so the endpoint could not be followed; check the connection on the workspace's Networking page (Private endpoint connections) in the Azure portal.`,
      command: showCommand(connection.id)
    }
  }
  const peName = resourceName(privateEndpointId)
  const pe = lookup(snapshot.privateEndpoints, privateEndpointId)
  if (!pe?.ok) {
    return brokenLink(
      pe,
      text`private endpoint \`${peName}\``,
      privateEndpointId,
      text`private endpoint \`${peName}\` no longer exists (its connection \`${connectionName}\` is still listed as Approved)`,
      connection.id
    )
  }
  const subnetId = pe.value.subnetId
  if (!subnetId) {
    return {
      kind: 'unreadable',
      text: text`Private endpoint \`${peName}\` reports no subnet, so its network could not be checked; the command shows what Azure returns for it.`,
      command: `az network private-endpoint show --ids ${shellArg(privateEndpointId)} --query subnet`
    }
  }
  const subnetName = resourceName(subnetId)
  const subnet = lookup(snapshot.subnets, subnetId)
  if (!subnet?.ok) {
    return brokenLink(
      subnet,
      text`subnet \`${subnetName}\``,
      subnetId,
      text`subnet \`${subnetName}\` of private endpoint \`${peName}\` no longer exists`,
      connection.id
    )
  }
  const vnetId = parentVirtualNetworkId(subnetId)
  if (!vnetId) {
    return {
      kind: 'unreadable',
      text: text`Private endpoint \`${peName}\` is in \`${subnetId}\`, which is not a virtual network subnet id; the command shows what Azure returns for the private endpoint.`,
      command: showCommand(privateEndpointId)
    }
  }
  const vnetName = resourceName(vnetId)
  const vnet = lookup(snapshot.virtualNetworks, vnetId)
  if (!vnet?.ok) {
    return brokenLink(
      vnet,
      text`virtual network \`${vnetName}\``,
      vnetId,
      text`virtual network \`${vnetName}\` (of subnet \`${subnetName}\`, private endpoint \`${peName}\`) no longer exists`,
      connection.id
    )
  }
  return { kind: 'ok', privateEndpointId, subnetId, virtualNetworkId: vnetId }
}

/**
 * The command that creates the workspace's private endpoint, in `subnetId` when one is
 * known (else in a subnet of `vnetId`, else a placeholder network). The endpoint's name is
 * ours to choose; only the network may be unknown, and then `placeholders` says so.
 */
function createEndpointFix(
  snapshot: Snapshot,
  network: { subnetId?: string; vnetId?: string } = {}
): ResultFix {
  const { resourceGroup, workspaceId, workspaceName } = snapshot.target
  const name = `${workspaceName}-pe`
  const { subnetId, vnetId } = network
  const subnet = subnetId
    ? `--subnet ${shellArg(subnetId)}`
    : vnetId
      ? `--subnet ${shellArg(vnetId)}/subnets/<subnet>`
      : '--vnet-name <vnet> --subnet <subnet>'
  const command = `az network private-endpoint create --name ${shellArg(name)} --resource-group ${shellArg(resourceGroup)} ${subnet} --private-connection-resource-id ${shellArg(workspaceId)} --group-id amlworkspace --connection-name ${shellArg(name)}`
  if (subnetId) return { commands: [command] }
  const placeholders = vnetId
    ? text`\`<subnet>\` is the name of the subnet of virtual network \`${resourceName(vnetId)}\` the clients reach the workspace from (${code(subnetListCommand(vnetId, 'name'))} lists them); set the \`subnet-id\` input and this command names it.`
    : text`\`<vnet>\` and \`<subnet>\` are the virtual network and subnet, in resource group \`${resourceGroup}\`, the clients reach the workspace from; set the \`subnet-id\` input and this command names them.`
  return { commands: [command], placeholders }
}

/** The network the create command should use: the target's, unless it is the stale one. */
function targetNetwork(snapshot: Snapshot): { subnetId?: string; vnetId?: string } {
  const target = resolveNetworkTarget(snapshot)
  if (target.source === 'private-endpoint') return {}
  return {
    ...(target.subnetId ? { subnetId: target.subnetId } : {}),
    ...(target.vnetId ? { vnetId: target.vnetId } : {})
  }
}

/**
 * The workspace has no working approved private endpoint: NET-02 fails on it, NET-03 finds
 * no network and the RBAC checks have no scope. One endpoint fixes all of them.
 */
function noPrivateEndpointCause(snapshot: Snapshot): ResultCause {
  const { workspaceId, workspaceName } = snapshot.target
  return {
    key: `no-private-endpoint:${workspaceId.toLowerCase()}`,
    summary: text`Workspace \`${workspaceName}\` has no working approved private endpoint in a virtual network.`,
    action: text`Give workspace \`${workspaceName}\` an approved private endpoint in the subnet its clients use; the network and RBAC checks then use its virtual network.`,
    fix: createEndpointFix(snapshot, targetNetwork(snapshot))
  }
}

export const NET_02: Check = defineCheck(NET_02_RULE, (snapshot, def) => {
  if (!snapshot.workspace.ok) return [workspaceUnreadable(def, snapshot, snapshot.workspace.error)]
  const ws = snapshot.workspace.value
  const wsResource = workspaceResource(snapshot)
  const create = createEndpointFix(snapshot, targetNetwork(snapshot))
  const cause = noPrivateEndpointCause(snapshot)
  const fail = (detail: Text, remedy: ResultFix): CheckResult[] => [
    makeResult(def, 'fail', wsResource, detail, { remedy, cause })
  ]

  const connections = ws.privateEndpointConnections
  if (connections.length === 0) {
    return fail(
      text`Workspace \`${ws.name}\` has no private endpoint connections, so clients in the virtual network cannot reach it privately.`,
      create
    )
  }
  const approved = connections.filter(c => equalsIgnoreCase(c.status, 'Approved'))
  if (approved.length === 0) {
    const statuses = joinText(
      connections.map(c => text`\`${c.name}\`: ${c.status ?? ours('no status')}`),
      ', '
    )
    const pending = connections.filter(c => equalsIgnoreCase(c.status, 'Pending'))
    const approve = pending.map(
      c =>
        `az resource update --ids ${shellArg(c.id)} --set properties.privateLinkServiceConnectionState.status=Approved`
    )
    return fail(
      text`Workspace \`${ws.name}\` has ${connections.length} private endpoint connection(s) but none is Approved (${statuses}). ${
        pending.length > 0
          ? text`Approve a pending connection you trust (the first command), or create a new private endpoint.`
          : text`Create a new private endpoint.`
      }`,
      { ...create, commands: [...approve, ...create.commands] }
    )
  }

  const links = approved.map(c => followConnection(snapshot, c))
  const ok = links.find(l => l.kind === 'ok')
  if (ok) {
    const pe = ok.privateEndpointId
    return [
      makeResult(
        def,
        'pass',
        resourceOf(pe, RESOURCE_TYPES.privateEndpoint),
        text`Workspace \`${ws.name}\` is reachable through approved private endpoint \`${resourceName(pe)}\` in subnet \`${resourceName(ok.subnetId)}\` of virtual network \`${resourceName(ok.virtualNetworkId)}\`.`
      )
    ]
  }
  const broken = links.filter(l => l.kind !== 'ok')
  const unreadable = broken.filter(l => l.kind === 'unreadable')
  if (unreadable.length > 0) {
    const sentences = broken.map(l => (l.kind === 'gone' ? text`${capitalized(l.text)}.` : l.text))
    const readCause = unreadable.find(l => l.cause)?.cause
    const commands = unreadable.flatMap(l => (l.command ? [l.command] : []))
    return [
      makeResult(
        def,
        'unknown',
        wsResource,
        text`No approved private endpoint of workspace \`${ws.name}\` could be confirmed: ${joinText(sentences, ' ')}`,
        {
          ...(commands.length > 0 ? { remedy: { commands } } : {}),
          ...(readCause ? { cause: readCause } : {})
        }
      )
    ]
  }
  const gone = broken.filter(l => l.kind === 'gone')
  return fail(
    text`Workspace \`${ws.name}\` has no working private endpoint: ${joinText(
      gone.map(l => l.text),
      '; '
    )}. The commands create a new private endpoint and delete the stale connection.`,
    {
      ...create,
      commands: [
        ...create.commands,
        ...gone.map(l => `az resource delete --ids ${shellArg(l.connectionId)}`)
      ]
    }
  )
})

/** `Private endpoint …` from `private endpoint …`: our words start every clause the link builds. */
function capitalized(t: Text): Text {
  const [first, ...rest] = t
  if (typeof first !== 'string') return t
  return concatText(ours(first.charAt(0).toUpperCase() + first.slice(1)), rest as unknown as Text)
}

interface UnreadEndpoint {
  id: string
  /** Absent when the endpoint was never read (a collection bug). */
  cause?: ResultCause
}

/** VNets of the workspace's readable private endpoints, and the endpoints that could not be read. */
function privateEndpointNetworks(snapshot: Snapshot): {
  vnetIds: string[]
  unreadable: UnreadEndpoint[]
} {
  if (!snapshot.workspace.ok) return { vnetIds: [], unreadable: [] }
  const vnetIds: string[] = []
  const unreadable: UnreadEndpoint[] = []
  for (const c of snapshot.workspace.value.privateEndpointConnections) {
    if (!c.privateEndpointId) continue
    const pe = lookup(snapshot.privateEndpoints, c.privateEndpointId)
    if (pe?.ok) {
      const vnet = pe.value.subnetId ? parentVirtualNetworkId(pe.value.subnetId) : undefined
      if (vnet) vnetIds.push(vnet)
    } else if (pe === undefined) {
      unreadable.push({ id: c.privateEndpointId })
    } else if (pe.error.status !== 404) {
      const what = text`private endpoint \`${resourceName(c.privateEndpointId)}\``
      unreadable.push({
        id: c.privateEndpointId,
        cause: readProblem(what, c.privateEndpointId, pe.error).cause
      })
    }
  }
  return { vnetIds, unreadable }
}

/** `private endpoint(s) \`a\`, \`b\`` */
function endpointNames(unreadable: UnreadEndpoint[]): Text {
  return joinText(
    unreadable.map(u => code(resourceName(u.id))),
    ', '
  )
}

/** What to do about endpoints that could not be read: the read's cause, or the command for a bug report. */
function unreadEndpointsExtras(unreadable: UnreadEndpoint[]): {
  cause?: ResultCause
  remedy?: ResultFix
} {
  const cause = unreadable.find(u => u.cause)?.cause
  if (cause) return { cause }
  return { remedy: { commands: unreadable.map(u => showCommand(u.id)) } }
}

/**
 * Why no network secures the workspace, when it is one thing other checks share: the
 * workspace or its private endpoint could not be read, or it has no working one.
 * The RBAC checks take it for their "no virtual network" results.
 */
export function missingNetworkCause(snapshot: Snapshot): ResultCause | undefined {
  if (!snapshot.workspace.ok) {
    const { workspaceName, workspaceId } = snapshot.target
    return readProblem(text`workspace \`${workspaceName}\``, workspaceId, snapshot.workspace.error)
      .cause
  }
  const unreadable = privateEndpointNetworks(snapshot).unreadable
  if (unreadable.length > 0) return unreadEndpointsExtras(unreadable).cause
  // A readable approved endpoint without a subnet is NET-02's unknown, not a missing endpoint.
  const readable = snapshot.workspace.value.privateEndpointConnections.some(
    c =>
      equalsIgnoreCase(c.status, 'Approved') &&
      c.privateEndpointId &&
      lookup(snapshot.privateEndpoints, c.privateEndpointId)?.ok
  )
  return readable ? undefined : noPrivateEndpointCause(snapshot)
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

const SOURCE_TEXT: Record<NetworkTarget['source'], Text> = {
  input: text`named by the \`vnet-id\` / \`subnet-id\` inputs`,
  'private-endpoint': text`discovered from the workspace's private endpoint`,
  'node-pool': text`discovered from the attached AKS cluster's node pools`,
  none: text`not found`
}

/** Lists the subnets of a virtual network (their ids or names). */
export function subnetListCommand(vnetId: string, field: 'id' | 'name'): string {
  return `az network vnet subnet list --resource-group ${shellArg(resourceGroupOf(vnetId) ?? '')} --vnet-name ${shellArg(resourceName(vnetId))} --query "[].${field}" -o tsv`
}

/** Lists the networks (or the subnets of the network) the identity can see, to correct an input. */
function listNetworksCommand(what: 'subnet' | 'virtual network', id: string): string {
  const vnetId = parentVirtualNetworkId(id)
  return what === 'subnet' && vnetId
    ? subnetListCommand(vnetId, 'id')
    : 'az network vnet list --query "[].id" -o tsv'
}

export const NET_03: Check = defineCheck(NET_03_RULE, (snapshot, def) => {
  const target = resolveNetworkTarget(snapshot)
  const wsResource = workspaceResource(snapshot)
  const pe = privateEndpointNetworks(snapshot)
  const nodePools = nodePoolNetworks(snapshot)
  const { workspaceName } = snapshot.target

  if (target.source === 'none' || !target.vnetId) {
    if (!snapshot.workspace.ok)
      return [workspaceUnreadable(def, snapshot, snapshot.workspace.error)]
    if (pe.unreadable.length > 0) {
      return [
        makeResult(
          def,
          'unknown',
          wsResource,
          text`No virtual network could be discovered: private endpoint(s) ${endpointNames(pe.unreadable)} of workspace \`${workspaceName}\` could not be read. Naming the network with the \`vnet-id\` and \`subnet-id\` inputs also avoids the read.`,
          unreadEndpointsExtras(pe.unreadable)
        )
      ]
    }
    const kubernetes = decideRoutes(snapshot).routes.includes('kubernetes')
    return [
      makeResult(
        def,
        'fail',
        wsResource,
        text`No virtual network and subnet secure workspace \`${workspaceName}\`: the \`vnet-id\` and \`subnet-id\` inputs are empty and the workspace has no private endpoint in a subnet${kubernetes ? text`, nor an attached AKS cluster with node pools in a subnet` : EMPTY_TEXT}. Create a private endpoint for the workspace, or set \`vnet-id\` and \`subnet-id\`.`,
        { remedy: createEndpointFix(snapshot), cause: noPrivateEndpointCause(snapshot) }
      )
    ]
  }

  const vnetId = target.vnetId
  const subnetId = target.subnetId
  const how = SOURCE_TEXT[target.source]
  const checks: Array<['subnet' | 'virtual network', string, Read<unknown> | undefined]> = [
    ...(subnetId
      ? [
          ['subnet', subnetId, lookup(snapshot.subnets, subnetId)] as [
            'subnet',
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
        makeResult(
          def,
          'unknown',
          resource,
          text`The ${ours(what)} \`${resource.name}\` ${NOT_COLLECTED}.`,
          { remedy: { commands: [showCommand(id)] } }
        )
      ]
    }
    if (!read.ok && read.error.status === 404) {
      const stale = target.source === 'private-endpoint'
      return [
        makeResult(
          def,
          'fail',
          resource,
          text`The ${ours(what)} \`${id}\` (${how}) does not exist. ${
            stale
              ? text`Replace the stale private endpoint (NET-02): create a new one in a subnet that exists.`
              : target.source === 'input'
                ? text`Correct the input; the command lists the ones the identity can see.`
                : text`Check the cluster's node pools; the command lists the ones the identity can see.`
          }`,
          {
            remedy: stale
              ? createEndpointFix(snapshot)
              : { commands: [listNetworksCommand(what, id)] }
          }
        )
      ]
    }
    if (!read.ok) {
      return [
        unreadableResult(def, resource, text`${ours(what)} \`${resource.name}\``, id, read.error)
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
            text`Whether virtual network \`${vnetName}\` holds the workspace's private endpoint is unknown: private endpoint(s) ${endpointNames(pe.unreadable)} could not be read.`,
            unreadEndpointsExtras(pe.unreadable)
          )
        ]
      }
      const where =
        allowed.length === 0
          ? text`workspace \`${workspaceName}\` has no private endpoint in any virtual network (NET-02)`
          : text`the workspace's private endpoint${nodePools.length > 0 ? ' or node pools' : ''} live in ${joinText(
              [...new Set(allowed.map(resourceName))].map(code),
              ', '
            )}`
      const first = allowed[0]
      return [
        makeResult(
          def,
          'fail',
          resource,
          text`Virtual network \`${vnetName}\` (${how}) exists, but it is not where the workspace is reached privately: ${where}. Set \`vnet-id\`/\`subnet-id\` to the private endpoint's network${first ? text` (\`${first}\`)` : EMPTY_TEXT}, or create a private endpoint for the workspace in \`${vnetName}\` (the command).`,
          {
            remedy: createEndpointFix(snapshot, {
              ...(subnetId ? { subnetId } : {}),
              vnetId
            })
          }
        )
      ]
    }
  }
  const subnetText = subnetId
    ? text`subnet \`${resourceName(subnetId)}\` of virtual network \`${vnetName}\``
    : text`virtual network \`${vnetName}\` (no subnet named: set \`subnet-id\` so subnet-level RBAC and outbound checks have one)`
  return [
    makeResult(
      def,
      'pass',
      resource,
      text`The workspace is secured by ${subnetText}, ${how}; it exists${target.source === 'input' ? text` and holds the workspace's private endpoint` : EMPTY_TEXT}. RBAC and outbound checks are evaluated against it.`
    )
  ]
})

export const PREREQUISITE_CHECKS: Check[] = [NET_01, NET_02, NET_03]
