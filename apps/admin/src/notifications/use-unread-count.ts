import { useGetList } from 'react-admin';

/**
 * Gently: once a minute, and not at all while the tab is hidden (TanStack Query pauses interval
 * refetches in the background and refetches when the tab comes back).
 */
export function useUnreadCount(): number | undefined {
  const { total } = useGetList(
    'notifications',
    {
      filter: { unread: true },
      // The API keeps notifications newest first and refuses any other sort.
      sort: { field: 'createdAt', order: 'DESC' },
      pagination: { page: 1, perPage: 1 },
    },
    { refetchInterval: 60_000, refetchIntervalInBackground: false, refetchOnWindowFocus: true },
  );
  return total;
}
