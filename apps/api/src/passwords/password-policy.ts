import { Injectable } from '@nestjs/common';
import { ProblemException } from '@greenchain/platform';
import type { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { demoPassword } from '../users/demo-users';

export const minimumPasswordLength = 12;

/**
 * zxcvbn's score 3 means more than 10^8 guesses: out of reach online (sign-in is throttled) and
 * costly offline against argon2id hashes. Scores 0-2 are common passwords, keyboard walks, names,
 * dates and words with obvious substitutions, which breach lists crack first.
 */
export const minimumPasswordScore = 3;

/** Words that make a password guessable on this system whoever the user is. */
const systemWords = ['greenchain', demoPassword];

/** Whose password it is: their email and name must not make it up. */
export interface PasswordOwner {
  readonly email: string;
  readonly displayName: string;
}

/**
 * Every new or changed password: at least 12 characters and hard to guess by zxcvbn's estimate,
 * against its list of breached passwords and the common, English, French and Spanish dictionaries
 * (the console's languages), plus the owner's email and name. The dictionaries take about half a
 * second and 20 MB of heap to load, so they are imported at the first check, not at start-up, and
 * one instance then lives for the whole process.
 */
@Injectable()
export class PasswordPolicy {
  private estimator: Promise<ZxcvbnFactory> | undefined;

  /** Rejects with a 422 problem naming `field` when the password does not meet the policy. */
  async check(password: string, field: string, owner: PasswordOwner): Promise<void> {
    if (password.length < minimumPasswordLength) {
      throw new ProblemException(
        422,
        'user/password-too-short',
        `The password needs at least ${minimumPasswordLength} characters.`,
        field,
      );
    }
    const estimator = await this.loadedEstimator();
    const result = estimator.check(password, [...systemWords, ...ownerWords(owner)]);
    if (result.score >= minimumPasswordScore) return;
    const { warning, suggestions } = result.feedback;
    throw new ProblemException(
      422,
      'user/password-too-weak',
      ['This password is too easy to guess.', warning, ...suggestions]
        .filter((line) => typeof line === 'string' && line !== '')
        .join(' '),
      field,
      undefined,
      { score: result.score, warning: warning ?? null, suggestions },
    );
  }

  /** Imported and built at the first check (ADR 0014): most processes never check a password. */
  private loadedEstimator(): Promise<ZxcvbnFactory> {
    this.estimator ??= loadEstimator();
    return this.estimator;
  }
}

async function loadEstimator(): Promise<ZxcvbnFactory> {
  const [{ ZxcvbnFactory }, common, english, french, spanish] = await Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-en'),
    import('@zxcvbn-ts/language-fr'),
    import('@zxcvbn-ts/language-es-es'),
  ]);
  return new ZxcvbnFactory({
    translations: english.translations,
    graphs: common.adjacencyGraphs,
    dictionary: {
      ...common.dictionary,
      ...english.dictionary,
      ...french.dictionary,
      ...spanish.dictionary,
    },
  });
}

/** The email whole and in parts, the name whole and word by word. */
function ownerWords(owner: PasswordOwner): string[] {
  const [local = '', domain = ''] = owner.email.toLowerCase().split('@');
  return [
    owner.email.toLowerCase(),
    ...local.split(/[^\p{L}\p{N}]+/u),
    ...domain.split('.'),
    owner.displayName,
    ...owner.displayName.split(/[^\p{L}\p{N}]+/u),
  ].filter((word) => word.length >= 3);
}
