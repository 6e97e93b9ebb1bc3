import { describe, expect, it } from '@jest/globals'
import { CLOUDS, CLOUD_NAMES, isKnownAuthorityHost, resolveCloud } from '../src/settings/clouds.js'
import { ConfigurationError } from '../src/model/errors.js'

describe('CLOUDS', () => {
  it('holds the documented endpoints of each cloud', () => {
    expect(CLOUDS).toEqual({
      AzureCloud: {
        name: 'AzureCloud',
        armEndpoint: 'https://management.azure.com',
        tokenScope: 'https://management.azure.com/.default',
        authorityHost: 'https://login.microsoftonline.com',
        audience: 'api://AzureADTokenExchange'
      },
      AzureUSGovernment: {
        name: 'AzureUSGovernment',
        armEndpoint: 'https://management.usgovcloudapi.net',
        tokenScope: 'https://management.core.usgovcloudapi.net/.default',
        authorityHost: 'https://login.microsoftonline.us',
        audience: 'api://AzureADTokenExchangeUSGov'
      },
      AzureChinaCloud: {
        name: 'AzureChinaCloud',
        armEndpoint: 'https://management.chinacloudapi.cn',
        tokenScope: 'https://management.core.chinacloudapi.cn/.default',
        authorityHost: 'https://login.chinacloudapi.cn',
        audience: 'api://AzureADTokenExchangeChina'
      }
    })
  })

  it('is frozen', () => {
    expect(Object.isFrozen(CLOUDS)).toBe(true)
    expect(Object.isFrozen(CLOUDS.AzureCloud)).toBe(true)
  })
})

describe('resolveCloud', () => {
  it.each(CLOUD_NAMES)('returns the defaults of %s with instance discovery on', name => {
    expect(resolveCloud({ environment: name })).toEqual({
      ...CLOUDS[name],
      disableInstanceDiscovery: false
    })
  })

  it('treats empty overrides as not set', () => {
    expect(
      resolveCloud({
        environment: 'AzureUSGovernment',
        armEndpoint: ' ',
        authorityHost: '',
        audience: ''
      })
    ).toEqual({ ...CLOUDS.AzureUSGovernment, disableInstanceDiscovery: false })
  })

  it('applies overrides but keeps the named cloud token scope', () => {
    const cloud = resolveCloud({
      environment: 'AzureUSGovernment',
      armEndpoint: 'https://arm-proxy.example.com/',
      audience: 'api://custom'
    })
    expect(cloud).toEqual({
      name: 'AzureUSGovernment',
      armEndpoint: 'https://arm-proxy.example.com',
      tokenScope: 'https://management.core.usgovcloudapi.net/.default',
      authorityHost: 'https://login.microsoftonline.us',
      audience: 'api://custom',
      disableInstanceDiscovery: false
    })
  })

  it('disables instance discovery for an unknown authority host', () => {
    const cloud = resolveCloud({
      environment: 'AzureCloud',
      authorityHost: 'https://127.0.0.1:8443'
    })
    expect(cloud.authorityHost).toBe('https://127.0.0.1:8443')
    expect(cloud.disableInstanceDiscovery).toBe(true)
  })

  it('recognises a known authority host whatever its case or trailing slash', () => {
    const cloud = resolveCloud({
      environment: 'AzureCloud',
      authorityHost: 'HTTPS://LOGIN.MICROSOFTONLINE.US/'
    })
    expect(cloud.authorityHost).toBe('https://login.microsoftonline.us')
    expect(cloud.disableInstanceDiscovery).toBe(false)
    expect(isKnownAuthorityHost('https://login.chinacloudapi.cn/')).toBe(true)
    expect(isKnownAuthorityHost('https://login.microsoftonline.com.evil.example')).toBe(false)
  })

  it('custom uses the public token scope and audience, and the given endpoints', () => {
    expect(
      resolveCloud({
        environment: 'custom',
        armEndpoint: 'https://localhost:9443',
        authorityHost: 'https://localhost:9444/'
      })
    ).toEqual({
      name: 'custom',
      armEndpoint: 'https://localhost:9443',
      tokenScope: 'https://management.azure.com/.default',
      authorityHost: 'https://localhost:9444',
      audience: 'api://AzureADTokenExchange',
      disableInstanceDiscovery: true
    })
  })

  it('the token scope never follows the ARM endpoint', () => {
    const cloud = resolveCloud({
      environment: 'custom',
      armEndpoint: 'https://management.chinacloudapi.cn',
      authorityHost: 'https://login.chinacloudapi.cn'
    })
    expect(cloud.tokenScope).toBe('https://management.azure.com/.default')
    expect(cloud.disableInstanceDiscovery).toBe(false)
  })

  it('custom without endpoints is a ConfigurationError naming both inputs', () => {
    const attempt = () => resolveCloud({ environment: 'custom', armEndpoint: 'https://x.example' })
    expect(attempt).toThrow(ConfigurationError)
    expect(attempt).toThrow(/`authority-host`.*`arm-endpoint`/)
  })

  it('an unknown environment is a ConfigurationError', () => {
    expect(() => resolveCloud({ environment: 'AzureGermanCloud' as never })).toThrow(
      ConfigurationError
    )
  })
})
