import DownloadIcon from '@mui/icons-material/Download';
import { Link } from '@mui/material';
import { useNotify, useTranslate } from 'react-admin';
import { saveBlob } from '../common/save-blob';
import { fetchBlob } from '../providers/http-client';

export type AnalyticsFileFormat = 'csv' | 'xlsx';

interface Props {
  /** The table's title, in each link's accessible name. */
  readonly title: string;
  /** The file's name without its extension. */
  readonly fileName: string;
  /** The API address of the table as a file of that format. */
  readonly url: (format: AnalyticsFileFormat) => string;
}

/** The CSV and XLSX of an analytics table, as the API serves them for the filter on screen. */
export function AnalyticsFileLinks({ title, fileName, url }: Props) {
  const translate = useTranslate();
  const notify = useNotify();
  return (['csv', 'xlsx'] as const).map((format) => {
    const href = url(format);
    return (
      <Link
        key={format}
        href={href}
        onClick={(event) => {
          // The API wants the session's token, which a plain link would not send.
          event.preventDefault();
          fetchBlob(href).then(
            (blob) => saveBlob(blob, `${fileName}.${format}`),
            () => notify('analytics.unavailable', { type: 'error' }),
          );
        }}
        aria-label={translate(`analytics.panel.${format}`, { title })}
        sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}
      >
        <DownloadIcon fontSize="small" aria-hidden />
        {format.toUpperCase()}
      </Link>
    );
  });
}
