/**
 * RBAC and outbound reads, started by collection as soon as the network
 * target (RBAC) or a relevant subnet (outbound) is known:
 *
 *   target VNet, subnet ─┬─ permissions (logged-in identity) ─┐
 *                        ├─ role assignments (assignedTo) ─── role definitions (each once)
 *                        └─ deny assignments
 *   relevant subnets ─┬─ NSG
 *                     └─ route table ── 0.0.0.0/0 → appliance ── Azure Firewalls of that
 *                                       subscription ── firewall policy (+ parents)
 *                                       (no firewall holds the hop: VNet peerings ── the
 *                                        peered hub's subscription's firewalls, read-hub-firewall.ts)
 *
 * Every failure is recorded in the snapshot, never thrown.
 */
import { createSerializer, type OperationSpec } from '@azure/core-client'
import type { AuthorizationManagementClient } from '@azure/arm-authorization'
import type { NetworkTarget } from '../evaluate/network-target.js'
import type {
  PermissionBlock,
  Read,
  RoleAssignment,
  RoleDefinition,
  Snapshot,
  SnapshotRequest,
  DenyAssignment
} from '../model/snapshot.js'
import { resourceKey } from '../model/snapshot.js'
import type { AzureClients } from './clients.js'
import type { ShareRead } from './known.js'
import type { NetworkReader } from './network-reader.js'
import { readHubFirewalls } from './read-hub-firewall.js'
import {
  toDenyAssignment,
  toPermissionBlock,
  toRoleAssignment,
  toRoleDefinition
} from '../model/normalize-access.js'
import { getRaw, listRaw, mapRead, read, ReadCache, type RawOptions } from './read.js'

export type AccessSnapshot = Pick<
  Snapshot,
  | 'rbacPrincipal'
  | 'permissions'
  | 'roleAssignments'
  | 'roleDefinitions'
  | 'denyAssignments'
  | 'networkSecurityGroups'
  | 'routeTables'
  | 'azureFirewalls'
  | 'firewallPolicies'
>

export interface AccessInput {
  clients: AzureClients
  network: NetworkReader
  request: SnapshotRequest
  /** `oid` of the access token the action signed in with. */
  loginObjectId?: string
  networkTarget: NetworkTarget
  /** Subscription of the workspace: builds the Authorization client for scopes without one. */
  subscriptionId: string
}

/** Whose RBAC is read: `principal-id`, else the identity the action signed in as. */
export function rbacPrincipalOf(
  request: SnapshotRequest,
  loginObjectId: string | undefined
): Snapshot['rbacPrincipal'] {
  return request.principalId
    ? { source: 'input', objectId: request.principalId }
    : { source: 'login', ...(loginObjectId ? { objectId: loginObjectId } : {}) }
}

/** The scopes RBAC is read at: the target VNet and subnet. */
export function rbacScopes(networkTarget: NetworkTarget): string[] {
  return [networkTarget.vnetId, networkTarget.subnetId].filter((s): s is string => !!s)
}

// ---------------------------------------------------------------- RBAC

export async function readRbac(
  input: Pick<AccessInput, 'clients' | 'subscriptionId'> & { share?: ShareRead },
  principal: Snapshot['rbacPrincipal'],
  scopes: string[]
): Promise<
  Pick<Snapshot, 'permissions' | 'roleAssignments' | 'roleDefinitions' | 'denyAssignments'>
