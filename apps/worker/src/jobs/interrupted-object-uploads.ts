import { type DocumentObjects, stagingPrefix } from '@greenchain/platform';

/**
 * Deletes the objects of uploads to the object store that were never copied under their hash (the
 * process stopped between the upload's end and the copy) once older than `graceHours` before
 * `now`; returns how many went. An upload's object appears only when its last byte is in and is
 * deleted right after the copy, so an old one belongs to no upload still running.
 */
export async function sweepInterruptedObjects(
  objects: DocumentObjects,
  graceHours: number,
  now: Date,
): Promise<number> {
  const before = now.getTime() - graceHours * 3_600_000;
  let removed = 0;
  for await (const { key, lastModified } of objects.list(stagingPrefix)) {
    if (lastModified.getTime() >= before) continue;
    await objects.delete(key);
    removed += 1;
  }
  return removed;
}
