import DownloadIcon from '@mui/icons-material/Download';
import { Link } from '@mui/material';
import { useNotify } from 'react-admin';
import { saveBlob } from '../../common/save-blob';
import { fetchBlob } from '../../providers/http-client';

/** One file of a figure's data, as the API serves it. */
export interface FigureFile {
  readonly url: string;
  readonly format: 'csv' | 'xlsx';
  readonly fileName: string;
  /** The link's text: the format, and which table where a figure has several. */
  readonly text: string;
}

interface Props {
  readonly file: FigureFile;
  readonly label: string;
  readonly unavailable: string;
}

export function FigureFileLink({ file, label, unavailable }: Props) {
  const notify = useNotify();
  return (
    <Link
      href={file.url}
      onClick={(event) => {
        // The API wants the session's token, which a plain link would not send.
        event.preventDefault();
        fetchBlob(file.url).then(
          (blob) => saveBlob(blob, file.fileName),
          () => notify(unavailable, { type: 'error' }),
        );
      }}
      aria-label={label}
      sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}
    >
      <DownloadIcon fontSize="small" aria-hidden />
      {file.text}
    </Link>
  );
}
