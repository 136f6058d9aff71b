import { type DocumentSummary, documentLimits } from '@greenchain/contracts';
import { maxLength, required, TextInput, useTranslate } from 'react-admin';
import { ReasonInput } from '../cases/actions/ReasonInput';
import { type CaseRecord } from '../cases/case-record';
import { type ExhibitRow } from '../cases/use-case-exhibits';
import { CommandDialog } from '../common/CommandDialog';
import { documentName } from './document-name';
import { DocumentPlacementInputs } from './DocumentPlacementInputs';
import { targetChoiceId, targetChoices, targetOfChoice } from './document-targets';

/**
 * Records DocumentCorrected: the file's name, what it is attached to, its personal-data marking,
 * with the reason. The bytes and their hash never change.
 */
export function CorrectDocumentButton({
  record,
  document,
  exhibits,
}: {
  readonly record: CaseRecord;
  readonly document: DocumentSummary;
  readonly exhibits: readonly ExhibitRow[];
}) {
  const translate = useTranslate();
  return (
    <CommandDialog
      resource="cases"
      record={record}
      label="documents.correctTitle"
      buttonLabel="documents.correct"
      ariaLabel={translate('documents.correctOf', { name: documentName(document, translate) })}
      small
      path={`documents/${encodeURIComponent(document.documentId)}/correct`}
      defaultValues={{
        fileName: typeof document.fileName === 'string' ? document.fileName : '',
        target: targetChoiceId(document.attachedTo),
        personalData: document.personalData,
      }}
      toBody={({ target, ...values }) => ({
        ...values,
        attachedTo: targetOfChoice(String(target)),
      })}
    >
      <TextInput
        source="fileName"
        label="documents.fileName"
        validate={[required(), maxLength(documentLimits.fileName)]}
      />
      <DocumentPlacementInputs targets={targetChoices(exhibits, translate, document.attachedTo)} />
      <ReasonInput />
    </CommandDialog>
  );
}
