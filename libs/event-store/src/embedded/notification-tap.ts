const notificationResponse = 0x41; // 'A'
const headerLength = 5; // type byte and int32 length (which counts itself)

/**
 * Picks the NotificationResponse messages out of a backend's output as it streams by, in chunks that
 * need not end on a message boundary. Only notifications are copied; other messages are skipped
 * over by their length.
 */
export class NotificationTap {
  private header = new Uint8Array(headerLength);
  private headerFilled = 0;
  /** Bytes of the current message's body still to come. */
  private bodyLeft = 0;
  /** The notification being collected, header included; undefined while skipping another message. */
  private collecting: Uint8Array | undefined;
  private collected = 0;

  /** Feeds one chunk; returns the notifications it completed, each a whole protocol message. */
  take(chunk: Uint8Array): Uint8Array[] {
    const found: Uint8Array[] = [];
    let offset = 0;
    while (offset < chunk.length) {
      if (this.bodyLeft === 0 && this.headerFilled < headerLength) {
        const take = Math.min(headerLength - this.headerFilled, chunk.length - offset);
        this.header.set(chunk.subarray(offset, offset + take), this.headerFilled);
        this.headerFilled += take;
        offset += take;
        if (this.headerFilled === headerLength) this.startMessage(found);
        continue;
      }
      const take = Math.min(this.bodyLeft, chunk.length - offset);
      if (this.collecting)
        this.collecting.set(chunk.subarray(offset, offset + take), this.collected);
      this.collected += take;
      this.bodyLeft -= take;
      offset += take;
      if (this.bodyLeft === 0) this.endMessage(found);
    }
    return found;
  }

  private startMessage(found: Uint8Array[]): void {
    const view = new DataView(this.header.buffer);
    this.bodyLeft = view.getInt32(1) - 4;
    if (this.header[0] === notificationResponse) {
      this.collecting = new Uint8Array(headerLength + this.bodyLeft);
      this.collecting.set(this.header);
      this.collected = headerLength;
    }
    if (this.bodyLeft === 0) this.endMessage(found);
  }

  private endMessage(found: Uint8Array[]): void {
    if (this.collecting) found.push(this.collecting);
    this.collecting = undefined;
    this.collected = 0;
    this.headerFilled = 0;
  }
}
