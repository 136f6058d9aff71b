import { generateSync } from 'otplib';
import { checkTotp, newTotpSecret, otpauthUri } from './totp-codes';

describe('TOTP codes', () => {
  const secret = newTotpSecret();
  const now = 1_796_230_015_000;
  const step = Math.floor(now / 30_000);
  const codeAt = (ms: number) => generateSync({ secret, epoch: Math.floor(ms / 1000) });

  it('makes 160-bit base32 secrets and an otpauth URI naming the issuer and the account', () => {
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(newTotpSecret()).not.toBe(secret);
    expect(otpauthUri('a.b@agency.org', secret)).toBe(
      `otpauth://totp/Greenchain:a.b%40agency.org?secret=${secret}&issuer=Greenchain`,
    );
  });

  it('accepts the current code and one step of drift either side, nothing further', async () => {
    await expect(checkTotp(secret, codeAt(now), null, now)).resolves.toEqual({
      outcome: 'valid',
      timeStep: step,
    });
    await expect(checkTotp(secret, codeAt(now - 30_000), null, now)).resolves.toEqual({
      outcome: 'valid',
      timeStep: step - 1,
    });
    await expect(checkTotp(secret, codeAt(now + 30_000), null, now)).resolves.toEqual({
      outcome: 'valid',
      timeStep: step + 1,
    });
    await expect(checkTotp(secret, codeAt(now - 90_000), null, now)).resolves.toEqual({
      outcome: 'invalid',
    });
    await expect(checkTotp(secret, codeAt(now + 90_000), null, now)).resolves.toEqual({
      outcome: 'invalid',
    });
  });

  it('refuses a code of a step already used, or older, as a replay', async () => {
    await expect(checkTotp(secret, codeAt(now), step, now)).resolves.toEqual({
      outcome: 'replayed',
    });
    await expect(checkTotp(secret, codeAt(now - 30_000), step, now)).resolves.toEqual({
      outcome: 'replayed',
    });
    await expect(checkTotp(secret, codeAt(now + 30_000), step, now)).resolves.toEqual({
      outcome: 'valid',
      timeStep: step + 1,
    });
  });

  it("refuses another secret's code", async () => {
    const other = generateSync({ secret: newTotpSecret(), epoch: Math.floor(now / 1000) });
    const check = await checkTotp(secret, other, null, now);
    // One in a million, another secret gives the same six digits.
    if (other !== codeAt(now)) expect(check).toEqual({ outcome: 'invalid' });
  });
});
