import type { CurrencyRates, UsdRateTable } from '@greenchain/metrics';

/**
 * Units of a currency per US dollar, as a yearly average: an amount converts at the rate of the year
 * of its date (the seizure for goods, the sentence for fines), by the rule of `usdRateOn` in
 * @greenchain/metrics (a year after 2024 takes the 2024 rate, flagged provisional; a year before
 * 2020 has no rate). No rate means the amount is not converted: analytics leave it out and count
 * it, never guess.
 *
 * Provenance, read on 2026-11-28 (the table's date):
 * - Every floating currency, the euro and the dirham: World Bank World Development Indicators,
 *   PA.NUS.FCRF "Official exchange rate (LCU per US$, period average)", which the World Bank takes
 *   from IMF International Financial Statistics. Read from the public mirror
 *   github.com/datasets/world-development-indicators, indicators/pa.nus.fcrf/data.csv at commit
 *   8f2189ea1a951bcadbd341b87f0a5c40480562a2 (CC BY 4.0), and copied as published, unrounded: the
 *   euro is the "Euro area" row (EMU), every other currency the row of the country that issues it.
 * - Second source, for AUD, BRL, CNY, EUR, INR, MXN, MYR, THB and ZAR 2020-2024: the Federal
 *   Reserve's annual averages (FRED AEX* series) in github.com/datasets/exchange-rates,
 *   data/annual.csv at commit 6ce89dd2d063b130ab001c0e34933510ec45aac5. All 45 figures agree within
 *   0.3 %; the table keeps the World Bank figure so that every currency comes from one series.
 * - The CFA francs: the euro area row times the fixed parity of 655.957 francs per euro (restated
 *   by the BCEAO in March 2022). The World Bank's own row for Benin (XOF) is exactly that product
 *   for 2020-2023; for 2024 its CFA rows read 606.345, 0.05 % above the product.
 * A rate added later without such a source is flagged `recalled` and names none.
 */
export type RateProvenance =
  | { readonly confidence: 'verified'; readonly source: string }
  | { readonly confidence: 'recalled' };

/** One currency's yearly averages, with where they were read. */
export type UsdRateSeries = CurrencyRates & RateProvenance;

/** The table with each currency's provenance. */
export type SourcedUsdRateTable = Omit<UsdRateTable, 'currencies'> & {
  readonly currencies: readonly UsdRateSeries[];
};

type YearlyAverages = Readonly<Record<number, number>>;

const yearly = (
  currency: string,
  provenance: RateProvenance,
  unitsPerUsd: YearlyAverages,
): UsdRateSeries[] => [{ currency, unitsPerUsd, ...provenance }];

const worldBankSource =
  'World Bank WDI PA.NUS.FCRF (IMF IFS), github.com/datasets/world-development-indicators indicators/pa.nus.fcrf/data.csv @ 8f2189ea1a951bcadbd341b87f0a5c40480562a2';

const fromWorldBank = (currency: string, averages: YearlyAverages): UsdRateSeries[] =>
  yearly(currency, { confidence: 'verified', source: worldBankSource }, averages);

const euroArea: YearlyAverages = {
  2020: 0.875506396987998,
  2021: 0.84549413889045,
  2022: 0.949623753156941,
  2023: 0.924839558470698,
  2024: 0.923889546117607,
};

