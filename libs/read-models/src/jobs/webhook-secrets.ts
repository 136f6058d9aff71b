import { randomBytes } from 'node:crypto';
import { SecretSeal } from '../shared/secret-seal';

/**
 * Seals webhook signing secrets for the database: they must come back in clear to sign each
 * delivery. Sealed under the subscription id (see SecretSeal).
 */
export class WebhookSecrets extends SecretSeal {
  constructor(masterKey: Buffer) {
    super(masterKey, 'webhook');
  }

  /** A new secret to give the partner: 32 random bytes, base64url. */
  static generate(): string {
    return randomBytes(32).toString('base64url');
  }
}
