/**
 * Takes items from the iterator with `concurrency` workers at a time, so a large world is written
 * with many appends in flight (the store's group commit batches them) but never held in memory.
 */
export async function runConcurrently<T>(
  items: Iterator<T>,
  concurrency: number,
  work: (item: T) => Promise<void>,
  shouldStop: () => boolean = () => false,
): Promise<void> {
  const worker = async () => {
    for (let next = items.next(); !next.done && !shouldStop(); next = items.next()) {
      await work(next.value);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
}
