import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { stageTransitions, type StageTransition } from '@greenchain/contracts';

/** The chain funnel of one group, counted in cases. */
/** A count of cases, hidden (null) from analysts behind one or two cases or as their complement. */
const count = (description?: string) =>
  ApiProperty({
    type: 'integer',
    nullable: true,
    description: `${description ?? 'Cases.'} Null where hidden from analysts and administrators (small cells).`,
  });

export class FunnelRowResponse {
  @ApiProperty({
    description:
      'The group key (also the react-admin id); "unknown" when absent; "total" for the row counting every case once.',
  })
  id!: string;

  @ApiProperty({ example: 'KE' })
  group!: string;

  @count()
  seized!: number | null;

  @count()
  referred!: number | null;

  @count('The referral was accepted (prosecution reached).')
  accepted!: number | null;

  @count()
  charged!: number | null;

  @count()
  convicted!: number | null;

  @count()
  sentenced!: number | null;

  @count()
  closed!: number | null;

  @count()
  declined!: number | null;

  @count()
  dismissedOrAcquitted!: number | null;

  @count('A pending step is past its deadline on the as-of day.')
  stalled!: number | null;

  @count('Cases with a first verdict, which the median is taken over.')
  verdicts!: number | null;

  @ApiPropertyOptional({
    type: 'number',
    nullable: true,
    description: 'Median days from seizure to the first verdict; null without one or when hidden.',
  })
  medianDaysToVerdict?: number | null;

  @ApiPropertyOptional({ description: 'True when a figure of this row is hidden (small cells).' })
  suppressed?: boolean;
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
