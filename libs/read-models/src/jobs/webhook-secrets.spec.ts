import { randomBytes } from 'node:crypto';
import { WebhookSecrets } from './webhook-secrets';

describe('WebhookSecrets', () => {
  const masterKey = randomBytes(32);
  const secrets = new WebhookSecrets(masterKey);

  it('opens what it sealed, and the sealed bytes do not contain the secret', () => {
    const secret = WebhookSecrets.generate();
    const sealed = secrets.seal('subscription-1', secret);
    expect(sealed.toString('latin1')).not.toContain(secret);
    expect(secrets.open('subscription-1', sealed)).toBe(secret);
  });

  it('refuses a sealed secret moved to another subscription or opened with another master key', () => {
    const sealed = secrets.seal('subscription-1', 'partner secret');
    expect(() => secrets.open('subscription-2', sealed)).toThrow();
    expect(() => new WebhookSecrets(randomBytes(32)).open('subscription-1', sealed)).toThrow();
  });

  it('generates a different secret each time', () => {
    expect(WebhookSecrets.generate()).not.toBe(WebhookSecrets.generate());
  });
});
