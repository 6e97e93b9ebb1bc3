import { describe, expect, it } from '@jest/globals'
import { isLeafRead, leafRead, Semaphore } from '../../src/collect/read.js'

/** A task that records when it starts and finishes only when released. */
function gate(): { promise: Promise<void>; release: () => void } {
  let release = (): void => undefined
  const promise = new Promise<void>(resolve => (release = resolve))
  return { promise, release }
}

describe('Semaphore', () => {
  it('never runs more than its limit at once', async () => {
    const semaphore = new Semaphore(3)
    let active = 0
    let peak = 0
    await Promise.all(
      Array.from({ length: 20 }, () =>
        semaphore.run(async () => {
          peak = Math.max(peak, ++active)
          await new Promise(resolve => setTimeout(resolve, 1))
          active--
        })
      )
    )
    expect(peak).toBe(3)
  })

  it('hands a freed slot to a waiting `first` task before any `last` task, FIFO within each', async () => {
    const semaphore = new Semaphore(1)
    const order: string[] = []
    const holder = gate()
    const held = semaphore.run(() => holder.promise)
    const queued = [
      semaphore.run(async () => void order.push('leaf-1'), 'last'),
      semaphore.run(async () => void order.push('leaf-2'), 'last'),
      semaphore.run(async () => void order.push('chain-1')),
      semaphore.run(async () => void order.push('leaf-3'), 'last'),
      semaphore.run(async () => void order.push('chain-2'), 'first')
    ]
    holder.release()
    await Promise.all([held, ...queued])
    expect(order).toEqual(['chain-1', 'chain-2', 'leaf-1', 'leaf-2', 'leaf-3'])
  })

  it('starts a `last` task at once when a slot is free', async () => {
    const semaphore = new Semaphore(2)
    const holder = gate()
    const held = semaphore.run(() => holder.promise)
    await expect(semaphore.run(async () => 'ran', 'last')).resolves.toBe('ran')
    holder.release()
    await held
  })

  it('frees the slot when a task throws', async () => {
    const semaphore = new Semaphore(1)
    await expect(
      semaphore.run(async () => {
        throw new Error('read failed')
      })
    ).rejects.toThrow('read failed')
    await expect(semaphore.run(async () => 'next')).resolves.toBe('next')
  })
})

describe('leafRead', () => {
  it('marks everything its call awaits, through timers and promise chains, and nothing outside', async () => {
    expect(isLeafRead()).toBe(false)
    const seen = await leafRead(async () => {
      const first = isLeafRead()
      await new Promise(resolve => setTimeout(resolve, 1))
      const afterTimer = isLeafRead()
      const inChain = await Promise.resolve().then(() => isLeafRead())
      return [first, afterTimer, inChain]
    })
    expect(seen).toEqual([true, true, true])
    expect(isLeafRead()).toBe(false)
  })

  it('does not leak into reads started concurrently outside it', async () => {
    const gateLeaf = gate()
    const leaf = leafRead(async () => {
      await gateLeaf.promise
      return isLeafRead()
    })
    const other = (async () => {
      await new Promise(resolve => setTimeout(resolve, 1))
      return isLeafRead()
    })()
    gateLeaf.release()
    await expect(Promise.all([leaf, other])).resolves.toEqual([true, false])
  })
})
