import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const ivLength = 12;
const tagLength = 16;

/**
 * Seals webhook signing secrets for the database. They must come back in clear to sign each
 * delivery, so they are encrypted (AES-256-GCM), not hashed, under a key derived from the master
 * key (ENCRYPTION_MASTER_KEY) for this one use; the subscription id is authenticated with it, so a
 * sealed secret copied to another subscription does not open.
 */
export class WebhookSecrets {
  private readonly key: Buffer;

  constructor(masterKey: Buffer) {
    if (masterKey.length !== 32) throw new RangeError('the master key must be 32 bytes');
    this.key = Buffer.from(hkdfSync('sha256', masterKey, '', 'greenchain webhook secrets', 32));
  }

  /** A new secret to give the partner: 32 random bytes, base64url. */
  static generate(): string {
    return randomBytes(32).toString('base64url');
  }

  seal(subscriptionId: string, secret: string): Buffer {
    const iv = randomBytes(ivLength);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(`webhook:${subscriptionId}`));
    const ciphertext = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), ciphertext]);
  }

  open(subscriptionId: string, sealed: Buffer): string {
    const decipher = createDecipheriv('aes-256-gcm', this.key, sealed.subarray(0, ivLength));
    decipher.setAAD(Buffer.from(`webhook:${subscriptionId}`));
    decipher.setAuthTag(sealed.subarray(ivLength, ivLength + tagLength));
    return Buffer.concat([
      decipher.update(sealed.subarray(ivLength + tagLength)),
      decipher.final(),
    ]).toString('utf8');
  }
}
