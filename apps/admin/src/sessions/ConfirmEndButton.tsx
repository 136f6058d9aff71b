import { type ReactElement, useState } from 'react';
import { Button, Confirm, useNotify } from 'react-admin';
import { type EndedSessions } from '@greenchain/contracts';

interface Props {
  readonly label: string;
  readonly icon: ReactElement;
  readonly title: string;
  readonly content: string;
  /** The message once done; given `smart_count`, the number of sessions ended. */
  readonly done: string;
  readonly end: () => Promise<EndedSessions>;
  readonly onDone: () => void;
}

/** Ending sessions signs someone out somewhere: asked for, confirmed, then sent once. */
export function ConfirmEndButton(props: Props) {
  const notify = useNotify();
  const [open, setOpen] = useState(false);
  const [sending, setSending] = useState(false);

  const confirm = async () => {
    setSending(true);
    try {
      const { ended } = await props.end();
      notify(props.done, { type: 'info', messageArgs: { smart_count: ended } });
      props.onDone();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setSending(false);
      setOpen(false);
    }
  };

  return (
    <>
      <Button label={props.label} onClick={() => setOpen(true)} disabled={sending}>
        {props.icon}
      </Button>
      <Confirm
        isOpen={open}
        loading={sending}
        title={props.title}
        content={props.content}
        onConfirm={() => void confirm()}
        onClose={() => setOpen(false)}
      />
    </>
  );
}
