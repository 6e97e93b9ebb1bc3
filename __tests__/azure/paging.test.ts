/**
 * Every list is read to its end, or fails naming why: a list that still has a
 * nextLink after MAX_PAGES pages is an `unknown` read (TooManyPages), never a
 * report judged on the pages read so far.
 */
import { describe, expect, it } from '@jest/globals'
import { createHttpHeaders, type PipelineRequest } from '@azure/core-rest-pipeline'
import { listByUrl } from '../../src/collect/read-routes.js'
import { MAX_PAGES, PageLinks, read } from '../../src/collect/read.js'
import { readProblem } from '../../src/evaluate/checks/common.js'
import { plainText, text } from '../../src/model/text.js'

const ARM = 'https://management.azure.com'
const RULES =
  '/subscriptions/s/resourceGroups/ml-rg/providers/Microsoft.MachineLearningServices/workspaces/ml-ws/outboundRules'

/** A client whose list has `pages` pages of one rule each. */
function pagedClient(pages: number): { sendRequest: (r: PipelineRequest) => Promise<never> } & {
  sent: string[]
} {
  const sent: string[] = []
  return {
    sent,
    sendRequest: (request: PipelineRequest) => {
      sent.push(request.url)
      const page = Number(new URL(request.url).searchParams.get('$skipToken') ?? 0)
      const body = {
        value: [{ name: `rule-${page}` }],
        ...(page + 1 < pages
          ? { nextLink: `${ARM}${RULES}?api-version=2025-12-01&$skipToken=${page + 1}` }
          : {})
      }
      return Promise.resolve({
        status: 200,
        headers: createHttpHeaders(),
        request,
        bodyAsText: JSON.stringify(body)
      }) as never
    }
  }
}

describe('listByUrl', () => {
  it(`reads a list of exactly ${MAX_PAGES} pages to its end`, async () => {
    const client = pagedClient(MAX_PAGES)
    const items = await listByUrl(client, ARM, RULES)
    expect(items).toHaveLength(MAX_PAGES)
    expect(client.sent).toHaveLength(MAX_PAGES)
  })

  it(`fails a list that still has a nextLink after ${MAX_PAGES} pages, naming the cap`, async () => {
    const client = pagedClient(MAX_PAGES + 1)
    const result = await read(() => listByUrl(client, ARM, RULES))
    expect(result).toEqual({
      ok: false,
      error: {
        status: 200,
        code: 'TooManyPages',
        message: `ARM still answered with a nextLink after ${MAX_PAGES} pages (the most one list is read to), so the list was not read to its end`
      }
    })
    expect(client.sent).toHaveLength(MAX_PAGES)
    // What a check says about it: an unusable answer, not a permissions problem.
    if (result.ok) throw new Error('expected a failed read')
    const { cause } = readProblem(text`the outbound rules`, undefined, result.error)
    expect(cause.key).toBe('unusable:TooManyPages')
    expect(plainText(cause.summary)).toContain(
      'Azure answered with a body or page link that cannot be used'
    )
  })
})

describe('PageLinks', () => {
  it('stops the SDK paging too once a nextLink follows the last page allowed', () => {
    const links = new PageLinks()
    for (let page = 1; page < MAX_PAGES; page++) {
      links.add(`https://arm/x?$skipToken=${page}`)
      links.check()
    }
    links.add(`https://arm/x?$skipToken=${MAX_PAGES}`)
    expect(() => links.check()).toThrow(`after ${MAX_PAGES} pages`)
  })
})
