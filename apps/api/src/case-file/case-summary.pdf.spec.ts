import { type SessionUser } from '@greenchain/contracts';
import { shownText } from '@greenchain/testing';
import { type CaseDetailResponse } from '../cases/case-detail.response';
import { caseSummaryPdf } from './case-summary.pdf';

const printed = {
  by: { displayName: 'Prosecutor', role: 'prosecutor', agency: 'ODPP' } as SessionUser,
  at: '2024-06-01T00:00:00.000Z',
};

const detail = (state: object): CaseDetailResponse => ({
  id: 'c-1',
  streamId: 'case-c-1',
  version: 7,
  personalData: 'included',
  stage: 'SENTENCED',
  outcome: 'concluded_with_sentence',
  defendants: {},
  stepper: [{ stage: 'DETECTION', status: 'done' }],
  state,
  timeline: [],
});

async function textOf(state: object): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of caseSummaryPdf(detail(state), printed)) chunks.push(chunk as Buffer);
  return shownText(Buffer.concat(chunks));
}

const seizure = {
  reference: 'KRA/MSA/2024/0173',
  country: 'KE',
  agency: 'KRA',
  occurredAt: '2024-03-01',
  location: { name: 'Mombasa', type: 'seaport' },
};

describe('caseSummaryPdf', () => {
  it('prints the reference, the agreements, and each defendant with charges, verdict and sentence', async () => {
    const text = await textOf({
      seizure,
      items: { i1: { details: { agreements: ['CITES', 'Montreal'] } } },
      parties: {
        p1: {
          details: { name: 'Juma Mwangi', kind: 'person', role: 'consignee' },
          defendant: {
            charges: { c1: { chargeId: 'c1', statute: 'WCMA', section: '92', iccsClass: '10041' } },
            chargedAt: '2024-04-01',
            inCourt: true,
            verdict: { outcome: 'convicted', occurredAt: '2024-05-01', onAppeal: false },
          },
        },
      },
      sentences: {
        s1: {
          sentenceId: 's1',
          partyId: 'p1',
          occurredAt: '2024-05-02',
          penaltyLines: [{ type: 'fine', amount: { amount: 5000, currency: 'KES' } }],
        },
      },
    });
    expect(text).toContain('Case file KRA/MSA/2024/0173');
    expect(text).toContain('Agreements: CITES, Montreal.');
    expect(text).toContain('Juma Mwangi: WCMA s. 92 (ICCS 10041), charged 2024-04-01');
    expect(text).toContain('Juma Mwangi: convicted, 2024-05-01');
    expect(text).toContain('Juma Mwangi: fine 5000 KES, 2024-05-02');
  });

  it("says a withheld name is withheld, and takes a shared view's parties without their defendant record", async () => {
    const text = await textOf({
      seizure,
      parties: { p1: { details: { name: { redacted: true }, kind: 'person', role: 'carrier' } } },
    });
    expect(text).toContain('(withheld) (person, carrier)');
    expect(text).toContain('No charge recorded.');
  });
});
