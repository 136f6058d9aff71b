import { createHmac, hkdfSync } from 'node:crypto';

/**
 * The data subject under which a failed sign-in's email is encrypted when no account has that
 * email: a keyed fingerprint of the normalised email, so every attempt with one address shares one
 * key (erasing it shreds them all) and the subject id reveals nothing without the master key.
 */
export class SignInEmailSubjects {
  private readonly key: Buffer;

  constructor(masterKey: Buffer) {
    this.key = Buffer.from(
      hkdfSync('sha256', masterKey, Buffer.alloc(0), 'greenchain/sign-in-email-subject', 32),
    );
  }

  subjectOf(email: string): string {
    const fingerprint = createHmac('sha256', this.key)
      .update(email.trim().toLowerCase())
      .digest('base64url');
    return `sign-in-email-${fingerprint}`;
  }
}