> {
  const permissions: Record<string, Read<PermissionBlock[]>> = {}
  const roleAssignments: Record<string, Read<RoleAssignment[]>> = {}
  const denyAssignments: Record<string, Read<DenyAssignment[]>> = {}
  const definitions = new ReadCache<RoleDefinition>()
  const client = (scope: string): Promise<AuthorizationManagementClient> =>
    input.clients.authorization(subscriptionOf(scope) ?? input.subscriptionId)
  const share: ShareRead = input.share ?? ((_key, start) => start())
  const objectId = principal.objectId

  await Promise.all(
    scopes.map(async scope => {
      const key = resourceKey(scope)
      const authz = await client(scope)
      await Promise.all([
        principal.source === 'login'
          ? share(`permissions ${key}`, () => listPermissions(authz, scope)).then(r => {
              permissions[key] = r
            })
          : null,
        // With the logged-in identity, assignments only name the roles behind its permissions.
        objectId
          ? share(`roleAssignments ${key} ${objectId}`, () =>
              listRoleAssignments(authz, scope, objectId)
            ).then(async r => {
              roleAssignments[key] = r
              if (!r.ok) return
              await Promise.all(
                r.value.map(a =>
                  definitions.get(a.roleDefinitionId, () =>
                    share(`roleDefinition ${resourceKey(a.roleDefinitionId)}`, async () =>
                      getRoleDefinition(await client(a.roleDefinitionId), a.roleDefinitionId)
                    )
                  )
                )
              )
            })
          : null,
        share(`denyAssignments ${key}`, () => listDenyAssignments(authz, scope)).then(r => {
          denyAssignments[key] = r
        })
      ])
    })
  )
  return {
    permissions,
    roleAssignments,
    roleDefinitions: await definitions.settled(),
    denyAssignments
  }
}

function subscriptionOf(id: string): string | undefined {
  return /^\/subscriptions\/([^/]+)/i.exec(id)?.[1]
}

/** `{scope}` parameters of the Authorization SDK are inserted unencoded after a `/`: a leading `/` would make `//`. */
function scopeParameter(scope: string): string {
  return scope.replace(/^\/+/, '')
}

const serializer = createSerializer({}, false)
const stringMapper = (serializedName: string) => ({
  serializedName,
  required: true,
  type: { name: 'String' as const }
})
const acceptJson = {
  parameterPath: 'accept',
  mapper: {
    defaultValue: 'application/json',
    isConstant: true,
    serializedName: 'Accept',
    type: { name: 'String' as const }
  }
}

/**
 * `{scope}/providers/Microsoft.Authorization/permissions`. The SDK has
 * `permissions.listForResource(rg, namespace, parentResourcePath, type, name)`,
 * whose path always has a parent segment: for a VNet (no parent) it builds
 * `Microsoft.Network//virtualNetworks/...`. This spec takes the whole scope
 * instead, and is sent with the SDK client (its pipeline: auth, retries).
 */
const permissionsSpec: OperationSpec = {
  path: '/{scope}/providers/Microsoft.Authorization/permissions',
  httpMethod: 'GET',
  responses: { 200: {}, default: {} },
  queryParameters: [
    {
      parameterPath: 'apiVersion',
      mapper: {
        defaultValue: '2022-04-01',
        isConstant: true,
        serializedName: 'api-version',
        type: { name: 'String' }
      }
    }
  ],
  urlParameters: [{ parameterPath: 'scope', mapper: stringMapper('scope'), skipEncoding: true }],
  headerParameters: [acceptJson],
  serializer
}

/** Next pages: ARM's `nextLink` is a full URL with its own query string. */
const nextLinkSpec: OperationSpec = {
  path: '{nextLink}',
  httpMethod: 'GET',
  responses: { 200: {}, default: {} },
  urlParameters: [
    { parameterPath: 'nextLink', mapper: stringMapper('nextLink'), skipEncoding: true }
  ],
  headerParameters: [acceptJson],
  serializer
}

function listPermissions(
  client: AuthorizationManagementClient,
  scope: string
): Promise<Read<PermissionBlock[]>> {
  async function* pages(options: RawOptions): AsyncIterableIterator<unknown> {
    // A 200 body is not deserialized (read.ts): the nextLink comes from the raw body.
    let link: string | undefined
    const raw: RawOptions = {
      ...options,
      onResponse: response => {
        options.onResponse(response)
        link = response.status === 200 ? nextLink(parseJson(response.bodyAsText)) : undefined
      }
    }
    yield await client.sendOperationRequest(
      { scope: scopeParameter(scope), options: raw },
      permissionsSpec
    )
    while (link) {
      const next: string = link
      link = undefined
      yield await client.sendOperationRequest({ nextLink: next, options: raw }, nextLinkSpec)
    }
  }
  return read(() => listRaw(pages)).then(r => mapRead(r, items => items.map(toPermissionBlock)))
}

