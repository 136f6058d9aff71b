import { type ComponentType, lazy } from 'react';

/**
 * A page whose code is fetched on its first visit, so a slow link downloads only the pages the user
 * opens. react-admin's layout shows its loading indicator meanwhile (it wraps pages in Suspense).
 */
export function lazyPage<K extends string, P extends object>(
  load: () => Promise<Record<K, ComponentType<P>>>,
  name: K,
) {
  return lazy(async () => ({ default: (await load())[name] }));
}
