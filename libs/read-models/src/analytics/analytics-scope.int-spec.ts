import { analyticsGroups, type AnalyticsGroup } from '@greenchain/contracts';
import { caseStream, type CaseEvent } from '@greenchain/domain';
import { randomUUID } from 'node:crypto';
import { detected, event, item, seizure } from '@greenchain/domain/fixtures/case.fixtures';
import { caseHistoryProjection } from '../projections';
import {
  appendEvents,
  project,
  readModelDatabase,
  type ReadModelFixture,
} from '../test-support/read-model-fixture';
import {
  filteredCasesSql,
  groupKeySql,
  unknownGroup,
  type AnalyticsFilter,
} from './analytics-scope';
import { SqlParameters } from './sql-parameters';

/** Pangolin scales and ivory flown out of Nairobi to Viet Nam through Dubai, in two items. */
const wildlife: CaseEvent[] = [
  event(
    'SeizureRecorded',
    {
      ...seizure,
      caseId: 'case-2',
      country: 'KE',
      location: { name: 'JKIA', type: 'airport' },
      direction: 'export',
      transportMode: 'air_cargo',
      route: { origin: 'KE', transit: ['AE'], destination: 'VN' },
    },
    '2025-08-15',
  ),
  event(
    'CommodityItemAdded',
    {
      ...item,
      itemId: 'scales',
      agreements: ['CITES'],
      hsDeclared: '0508.00',
      hsEstablished: '0508.00',
      substance: undefined,
      species: 'Manis gigantea',
    },
    '2025-08-15',
  ),
  // Added on the 20th: a breakdown before that day sees only the scales.
  event(
    'CommodityItemAdded',
    {
      ...item,
      itemId: 'ivory',
      agreements: ['CITES'],
      hsDeclared: '0507.10',
      hsEstablished: '0507.10',
      substance: undefined,
      species: 'Loxodonta africana',
    },
    '2025-08-20',
  ),
];

/** A seizure at a land border with no route recorded and goods no agreement or HS entry names. */
const unclassified: CaseEvent[] = [
  event(
    'SeizureRecorded',
    {
      ...seizure,
      caseId: 'case-3',
      country: 'KE',
      location: { name: 'Namanga', type: 'land_border' },
      direction: 'import',
      transportMode: 'road',
      route: {},
    },
    '2025-07-01',
  ),
  event(
    'CommodityItemAdded',
    {
      ...item,
      itemId: 'shoes',
      agreements: [],
      hsDeclared: '6403.99',
      hsEstablished: undefined,
      substance: undefined,
    },
    '2025-07-01',
  ),
];

describe('analytics breakdowns and filters on case_history', () => {
  let fixture: ReadModelFixture;

  beforeAll(async () => {
    fixture = await readModelDatabase('rm_breakdowns');
    // HCFC-22 seized in Paraguay on 1 March 2024, shipped from China through Uruguay.
    await appendEvents(fixture.store, caseStream.streamId(randomUUID()), detected);
    await appendEvents(fixture.store, caseStream.streamId(randomUUID()), wildlife);
    await appendEvents(fixture.store, caseStream.streamId(randomUUID()), unclassified);
    await project(fixture, caseHistoryProjection);
  });
  afterAll(() => fixture?.database.drop());

  /** Cases per group key, as every analytics query counts them. */
  async function casesBy(
    group: AnalyticsGroup,
    filter: Partial<AnalyticsFilter> = {},
    asOf = '2026-01-01',
  ): Promise<[string, number][]> {
    const parameters = new SqlParameters();
    const cases = filteredCasesSql({ ...filter, asOf }, parameters);
    const rows = await fixture.database.dataSource.query<{ key: string | null; cases: number }[]>(
      `WITH ${cases.sql}
       SELECT g.key, count(*)::int AS cases
         FROM c CROSS JOIN LATERAL unnest(${groupKeySql(group)}) AS g(key)
        GROUP BY g.key ORDER BY g.key NULLS LAST`,
      [...parameters.values],
    );
    return rows.map((row) => [row.key ?? unknownGroup, row.cases]);
  }

  it.each<[AnalyticsGroup, [string, number][]]>([
    [
      'region',
      [
        ['005', 1],
        ['014', 2],
      ],
    ],
    [
      'commodityGroup',
      [
        ['ods', 1],
        ['wildlife', 1],
        ['unknown', 1],
      ],
    ],
    [
      'hsChapter',
      [
        ['05', 1],
        ['29', 1],
        ['64', 1],
      ],
    ],
    [
      'speciesOrSubstance',
      [
        ['HCFC-22', 1],
        ['Loxodonta africana', 1],
        ['Manis gigantea', 1],
        ['unknown', 1],
      ],
    ],
    [
      'locationType',
      [
        ['airport', 1],
        ['land_border', 1],
        ['seaport', 1],
      ],
    ],
    [
      'direction',
      [
        ['export', 1],
        ['import', 2],
      ],
    ],
    [
      'year',
      [
        ['2024', 1],
        ['2025', 2],
      ],
    ],
    [
      'quarter',
      [
        ['2024-Q1', 1],
        ['2025-Q3', 2],
      ],
    ],
    [
      'route',
      [
        ['CN → UY → PY', 1],
        ['KE → AE → VN', 1],
        ['unknown', 1],
      ],
    ],
  ])('counts the cases by %s, each once under each of its values', async (group, expected) => {
    expect(await casesBy(group)).toEqual(expected);
  });

  it('offers every group of the contract', async () => {
    for (const group of analyticsGroups) {
      const counts = await casesBy(group);
      expect(counts.reduce((sum, [, cases]) => sum + cases, 0)).toBeGreaterThanOrEqual(3);
    }
  });

  it('groups the values a case had on the as-of day', async () => {
    expect(await casesBy('speciesOrSubstance', { country: ['KE'] }, '2025-08-19')).toEqual([
      ['Manis gigantea', 1],
      ['unknown', 1],
    ]);
  });

  it.each<[Partial<AnalyticsFilter>, [string, number][]]>([
    [{ region: ['014'] }, [['KE', 2]]],
    [{ region: ['155'] }, []],
    [{ commodityGroup: ['wildlife', 'mercury'] }, [['KE', 1]]],
    [{ hsChapter: ['29'] }, [['PY', 1]]],
    [{ speciesOrSubstance: ['Loxodonta africana'] }, [['KE', 1]]],
    [
      { locationType: ['seaport', 'land_border'] },
      [
        ['KE', 1],
        ['PY', 1],
      ],
    ],
    [
      { direction: ['import'] },
      [
        ['KE', 1],
        ['PY', 1],
      ],
    ],
    [{ year: [2024] }, [['PY', 1]]],
    [{ quarter: ['2025-Q3'] }, [['KE', 2]]],
    [{ quarter: ['2025-Q2'] }, []],
    [{ origin: ['CN'] }, [['PY', 1]]],
    [{ transit: ['AE'] }, [['KE', 1]]],
    [{ transit: ['UY'], destination: ['VN'] }, []],
    [
      { destination: ['VN', 'PY'] },
      [
        ['KE', 1],
        ['PY', 1],
      ],
    ],
  ])('filters %j', async (filter, expected) => {
    expect(await casesBy('country', filter)).toEqual(expected);
  });
});
