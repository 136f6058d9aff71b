import { type NewUser } from './users.service';

/** Printed at start-up of a demo install; never seeded unless SEED_DEMO_DATA is on. */
export const demoPassword = 'greenchain-demo';

export const demoUsers: readonly Omit<NewUser, 'password'>[] = [
  {
    email: 'customs@demo.greenchain.test',
    displayName: 'Amina Otieno (Customs officer, Mombasa)',
    role: 'customs',
    country: 'KE',
    agency: 'Kenya Revenue Authority - Customs',
    // Kenya's national focal points, so the demo shows the treaty reports to someone.
    focalPoint: true,
  },
  {
    email: 'prosecutor@demo.greenchain.test',
    displayName: 'Daniel Mwangi (Prosecutor)',
    role: 'prosecutor',
    country: 'KE',
    agency: 'Office of the Director of Public Prosecutions',
    focalPoint: true,
  },
  {
    email: 'judiciary@demo.greenchain.test',
    displayName: 'Grace Wanjiru (Judiciary liaison)',
    role: 'judiciary',
    country: 'KE',
    agency: 'Judiciary of Kenya',
  },
  {
    email: 'analyst@demo.greenchain.test',
    displayName: 'Lucia Fernández (UNEP analyst)',
    role: 'analyst',
    country: null,
    agency: 'UNEP',
  },
  {
    email: 'admin@demo.greenchain.test',
    displayName: 'System administrator',
    role: 'admin',
    country: null,
    agency: null,
  },
];
