import { TextInput } from 'react-admin';

/** The free-text note many commands take (optional). */
export function NoteInput() {
  return <TextInput source="note" label="cases.fields.note" multiline />;
}
