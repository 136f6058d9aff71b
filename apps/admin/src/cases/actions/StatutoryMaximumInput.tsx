import { NumberInput, TextInput } from 'react-admin';
import { MoneyInput } from '../../common/MoneyInput';

/**
 * What the statute allows at most, so the fine can be compared with it (the adequacy measures need
 * the maximum fine); and why a penalty exceeds it.
 */
export function StatutoryMaximumInput({ prefix = '' }: { readonly prefix?: string }) {
  return (
    <>
      <MoneyInput
        source={`${prefix}statutoryMaximum.fine`}
        label="cases.fields.maximumFine"
        required
      />
      <NumberInput
        source={`${prefix}statutoryMaximum.imprisonmentMonths`}
        label="cases.fields.maximumMonths"
        min={0}
      />
      <TextInput source={`${prefix}aboveMaximumReason`} label="cases.fields.aboveMaximumReason" />
    </>
  );
}
