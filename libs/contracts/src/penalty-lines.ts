import { isOwnKey } from './own-property';

/** The fields a penalty line may carry besides its `type`. */
export type PenaltyLineField =
  'amount' | 'months' | 'suspended' | 'hours' | 'itemIds' | 'description' | 'value' | 'order';

interface PenaltyLineShape {
  readonly required: readonly PenaltyLineField[];
  readonly optional: readonly PenaltyLineField[];
}

/**
 * Which fields each kind of penalty line takes: the domain refuses a line without a required one,
 * the API documents one schema per kind, and the console shows each kind's fields only.
 */
export const penaltyLineFields = {
  fine: { required: ['amount'], optional: [] },
  costs: { required: ['amount'], optional: [] },
  imprisonment: { required: ['months', 'suspended'], optional: [] },
  community_service: { required: ['hours'], optional: [] },
  probation: { required: ['months'], optional: [] },
  confiscation_of_goods: { required: ['itemIds'], optional: [] },
  confiscation_of_conveyance_or_assets: { required: ['description'], optional: ['value'] },
  /** Without months, the ban is permanent. */
  licence_revocation_or_trading_ban: { required: ['description'], optional: ['months'] },
  order_to_destroy_or_re_export: { required: ['order', 'itemIds'], optional: [] },
  cease_and_desist: { required: ['description'], optional: [] },
} as const satisfies Record<string, PenaltyLineShape>;

export type PenaltyLineType = keyof typeof penaltyLineFields;

export const penaltyLineTypes = Object.keys(penaltyLineFields) as PenaltyLineType[];

/** Whether a line of this type (as a form holds it) takes the field. */
export function takesPenaltyField(type: string, field: PenaltyLineField): boolean {
  if (!isOwnKey(penaltyLineFields, type)) return false;
  const shape: PenaltyLineShape = penaltyLineFields[type];
  return shape.required.includes(field) || shape.optional.includes(field);
}