/** Yearly averages, 2020 to 2024. */
const floating: readonly UsdRateSeries[] = [
  ...fromWorldBank('EUR', euroArea),
  ...fromWorldBank('KES', {
    2020: 106.450780158517,
    2021: 109.637746592367,
    2022: 117.865989201682,
    2023: 139.846383759617,
    2024: 134.822483279332,
  }),
  ...fromWorldBank('UGX', {
    2020: 3718.24892270924,
    2021: 3587.05170733909,
    2022: 3689.81738566862,
    2023: 3726.14045997085,
    2024: 3757.2625354215,
  }),
  ...fromWorldBank('TZS', {
    2020: 2294.14615050509,
    2021: 2297.76422623792,
    2022: 2303.03367612332,
    2023: 2383.04258333333,
    2024: 2597.90041666667,
  }),
  ...fromWorldBank('GBP', {
    2020: 0.779999576697153,
    2021: 0.727064944688323,
    2022: 0.811301715827773,
    2023: 0.804538906734353,
    2024: 0.782414580986262,
  }),
  ...fromWorldBank('CNY', {
    2020: 6.90076726944925,
    2021: 6.44897518024316,
    2022: 6.73715811237119,
    2023: 7.08399842343631,
    2024: 7.19749110789917,
  }),
  ...fromWorldBank('INR', {
    2020: 74.0995668836052,
    2021: 73.9180128154351,
    2022: 78.6044905829916,
    2023: 82.5992764460784,
    2024: 83.669281580941,
  }),
  ...fromWorldBank('ZAR', {
    2020: 16.4591053903333,
    2021: 14.7786782139167,
    2022: 16.3558534845,
    2023: 18.4502441785,
    2024: 18.3286575505,
  }),
  ...fromWorldBank('AUD', {
    2020: 1.45308511847016,
    2021: 1.33122425957081,
    2022: 1.44166445896522,
    2023: 1.50519106560509,
    2024: 1.51535803855596,
  }),
  ...fromWorldBank('BRL', {
    2020: 5.15517878751281,
    2021: 5.39440078962503,
    2022: 5.16397029102111,
    2023: 4.99437976287199,
    2024: 5.3889349057096,
  }),
  ...fromWorldBank('BDT', {
    2020: 84.8713916666667,
    2021: 85.08376325,
    2022: 91.7454544396961,
    2023: 106.309484297483,
    2024: 115.603653796648,
  }),
  ...fromWorldBank('COP', {
    2020: 3693.27583333333,
    2021: 3744.24416666667,
    2022: 4256.19416666667,
    2023: 4325.955,
    2024: 4074.43416666667,
  }),
  ...fromWorldBank('ETB', {
    2020: 34.9271654040404,
    2021: 43.73377831884,
    2022: 51.7562150334169,
    2023: 54.6009480676569,
    2024: 82.6013363504764,
  }),
  ...fromWorldBank('GHS', {
    2020: 5.59570833333333,
    2021: 5.8057,
    2022: 8.2724,
    2023: 11.0204083333333,
    2024: 14.1819416666667,
  }),
  ...fromWorldBank('IDR', {
    2020: 14582.2034678177,
    2021: 14308.1439011897,
    2022: 14849.8539362105,
    2023: 15236.8846620506,
    2024: 15855.4482866711,
  }),
  ...fromWorldBank('KHR', {
    2020: 4092.78321900878,
    2021: 4098.72279505888,
    2022: 4102.03786482335,
    2023: 4110.65274641577,
    2024: 4072.39723921642,
  }),
  ...fromWorldBank('LAK', {
    2020: 9045.78783382479,
    2021: 9697.91578947368,
    2022: 14035.2266926511,
    2023: 17688.8735909054,
    2024: 20167.3313803145,
  }),
  ...fromWorldBank('MGA', {
    2020: 3787.75405817574,
    2021: 3829.97784932976,
    2022: 4096.11618374535,
    2023: 4429.57921419022,
    2024: 4525.42472099152,
  }),
  ...fromWorldBank('MXN', {
    2020: 21.4856083333333,
    2021: 20.2724083333333,
    2022: 20.12735,
    2023: 17.7587166666667,
    2024: 18.3048583333333,
  }),
  ...fromWorldBank('MYR', {
    2020: 4.20348194851884,
    2021: 4.14329759817721,
    2022: 4.40107634540072,
    2023: 4.56062343240897,
    2024: 4.5764279106858,
  }),
  ...fromWorldBank('MZN', {
    2020: 69.465,
    2021: 65.465,
    2022: 63.8508333333333,
    2023: 63.8858333333333,
    2024: 63.905,
  }),
  ...fromWorldBank('NGN', {
    2020: 358.810797258297,
    2021: 401.152029220779,
    2022: 425.979158066857,
    2023: 645.194067883201,
    2024: 1478.96519740023,
  }),
  ...fromWorldBank('PEN', {
    2020: 3.4949411976912,
    2021: 3.88055413137587,
    2022: 3.83518137473542,
    2023: 3.74382620959376,
    2024: 3.7525,
  }),
  ...fromWorldBank('PHP', {
    2020: 49.6240960026328,
    2021: 49.2545977288412,
    2022: 54.477785837205,
    2023: 55.630363223193,
    2024: 57.2906550699734,
  }),
  ...fromWorldBank('PKR', {
    2020: 161.838479684718,
    2021: 162.906253747418,
    2022: 204.867187469982,
    2023: 280.356111655149,
    2024: 278.580716167563,
  }),
  ...fromWorldBank('PLN', {
    2020: 3.89974166666667,
    2021: 3.86191666666667,
    2022: 4.45775833333333,
    2023: 4.20366666666667,
    2024: 3.98078333333333,
  }),
  ...fromWorldBank('PYG', {
    2020: 6771.09742519652,
    2021: 6774.16273484849,
    2022: 6982.75237776692,
    2023: 7288.87205374128,
    2024: 7560.24758837744,
  }),
  ...fromWorldBank('THB', {
    2020: 31.2936732130832,
    2021: 31.9770934417717,
    2022: 35.0613502144776,
    2023: 34.8021885808364,
    2024: 35.2935380808081,
  }),
  ...fromWorldBank('TRY', {
    2020: 7.00860541558522,
    2021: 8.85040754928315,
    2022: 16.5488604173067,
    2023: 23.7385661219918,
    2024: 32.8058614432703,
  }),
  ...fromWorldBank('VND', {
    2020: 23208.3683333333,
    2021: 23159.7825925926,
    2022: 23271.2125,
    2023: 23787.3191666667,
    2024: 24164.8858333333,
  }),
];

const cfaFrancsPerEuro = 655.957;

/**
 * Currencies fixed to another by law: the UAE dirham to the dollar (the World Bank row shows the
 * peg, 3.6725), the two CFA francs to the euro, so their rate follows the euro's.
 */
const pegged: readonly UsdRateSeries[] = [
  ...fromWorldBank('AED', { 2020: 3.6725, 2021: 3.6725, 2022: 3.6725, 2023: 3.6725, 2024: 3.6725 }),
  ...['XOF', 'XAF'].flatMap((currency) =>
    yearly(
      currency,
      {
        confidence: 'verified',
        source: `${worldBankSource}, euro area row × ${cfaFrancsPerEuro} CFA francs per euro (fixed parity)`,
      },
      Object.fromEntries(
        Object.entries(euroArea).map(([year, perUsd]) => [year, perUsd * cfaFrancsPerEuro]),
      ),
    ),
  ),
];

/** The table every money figure converts by; its date and source are served with each answer. */
export const usdRateTable: SourcedUsdRateTable = {
  readOn: '2026-11-28',
  source:
    'World Bank WDI PA.NUS.FCRF, official exchange rate, LCU per US$, period average (IMF IFS); CFA francs from the euro by their fixed parity',
  firstYear: 2020,
  latestYear: 2024,
  currencies: [...floating, ...pegged],
};
