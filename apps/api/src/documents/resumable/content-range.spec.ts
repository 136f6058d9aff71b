import { chunkRange } from './content-range';

describe('the Content-Range of a chunk', () => {
  it('reads inclusive positions as a half-open range of the file', () => {
    expect(chunkRange('bytes 0-99/1000')).toEqual({ start: 0, end: 100, size: 1000 });
    expect(chunkRange('bytes 999-999/1000')).toEqual({ start: 999, end: 1000, size: 1000 });
  });

  it.each([
    undefined,
    '',
    'bytes */1000',
    'bytes 0-99/*',
    'items 0-99/1000',
    'bytes -1-99/1000',
    'bytes 100-99/1000',
    'bytes 0-1000/1000',
    'bytes 0-99/1000, 200-299/1000',
    'bytes 0-9999999999999999/99999999999999999',
  ])('refuses %p, naming the header', (header) => {
    let refusal: unknown;
    try {
      chunkRange(header);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toMatchObject({ code: 'upload/invalid-content-range', field: 'Content-Range' });
  });
});
