import { describe, expect, it } from '@jest/globals'
import {
  toClusterExtension,
  toCompute,
  toManagedCluster,
  toOnlineDeployment,
  toOutboundRule,
  toOutboundRules,
  toWorkspace
} from '../../src/model/normalize.js'
import { listByUrl } from '../../src/collect/read-routes.js'
import { readReference } from '../fixtures/reference.js'

/** `responses.200.body` of an official example in __tests__/fixtures/reference/arm-examples. */
const example = (path: string): Record<string, unknown> =>
  (
    readReference(`arm-examples/${path}`) as {
      responses: { '200': { body: Record<string, unknown> } }
    }
  ).responses['200'].body

const sub = '/subscriptions/11111111-2222-3333-4444-555555555555'

describe('official examples', () => {
  it('toCompute reads a Kubernetes compute and a legacy AKS compute', () => {
    expect(
      toCompute(example('Microsoft.MachineLearningServices/Compute_Get.Kubernetes.json'))
    ).toEqual({
      id: '/subscriptions/34adfa4f-cedf-4dc0-ba29-b6d1a69ab345/resourceGroups/testrg123/providers/Microsoft.MachineLearningServices/workspaces/workspaces123/computes/compute123',
      name: 'compute123',
      computeType: 'Kubernetes',
      resourceId:
        '/subscriptions/34adfa4f-cedf-4dc0-ba29-b6d1a69ab345/resourcegroups/testrg123/providers/Microsoft.ContainerService/managedClusters/compute123-56826-c9b00420020b2',
      provisioningState: 'Succeeded',
      loadBalancerType: undefined,
      namespace: 'default'
    })
    const aks = toCompute(example('Microsoft.MachineLearningServices/Compute_Get.AKS.json'))
    expect(aks).toMatchObject({ computeType: 'AKS', provisioningState: 'Succeeded' })
    // The example has no properties.properties: no load balancer type, so K8S-04 treats it as public.
    expect(aks.loadBalancerType).toBeUndefined()
  })

  it('toOnlineDeployment reads a managed deployment (the example has no egressPublicNetworkAccess)', () => {
    const d = toOnlineDeployment(
      example('Microsoft.MachineLearningServices/OnlineDeployments_Get.Managed.json')
    )
    expect(d.endpointComputeType).toBe('Managed')
    expect(d.egressPublicNetworkAccess).toBeUndefined()
    expect(d.createdAt).toBe('2020-01-01T12:34:56.999Z')
  })

  it('toOutboundRule reads the outboundRules list items (FQDN rules)', () => {
    const list = example('Microsoft.MachineLearningServices/ManagedNetworkSettingsRule_List.json')
    const rules = (list['value'] as unknown[]).map(toOutboundRule)
    expect(rules[0]).toEqual({
      name: 'rule_name_1',
      type: 'FQDN',
      category: 'Required',
      status: 'Inactive',
      serviceResourceId: undefined,
      subresourceTarget: undefined,
      serviceTag: undefined,
      protocol: undefined,
      portRanges: undefined,
      fqdn: 'destination_of_the_fqdn_rule'
    })
  })

  it('toManagedCluster reads the GET example and the private cluster example', () => {
    const cluster = toManagedCluster(example('Microsoft.ContainerService/ManagedClusters_Get.json'))
    expect(cluster.agentPools.length).toBeGreaterThan(0)
    // Neither example sets vnetSubnetID.
    expect(cluster.agentPools.every(p => p.vnetSubnetId === undefined)).toBe(true)
    const privateCluster = toManagedCluster(
      example('Microsoft.ContainerService/ManagedClusters_CreateOrUpdate.PrivateCluster.json')
    )
    expect(privateCluster.enablePrivateCluster).toBe(true)
  })

  it('toClusterExtension reads the extension example (an Arc monitoring extension)', () => {
    const ext = toClusterExtension(example('Microsoft.KubernetesConfiguration/Extensions_Get.json'))
    expect(ext).toMatchObject({
      name: 'ClusterMonitor',
      extensionType: 'azuremonitor-containers',
      provisioningState: 'Succeeded'
    })
    expect(ext.configurationSettings['omsagent.env.clusterName']).toBe('clusterName1')
  })
})

