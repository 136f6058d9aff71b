import { required } from 'react-admin';
import { CodeListInput } from '../../common/CodeListInput';
import { NoteInput } from './NoteInput';

/** Why a prosecutor declines or withdraws: a code of the declineReasons list and a note. */
export function ProsecutionDecisionInputs() {
  return (
    <>
      <CodeListInput
        list="declineReasons"
        source="reasonCode"
        label="cases.fields.reasonCode"
        validate={required()}
      />
      <NoteInput />
    </>
  );
}
