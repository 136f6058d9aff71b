import FolderIcon from '@mui/icons-material/Folder';
import { CaseCreate } from './CaseCreate';
import { CaseList } from './CaseList';
import { CaseShow } from './CaseShow';

/** A list row (reference at the top) or a case page (reference in the seizure). */
interface CaseRow {
  readonly id: string;
  readonly reference?: string | null;
  readonly state?: { readonly seizure?: { readonly reference?: string } };
}

export default {
  list: CaseList,
  show: CaseShow,
  create: CaseCreate,
  icon: FolderIcon,
  recordRepresentation: (record: CaseRow) =>
    record.reference ?? record.state?.seizure?.reference ?? record.id.slice(0, 8),
};
