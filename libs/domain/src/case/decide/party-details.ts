import { compact } from '../../shared/same-data';
import {
  calendarDate,
  countryCode,
  entityId,
  listedCode,
  oneOf,
  optional,
  optionalText,
  requiredText,
} from '../../values';
import { partyKinds, type IdDocument, type PartyDetails } from '../case.data';

function idDocument(value: unknown, field: string): IdDocument {
  const raw = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  return compact({
    type: requiredText(raw.type, `${field}.type`, 100),
    number: requiredText(raw.number, `${field}.number`, 100),
    country: optional(raw.country, `${field}.country`, countryCode),
  });
}

export function partyDetails(data: PartyDetails): PartyDetails {
  return compact({
    partyId: entityId(data.partyId, 'data.partyId'),
    kind: oneOf(partyKinds, data.kind, 'data.kind'),
    role: listedCode('partyRoles', data.role, 'data.role'),
    name: requiredText(data.name, 'data.name', 500),
    nationality: optional(data.nationality, 'data.nationality', countryCode),
    country: optional(data.country, 'data.country', countryCode),
    dateOfBirth: optional(data.dateOfBirth, 'data.dateOfBirth', calendarDate),
    idDocument: optional(data.idDocument, 'data.idDocument', idDocument),
    registrationNumber: optionalText(data.registrationNumber, 'data.registrationNumber', 100),
    address: optionalText(data.address, 'data.address', 1000),
    contact: optionalText(data.contact, 'data.contact', 500),
  });
}
