import { countryProfiles, demoActor, demoActors } from '@greenchain/demo-world';
import { demoUsers } from '../users/demo-users';

describe('the demo world officers', () => {
  it('are one per country and acting role, with ids and emails of their own', () => {
    expect(demoActors).toHaveLength(countryProfiles.length * 3);
    expect(new Set(demoActors.map((actor) => actor.userId)).size).toBe(demoActors.length);
    const emails = [...demoActors, ...demoUsers].map((user) => user.email.toLowerCase());
    expect(new Set(emails).size).toBe(emails.length);
  });

  it('work in the agencies of the Kenyan demo accounts, so those can act on the Kenyan cases', () => {
    for (const user of demoUsers.filter((entry) => entry.country === 'KE')) {
      if (user.role !== 'customs' && user.role !== 'prosecutor' && user.role !== 'judiciary')
        continue;
      expect(demoActor('KE', user.role).agency).toBe(user.agency);
    }
  });
});