function parseJson(text: string | null | undefined): unknown {
  try {
    return text ? (JSON.parse(text) as unknown) : undefined
  } catch {
    return undefined
  }
}

function nextLink(body: unknown): string | undefined {
  const link = (body as { nextLink?: unknown } | undefined)?.nextLink
  return typeof link === 'string' && link ? link : undefined
}

function listRoleAssignments(
  client: AuthorizationManagementClient,
  scope: string,
  principalId: string
): Promise<Read<RoleAssignment[]>> {
  // assignedTo() includes the principal's group memberships, unlike `principalId eq`.
  return read(() =>
    listRaw(o =>
      client.roleAssignments
        .listForScope(scopeParameter(scope), { ...o, filter: `assignedTo('${principalId}')` })
        .byPage()
    )
  ).then(r => mapRead(r, items => items.map(toRoleAssignment)))
}

function getRoleDefinition(
  client: AuthorizationManagementClient,
  id: string
): Promise<Read<RoleDefinition>> {
  // getById's `{roleId}` is also inserted after a `/`.
  return read(() => getRaw(o => client.roleDefinitions.getById(scopeParameter(id), o))).then(r =>
    mapRead(r, toRoleDefinition)
  )
}

function listDenyAssignments(
  client: AuthorizationManagementClient,
  scope: string
): Promise<Read<DenyAssignment[]>> {
  return read(() =>
    listRaw(o => client.denyAssignments.listForScope(scopeParameter(scope), o).byPage())
  ).then(r => mapRead(r, items => items.map(toDenyAssignment)))
}

// ---------------------------------------------------------------- outbound

/** A subnet's NSG and route table, and for a forced tunnel the firewalls that may be its next hop. */
export async function readOutbound(network: NetworkReader, subnetId: string): Promise<void> {
  const subnet = await network.subnet(subnetId)
  if (!subnet.ok) return
  const { networkSecurityGroupId, routeTableId } = subnet.value
  await Promise.all([
    networkSecurityGroupId ? network.networkSecurityGroup(networkSecurityGroupId) : null,
    routeTableId ? readForcedTunnel(network, routeTableId, subnetId) : null
  ])
}

async function readForcedTunnel(
  network: NetworkReader,
  routeTableId: string,
  subnetId: string
): Promise<void> {
  const table = await network.routeTable(routeTableId)
  const subscriptionId = subscriptionOf(routeTableId)
  if (!table.ok || !subscriptionId) return
  const hops = table.value.routes
    .filter(r => /^virtualappliance$/i.test(r.nextHopType) && r.nextHopIpAddress)
    .map(r => r.nextHopIpAddress!)
  if (hops.length === 0) return
  const firewalls = await network.azureFirewallsIn(subscriptionId)
  // A hop no firewall here holds may be a hub firewall in a peered VNet's subscription.
  const hub = await readHubFirewalls(network, subnetId, hops, firewalls, subscriptionId)
  const policies = [...(firewalls.ok ? firewalls.value : []), ...hub]
    .filter(f => f.privateIpAddresses.some(ip => hops.includes(ip)))
    .map(f => f.firewallPolicyId)
    .filter((id): id is string => !!id)
  await Promise.all(policies.map(id => readPolicyChain(network, id, 0)))
}

/** A policy and its parents (bounded: a cycle or a deep chain is a broken policy, not a reason to loop). */
async function readPolicyChain(network: NetworkReader, id: string, depth: number): Promise<void> {
  const policy = await network.firewallPolicy(id)
  if (policy.ok && policy.value.basePolicyId && depth < 8) {
    await readPolicyChain(network, policy.value.basePolicyId, depth + 1)
  }
}
