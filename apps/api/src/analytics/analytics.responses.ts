import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { stageTransitions, type StageTransition } from '@greenchain/contracts';

/** The chain funnel of one group, counted in cases. */
export class FunnelRowResponse {
  @ApiProperty({ description: 'The group key (also the react-admin id); "unknown" when absent.' })
  id!: string;

  @ApiProperty({ example: 'KE' })
  group!: string;

  @ApiProperty()
  seized!: number;

  @ApiProperty()
  referred!: number;

  @ApiProperty({ description: 'The referral was accepted (prosecution reached).' })
  accepted!: number;

  @ApiProperty()
  charged!: number;

  @ApiProperty()
  convicted!: number;

  @ApiProperty()
  sentenced!: number;

  @ApiProperty()
  closed!: number;

  @ApiProperty()
  declined!: number;

  @ApiProperty()
  dismissedOrAcquitted!: number;

  @ApiProperty({ description: 'A pending step is past its deadline today.' })
  stalled!: number;

  @ApiPropertyOptional({ description: 'Median days from seizure to the first verdict.' })
  medianDaysToVerdict?: number;
}

/** Fines against the value of the goods for the sentenced defendants of one group, in USD. */
export class PenaltyAdequacyRowResponse {
  @ApiProperty()
  id!: string;

  @ApiProperty()
  group!: string;

  @ApiProperty({ description: 'Sentenced defendants.' })
  sentenced!: number;

  @ApiProperty({ description: 'Their fines in USD; amounts without a rate left out.' })
  finesTotal!: number;

  @ApiProperty({
    description: 'Values of their cases in USD, over cases whose every item value converts.',
  })
  estimatedValueTotal!: number;

  @ApiProperty({ description: 'Defendants whose whole fine is below their share of the value.' })
  finesBelowValue!: number;

  @ApiProperty({ nullable: true, type: Number, description: 'finesTotal / estimatedValueTotal.' })
  ratio!: number | null;

  @ApiProperty({
    description:
      'Amounts left out because the rate table has no rate for their currency and year (rates: yearly averages, recalled and not yet verified against IMF IFS).',
  })
  unconvertedAmounts!: number;

  @ApiProperty({ type: [String], example: ['CDF'] })
  unconvertedCurrencies!: string[];
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
