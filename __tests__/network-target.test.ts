import { describe, expect, it } from '@jest/globals'
import { egressSubnets, resolveNetworkTarget } from '../src/evaluate/network-target.js'
import type { Compute, Snapshot, Workspace } from '../src/model/snapshot.js'
import { plainText } from '../src/model/text.js'
import {
  dependencyId,
  failed,
  keyed,
  ok,
  secureSnapshot,
  subnetId as subnetIdOf,
  workspace
} from './checks/fixtures.js'
import {
  clusterId,
  computeId,
  kubernetesCompute,
  kubernetesSnapshot,
  managedCluster
} from './checks/route-fixtures.js'

const base = secureSnapshot()
const peSubnet = Object.values(base.privateEndpoints).flatMap(r =>
  r.ok ? [r.value.subnetId] : []
)[0]!

describe('resolveNetworkTarget', () => {
  it("discovers the VNet and subnet from the workspace's private endpoint", () => {
    const target = resolveNetworkTarget(base)
    expect(target.source).toBe('private-endpoint')
    expect(target.subnetId).toBe(peSubnet)
    expect(target.vnetId).toBe(peSubnet.replace(/\/subnets\/[^/]+$/, ''))
    expect(target.relevantSubnetIds).toEqual([peSubnet])
    // A private endpoint's subnet only receives: its NSG and route table are not read.
    expect(target.egressSubnetIds).toEqual([])
  })

  it('prefers the inputs, implies the VNet of a named subnet, and keeps PE subnets relevant', () => {
    const subnetId = peSubnet.replace(/subnets\/[^/]+$/, 'subnets/snet-inference')
    const snapshot: Snapshot = { ...base, request: { ...base.request, subnetId } }
    const target = resolveNetworkTarget(snapshot)
    expect(target).toEqual({
      source: 'input',
      subnetId,
      vnetId: peSubnet.replace(/\/subnets\/[^/]+$/, ''),
      relevantSubnetIds: [subnetId, peSubnet],
      egressSubnetIds: [subnetId]
    })
  })

  it('says nothing was found when there is no input and no readable private endpoint', () => {
    const snapshot: Snapshot = { ...base, privateEndpoints: {} }
    expect(resolveNetworkTarget(snapshot)).toEqual({
      source: 'none',
      relevantSubnetIds: [],
      egressSubnetIds: []
    })
  })
})

describe('resolveNetworkTarget on the Kubernetes route', () => {
  const pool = peSubnet.replace(/subnets\/[^/]+$/, 'subnets/snet-aks')

  it('adds node pool subnets to the relevant subnets, after the private endpoint', () => {
    const snapshot = kubernetesSnapshot({
      managedClusters: keyed([
        [clusterId(), ok(managedCluster({ agentPools: [{ name: 'np1', vnetSubnetId: pool }] }))]
      ])
    })
    const target = resolveNetworkTarget(snapshot)
    expect(target.source).toBe('private-endpoint')
    expect(target.relevantSubnetIds).toEqual([peSubnet, pool])
    expect(target.egressSubnetIds).toEqual([pool])
  })

  it("uses the node pool subnet ('node-pool') when there is no private endpoint", () => {
    const snapshot: Snapshot = {
      ...kubernetesSnapshot({
        managedClusters: keyed([
          [clusterId(), ok(managedCluster({ agentPools: [{ name: 'np1', vnetSubnetId: pool }] }))]
        ])
      }),
      privateEndpoints: {}
    }
    expect(resolveNetworkTarget(snapshot)).toEqual({
      source: 'node-pool',
      subnetId: pool,
      vnetId: pool.replace(/\/subnets\/[^/]+$/, ''),
      relevantSubnetIds: [pool],
      egressSubnetIds: [pool]
    })
  })

  it('ignores node pools on the managed route and when the route fields are not given', () => {
    const k8s = kubernetesSnapshot()
    const managed: Snapshot = { ...k8s, request: { ...k8s.request, route: 'managed' } }
    expect(resolveNetworkTarget(managed).relevantSubnetIds).toEqual([peSubnet])
    const { request, workspace, privateEndpoints } = k8s
    expect(
      resolveNetworkTarget({ request, workspace, privateEndpoints }).relevantSubnetIds
    ).toEqual([peSubnet])
  })
})

