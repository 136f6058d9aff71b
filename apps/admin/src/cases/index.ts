import FolderIcon from '@mui/icons-material/Folder';
import { lazyPage } from '../common/lazy-page';

/** A list row (reference at the top) or a case page (reference in the seizure). */
interface CaseRow {
  readonly id: string;
  readonly reference?: string | null;
  readonly state?: { readonly seizure?: { readonly reference?: string } };
}

export default {
  list: lazyPage(() => import('./CaseList'), 'CaseList'),
  show: lazyPage(() => import('./CaseShow'), 'CaseShow'),
  create: lazyPage(() => import('./CaseCreate'), 'CaseCreate'),
  icon: FolderIcon,
  recordRepresentation: (record: CaseRow) =>
    record.reference ?? record.state?.seizure?.reference ?? record.id.slice(0, 8),
};
