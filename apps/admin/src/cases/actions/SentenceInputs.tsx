import { PenaltyLinesInput } from '../../common/PenaltyLinesInput';
import { StatutoryMaximumInput } from './StatutoryMaximumInput';

/** A sentence: its penalty lines and what the statute allows at most (prefix: where it sits). */
export function SentenceInputs({ prefix = '' }: { readonly prefix?: string }) {
  return (
    <>
      <PenaltyLinesInput source={`${prefix}penaltyLines`} />
      <StatutoryMaximumInput prefix={prefix} />
    </>
  );
}
