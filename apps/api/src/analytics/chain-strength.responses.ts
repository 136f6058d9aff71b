import { ApiProperty } from '@nestjs/swagger';
import type { ChainStrengthPart } from '@greenchain/contracts';

/** One part of the index: its score, the figure it is scaled from, and the counts behind it. */
export class ChainStrengthPartResponse {
  @ApiProperty({
    nullable: true,
    type: Number,
    description:
      'The score in 0..1; null when unknown (resting on fewer than 3) or hidden with a small count.',
  })
  value!: number | null;

  @ApiProperty({
    nullable: true,
    type: Number,
    description:
      'The figure scaled into the score: a rate, a Kaplan–Meier median in days, a median fine ÷ share.',
  })
  measured!: number | null;

  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'What the figure counts: reached the step, made the transition, had a ratio.',
  })
  count!: number | null;

  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Out of: the step before, the cases that entered, the sentenced defendants.',
  })
  of!: number | null;

  @ApiProperty({ description: 'Its weight before renormalisation over the known parts.' })
  weight!: number;
}

/** Each part of the index by name (docs/metrics.md, section 7). */
export class ChainStrengthPartsResponse implements Record<
  ChainStrengthPart,
  ChainStrengthPartResponse
> {
  @ApiProperty({ description: 'Referred or settled ÷ seized, in cases.' })
  referral!: ChainStrengthPartResponse;

  @ApiProperty({ description: 'Charged ÷ referred, in cases.' })
  charging!: ChainStrengthPartResponse;

  @ApiProperty({ description: 'Finally convicted ÷ charged, in defendants.' })
  conviction!: ChainStrengthPartResponse;

  @ApiProperty({ description: 'Sentenced ÷ finally convicted, in defendants.' })
  sentencing!: ChainStrengthPartResponse;

  @ApiProperty({ description: 'Deterrent ÷ sentenced, in defendants.' })
  deterrence!: ChainStrengthPartResponse;

  @ApiProperty({ description: 'Seizure → referral: 30 days ÷ the Kaplan–Meier median, at most 1.' })
  timeToReferral!: ChainStrengthPartResponse;

  @ApiProperty({ description: 'Referral → first charges: 180 days ÷ the median, at most 1.' })
  timeToCharges!: ChainStrengthPartResponse;

  @ApiProperty({ description: 'First charges → first verdict: 365 days ÷ the median, at most 1.' })
  timeToVerdict!: ChainStrengthPartResponse;

  @ApiProperty({ description: 'Median fine ÷ share of the case value, at most 1.' })
  fineAdequacy!: ChainStrengthPartResponse;
}

/** The chain strength index of one country with its parts. */
export class ChainStrengthRowResponse {
  @ApiProperty({ description: 'The country (also the react-admin id).' })
  id!: string;

  @ApiProperty({ example: 'KE' })
  group!: string;

  @ApiProperty({ nullable: true, type: Number, description: 'Seized cases of the country.' })
  cases!: number | null;

  @ApiProperty({
    nullable: true,
    type: Number,
    description:
      'Weighted mean of the known parts in 0..1; null below 5 seized cases, with no part known, or hidden with a small count.',
  })
  index!: number | null;

  @ApiProperty({ description: 'How many of the nine parts the index stands on.' })
  knownParts!: number;

  @ApiProperty()
  parts!: ChainStrengthPartsResponse;

  @ApiProperty({
    required: false,
    description: 'Figures hidden from analysts and administrators: a count behind them is small.',
  })
  suppressed?: boolean;
}