describe('resolveNetworkTarget and connection status', () => {
  it('ignores private endpoints whose connection is not approved', () => {
    if (!base.workspace.ok) throw new Error('fixture workspace must be readable')
    const pending = base.workspace.value.privateEndpointConnections.map(c => ({
      ...c,
      status: 'Pending'
    }))
    const snapshot: Snapshot = {
      ...base,
      workspace: {
        ok: true,
        value: { ...base.workspace.value, privateEndpointConnections: pending }
      }
    }
    expect(resolveNetworkTarget(snapshot)).toMatchObject({ source: 'none', relevantSubnetIds: [] })
  })
})

/**
 * egressSubnets: the subnets outbound image traffic really leaves from.
 * - A private endpoint's NIC starts no connections, and managed online deployments egress from
 *   the workspace's managed network (https://learn.microsoft.com/azure/machine-learning/how-to-managed-network).
 * - The image-build compute builds every environment image; serverless builds work only when the
 *   registry is not network restricted
 *   (https://learn.microsoft.com/azure/machine-learning/how-to-secure-workspace-vnet#enable-azure-container-registry-acr).
 * - Its subnet is `properties.properties.subnet.id` of the compute (AmlComputeProperties.subnet,
 *   specification/machinelearningservices/.../stable/2025-09-01/machineLearningServices.json).
 */
