import AttachFileIcon from '@mui/icons-material/AttachFile';
import { Box, LinearProgress, Typography } from '@mui/material';
import { useRef, useState } from 'react';
import { FileField, FileInput, required, useNotify, useRefresh, useTranslate } from 'react-admin';
import { type CaseRecord } from '../cases/case-record';
import { type ExhibitRow } from '../cases/use-case-exhibits';
import { FormDialog } from '../common/FormDialog';
import { newIdempotencyKey } from '../providers/idempotency-key';
import { fieldErrorsOf, isProblem, type Problem, problemOf } from '../providers/problem-error';
import { uploadFile } from '../providers/upload-file';
import { DocumentPlacementInputs } from './DocumentPlacementInputs';
import { TakePhotographButton } from './TakePhotographButton';
import { stepChoices } from './document-steps';
import { targetChoices, targetOfChoice, uploadPath } from './document-targets';

/** A file as react-admin's FileInput holds it. */
interface ChosenFile {
  readonly rawFile: File;
  readonly title: string;
}

interface Progress {
  readonly name: string;
  readonly current: number;
  readonly total: number;
  readonly sent: number;
}

/** The same file sent again with the same details is the same action: one key for both. */
function identity(file: File, fields: Record<string, string>, target: string): string {
  return JSON.stringify([file.name, file.size, file.lastModified, fields, target]);
}

/**
 * Attaches files to the case, one of its exhibits or a step of its chain, one upload after the other (each a command
 * on the case, the next sent with the version the last one answered), with the progress of each.
 * A refusal stops there and is shown in the API's words; what was attached before it stays.
 */
export function AttachDocumentsButton({
  record,
  exhibits,
}: {
  readonly record: CaseRecord;
  readonly exhibits: readonly ExhibitRow[];
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [progress, setProgress] = useState<Progress>();
  const keys = useRef(new Map<string, string>());

  const keyOf = (identityOfFile: string) => {
    const key = keys.current.get(identityOfFile) ?? newIdempotencyKey();
    keys.current.set(identityOfFile, key);
    return key;
  };

  const submit = async (values: Record<string, unknown>) => {
    const files = (values.file as ChosenFile[] | undefined) ?? [];
    const fields = {
      occurredAt: String(values.occurredAt),
      personalData: String(values.personalData),
    };
    const target = String(values.target);
    const path = uploadPath(String(record.id), targetOfChoice(target));
    let version = record.version;
    setProblem(null);
    for (const [index, { rawFile }] of files.entries()) {
      const key = identity(rawFile, fields, target);
      const report = (sent: number) =>
        setProgress({ name: rawFile.name, current: index + 1, total: files.length, sent });
      report(0);
      try {
        const result = await uploadFile({
          path,
          file: rawFile,
          fields,
          version,
          idempotencyKey: keyOf(key),
          onProgress: report,
        });
        version = result.streamVersion;
        keys.current.delete(key);
      } catch (error) {
        setProgress(undefined);
        return refused(error, index, files.length, rawFile.name);
      }
    }
    setProgress(undefined);
    notify('documents.attached', { type: 'success', messageArgs: { smart_count: files.length } });
    refresh();
    setOpen(false);
    return undefined;
  };

  const refused = (error: unknown, done: number, total: number, name: string) => {
    const problem = problemOf(error) ?? { status: 0, detail: (error as Error).message };
    setProblem(problem);
    if (done > 0) {
      notify('documents.partly', { type: 'warning', messageArgs: { done, total, name } });
      refresh();
    }
    return isProblem(problem) ? fieldErrorsOf(problem) : undefined;
  };

  return (
    <FormDialog
      label="documents.attach"
      icon={<AttachFileIcon />}
      open={open}
      onOpen={() => {
        setProblem(null);
        setOpen(true);
      }}
      onClose={() => setOpen(false)}
      onSubmit={submit}
      problem={problem}
      defaultValues={{ target: 'case', personalData: 'may-hold' }}
    >
      <FileInput
        source="file"
        label="documents.files"
        helperText="documents.filesHelp"
        multiple
        validate={required()}
      >
        <FileField source="src" title="title" />
      </FileInput>
      <TakePhotographButton source="file" />
      <DocumentPlacementInputs
        targets={targetChoices(exhibits, translate, undefined, stepChoices(record.state))}
      />
      {progress && (
        <Box sx={{ my: 1 }}>
          <Typography variant="body2" id="document-upload-progress">
            {translate('documents.uploading', progress)}
          </Typography>
          <LinearProgress
            variant="determinate"
            value={Math.round(progress.sent * 100)}
            aria-labelledby="document-upload-progress"
          />
        </Box>
      )}
    </FormDialog>
  );
}
