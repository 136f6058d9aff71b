import DownloadIcon from '@mui/icons-material/Download';
import { Button, Menu, MenuItem } from '@mui/material';
import { useState } from 'react';
import { useListContext, useTranslate } from 'react-admin';
import { type ExportFormat } from '@greenchain/contracts';
import { ExportProgressDialog } from './ExportProgressDialog';

/** Exports the filtered list through the server's export job (every row, not just this page). */
export function ExportCasesButton() {
  const translate = useTranslate();
  const { filterValues, sort } = useListContext<{ id: string }>() as {
    filterValues: object;
    sort: { field: string; order: string };
  };
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [format, setFormat] = useState<ExportFormat | null>(null);
  const choose = (chosen: ExportFormat) => {
    setAnchor(null);
    setFormat(chosen);
  };
  return (
    <>
      <Button
        size="small"
        startIcon={<DownloadIcon />}
        aria-haspopup="menu"
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        {translate('cases.export.button')}
      </Button>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        <MenuItem onClick={() => choose('csv')}>CSV</MenuItem>
        <MenuItem onClick={() => choose('xlsx')}>XLSX</MenuItem>
      </Menu>
      {format && (
        <ExportProgressDialog
          format={format}
          filter={filterValues}
          sort={[sort.field, sort.order]}
          onClose={() => setFormat(null)}
        />
      )}
    </>
  );
}
