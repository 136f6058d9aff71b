import { textLimits } from '@greenchain/contracts';
import { type PenaltyLine, type SentenceDetails } from '@greenchain/domain';
import { Nested, OptionalText } from '../../commands/bodies/text.decorators';
import { type PenaltyLineBody } from './penalty-line.body';
import { PenaltyLines } from './penalty-lines.decorator';
import { StatutoryMaximumBody } from './statutory-maximum.body';

export class SentenceBody {
  @PenaltyLines(20, 'The penalties imposed.')
  penaltyLines!: PenaltyLineBody[];

  @Nested(() => StatutoryMaximumBody, 'What the statute allows at most.')
  statutoryMaximum!: StatutoryMaximumBody;

  @OptionalText(textLimits.note, 'Why a penalty exceeds the statutory maximum.')
  aboveMaximumReason?: string;
}

/** The union of penalty kinds is checked by the domain, which names the failing field. */
export function sentenceDetails<T extends SentenceBody>(
  body: T,
): Omit<T, 'penaltyLines'> & SentenceDetails {
  return { ...body, penaltyLines: penaltyLines(body.penaltyLines) };
}

export function penaltyLines(lines: readonly PenaltyLineBody[]): PenaltyLine[] {
  return lines.map((line) => ({ ...line }) as unknown as PenaltyLine);
}
