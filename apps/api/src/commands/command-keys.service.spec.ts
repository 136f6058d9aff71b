import { randomBytes } from 'node:crypto';
import { type GreenchainConfig } from '@greenchain/platform';
import { CommandKeys } from './command-keys.service';

const keysWith = (masterKey: Buffer) =>
  new CommandKeys({ encryptionMasterKey: masterKey } as GreenchainConfig);

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('CommandKeys', () => {
  const keys = keysWith(randomBytes(32));

  it('derives the same command id for the same user and key, another for another user', () => {
    const first = keys.commandId('user-1', 'key');
    expect(first).toMatch(uuid);
    expect(keys.commandId('user-1', 'key')).toBe(first);
    expect(keys.commandId('user-2', 'key')).not.toBe(first);
  });

  it('derives generated ids from the command id, so a repeated request builds the same command', () => {
    const commandId = keys.commandId('user-1', 'key');
    const first = keys.idSource(commandId, true);
    const again = keys.idSource(commandId, true);
    expect(first('caseId')).toMatch(uuid);
    expect(again('caseId')).toBe(first('caseId'));
    expect(first('partyId')).not.toBe(first('caseId'));
    expect(keys.idSource(commandId, false)('caseId')).not.toBe(first('caseId'));
  });

  it('keys its digests: another master key gives another digest, key order does not matter', () => {
    const digest = keys.digest({ name: 'John Kamau', kind: 'person' });
    expect(keys.digest({ kind: 'person', name: 'John Kamau' })).toEqual(digest);
    expect(keysWith(randomBytes(32)).digest({ name: 'John Kamau', kind: 'person' })).not.toEqual(
      digest,
    );
  });
});
