import { useFormContext } from 'react-hook-form';
import { useWrappedSource } from 'react-admin';

/** Adds an agreement to the item's list when picking a species or substance implies it. */
export function useAddAgreement(): (code: string) => void {
  const { getValues, setValue } = useFormContext();
  const path = useWrappedSource('agreements');
  return (code) => {
    const current = (getValues(path) as string[] | undefined) ?? [];
    if (!current.includes(code)) setValue(path, [...current, code], { shouldDirty: true });
  };
}
