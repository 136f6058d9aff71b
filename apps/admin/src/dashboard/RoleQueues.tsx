import { type Role } from '@greenchain/contracts';
import { today } from '../common/today';
import { opensCases, roleQueues } from './role-queues';
import { WorkQueueCard } from './WorkQueueCard';

const weekMs = 7 * 86_400_000;

/** The cases waiting on the reader's office, each queue in its own card. */
export function RoleQueues({ role }: { role: Role | undefined }) {
  const now = today();
  const weekEnd = new Date(Date.parse(now) + weekMs).toISOString().slice(0, 10);
  return (
    <>
      {roleQueues(role, weekEnd).map((queue) => (
        <WorkQueueCard
          key={queue.name}
          queue={queue}
          today={now}
          opensCases={opensCases(role)}
          showsCountry={role === 'analyst'}
        />
      ))}
    </>
  );
}
