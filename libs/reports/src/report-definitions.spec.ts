import { reportDefinitions } from './report-definitions';
import { reportTable } from './report-file';
import { reportFormats, reportTemplates } from './report-template';
import { reportValidation } from './report-validation';
import { item, person, rates, reportCase } from './test-support/report-cases';

const scope = { country: 'KE', year: 2024, rates };

/** A case every report selects in 2024: CITES, Basel and ODS items, charged, convicted, closed. */
const everything = reportCase({
  items: [
    item(),
    item({ itemId: 'item-2', agreements: ['BC'], baselCode: 'A1180', cites: null }),
    item({ itemId: 'item-3', agreements: ['MP'], substance: 'HCFC-22', cites: null }),
  ],
  defendants: [
    person({
      sex: 'female',
      ageBand: 'adult',
      charges: [{ statute: 'WCMA 2013', section: 's. 92', iccsClass: '1003' }],
      chargedOn: '2024-08-01',
      verdict: { outcome: 'convicted', on: '2024-10-01' },
    }),
  ],
  closure: { on: '2024-12-01', reasonCode: 'concluded' },
  movementStartedOn: '2024-06-20',
});

describe('the report formats', () => {
  it.each(reportFormats)('%s fills exactly the columns of its template', (format) => {
    const rows = reportDefinitions[format].rows([everything], scope);
    expect(rows.length).toBeGreaterThan(0);
    const keys = reportTemplates[format].columns.map((column) => column.key).sort();
    for (const row of rows) expect(Object.keys(row.cells).sort()).toEqual(keys);
  });

  it.each(reportFormats)('%s leaves out the cases of another year', (format) => {
    const lastYear = { ...scope, year: 2023 };
    const rows = reportDefinitions[format].rows([everything], lastYear);
    expect(rows.filter((row) => row.cells['value'] !== 0)).toEqual([]);
  });

  it('reports a CITES quantity in the unit the officer chose, in CITES unit codes', () => {
    const lines = [
      { amount: 400, unit: 'cylinders' },
      { amount: 12, unit: 'pieces' },
      { amount: 3.5, unit: 'kilograms' },
    ];
    const chosen = item({
      quantities: lines,
      cites: { appendix: 'I', term: 'LIV', unit: 'KIL', source: 'W' },
    });
    const first = item({ quantities: lines, cites: null });
    const none = item({ quantities: [{ amount: 400, unit: 'cylinders' }] });
    const cells = (items: ReturnType<typeof item>[]) =>
      reportDefinitions['cites-aitr']
        .rows([reportCase({ items })], scope)
        .map((row) => [row.cells['quantity'], row.cells['unit']]);
    expect(cells([chosen, first, none])).toEqual([
      [3.5, 'KIL'],
      [12, 'PCS'],
      [null, null],
    ]);
  });

  it('converts values to USD at the rate of the seizure year, and leaves an unknown currency out', () => {
    const valued = (currency: string, seizedOn: string) =>
      reportDefinitions['cites-aitr'].rows(
        [reportCase({ seizedOn, items: [item({ estimatedValue: { amount: 1000, currency } })] })],
        { ...scope, year: Number(seizedOn.slice(0, 4)) },
      )[0]?.cells['valueUsd'];
    expect(valued('EUR', '2024-07-15')).toBe(500);
    expect(valued('USD', '2024-07-15')).toBe(1000);
    // A year after the latest published one takes that year's rate.
    expect(valued('KES', '2025-02-01')).toBe(10);
    expect(valued('XYZ', '2024-07-15')).toBeNull();
  });

  it('counts Form 1 cases in the year they were proven, not the year they were seized', () => {
    const proven = reportCase({
      seizedOn: '2023-11-02',
      items: [item({ agreements: ['MP'], substance: 'HCFC-22', cites: null })],
      defendants: [person({ verdict: { outcome: 'convicted', on: '2024-02-01' } })],
    });
    const form1 = reportDefinitions['montreal-form1'].rows;
    expect(form1([proven], scope).map((row) => row.cells['seizureDate'])).toEqual(['2023-11-02']);
    expect(form1([proven], { ...scope, year: 2023 })).toEqual([]);
  });

  it('counts persons, not companies, in UN-CTS, and lists a person with no ICCS class', () => {
    const unclassed = reportCase({
      caseId: 'case-2',
      items: [item({ agreements: [] })],
      defendants: [person(), person({ partyId: 'party-2', kind: 'company' })],
    });
    const unCts = reportDefinitions['un-cts'];
    const suspected = unCts
      .rows([everything, unclassed], scope)
      .filter(
        (row) =>
          row.cells['indicator'] === 'Persons arrested/cautioned/suspected' &&
          row.cells['sex'] === 'Total' &&
          row.cells['age'] === 'Total',
      )
      .map((row) => [row.cells['category'], row.cells['value']]);
    expect(suspected).toEqual([
      ['Acts that cause environmental pollution or degradation', 0],
      ['Acts involving the movement or dumping of waste', 0],
      ['Trade or possession of protected or prohibited species of fauna and flora', 1],
      ['Acts that result in the depletion or degradation of natural resources', 0],
      ['Other acts against the natural environment', 0],
    ]);
    const gaps = reportValidation(unCts, [everything, unclassed], scope).incomplete;
    expect(gaps.map((gap) => [gap.caseId, gap.missing.map((column) => column.key)])).toEqual([
      ['case-2', ['category', 'sex', 'age']],
    ]);
  });

  it('breaks UN-CTS counts down by sex and by age band, an unknown one in the totals only', () => {
    const persons = reportCase({
      defendants: [
        person({ sex: 'female', ageBand: 'adult' }),
        person({ partyId: 'party-2', sex: 'male', ageBand: 'juvenile' }),
        person({ partyId: 'party-3', sex: 'male', ageBand: 'unknown' }),
        person({ partyId: 'party-4', sex: 'unknown', ageBand: 'adult' }),
        person({ partyId: 'party-5', kind: 'company' }),
      ],
    });
    const unCts = reportDefinitions['un-cts'];
    const species = unCts
      .rows([persons], scope)
      .filter(
        (row) =>
          row.cells['indicator'] === 'Persons arrested/cautioned/suspected' &&
          row.cells['category'] ===
            'Trade or possession of protected or prohibited species of fauna and flora',
      )
      .map((row) => [
        row.cells['countryCode'],
        row.cells['sex'],
        row.cells['age'],
        row.cells['value'],
      ]);
    expect(species).toEqual([
      ['KEN', 'Total', 'Total', 4],
      ['KEN', 'Female', 'Total', 1],
      ['KEN', 'Male', 'Total', 2],
      ['KEN', 'Total', 'Adult', 2],
      ['KEN', 'Total', 'Juvenile', 1],
    ]);
    // Recorded as not established is an answer; only a person with nothing recorded is a gap.
    expect(reportValidation(unCts, [persons], scope).incomplete).toEqual([]);
  });

  it("gives CEN the offenders' sex and age bands as counts, personal like their nationalities", () => {
    const template = reportTemplates['wco-cen'];
    const offenders = reportCase({
      defendants: [
        person({ sex: 'male', ageBand: 'adult' }),
        person({ partyId: 'party-2', sex: 'female', ageBand: 'adult' }),
        person({ partyId: 'party-3', sex: 'male' }),
        person({ partyId: 'party-4', kind: 'company', nationality: 'CN' }),
      ],
    });
    const rows = reportDefinitions['wco-cen'].rows([offenders], scope);
    expect(rows.map((row) => [row.cells['offenderSex'], row.cells['offenderAge']])).toEqual([
      ['female: 1; male: 2', 'adult: 2'],
    ]);
    const column = (key: string) => template.columns.findIndex((entry) => entry.key === key);
    const [analyst] = reportTable(template, rows, false).cells;
    expect(analyst?.[column('offenderSex')]).toBeNull();
    expect(analyst?.[column('offenderAge')]).toBeNull();
  });

  it('dates a Basel case by the day the movement began as well as the day of detection', () => {
    const [row] = reportDefinitions['basel-illegal-traffic'].rows([everything], scope);
    expect([row?.cells['movementDate'], row?.cells['detectionDate']]).toEqual([
      '2024-06-20',
      '2024-07-15',
    ]);
    const unknown = reportDefinitions['basel-illegal-traffic'].rows(
      [{ ...everything, movementStartedOn: null }],
      scope,
    );
    expect(unknown[0]?.cells['movementDate']).toBeNull();
  });

  it('leaves personal columns empty for a reader without personal fields, and neutralises formulas', () => {
    const template = reportTemplates['cites-aitr'];
    const rows = reportDefinitions['cites-aitr'].rows(
      [reportCase({ agency: '=HYPERLINK("x")' })],
      scope,
    );
    const column = (key: string) => template.columns.findIndex((entry) => entry.key === key);
    const [officer] = reportTable(template, rows, true).cells;
    const [analyst] = reportTable(template, rows, false).cells;
    expect(officer?.[column('offenderNationality')]).toBe('NG');
    expect(analyst?.[column('offenderNationality')]).toBeNull();
    expect(officer?.[column('agency')]).toBe(`'=HYPERLINK("x")`);
  });
});
