import { textLimits } from '@greenchain/contracts';
import { compact } from '../../shared/same-data';
import {
  calendarDate,
  countryCode,
  entityId,
  list,
  listedCode,
  optional,
  optionalText,
  requiredText,
} from '../../values';
import type { Route, SeizureDetails } from '../case.data';

const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};

function route(value: unknown, field: string): Route {
  const raw = record(value);
  return compact({
    origin: optional(raw.origin, `${field}.origin`, countryCode),
    departure: optional(raw.departure, `${field}.departure`, countryCode),
    transit: optional(raw.transit, `${field}.transit`, (transit, transitField) =>
      list(transit, transitField, countryCode),
    ),
    destination: optional(raw.destination, `${field}.destination`, countryCode),
  });
}

export function seizureDetails(data: SeizureDetails): SeizureDetails {
  const location = record(data.location);
  return compact({
    caseId: entityId(data.caseId, 'data.caseId'),
    country: countryCode(data.country, 'data.country'),
    agency: requiredText(data.agency, 'data.agency', textLimits.shortName),
    reference: optionalText(data.reference, 'data.reference', textLimits.shortName),
    location: {
      name: requiredText(location.name, 'data.location.name', textLimits.name),
      type: listedCode('locationTypes', location.type, 'data.location.type'),
    },
    direction: listedCode('directions', data.direction, 'data.direction'),
    transportMode: listedCode('transportModes', data.transportMode, 'data.transportMode'),
    conveyance: optionalText(data.conveyance, 'data.conveyance', textLimits.shortName),
    route: route(data.route, 'data.route'),
    detectionMethods: list(
      data.detectionMethods,
      'data.detectionMethods',
      (value, field) => listedCode('detectionMethods', value, field),
      { nonEmpty: true, distinct: true },
    ),
    concealmentMethod: optional(data.concealmentMethod, 'data.concealmentMethod', (value, field) =>
      listedCode('concealmentMethods', value, field),
    ),
    concealmentNote: optionalText(data.concealmentNote, 'data.concealmentNote'),
    legalBasis: list(
      data.legalBasis,
      'data.legalBasis',
      (value, field) => listedCode('seizureReasons', value, field),
      { nonEmpty: true },
    ),
    legalBasisNote: optionalText(data.legalBasisNote, 'data.legalBasisNote'),
    movementStartedOn: optional(data.movementStartedOn, 'data.movementStartedOn', calendarDate),
  });
}