describe('egressSubnets', () => {
  const buildSubnet = subnetIdOf('snet-build')
  const inputSubnet = subnetIdOf('snet-inference')
  const pool = subnetIdOf('snet-inference')
  const registry = (publicNetworkAccess: string): Partial<Snapshot> => ({
    containerRegistries: keyed([
      [
        dependencyId('registry'),
        ok({
          id: dependencyId('registry'),
          name: 'testworkspaceacr',
          sku: 'Premium',
          publicNetworkAccess,
          privateEndpointConnections: []
        })
      ]
    ])
  })
  const cluster: Compute = {
    id: computeId('cpu-cluster'),
    name: 'cpu-cluster',
    computeType: 'AmlCompute',
    provisioningState: 'Succeeded',
    subnetId: buildSubnet
  }
  const noManagedNetwork = { managedNetwork: undefined }
  const ws = (o: Partial<Workspace>): Partial<Snapshot> => ({ workspace: ok(workspace(o)) })
  const withInput = (s: Snapshot): Snapshot => ({
    ...s,
    request: { ...s.request, subnetId: inputSubnet }
  })

  it.each<[string, Snapshot, Array<[string, string]>, RegExp | undefined]>([
    [
      'Kubernetes route: the node pools (de-duplicated)',
      kubernetesSnapshot(),
      [[pool, 'node-pool']],
      undefined
    ],
    [
      'managed route, no subnet-id: none',
      secureSnapshot(),
      [],
      /Managed online deployments do not send traffic from your virtual network.*MOE-04, MOE-06 and OUT-03/
    ],
    [
      'managed route with subnet-id: the input',
      withInput(secureSnapshot()),
      [[inputSubnet, 'input']],
      undefined
    ],
    [
      'private registry with an image-build compute: its subnet',
      secureSnapshot({
        ...registry('Disabled'),
        ...ws({ imageBuildCompute: 'cpu-cluster', ...noManagedNetwork }),
        computes: ok([cluster])
      }),
      [[buildSubnet, 'image-build-compute']],
      undefined
    ],
    [
      'mixed routes: input, node pools and the image-build compute',
      withInput({
        ...kubernetesSnapshot({
          ...registry('Disabled'),
          ...ws({ imageBuildCompute: 'cpu-cluster' }),
          computes: ok([kubernetesCompute(), cluster])
        }),
        request: { route: 'both', deploymentMethod: 'cli' }
      }),
      [
        [inputSubnet, 'input'],
        [buildSubnet, 'image-build-compute']
      ],
      undefined
    ],
    [
      'an image-build compute outside your network (managed network): none',
      secureSnapshot({
        ...ws({ imageBuildCompute: 'cpu-cluster' }),
        computes: ok([{ ...cluster, subnetId: undefined }])
      }),
      [],
      /Image-build compute cpu-cluster is not in a subnet of yours/
    ]
  ])('%s', (_name, snapshot, expected, reason) => {
    const egress = egressSubnets(snapshot)
    expect(egress.subnets.map(s => [s.id, s.source])).toEqual(expected)
    if (reason) {
      expect(egress.none?.outcome).toBe('skipped')
      expect(plainText(egress.none!.reason)).toMatch(reason)
    } else {
      expect(egress.none).toBeUndefined()
    }
  })

  it('says why each subnet egresses', () => {
    const egress = egressSubnets(
      secureSnapshot({
        ...registry('Disabled'),
        ...ws({ imageBuildCompute: 'cpu-cluster', ...noManagedNetwork }),
        computes: ok([cluster])
      })
    )
    expect(plainText(egress.subnets[0]!.why)).toBe(
      "compute cpu-cluster (the workspace's `imageBuildCompute`) builds every environment image in it and pushes it to the registry, which refuses public traffic (testworkspaceacr has `publicNetworkAccess` `Disabled`)"
    )
    // Names from Azure are values shown as code; our property names are our markup.
    expect(egress.subnets[0]!.why).toContainEqual({ code: 'cpu-cluster' })
    expect(plainText(egressSubnets(kubernetesSnapshot()).subnets[0]!.why)).toBe(
      'node pool system of AKS cluster aks-inference runs inference pods in it, which pull their images from the registry'
    )
  })

  it.each<[string, Partial<Snapshot>, boolean]>([
    [
      'private registry, no image-build compute, no managed network',
      { ...registry('Disabled'), ...ws(noManagedNetwork) },
      true
    ],
    ['private registry, no image-build compute, managed network', registry('Disabled'), false],
    [
      'public registry, no image-build compute, no managed network',
      { ...registry('Enabled'), ...ws(noManagedNetwork) },
      false
    ],
    [
      'private registry with an image-build compute',
      {
        ...registry('Disabled'),
        ...ws({ imageBuildCompute: 'cpu-cluster', ...noManagedNetwork }),
        computes: ok([cluster])
      },
      false
    ]
  ])('image builds cannot reach the registry: %s → %s', (_name, overrides, unbuildable) => {
    const egress = egressSubnets(secureSnapshot(overrides))
    expect(Boolean(egress.unbuildable)).toBe(unbuildable)
    if (unbuildable) {
      expect(egress.unbuildable!.registryId).toBe(dependencyId('registry'))
      expect(plainText(egress.unbuildable!.detail)).toContain(
        'names no image-build compute, so Azure Machine Learning builds environment images on serverless compute'
      )
    }
  })

  it.each<[string, Partial<Snapshot>, RegExp]>([
    [
      'computes unreadable',
      { computes: failed(403) },
      /its computes could not be read \(AuthorizationFailed\)/
    ],
    [
      'compute missing',
      { computes: ok([]) },
      /cpu-cluster \(`imageBuildCompute`\), which is not among its computes/
    ]
  ])(
    'an image-build compute that cannot be resolved is unresolved: %s',
    (_name, overrides, reason) => {
      const egress = egressSubnets(
        secureSnapshot({ ...ws({ imageBuildCompute: 'cpu-cluster' }), ...overrides })
      )
      expect(egress.subnets).toEqual([])
      expect(egress.none).toBeUndefined()
      expect(plainText(egress.unresolved!)).toMatch(reason)
      // A refused read names the workspace (its scope) for the shared Reader cause; a missing compute has no read.
      expect(egress.unresolvedRead?.resourceId).toBe(
        'computes' in overrides && overrides.computes?.ok === false
          ? secureSnapshot().target.workspaceId
          : undefined
      )
      expect(egress.buildComputeMissing).toBe(
        'computes' in overrides && overrides.computes?.ok === true ? true : undefined
      )
    }
  )

  it.each<[string, Snapshot, RegExp]>([
    [
      'an AKS cluster unread',
      kubernetesSnapshot({ managedClusters: keyed([[clusterId(), failed(403)]]) }),
      /AKS cluster aks-inference could not be read \(AuthorizationFailed\)/
    ],
    [
      'the computes unread on the Kubernetes route',
      kubernetesSnapshot({ computes: failed(403) }),
      /computes could not be read \(AuthorizationFailed\), so the node pools inference runs on/
    ]
  ])(
    'node pools that cannot be told are unresolved, not skipped: %s',
    (_name, snapshot, reason) => {
      const egress = egressSubnets(snapshot)
      expect(egress.none).toBeUndefined()
      expect(plainText(egress.unresolved!)).toMatch(reason)
      expect(egress.unresolvedRead?.error.status).toBe(403)
    }
  )

  it('reads the image-build compute subnet for the outbound checks (relevantSubnetIds)', () => {
    const snapshot = secureSnapshot({
      ...ws({ imageBuildCompute: 'cpu-cluster' }),
      computes: ok([cluster])
    })
    expect(resolveNetworkTarget(snapshot).relevantSubnetIds).toEqual([peSubnet, buildSubnet])
  })
})
