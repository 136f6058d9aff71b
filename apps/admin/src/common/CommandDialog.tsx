import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack } from '@mui/material';
import { type ReactElement, type ReactNode, useId, useState } from 'react';
import { Form, useTranslate } from 'react-admin';
import { BusinessDateInput } from './BusinessDateInput';
import { ConflictDialog } from './ConflictDialog';
import { noRecord } from './no-record';
import { ProblemAlert } from './ProblemAlert';
import { today } from './today';
import { type CommandTarget, useCommandSubmit } from './use-command-submit';

type Values = Record<string, unknown>;

export interface CommandDialogProps extends CommandTarget {
  /** Translation key of the button and the dialog title. */
  readonly label: string;
  readonly icon?: ReactElement;
  /** The command's path under the record, from the form values when it names a party or item. */
  readonly path: string | ((values: Values) => string);
  /** The request body from the form values; the values themselves by default. */
  readonly toBody?: (values: Values) => unknown;
  readonly defaultValues?: Values;
  readonly danger?: boolean;
  /** For a form of many fields side by side (a whole commodity item). */
  readonly wide?: boolean;
  /** A small button, for a row of a table. */
  readonly small?: boolean;
  readonly children?: ReactNode;
}

/** A button opening a small form that records one command on the record (pessimistic, no undo). */
export function CommandDialog(props: CommandDialogProps) {
  const {
    label,
    icon,
    path,
    toBody = (values) => values,
    defaultValues,
    danger,
    wide,
    small,
    children,
  } = props;
  const translate = useTranslate();
  const titleId = useId();
  const [open, setOpen] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const command = useCommandSubmit(
    props,
    (values) => ({ path: typeof path === 'string' ? path : path(values), body: toBody(values) }),
    () => setOpen(false),
  );
  const onSubmit = async (values: Values) => {
    setSubmitting(true);
    try {
      return await command.submit(values);
    } finally {
      setSubmitting(false);
    }
  };
  return (
    <>
      <Button
        variant="outlined"
        color={danger ? 'error' : 'primary'}
        startIcon={icon}
        size={small ? 'small' : 'medium'}
        onClick={() => setOpen(true)}
      >
        {translate(label)}
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        aria-labelledby={titleId}
        fullWidth
        maxWidth={wide ? 'md' : 'sm'}
      >
        <DialogTitle id={titleId}>{translate(label)}</DialogTitle>
        <Form
          onSubmit={onSubmit}
          record={noRecord}
          defaultValues={{ occurredAt: today(), ...defaultValues }}
        >
          <DialogContent>
            <Stack>
              {command.problem && <ProblemAlert problem={command.problem} />}
              {children}
              <BusinessDateInput />
            </Stack>
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</Button>
            <Button type="submit" variant="contained" disabled={submitting}>
              {translate('greenchain.command.record')}
            </Button>
          </DialogActions>
        </Form>
      </Dialog>
      {command.conflict && (
        <ConflictDialog
          changes={command.conflict.changes}
          onRetry={() => void command.retry()}
          onCancel={command.cancelConflict}
        />
      )}
    </>
  );
}
