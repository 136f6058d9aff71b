import { UpcasterRegistry } from './upcasters';

describe('UpcasterRegistry', () => {
  const registry = new UpcasterRegistry([
    {
      eventType: 'SeizureRecorded',
      fromVersion: 1,
      upcast: (data) => ({ data: { ...(data as object), unit: 'kg' } }),
    },
    {
      eventType: 'SeizureRecorded',
      fromVersion: 2,
      upcast: (data) => ({ type: 'GoodsSeized', data }),
    },
  ]);

  it('chains upcasters from the stored version to the latest', () => {
    expect(
      registry.upcast({ type: 'SeizureRecorded', schemaVersion: 1, data: { qty: 3 } }),
    ).toEqual({
      type: 'GoodsSeized',
      schemaVersion: 3,
      data: { qty: 3, unit: 'kg' },
    });
  });

  it('leaves current events and unknown types alone', () => {
    const current = { type: 'GoodsSeized', schemaVersion: 3, data: {} };
    expect(registry.upcast(current)).toBe(current);
  });

  it('refuses two upcasters for the same type and version', () => {
    const upcaster = { eventType: 'A', fromVersion: 1, upcast: (data: unknown) => ({ data }) };
    expect(() => new UpcasterRegistry([upcaster, upcaster])).toThrow('two upcasters for A@v1');
  });
});
