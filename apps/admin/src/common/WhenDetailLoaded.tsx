import { type ReactNode } from 'react';
import { Loading, useRecordContext } from 'react-admin';

/**
 * Renders the record page once the full record (with its timeline) is loaded: react-admin first
 * shows the list row it has in cache, which lacks the folded state the page reads.
 */
export function WhenDetailLoaded({ children }: { readonly children: ReactNode }) {
  const record = useRecordContext();
  if (!record || !('timeline' in record)) return <Loading />;
  return children;
}
