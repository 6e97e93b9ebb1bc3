import { describe, expect, it, jest } from '@jest/globals'

const setFailed = jest.fn<(message: string) => void>()
const debug = jest.fn<(message: string) => void>()
jest.unstable_mockModule('@actions/core', () => ({ setFailed, debug }))
const { reportFailure } = await import('../src/log/failure.js')
const { ConfigurationError } = await import('../src/model/errors.js')

describe('reportFailure', () => {
  it('shows a configuration error as written', () => {
    reportFailure(new ConfigurationError('`client-id`: "x" is not a GUID.'))
    expect(setFailed).toHaveBeenLastCalledWith('`client-id`: "x" is not a GUID.')
  })

  it('shows a bug as one short message and keeps the stack for the debug log', () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'id')")
    reportFailure(bug)
    const message = setFailed.mock.calls.at(-1)?.[0] ?? ''
    expect(message).toContain(
      "aml-inference-guard stopped on an unexpected error: Cannot read properties of undefined (reading 'id')"
    )
    expect(message).toContain('This is a bug')
    expect(message).not.toMatch(/\n\s+at /)
    expect(debug).toHaveBeenLastCalledWith(bug.stack)
  })

  it('handles a rejection with a non-Error value', () => {
    reportFailure('socket hang up')
    expect(setFailed.mock.calls.at(-1)?.[0]).toContain('unexpected error: socket hang up')
  })
})
