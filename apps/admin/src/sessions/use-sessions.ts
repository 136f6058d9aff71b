import { useQuery } from '@tanstack/react-query';
import { listSessions } from './sessions-api';

export function useSessions() {
  return useQuery({ queryKey: ['auth', 'sessions'], queryFn: listSessions });
}
