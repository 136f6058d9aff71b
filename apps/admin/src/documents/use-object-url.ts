import { useEffect, useState } from 'react';

/**
 * Bytes fetched with the session's token (a plain link would carry none), shown from an object
 * URL that is revoked when the component goes or the bytes change. `load` is called again when
 * `key` changes.
 */
export function useObjectUrl(load: () => Promise<Blob>, key: string) {
  const [url, setUrl] = useState<string>();
  const [failure, setFailure] = useState<string>();
  useEffect(() => {
    let objectUrl: string | undefined;
    let current = true;
    load().then(
      (blob) => {
        if (!current) return;
        objectUrl = URL.createObjectURL(blob);
        setUrl(objectUrl);
      },
      (error: Error) => current && setFailure(error.message),
    );
    return () => {
      current = false;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
    // `load` is a new closure on every render; `key` names what it loads.
  }, [key]);
  return { url, failure };
}
