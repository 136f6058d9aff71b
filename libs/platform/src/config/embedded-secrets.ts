import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface EmbeddedSecrets {
  readonly jwtAccessSecret: string;
  readonly encryptionMasterKey: string;
}

/**
 * The embedded default must start with no settings, yet keep tokens and encrypted data valid across
 * restarts: secrets are generated once and kept beside the data they protect.
 */
export function loadOrCreateEmbeddedSecrets(dataDir: string): EmbeddedSecrets {
  const file = join(dataDir, 'secrets.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as EmbeddedSecrets;
  const secrets: EmbeddedSecrets = {
    jwtAccessSecret: randomBytes(48).toString('base64url'),
    encryptionMasterKey: randomBytes(32).toString('base64'),
  };
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}
