import { backOffSeconds } from './back-off';

describe('backOffSeconds', () => {
  it('waits from the fifth failure on, doubling the wait up to the cap', () => {
    const waits = Array.from({ length: 16 }, (_, index) => backOffSeconds(index + 1, 5, 900));
    expect(waits).toEqual([0, 0, 0, 0, 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900]);
  });

  it('stays at the cap however many failures come', () => {
    expect(backOffSeconds(10_000, 5, 900)).toBe(900);
  });
});
