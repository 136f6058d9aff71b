import { fsyncProblem, redisEvictionProblem } from './unsafe-settings';

const memoryInfo = (policy: string) =>
  `# Memory\r\nused_memory:1032456\r\nmaxmemory:0\r\nmaxmemory_policy:${policy}\r\nallocator_frag_ratio:1.2\r\n`;

describe('settings that lose committed work', () => {
  it('accepts a Redis that never evicts keys', () => {
    expect(redisEvictionProblem(memoryInfo('noeviction'))).toBeUndefined();
  });

  it.each(['allkeys-lru', 'volatile-lru', 'allkeys-random', 'volatile-ttl'])(
    'refuses a Redis whose maxmemory-policy is %s, naming the setting and the fix',
    (policy) => {
      const problem = redisEvictionProblem(memoryInfo(policy));
      expect(problem).toContain(`maxmemory-policy is ${policy}`);
      expect(problem).toContain('maxmemory-policy noeviction');
    },
  );

  it('refuses fsync off on a production PostgreSQL server, naming the setting and the fix', () => {
    const problem = fsyncProblem({ fsync: 'off', production: true, embedded: false });
    expect(problem).toContain('fsync is off');
    expect(problem).toContain('fsync = on');
  });

  it.each([
    ['fsync on in production', { fsync: 'on', production: true, embedded: false }],
    ['fsync off outside production', { fsync: 'off', production: false, embedded: false }],
    ['the embedded database, off by design', { fsync: 'off', production: true, embedded: true }],
  ])('accepts %s', (_, context) => {
    expect(fsyncProblem(context)).toBeUndefined();
  });
});
