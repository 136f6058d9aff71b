import { NotificationTap } from './notification-tap';

function message(type: string, body: Uint8Array): Uint8Array {
  const bytes = new Uint8Array(5 + body.length);
  bytes[0] = type.charCodeAt(0);
  new DataView(bytes.buffer).setInt32(1, 4 + body.length);
  bytes.set(body, 5);
  return bytes;
}

const rowData = message('D', new Uint8Array(300).fill(1));
const notification = message('A', new TextEncoder().encode('\0\0\0\x07jobs\0event-jobs\0'));
const readyForQuery = message('Z', new TextEncoder().encode('I'));
const output = new Uint8Array([...rowData, ...notification, ...readyForQuery, ...notification]);

describe('NotificationTap', () => {
  it('finds the notifications among other messages in one chunk', () => {
    expect(new NotificationTap().take(output)).toEqual([notification, notification]);
  });

  it('finds them whatever the chunk boundaries, a byte at a time included', () => {
    for (const size of [1, 2, 3, 5, 7, 64, 301]) {
      const tap = new NotificationTap();
      const found: Uint8Array[] = [];
      for (let at = 0; at < output.length; at += size) {
        found.push(...tap.take(output.subarray(at, at + size)));
      }
      expect(found).toEqual([notification, notification]);
    }
  });

  it('finds none in output without notifications', () => {
    expect(new NotificationTap().take(new Uint8Array([...rowData, ...readyForQuery]))).toEqual([]);
  });
});
