import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack } from '@mui/material';
import { type ReactElement, type ReactNode, useId, useState } from 'react';
import { Form, useTranslate } from 'react-admin';
import { type Problem } from '../providers/problem-error';
import { BusinessDateInput } from './BusinessDateInput';
import { noRecord } from './no-record';
import { ProblemAlert } from './ProblemAlert';
import { today } from './today';

type Values = Record<string, unknown>;

export interface FormDialogProps {
  /** Translation key of the button and the dialog title. */
  readonly label: string;
  /** A shorter button text than the title (translation key), for a row of a table. */
  readonly buttonLabel?: string;
  /** The button's accessible name when its text alone does not say which row it acts on. */
  readonly ariaLabel?: string;
  readonly icon?: ReactElement;
  readonly danger?: boolean;
  /** For a form of many fields side by side (a whole commodity item). */
  readonly wide?: boolean;
  /** A small button, for a row of a table. */
  readonly small?: boolean;
  readonly open: boolean;
  readonly onOpen: () => void;
  readonly onClose: () => void;
  /** Answers the field errors of a refusal, if any, for the form to show. */
  readonly onSubmit: (values: Values) => Promise<object | undefined>;
  readonly defaultValues?: Values;
  readonly problem: Problem | null;
  readonly children?: ReactNode;
}

/**
 * A button opening a small form that records one fact: the refusal on top, the inputs, the business
 * date (today unless the user says otherwise), and Record disabled while the request is under way.
 */
export function FormDialog(props: FormDialogProps) {
  const { label, buttonLabel, ariaLabel, icon, danger, wide, small } = props;
  const { open, onOpen, onClose, defaultValues, problem } = props;
  const translate = useTranslate();
  const titleId = useId();
  const [submitting, setSubmitting] = useState(false);
  const onSubmit = async (values: Values) => {
    setSubmitting(true);
    try {
      return await props.onSubmit(values);
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
        onClick={onOpen}
        aria-label={ariaLabel}
      >
        {translate(buttonLabel ?? label)}
      </Button>
      <Dialog
        open={open}
        onClose={onClose}
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
              {problem && <ProblemAlert problem={problem} />}
              {props.children}
              <BusinessDateInput />
            </Stack>
          </DialogContent>
          <DialogActions>
            <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
            <Button type="submit" variant="contained" disabled={submitting}>
              {translate('common.command.record')}
            </Button>
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
}
