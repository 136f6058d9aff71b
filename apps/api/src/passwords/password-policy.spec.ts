import { ProblemException } from '@greenchain/platform';
import { demoPassword } from '../users/demo-users';
import { minimumPasswordScore, PasswordPolicy } from './password-policy';

const owner = { email: 'amina.otieno@kra.go.ke', displayName: 'Amina Otieno' };

async function refusal(check: Promise<void>): Promise<ProblemException> {
  try {
    await check;
  } catch (error) {
    if (error instanceof ProblemException) return error;
    throw error;
  }
  throw new Error('the password was accepted');
}

describe('the password policy', () => {
  let policy: PasswordPolicy;

  beforeAll(() => {
    policy = new PasswordPolicy();
  });

  it('accepts long passwords that are hard to guess', async () => {
    for (const password of [
      'correct horse battery staple',
      'mangrove-ledger-quietly-41',
      'Tr0ub4dor&3xyz',
      'a-long-test-password',
    ]) {
      await expect(policy.check(password, 'password', owner)).resolves.toBeUndefined();
    }
  });

  it('refuses fewer than 12 characters, naming the field', async () => {
    const problem = await refusal(policy.check('x7#Kq!v9Lm2', 'newPassword', owner));
    expect(problem.getStatus()).toBe(422);
    expect(problem.code).toBe('user/password-too-short');
    expect(problem.field).toBe('newPassword');
  });

  it.each([
    ['a breached password', 'password1234'],
    ['a keyboard walk', 'qwertyuiopas'],
    ['a repeated character', 'aaaaaaaaaaaaaaaa'],
    ['a French common password', 'motdepasse123'],
    ['a Spanish common password', 'contraseña2024'],
  ])('refuses %s with zxcvbn advice as plain text', async (_, password) => {
    const problem = await refusal(policy.check(password, 'password', owner));
    expect(problem.getStatus()).toBe(422);
    expect(problem.code).toBe('user/password-too-weak');
    expect(problem.field).toBe('password');
    expect(problem.message).toMatch(/^This password is too easy to guess\. \S/);
    expect(problem.extensions.score).toBeLessThan(minimumPasswordScore);
  });

  it("refuses a password made of the owner's own email or name", async () => {
    const password = 'Wanjiru Kamau 1';
    await expect(policy.check(password, 'password', owner)).resolves.toBeUndefined();
    const problem = await refusal(
      policy.check(password, 'password', {
        email: 'wanjiru.kamau@kra.go.ke',
        displayName: 'Wanjiru Kamau',
      }),
    );
    expect(problem.code).toBe('user/password-too-weak');
    expect(problem.message).toContain('personal');
  });

  it('refuses the published demo password for any account', async () => {
    expect((await refusal(policy.check(demoPassword, 'password', owner))).code).toBe(
      'user/password-too-weak',
    );
  });
});
