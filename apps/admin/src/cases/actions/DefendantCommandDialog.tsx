import { CommandDialog, type CommandDialogProps } from '../../common/CommandDialog';
import { type CommandTarget } from '../../common/use-command-submit';

/** What a per-defendant button receives: the case and the defendant it records about. */
export type DefendantTarget = CommandTarget & { readonly partyId: string };

type Props = Omit<CommandDialogProps, 'path' | 'resource' | 'record'> &
  DefendantTarget & {
    /** The command's path under the defendant, e.g. `plea`. */
    readonly command: string;
  };

/** A command dialog about one defendant: its path is under `defendants/<partyId>/`. */
export function DefendantCommandDialog({ partyId, command, ...props }: Props) {
  return <CommandDialog {...props} path={`defendants/${partyId}/${command}`} />;
}
