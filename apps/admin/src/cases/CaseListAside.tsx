import { Card, CardContent } from '@mui/material';
import { FilterList, FilterListItem, SavedQueriesList } from 'react-admin';
import WarningIcon from '@mui/icons-material/Warning';

/** Saved filters (kept in this browser) and one-click facets. */
export function CaseListAside() {
  return (
    <Card
      sx={{
        order: -1,
        mr: 2,
        mt: 8,
        width: 200,
        flexShrink: 0,
        display: { xs: 'none', lg: 'block' },
      }}
    >
      <CardContent>
        <SavedQueriesList />
        <FilterList label="cases.fields.stalled" icon={<WarningIcon />}>
          <FilterListItem label="cases.page.stalledOnly" value={{ stalled: true }} />
        </FilterList>
      </CardContent>
    </Card>
  );
}
