import { type ReactElement, type ReactNode, useState } from 'react';
import { ConflictDialog } from './ConflictDialog';
import { FormDialog } from './FormDialog';
import { type CommandTarget, useCommandSubmit } from './use-command-submit';

type Values = Record<string, unknown>;

export interface CommandDialogProps extends CommandTarget {
  /** Translation key of the button and the dialog title. */
  readonly label: string;
  /** A shorter button text than the title (translation key), for a row of a table. */
  readonly buttonLabel?: string;
  /** The button's accessible name when its text alone does not say which row it acts on. */
  readonly ariaLabel?: string;
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
  const { path, toBody = (values) => values, children, ...dialog } = props;
  const [open, setOpen] = useState(false);
  const command = useCommandSubmit(
    props,
    (values) => ({ path: typeof path === 'string' ? path : path(values), body: toBody(values) }),
    () => setOpen(false),
  );
  return (
    <>
      <FormDialog
        {...dialog}
        open={open}
        onOpen={() => setOpen(true)}
        onClose={() => setOpen(false)}
        onSubmit={command.submit}
        problem={command.problem}
      >
        {children}
      </FormDialog>
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
