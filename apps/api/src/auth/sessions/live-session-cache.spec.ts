import { LiveSessionCache, liveSessionCacheMs } from './live-session-cache';

describe('LiveSessionCache', () => {
  let now = 1_000_000;
  const cache = new LiveSessionCache(() => now);
  const farAway = new Date(now + 3_600_000);

  it('trusts a session for the cache bound, then asks again', () => {
    cache.remember('a', farAway);
    expect(cache.isLive('a')).toBe(true);
    now += liveSessionCacheMs - 1;
    expect(cache.isLive('a')).toBe(true);
    now += 1;
    expect(cache.isLive('a')).toBe(false);
  });

  it('never trusts a session past its own end', () => {
    cache.remember('b', new Date(now + 1_000));
    now += 1_000;
    expect(cache.isLive('b')).toBe(false);
  });

  it('forgets an ended session at once', () => {
    cache.remember('c', farAway);
    cache.forget(['c']);
    expect(cache.isLive('c')).toBe(false);
    expect(cache.isLive('unknown')).toBe(false);
  });
});
