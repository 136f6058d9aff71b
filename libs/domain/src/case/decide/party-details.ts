import { textLimits } from '@greenchain/contracts';
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
import { ageBands, partyKinds, partySexes, type IdDocument, type PartyDetails } from '../case.data';

function idDocument(value: unknown, field: string): IdDocument {
  const raw = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  return compact({
    type: requiredText(raw.type, `${field}.type`, textLimits.identifier),
    number: requiredText(raw.number, `${field}.number`, textLimits.identifier),
    country: optional(raw.country, `${field}.country`, countryCode),
  });
}

export function partyDetails(data: PartyDetails): PartyDetails {
  return compact({
    partyId: entityId(data.partyId, 'data.partyId'),
    kind: oneOf(partyKinds, data.kind, 'data.kind'),
    role: listedCode('partyRoles', data.role, 'data.role'),
    name: requiredText(data.name, 'data.name', textLimits.name),
    nationality: optional(data.nationality, 'data.nationality', countryCode),
    country: optional(data.country, 'data.country', countryCode),
    sex: optional(data.sex, 'data.sex', (value, field) => oneOf(partySexes, value, field)),
    ageBand: optional(data.ageBand, 'data.ageBand', (value, field) =>
      oneOf(ageBands, value, field),
    ),
    dateOfBirth: optional(data.dateOfBirth, 'data.dateOfBirth', calendarDate),
    idDocument: optional(data.idDocument, 'data.idDocument', idDocument),
    registrationNumber: optionalText(
      data.registrationNumber,
      'data.registrationNumber',
      textLimits.identifier,
    ),
    address: optionalText(data.address, 'data.address', textLimits.address),
    contact: optionalText(data.contact, 'data.contact', textLimits.name),
  });
}
