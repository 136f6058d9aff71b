import { TextField, type TextFieldProps } from '@mui/material';
import { useEffect, useState } from 'react';

type Props = Omit<TextFieldProps, 'value' | 'onChange' | 'onBlur' | 'onKeyDown'> & {
  readonly value: string;
  readonly onCommit: (value: string) => void;
};

/**
 * A free-text filter that applies what was typed on Enter or on leaving the field, not at every
 * keystroke: each change of filter reloads every chart and adds a step to the browser's history.
 */
export function CommittedTextField({ value, onCommit, ...props }: Props) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const commit = () => {
    const next = draft.trim();
    if (next !== value) onCommit(next);
  };
  return (
    <TextField
      {...props}
      value={draft}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit();
      }}
    />
  );
}