describe('synthetic shapes the examples lack', () => {
  it('reads PrivateEndpoint and ServiceTag rule bodies from managedNetwork.outboundRules', () => {
    const rules = toOutboundRules({
      pe: {
        type: 'PrivateEndpoint',
        category: 'Required',
        status: 'Active',
        destination: {
          serviceResourceId: `${sub}/resourceGroups/ml-rg/providers/Microsoft.KeyVault/vaults/kv`,
          subresourceTarget: 'vault',
          sparkEnabled: false
        }
      },
      acr: {
        type: 'ServiceTag',
        status: 'Active',
        destination: { serviceTag: 'AzureContainerRegistry', protocol: 'TCP', portRanges: '443' }
      }
    })
    expect(rules[0]).toMatchObject({
      name: 'pe',
      type: 'PrivateEndpoint',
      subresourceTarget: 'vault'
    })
    expect(rules[0]?.fqdn).toBeUndefined()
    expect(rules[1]).toMatchObject({
      serviceTag: 'AzureContainerRegistry',
      protocol: 'TCP',
      portRanges: '443'
    })
    expect(toOutboundRules(undefined)).toEqual([])
  })

  it('reads AKS networking, tolerating PowerShell-style casing (authorizedIpRanges, Properties)', () => {
    const cluster = toManagedCluster({
      Id: `${sub}/resourceGroups/aks-rg/providers/Microsoft.ContainerService/managedClusters/c`,
      Name: 'c',
      Properties: {
        agentPoolProfiles: [
          {
            name: 'np',
            vnetSubnetID: `${sub}/x/subnets/s`,
            enableNodePublicIP: true,
            mode: 'System'
          },
          { name: 'np2', vnetSubnetID: '' }
        ],
        apiServerAccessProfile: { authorizedIpRanges: ['203.0.113.0/24'] },
        networkProfile: { networkPlugin: 'azure', networkPolicy: 'calico' }
      }
    })
    expect(cluster).toMatchObject({
      name: 'c',
      authorizedIpRanges: ['203.0.113.0/24'],
      networkPolicy: 'calico',
      enablePrivateCluster: undefined
    })
    expect(cluster.agentPools).toEqual([
      { name: 'np', mode: 'System', vnetSubnetId: `${sub}/x/subnets/s`, enableNodePublicIp: true },
      { name: 'np2', mode: undefined, vnetSubnetId: undefined, enableNodePublicIp: undefined }
    ])
  })

  it('keeps extension settings as strings and drops nested values', () => {
    const ext = toClusterExtension({
      id: 'x',
      name: 'azureml',
      properties: {
        extensionType: 'Microsoft.AzureML.Kubernetes',
        configurationSettings: { enableInference: true, nodeSelector: { a: 'b' }, port: 443 }
      }
    })
    expect(ext.configurationSettings).toEqual({ enableInference: 'true', port: '443' })
  })

  it('never throws on junk', () => {
    for (const junk of [null, undefined, 42, 'x', []]) {
      expect(() => toManagedCluster(junk)).not.toThrow()
      expect(() => toCompute(junk)).not.toThrow()
      expect(() => toClusterExtension(junk)).not.toThrow()
      expect(() => toOutboundRule(junk)).not.toThrow()
      expect(() => toOnlineDeployment(junk)).not.toThrow()
    }
  })
})

describe('listByUrl', () => {
  type Client = Parameters<typeof listByUrl>[0]
  const client = (
    pages: Record<string, { status: number; body: unknown }>
  ): Client & { urls: string[] } => {
    const urls: string[] = []
    return {
      urls,
      sendRequest: (async (request: { url: string }) => {
        urls.push(request.url)
        const page = pages[request.url] ?? {
          status: 404,
          body: { error: { code: 'NotFound', message: 'nope' } }
        }
        return { status: page.status, bodyAsText: JSON.stringify(page.body), headers: {}, request }
      }) as unknown as Client['sendRequest']
    }
  }
  const first = 'https://arm.test/ws/outboundRules?api-version=2025-12-01'

  it('follows nextLink pages on the same host', async () => {
    const c = client({
      [first]: {
        status: 200,
        body: { value: [{ id: '1' }], nextLink: 'https://arm.test/ws/outboundRules?page=2' }
      },
      'https://arm.test/ws/outboundRules?page=2': { status: 200, body: { value: [{ id: '2' }] } }
    })
    expect(await listByUrl(c, 'https://arm.test', '/ws/outboundRules')).toEqual([
      { id: '1' },
      { id: '2' }
    ])
  })

  it('refuses a nextLink to another host (it would receive the ARM token)', async () => {
    const c = client({
      [first]: { status: 200, body: { value: [{ id: '1' }], nextLink: 'https://evil.test/x' } }
    })
    await expect(listByUrl(c, 'https://arm.test', '/ws/outboundRules')).rejects.toMatchObject({
      code: 'UnexpectedNextLink'
    })
    expect(c.urls).toEqual([first])
  })

  it('throws the ARM error with its status and code (read() records them)', async () => {
    await expect(
      listByUrl(client({}), 'https://arm.test', '/ws/outboundRules')
    ).rejects.toMatchObject({
      statusCode: 404,
      code: 'NotFound',
      message: 'nope'
    })
  })
})

/**
 * The image-build compute and its subnet: `properties.imageBuildCompute` on the workspace (its
 * Workspaces_Get example has "imageBuildCompute": "testcompute"), and AmlComputeProperties.subnet /
 * ComputeInstanceProperties.subnet, a ResourceId `{ id }` (machineLearningServices.json, stable/2025-09-01).
 */
describe('image-build compute fields', () => {
  const ws = `${sub}/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/ws`
  const snet = `${sub}/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/snet-build`

  it('reads imageBuildCompute; an empty one (serverless builds) is absent', () => {
    const body = (imageBuildCompute: unknown) => ({
      id: ws,
      name: 'ws',
      properties: { imageBuildCompute }
    })
    expect(toWorkspace(body('testcompute')).imageBuildCompute).toBe('testcompute')
    expect('imageBuildCompute' in toWorkspace(body(''))).toBe(false)
    expect('imageBuildCompute' in toWorkspace(body(undefined))).toBe(false)
  })

  it('reads the subnet of an AmlCompute and a ComputeInstance, and none of an AKS compute', () => {
    const compute = (computeType: string, properties: unknown) =>
      toCompute({ id: `${ws}/computes/c`, name: 'c', properties: { computeType, properties } })
    expect(compute('AmlCompute', { vmSize: 'STANDARD_D2_V2', subnet: { id: snet } }).subnetId).toBe(
      snet
    )
    expect(compute('ComputeInstance', { subnet: { id: snet } }).subnetId).toBe(snet)
    expect(compute('AmlCompute', { subnet: null }).subnetId).toBeUndefined()
    expect(
      compute('AKS', { aksNetworkingConfiguration: { subnetId: snet } }).subnetId
    ).toBeUndefined()
  })
})
