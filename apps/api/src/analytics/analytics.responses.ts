import { ApiProperty } from '@nestjs/swagger';
import { DisclosedRowResponse, HiddenCount, HiddenFigure } from './hidden-figures';
import { stageTransitions, type StageTransition } from '@greenchain/contracts';

/** The chain funnel of one group, counted in cases. */
export class FunnelRowResponse extends DisclosedRowResponse {
  @ApiProperty({
    description:
      'The group key (also the react-admin id); "unknown" when absent; "total" for the row counting every case once.',
  })
  id!: string;

  @ApiProperty({ example: 'KE' })
  group!: string;

  @HiddenCount('Cases.')
  seized!: number | null;

  @HiddenCount('Cases.')
  referred!: number | null;

  @HiddenCount('The referral was accepted (prosecution reached).')
  accepted!: number | null;

  @HiddenCount('Cases.')
  charged!: number | null;

  @HiddenCount('Cases.')
  convicted!: number | null;

  @HiddenCount('Cases.')
  sentenced!: number | null;

  @HiddenCount('Cases.')
  closed!: number | null;

  @HiddenCount('Cases.')
  declined!: number | null;

  @HiddenCount('Cases.')
  dismissedOrAcquitted!: number | null;

  @HiddenCount('A pending step is past its deadline on the as-of day.')
  stalled!: number | null;

  @HiddenCount('Cases with a first verdict, which the median is taken over.')
  verdicts!: number | null;

  @HiddenFigure('Median days from seizure to the first verdict; null without one.')
  medianDaysToVerdict!: number | null;
}

/** A ratio over the sentenced defendants it could be computed for. */
export class RatioSummaryResponse {
  @HiddenCount('Defendants the ratio was computed for.')
  counted!: number | null;

  @HiddenCount(
    'Sentenced defendants it could not be computed for: no fine, no known case value or maximum, or an amount without a rate.',
  )
  notCounted!: number | null;

  @HiddenFigure('Null when none was counted.')
  median!: number | null;
}

/** The same ratio with its quartiles and 90th percentile (PERCENTILE.INC). */
export class RatioDistributionResponse extends RatioSummaryResponse {
  @ApiProperty({ nullable: true, type: Number })
  p25!: number | null;

  @ApiProperty({ nullable: true, type: Number })
  p75!: number | null;

  @ApiProperty({ nullable: true, type: Number })
  p90!: number | null;
}

/** Penalties of one group's finally sentenced defendants, with the sentence in force, in USD. */
export class PenaltyAdequacyRowResponse extends DisclosedRowResponse {
  @ApiProperty()
  id!: string;

  @ApiProperty()
  group!: string;

  @HiddenCount('Finally sentenced defendants: convicted, not overturned on appeal, sentenced.')
  sentenced!: number | null;

  @HiddenCount('Of them, those whose case value is known in USD (every item valued and converted).')
  valueKnown!: number | null;

  @ApiProperty({
    type: RatioDistributionResponse,
    description:
      "Fine in USD ÷ the defendant's share of the case value (value ÷ its finally convicted defendants).",
  })
  fineToShare!: RatioDistributionResponse;

  @ApiProperty({
    type: RatioSummaryResponse,
    description: 'Fine ÷ the statutory maximum fine, both in USD.',
  })
  fineToStatutoryMax!: RatioSummaryResponse;

  @HiddenCount('Sentenced to imprisonment of more than 0 months, not suspended.')
  custodial!: number | null;

  @HiddenCount('With a suspended term and no custodial one.')
  suspended!: number | null;

  @HiddenCount('Custodial, or fined at least their share of a known case value.')
  deterrent!: number | null;

  @HiddenFigure('custodial ÷ sentenced.')
  custodialShare!: number | null;

  @HiddenFigure('suspended ÷ sentenced.')
  suspendedShare!: number | null;

  @HiddenFigure('deterrent ÷ sentenced.')
  deterrentShare!: number | null;

  @ApiProperty({
    example: '2026-11-28',
    description: "The day the rate table's figures were read.",
  })
  ratesReadOn!: string;

