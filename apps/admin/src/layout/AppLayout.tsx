import { type ReactNode } from 'react';
import { Layout } from 'react-admin';
import { useDocumentLanguage } from '../i18n/use-document-language';
import { AppBar } from './AppBar';
import { AppMenu } from './AppMenu';

export function AppLayout({ children }: { children: ReactNode }) {
  useDocumentLanguage();
  return (
    <Layout appBar={AppBar} menu={AppMenu}>
      {children}
    </Layout>
  );
}
