import { useEffect } from 'react';
import { useLocaleState } from 'react-admin';

/** Screen readers pick their voice from <html lang>: keep it on the language chosen. */
export function useDocumentLanguage(): void {
  const [locale] = useLocaleState();
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
}
