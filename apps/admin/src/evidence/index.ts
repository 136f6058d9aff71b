import Inventory2Icon from '@mui/icons-material/Inventory2';
import { EvidenceShow } from './EvidenceShow';

export default {
  show: EvidenceShow,
  icon: Inventory2Icon,
  recordRepresentation: (record: { state?: { registration?: { description?: string } } }) =>
    record.state?.registration?.description ?? '',
};
