import type { IccwcSharingChoice, ReportFormat } from '@greenchain/contracts';
import type { AboutNote } from './report-gaps';

/**
 * The report that carries the Party's choice: the CITES annual illegal trade report asks whether
 * the Party objects to its data being shared with the ICCWC partners (shared unless it says so).
 */
export const iccwcSharingReport: ReportFormat = 'cites-aitr';

/** The choice on the About sheet; the layout has no column of its own for it. */
export function iccwcSharingNote(choice: IccwcSharingChoice): AboutNote {
  const answer = choice.shared
    ? 'shared: the Party does not object to its data being shared with the ICCWC partners'
    : 'not shared: the Party objects to its data being shared with the ICCWC partners';
  return [
    'ICCWC data sharing',
    choice.chosen
      ? `${answer} (recorded ${choice.chosenAt ?? ''})`
      : `${answer} (default, no choice recorded)`,
  ];
}
