import { subject } from '@casl/ability';
import { type SessionUser } from '@greenchain/contracts';
import { abilityFor } from './ability.factory';
import { type RecordScope } from './app-ability';
import { shareRecipient } from './share-recipient';

const user = (
  role: SessionUser['role'],
  country: string | null,
  agency: string | null = 'KRA',
  focalPoint = false,
): SessionUser => ({
  id: 'u',
  email: 'u@x',
  displayName: 'u',
  role,
  country,
  agency,
  focalPoint,
});
const kenyan: RecordScope = {
  country: 'KE',
  agency: 'KRA',
  sharedWith: [],
  personalSharedWith: [],
};
const ugandan: RecordScope = {
  country: 'UG',
  agency: 'URA',
  sharedWith: [],
  personalSharedWith: [],
};
const kra = shareRecipient('KE', 'KRA');
const sharedWithKenya: RecordScope = { ...ugandan, sharedWith: [kra] };
const asCase = (scope: RecordScope) => subject('Case', { ...scope });

describe('abilityFor', () => {
  it('lets customs act on seizures of their own country and agency only', () => {
    const ability = abilityFor(user('customs', 'KE'));
    expect(ability.can('ReferToProsecution', asCase(kenyan))).toBe(true);
    expect(ability.can('ReferToProsecution', asCase({ ...kenyan, agency: 'KEBS' }))).toBe(false);
    expect(ability.can('FileCharges', asCase(kenyan))).toBe(false);
    expect(ability.can('read', asCase(ugandan))).toBe(false);
  });

  it('gives a share read access without write access, and personal fields only if parties are shared', () => {
    const ability = abilityFor(user('prosecutor', 'KE'));
    expect(ability.can('read', asCase(sharedWithKenya))).toBe(true);
    expect(ability.can('readPersonal', asCase(sharedWithKenya))).toBe(false);
    expect(
      ability.can('readPersonal', asCase({ ...sharedWithKenya, personalSharedWith: [kra] })),
    ).toBe(true);
    expect(ability.can('AcceptReferral', asCase(sharedWithKenya))).toBe(false);
  });

  it('opens a share to the agency it names, not to another agency of that country', () => {
    const otherAgency = abilityFor(user('prosecutor', 'KE', 'ODPP'));
    expect(otherAgency.can('read', asCase(sharedWithKenya))).toBe(false);
    const shared = { ...sharedWithKenya, personalSharedWith: [kra] };
    expect(otherAgency.can('readPersonal', asCase(shared))).toBe(false);
    expect(abilityFor(user('customs', 'KE', null)).can('read', asCase(shared))).toBe(false);
  });

  it('lets analysts read every case without personal fields and change nothing', () => {
    const ability = abilityFor(user('analyst', null, 'UNEP'));
    expect(ability.can('read', asCase(ugandan))).toBe(true);
    expect(ability.can('readPersonal', asCase(ugandan))).toBe(false);
    expect(ability.can('RecordSeizure', asCase(ugandan))).toBe(false);
    expect(ability.can('read', subject('Evidence', { ...ugandan }))).toBe(false);
  });

  it('lets administrators manage users, erase subjects and verify chains, but not read cases', () => {
    const ability = abilityFor(user('admin', null, null));
    expect(ability.can('manage', 'User')).toBe(true);
    expect(ability.can('erase', 'DataSubject')).toBe(true);
    expect(ability.can('verify', asCase(ugandan))).toBe(true);
    expect(ability.can('read', asCase(ugandan))).toBe(false);
  });

  it('lets administrators operate projections and jobs, and no one else; admins export nothing', () => {
    for (const role of ['customs', 'prosecutor', 'judiciary', 'analyst'] as const) {
      const ability = abilityFor(user(role, role === 'analyst' ? null : 'KE'));
      expect(ability.can('manage', 'Projection')).toBe(false);
      expect(ability.can('manage', 'DeadLetter')).toBe(false);
      expect(ability.can('read', 'Analytics')).toBe(true);
      expect(ability.can('read', 'IncompleteCases')).toBe(role !== 'analyst');
    }
    const admin = abilityFor(user('admin', null, null));
    expect(admin.can('manage', 'Projection')).toBe(true);
    expect(admin.can('create', 'Export')).toBe(false);
    expect(admin.can('read', 'IncompleteCases')).toBe(false);
  });

  it('lets customs import and read notifications; judiciary neither exports nor imports', () => {
    const customs = abilityFor(user('customs', 'KE'));
    expect(customs.can('create', 'Import')).toBe(true);
    expect(customs.can('read', 'Notification')).toBe(true);
    const judiciary = abilityFor(user('judiciary', 'KE'));
    expect(judiciary.can('create', 'Export')).toBe(false);
    expect(judiciary.can('create', 'Import')).toBe(false);
    expect(abilityFor(user('prosecutor', 'KE')).can('read', 'Notification')).toBe(false);
  });

  it('gives an officer without a country nothing but reference data', () => {
    const ability = abilityFor(user('judiciary', null));
    expect(ability.can('read', asCase(kenyan))).toBe(false);
    expect(ability.can('read', 'Analytics')).toBe(false);
    expect(ability.can('read', 'Reference')).toBe(true);
  });

  it('lets national focal points and analysts read treaty reports, not every officer', () => {
    for (const role of ['customs', 'prosecutor'] as const) {
      const focalPoint = abilityFor(user(role, 'KE', 'KRA', true));
      expect(focalPoint.can('read', 'TreatyReport')).toBe(true);
      expect(focalPoint.can('record', 'TreatyReport')).toBe(true);
      expect(abilityFor(user(role, 'KE')).can('read', 'TreatyReport')).toBe(false);
    }
    expect(abilityFor(user('judiciary', 'KE', 'KRA', true)).can('read', 'TreatyReport')).toBe(
      false,
    );
    const analyst = abilityFor(user('analyst', null));
    expect(analyst.can('read', 'TreatyReport')).toBe(true);
    expect(analyst.can('record', 'TreatyReport')).toBe(false);
    expect(abilityFor(user('admin', null)).can('read', 'TreatyReport')).toBe(false);
  });
});
