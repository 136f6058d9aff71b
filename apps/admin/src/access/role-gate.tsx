import { type ComponentType } from 'react';
import { type MenuEntry, offers } from '../layout/role-menu';
import { useRole } from '../layout/use-role';
import { AccessDenied } from './AccessDenied';

/**
 * The page for the roles its menu entry is offered to, and a plain refusal for the others: a user
 * who follows a link or types an address is told their role cannot open it, instead of meeting
 * the API's 403 on an empty list.
 */
export function gated<P extends object>(
  entry: MenuEntry,
  Page: ComponentType<P>,
): ComponentType<P> {
  function RoleGatedPage(props: P) {
    const role = useRole();
    if (role === undefined) return null;
    return offers(role, entry) ? <Page {...props} /> : <AccessDenied entry={entry} />;
  }
  return RoleGatedPage;
}

const pageNames = ['list', 'show', 'create', 'edit'] as const;

type ResourcePages = Partial<Record<(typeof pageNames)[number], ComponentType>>;

/** A react-admin resource configuration whose every page is gated by its menu entry. */
export function gatedResource<R extends ResourcePages>(entry: MenuEntry, resource: R): R {
  const gatedPages: ResourcePages = {};
  for (const name of pageNames) {
    const page = resource[name];
    if (page) gatedPages[name] = gated(entry, page);
  }
  return { ...resource, ...gatedPages };
}
