import type { ReportCase } from '@greenchain/read-models';
import { itemsUnder, joined, labelOf, quantityText } from '../report-cells';

/** The Montreal Protocol items of a case: what Forms 1 and 2 describe. */
export const montrealItems = (reportCase: ReportCase) => itemsUnder(reportCase, 'MP');

/** The substances and volumes of a case's Montreal Protocol items, as both forms show them. */
export function substancesAndVolume(reportCase: ReportCase) {
  const items = montrealItems(reportCase);
  return {
    substances: joined(items.map((item) => item.substance)),
    volume: joined(items.flatMap((item) => item.quantities.map(quantityText))),
  };
}

/** What was found against what was declared, how, and on what grounds, in words. */
export function tradeDetailsOf(reportCase: ReportCase): string | null {
  const declared = montrealItems(reportCase).map((item) =>
    item.descriptionDeclared
      ? `declared as ${item.descriptionDeclared}${item.hsDeclared ? ` (HS ${item.hsDeclared})` : ''}, found ${item.descriptionEstablished}${item.hsEstablished ? ` (HS ${item.hsEstablished})` : ''}`
      : null,
  );
  return joined([
    reportCase.detectionMethods.length > 0
      ? `Detected by ${reportCase.detectionMethods.map((code) => labelOf('detectionMethods', code)).join(', ')}`
      : null,
    reportCase.concealmentMethod &&
      `concealment: ${labelOf('concealmentMethods', reportCase.concealmentMethod)}`,
    ...declared,
    ...reportCase.seizureReasons.map((code) => labelOf('seizureReasons', code)),
  ]);
}

/** Why the goods were seized and how they were hidden: the causes Form 2 asks for. */
export function causesOf(reportCase: ReportCase): string | null {
  return joined([
    ...reportCase.seizureReasons.map((code) => labelOf('seizureReasons', code)),
    reportCase.concealmentMethod && labelOf('concealmentMethods', reportCase.concealmentMethod),
  ]);
}
