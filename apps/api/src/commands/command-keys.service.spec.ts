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
    expect(again.next('caseId')).toBe(first.next('caseId'));
    expect(first.next('partyId')).not.toBe(first.created.caseId);
    expect(first.created).toEqual({
      caseId: again.created.caseId,
      partyId: expect.stringMatching(uuid) as string,
    });
    expect(keys.idSource(commandId, false).next('caseId')).not.toBe(first.created.caseId);
  });

  it('keys the request hash: another master key gives another hash, key order does not matter', () => {
    const hash = keys.requestHash('case-1', 'AddParty', { name: 'John Kamau', kind: 'person' });
    expect(keys.requestHash('case-1', 'AddParty', { kind: 'person', name: 'John Kamau' })).toEqual(
      hash,
    );
    expect(
      keysWith(randomBytes(32)).requestHash('case-1', 'AddParty', {
        name: 'John Kamau',
        kind: 'person',
      }),
    ).not.toEqual(hash);
    expect(
      keys.requestHash('case-1', 'AddParty', { name: 'Jane Kamau', kind: 'person' }),
    ).not.toEqual(hash);
  });
});
