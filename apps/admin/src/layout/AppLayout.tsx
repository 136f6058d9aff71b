import { type ReactNode } from 'react';
import { Layout } from 'react-admin';
import { useDocumentLanguage } from '../i18n/use-document-language';
import { ReauthenticationDialog } from '../passwords/ReauthenticationDialog';
import { AppBar } from './AppBar';
import { AppMenu } from './AppMenu';

/**
 * react-admin lets the layout grow to its widest content; a wide table then widens the whole page.
 * Keeping the content to the window makes such tables scroll inside their own container instead.
 */
const fitToWindow = { minWidth: 0, '& .RaLayout-content': { minWidth: 0 } };

export function AppLayout({ children }: { children: ReactNode }) {
  useDocumentLanguage();
  return (
    <Layout appBar={AppBar} menu={AppMenu} sx={fitToWindow}>
      {children}
      <ReauthenticationDialog />
    </Layout>
  );
}