  @ApiProperty({
    description: "A year after the table's latest published year took that year's rate here.",
  })
  provisionalRates!: boolean;
}

/** A currency's average units per US dollar in a year. */
export class UsdRateRowResponse {
  @ApiProperty({ example: 'KES/2024' })
  id!: string;

  @ApiProperty({ example: 'KES' })
  currency!: string;

  @ApiProperty({ example: 2024 })
  year!: number;

  @ApiProperty({ example: 134.822483279332 })
  unitsPerUsd!: number;

  @ApiProperty({ description: "After the latest published year: that year's rate, provisional." })
  provisional!: boolean;
}

/** The dated rate table the analytics convert money by. */
export class UsdRateTableResponse {
  @ApiProperty({ example: '2026-11-28', description: 'The day the figures were read.' })
  readOn!: string;

  @ApiProperty()
  source!: string;

  @ApiProperty({
    example: 2020,
    description: 'Earlier years have no rate: their amounts stay unconverted.',
  })
  firstYear!: number;

  @ApiProperty({ example: 2024 })
  latestPublishedYear!: number;

  @ApiProperty({ type: [UsdRateRowResponse] })
  rates!: readonly UsdRateRowResponse[];
}

/** One day of a Kaplan–Meier curve. */
export class SurvivalDayResponse {
  @ApiProperty({ description: 'Days since the case entered the start step.' })
  day!: number;

  @ApiProperty({
    description: 'Cases still waiting at the start of the day, censored ones included.',
  })
  atRisk!: number;

  @ApiProperty({ description: 'Cases that made the transition on this day.' })
  ended!: number;

  @ApiProperty({
    description: 'Cases observed until this day only (still open, or left otherwise).',
  })
  censored!: number;

  @ApiProperty({ description: 'Share of cases still waiting at the end of the day.' })
  survival!: number;
}

/** Days a group's cases spent between two steps of the chain. */
export class TimeInStageRowResponse {
  @ApiProperty({ example: 'KE/seizure_to_referral' })
  id!: string;

  @ApiProperty({ example: 'KE' })
  group!: string;

  @ApiProperty({ enum: stageTransitions })
  transition!: StageTransition;

  @ApiProperty({ nullable: true, type: Number, description: 'Cases that entered the start step.' })
  entered!: number | null;

  @ApiProperty({ nullable: true, type: Number, description: 'Cases that made the transition.' })
  completed!: number | null;

  @ApiProperty({ nullable: true, type: Number, description: 'Median days, completed cases.' })
  medianDays!: number | null;

  @ApiProperty({ nullable: true, type: Number, description: '90th percentile (PERCENTILE.INC).' })
  p90Days!: number | null;

  @ApiProperty({
    nullable: true,
    type: Number,
    description:
      'Kaplan–Meier median: open cases censored at the as-of date; null while over half wait.',
  })
  survivalMedianDays!: number | null;

  @ApiProperty({ type: [SurvivalDayResponse] })
  survival!: readonly SurvivalDayResponse[];

  @ApiProperty({ description: 'Figures hidden because fewer than 3 cases stand behind them.' })
  suppressed!: boolean;
}

/** One bin of fine against share of the case value, both in USD, for one group. */
export class PenaltyBinRowResponse extends DisclosedRowResponse {
  @ApiProperty()
  id!: string;

  @ApiProperty()
  group!: string;

  @ApiProperty({ description: 'The bin holds shares of the case value in USD from this amount.' })
  shareFrom!: number;

  @ApiProperty({ description: 'Up to, not including, this amount (ten times shareFrom).' })
  shareTo!: number;

  @ApiProperty({ description: 'The bin holds fines in USD from this amount.' })
  fineFrom!: number;

  @ApiProperty({ description: 'Up to, not including, this amount (ten times fineFrom).' })
  fineTo!: number;

  @HiddenCount('Finally sentenced defendants with a fine and a share of the value in this bin.')
  defendants!: number | null;
}
