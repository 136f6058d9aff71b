import type { RecordedEvent } from '@greenchain/event-store';
import { RecentFolds } from './recent-folds';

const event = (globalPosition: number) => ({ globalPosition }) as RecordedEvent;

describe('recent folds', () => {
  const caseFolder = { name: 'case' };
  const evidenceFolder = { name: 'evidence' };
  const batch = [event(1), event(2), event(3)];

  it('gives back a fold of the same event objects, in the same order, by the same folder', async () => {
    const folds = new RecentFolds();
    folds.remember(caseFolder, batch, Promise.resolve('folded'));
    await expect(folds.find(caseFolder, [...batch])).resolves.toBe('folded');
  });

  it('does not mistake another folder, other objects or another selection for the same fold', () => {
    const folds = new RecentFolds();
    folds.remember(caseFolder, batch, Promise.resolve('folded'));
    expect(folds.find(evidenceFolder, batch)).toBeUndefined();
    expect(folds.find(caseFolder, [event(1), event(2), event(3)])).toBeUndefined();
    expect(
      folds.find(caseFolder, [batch[0], batch[2], batch[1]] as RecordedEvent[]),
    ).toBeUndefined();
    expect(folds.find(caseFolder, batch.slice(0, 2))).toBeUndefined();
  });

  it('keeps only the latest folds', () => {
    const folds = new RecentFolds(2);
    const batches = [[event(1)], [event(2)], [event(3)]];
    for (const events of batches) folds.remember(caseFolder, events, Promise.resolve(events));
    expect(folds.find(caseFolder, batches[0] ?? [])).toBeUndefined();
    expect(folds.find(caseFolder, batches[2] ?? [])).toBeDefined();
  });

  it('forgets a failed fold, so the next runner folds again', async () => {
    const folds = new RecentFolds();
    const failed = Promise.reject(new Error('connection lost'));
    folds.remember(caseFolder, batch, failed);
    await expect(failed).rejects.toThrow('connection lost');
    expect(folds.find(caseFolder, batch)).toBeUndefined();
  });
});
