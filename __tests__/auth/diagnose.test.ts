import { describe, expect, it } from '@jest/globals'
import { diagnoseLoginError, idTokenUnavailable } from '../../src/auth/diagnose.js'
import { ConfigurationError } from '../../src/model/errors.js'

const login = {
  clientId: '00000000-0000-0000-0000-0000000000c1',
  tenantId: '00000000-0000-0000-0000-0000000000a1',
  audience: 'api://AzureADTokenExchange',
  authorityHost: 'https://login.microsoftonline.com',
  claims: {
    iss: 'https://token.actions.githubusercontent.com',
    sub: 'repo:Octo-Org/octo-repo:pull_request',
    aud: 'api://AzureADTokenExchange'
  }
}

function entraError(code: number, sentence: string): Error {
  return new Error(
    `ClientAssertionCredential authentication failed. invalid_client: AADSTS${code}: ${sentence} Trace ID: 0f0e Correlation ID: 1a2b Timestamp: 2026-11-24 00:00:00Z`
  )
}

describe('diagnoseLoginError', () => {
  it('prints the subject to register when no federated credential matches (AADSTS700213)', () => {
    const error = diagnoseLoginError(
      entraError(
        700213,
        "No matching federated identity record found for presented assertion subject 'repo:Octo-Org/octo-repo:pull_request'."
      ),
      login
    )
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.message).toContain('Subject identifier: repo:Octo-Org/octo-repo:pull_request')
    expect(error.message).toContain('Audience: api://AzureADTokenExchange')
    expect(error.message).toContain('Issuer: https://token.actions.githubusercontent.com')
    expect(error.message).toContain(login.clientId)
  })

  it.each([
    [70021, 'Subject identifier: repo:Octo-Org/octo-repo:pull_request'],
    [700211, 'Issuer: https://token.actions.githubusercontent.com'],
    [700212, 'Audience: api://AzureADTokenExchange'],
    [
      7002138,
      "change the federated credential's subject to exactly: repo:Octo-Org/octo-repo:pull_request"
    ],
    [700024, 'had expired'],
    [700016, 'set `client-id` to the Application (client) ID'],
    [90002, 'set `tenant-id` to the Directory (tenant) ID']
  ])('maps AADSTS%s to its fix', (code, expected) => {
    const error = diagnoseLoginError(entraError(code, 'Something went wrong.'), login)
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.message).toContain(expected)
    expect(error.message).not.toContain('Trace ID')
  })

  it('keeps an unmapped Entra error readable', () => {
    const error = diagnoseLoginError(entraError(50126, 'Invalid credentials.'), login)
    expect(error.message).toBe(
      `Entra ID refused the token exchange for app '${login.clientId}': AADSTS50126: Invalid credentials.\nToken claims:\nissuer (iss): https://token.actions.githubusercontent.com\nsubject (sub): repo:Octo-Org/octo-repo:pull_request\naudience (aud): api://AzureADTokenExchange\njob_workflow_ref: (missing)`
    )
  })

  it('names the authority host when Entra could not be reached at all', () => {
    const error = diagnoseLoginError(new Error('connect ECONNREFUSED 127.0.0.1:1'), {
      ...login,
      claims: undefined
    })
    expect(error.message).toContain('from https://login.microsoftonline.com: connect ECONNREFUSED')
    expect(error.message).toContain('`authority-host`')
  })
})

describe('idTokenUnavailable', () => {
  it('tells the user to add id-token: write when the runner offers no ID token', () => {
    const error = idTokenUnavailable(
      new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable'),
      {}
    )
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.message).toContain('id-token: write')
    expect(error.message).toContain('forks')
  })

  it('reports a failed fetch when the permission is there', () => {
    const error = idTokenUnavailable(new Error('Failed to get ID Token. 500'), {
      ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1/oidc?x=1',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'r'
    })
    expect(error.message).toContain(
      'Could not get a GitHub OIDC token: Failed to get ID Token. 500'
    )
  })
})

describe('diagnoseLoginError with a custom authority host', () => {
  it('points at tenant-id and authority-host when the tenant metadata cannot be read', () => {
    const error = diagnoseLoginError(
      new Error(
        'ClientAssertionCredential: endpoints_resolution_error: Endpoints cannot be resolved'
      ),
      { ...login, authorityHost: 'https://login.example.test' }
    )
    expect(error.message).toContain(
      `Could not read the OpenID configuration of tenant '${login.tenantId}' from https://login.example.test.`
    )
    expect(error.message).toContain('`tenant-id`')
  })
})
