import { notificationOf, type NotificationRule } from './notified-facts';

describe('which recorded facts are notified', () => {
  const rule: NotificationRule = { lateEntryDays: 30 };

  it('notifies a fact recorded the day it happened, wherever that day was', () => {
    // Given a verdict of 6 December recorded at the end of 7 December UTC (still the 6th in UTC-12)
    const metadata = { occurredAt: '2026-12-06', recordedAt: '2026-12-07T11:59:59Z' };
    // Then it is news
    expect(notificationOf(metadata, rule)).toBe('notified');
  });

  it('notifies a fact recorded within the window, to the millisecond', () => {
    // Given a date-time recorded exactly 30 days later, and one a millisecond past that
    const occurredAt = '2026-11-06T09:30:00+03:00';
    const justInTime = { occurredAt, recordedAt: '2026-12-06T06:30:00.000Z' };
    const tooLate = { occurredAt, recordedAt: '2026-12-06T06:30:00.001Z' };
    // Then the first is notified and the second is a late entry
    expect(notificationOf(justInTime, rule)).toBe('notified');
    expect(notificationOf(tooLate, rule)).toBe('late-entry');
  });

  it('counts a bare date from the end of that day in the last zone to leave it', () => {
    // Given a date recorded 30 days after the end of its day in UTC-12, and a moment later
    const inWindow = { occurredAt: '2026-11-05', recordedAt: '2026-12-06T12:00:00Z' };
    const late = { occurredAt: '2026-11-05', recordedAt: '2026-12-06T12:00:00.001Z' };
    // Then only the second is late
    expect(notificationOf(inWindow, rule)).toBe('notified');
    expect(notificationOf(late, rule)).toBe('late-entry');
  });

  it('does not notify a fact entered years after it happened, e.g. a migrated record', () => {
    // Given a sentence of 2019 typed in today
    const metadata = { occurredAt: '2019-05-14', recordedAt: '2026-12-06T10:00:00Z' };
    // Then it pages no one
    expect(notificationOf(metadata, rule)).toBe('late-entry');
  });

  it('does not notify a fact appended by a bulk path, however fresh', () => {
    // Given a demo-world or imported fact dated the moment it was recorded
    const at = '2026-12-06T10:00:00Z';
    // Then the bulk path decides, not the dates
    expect(notificationOf({ occurredAt: at, recordedAt: at, bulkEntry: 'demo-world' }, rule)).toBe(
      'bulk-entry',
    );
    expect(
      notificationOf({ occurredAt: at, recordedAt: at, bulkEntry: 'seizure-import' }, rule),
    ).toBe('bulk-entry');
  });

  it('does not notify a fact whose business time cannot be read', () => {
    // Given no business time, or one that is not ISO 8601
    const recordedAt = '2026-12-06T10:00:00Z';
    // Then lateness cannot be ruled out, and nothing is sent
    expect(notificationOf({ recordedAt }, rule)).toBe('late-entry');
    expect(notificationOf({ occurredAt: '06/12/2026', recordedAt }, rule)).toBe('late-entry');
  });

  it('with a window of 0 days notifies only facts recorded before their day is over everywhere', () => {
    // Given the strictest setting
    const strict: NotificationRule = { lateEntryDays: 0 };
    // Then the same day counts, the next day past UTC-12 does not
    expect(
      notificationOf({ occurredAt: '2026-12-06', recordedAt: '2026-12-07T11:00:00Z' }, strict),
    ).toBe('notified');
    expect(
      notificationOf({ occurredAt: '2026-12-06', recordedAt: '2026-12-07T12:00:01Z' }, strict),
    ).toBe('late-entry');
  });
});
