import { type ReactElement, useState } from 'react';
import { Button, Confirm, useDataProvider, useNotify, useRefresh } from 'react-admin';
import { type GreenchainDataProvider } from '../providers/data-provider';

interface Props {
  readonly resource: string;
  readonly id: string;
  /** The command path: POST /api/<resource>/<id>/<command>. */
  readonly command: string;
  readonly label: string;
  readonly icon: ReactElement;
  readonly title: string;
  readonly content: string;
  readonly done: string;
  readonly onDone?: () => void;
}

/** An operator action that changes running machinery: asked for, confirmed, then sent once. */
export function ConfirmCommandButton(props: Props) {
  const dataProvider = useDataProvider<GreenchainDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [sending, setSending] = useState(false);

  const confirm = async () => {
    setSending(true);
    try {
      await dataProvider.command(props.resource, props.id, props.command, {});
      notify(props.done, { type: 'info', messageArgs: { name: props.id } });
      refresh();
      props.onDone?.();
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
        translateOptions={{ name: props.id }}
        onConfirm={() => void confirm()}
        onClose={() => setOpen(false)}
      />
    </>
  );
}
