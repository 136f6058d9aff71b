import { reauthenticationHeader, type ReauthenticationProof } from '@greenchain/contracts';
import { session } from './session';

/** Asks the user for their password and answers the API's proof, or null when they cancel. */
export type ReauthenticationPrompt = () => Promise<ReauthenticationProof | null>;

/** A proof this close to its expiry is not sent: it could expire on the way. */
const expiryMarginMs = 15_000;

let prompt: ReauthenticationPrompt | undefined;
let asking: Promise<string | null> | undefined;
let held: { proof: string; userId: string; until: number } | undefined;

async function ask(): Promise<string | null> {
  const user = session.user();
  const issued = prompt && user ? await prompt() : null;
  if (!issued || !user) return null;
  held = { proof: issued.proof, userId: user.id, until: Date.now() + issued.expiresIn * 1000 };
  return issued.proof;
}

/**
 * Step-up for sensitive requests (erasure, user and webhook changes): when the API answers
 * auth/reauthentication-required, the dialog asks for the password once, and the proof it gets is
 * kept in memory only (never storage) and sent with the writes of the same user until it expires.
 */
export const reauthentication = {
  /** The dialog registers itself; the answer unregisters it. */
  setPrompt(next: ReauthenticationPrompt): () => void {
    prompt = next;
    return () => {
      if (prompt === next) prompt = undefined;
    };
  },
  /** The header of a write, while the signed-in user holds a live proof. */
  headerFor(method: string | undefined): Record<string, string> {
    const user = session.user();
    const live =
      held && user && held.userId === user.id && Date.now() < held.until - expiryMarginMs;
    const write = method !== undefined && !['GET', 'HEAD'].includes(method.toUpperCase());
    return live && write && held ? { [reauthenticationHeader]: held.proof } : {};
  },
  /** One question for any number of requests refused at once; null when the user cancels. */
  prove(): Promise<string | null> {
    asking ??= ask().finally(() => {
      asking = undefined;
    });
    return asking;
  },
};
