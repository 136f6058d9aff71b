import PhotoCameraIcon from '@mui/icons-material/PhotoCamera';
import { Button } from '@mui/material';
import { useRef } from 'react';
import { useFormContext } from 'react-hook-form';
import { useTranslate } from 'react-admin';

/**
 * Opens a phone's camera (`capture`) and adds the photograph to the files chosen: the file input
 * beside it also takes PDFs, which a camera-only input would hide. A computer without a camera
 * offers its picture files.
 */
export function TakePhotographButton({ source }: { readonly source: string }) {
  const translate = useTranslate();
  const { getValues, setValue } = useFormContext();
  const input = useRef<HTMLInputElement>(null);

  const taken = (files: FileList | null) => {
    const chosen = (getValues(source) as unknown[] | undefined) ?? [];
    const added = [...(files ?? [])].map((rawFile) => ({
      rawFile,
      src: URL.createObjectURL(rawFile),
      title: rawFile.name,
    }));
    setValue(source, [...chosen, ...added], { shouldDirty: true, shouldValidate: true });
    if (input.current) input.current.value = '';
  };

  return (
    <Button
      component="label"
      startIcon={<PhotoCameraIcon />}
      sx={{ alignSelf: 'flex-start', mb: 1 }}
    >
      {translate('documents.takePhoto')}
      <input
        ref={input}
        type="file"
        accept="image/*"
        capture="environment"
        hidden
        onChange={(event) => taken(event.target.files)}
      />
    </Button>
  );
}
