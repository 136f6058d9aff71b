import { CreateButton, FilterButton, TopToolbar } from 'react-admin';
import { session } from '../providers/session';
import { ExportCasesButton } from './ExportCasesButton';

export function CaseListActions() {
  return (
    <TopToolbar>
      <FilterButton />
      {session.user()?.role === 'customs' && <CreateButton label="cases.actions.recordSeizure" />}
      <ExportCasesButton />
    </TopToolbar>
  );
}
