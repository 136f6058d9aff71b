import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const ivLength = 12;
const tagLength = 16;

/**
 * Seals secrets the application must read back in clear (a webhook's signing secret, a user's
 * TOTP secret), so they are encrypted (AES-256-GCM), not hashed, under a key derived from the
 * master key (ENCRYPTION_MASTER_KEY) for one purpose only. The owner's id is authenticated with
 * the ciphertext, so a sealed secret copied to another row does not open.
 */
export class SecretSeal {
  private readonly key: Buffer;

  constructor(
    masterKey: Buffer,
    private readonly purpose: string,
  ) {
    if (masterKey.length !== 32) throw new RangeError('the master key must be 32 bytes');
    this.key = Buffer.from(hkdfSync('sha256', masterKey, '', `greenchain ${purpose} secrets`, 32));
  }

  seal(ownerId: string, secret: string): Buffer {
    const iv = randomBytes(ivLength);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(this.associatedData(ownerId));
    const ciphertext = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), ciphertext]);
  }

  open(ownerId: string, sealed: Buffer): string {
    const decipher = createDecipheriv('aes-256-gcm', this.key, sealed.subarray(0, ivLength));
    decipher.setAAD(this.associatedData(ownerId));
    decipher.setAuthTag(sealed.subarray(ivLength, ivLength + tagLength));
    return Buffer.concat([
      decipher.update(sealed.subarray(ivLength + tagLength)),
      decipher.final(),
    ]).toString('utf8');
  }

  private associatedData(ownerId: string): Buffer {
    return Buffer.from(`${this.purpose}:${ownerId}`);
  }
}
