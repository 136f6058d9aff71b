import { personalFileHashes } from './personal-files';

const fact = (event_type: string, document_id: string, personal_data: string, sha256?: string) => ({
  event_type,
  document_id,
  personal_data,
  sha256: sha256 ?? null,
});

describe('the files an erasure shreds', () => {
  it('are those that may show a person, by the marking in force', () => {
    expect(
      personalFileHashes([
        fact('DocumentAttached', 'd1', 'may-hold', 'h1'),
        fact('DocumentAttached', 'd2', 'none', 'h2'),
        fact('DocumentAttached', 'd3', 'may-hold', 'h3'),
        fact('DocumentCorrected', 'd3', 'none'),
        fact('DocumentCorrected', 'd2', 'may-hold'),
      ]),
    ).toEqual(['h1', 'h2']);
  });

  it('are none when no file may show a person', () => {
    expect(personalFileHashes([fact('DocumentAttached', 'd1', 'none', 'h1')])).toEqual([]);
  });
});
