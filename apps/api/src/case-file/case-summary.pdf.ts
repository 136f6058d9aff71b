import { PassThrough, pipeline, type Readable } from 'node:stream';
import { type SessionUser } from '@greenchain/contracts';
import { type CaseState, newDefendant, type PartyState } from '@greenchain/domain';
import type PDFDocument from 'pdfkit';
import { type CaseDetailResponse } from '../cases/case-detail.response';

const margin = 50;
const body = 'Helvetica';
const bold = 'Helvetica-Bold';

/**
 * A value as the reader may see it: free text they may not read arrives as `{ redacted: true }`,
 * text of an erased person as `{ erased: true }`.
 */
function shown(value: unknown): string {
  if (value === undefined || value === null || value === '') return '-';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (typeof value === 'object' && 'erased' in value) return '(erased)';
  if (typeof value === 'object' && 'redacted' in value) return '(withheld)';
  return JSON.stringify(value);
}

function heading(doc: PDFKit.PDFDocument, text: string): void {
  doc.moveDown(0.8).font(bold).fontSize(13).text(text).moveDown(0.3);
}

function lines(doc: PDFKit.PDFDocument, rows: readonly string[], none: string): void {
  doc.font(body).fontSize(10);
  if (rows.length === 0) doc.text(none);
  for (const row of rows) doc.text(row);
}

function partyLine({ details, defendant }: PartyState): string {
  const who = `${shown(details.name)} (${details.kind}, ${details.role})`;
  const born = details.dateOfBirth === undefined ? '' : `, born ${shown(details.dateOfBirth)}`;
  const nationality =
    details.nationality === undefined ? '' : `, nationality ${shown(details.nationality)}`;
  const plea = defendant.plea === undefined ? '' : `; plea ${defendant.plea}`;
  return `${who}${nationality}${born}${plea}`;
}

function chargeLines(parties: readonly PartyState[]): string[] {
  return parties.flatMap(({ details, defendant }) => [
    ...Object.values(defendant.charges).map(
      (charge) =>
        `${shown(details.name)}: ${charge.statute} s. ${charge.section} (ICCS ${charge.iccsClass})${charge.description ? `, ${shown(charge.description)}` : ''}${defendant.chargedAt ? `, charged ${defendant.chargedAt}` : ''}`,
    ),
    ...(defendant.declined
      ? [
          `${shown(details.name)}: prosecution declined (${defendant.declined.reasonCode}), ${defendant.declined.occurredAt}`,
        ]
      : []),
    ...(defendant.withdrawn
      ? [
          `${shown(details.name)}: charges withdrawn (${defendant.withdrawn.reasonCode}), ${defendant.withdrawn.occurredAt}`,
        ]
      : []),
  ]);
}

function decisionLines(state: Partial<CaseState>): string[] {
  const referral = state.referral;
  return [
    ...(referral
      ? [
          `Referred to ${referral.request.office}, ${referral.request.occurredAt}: ${referral.status}` +
            (referral.accepted ? `, accepted ${referral.accepted.occurredAt}` : '') +
            (referral.returned ? `, returned ${referral.returned.occurredAt}` : ''),
        ]
      : []),
    ...(state.settlement ? [`Settled administratively, ${state.settlement.occurredAt}`] : []),
    ...(state.declinedAll
      ? [`Prosecution declined (${state.declinedAll.reasonCode}), ${state.declinedAll.occurredAt}`]
      : []),
    ...Object.values(state.appeals ?? {}).map(
      ({ filed, decided }) =>
        `Appeal ${filed.appealId}, filed ${filed.occurredAt}` +
        (decided ? `, decided ${decided.occurredAt}: ${decided.outcome}` : ', pending'),
    ),
    ...(state.closure ? [`Case closed, ${state.closure.occurredAt}`] : []),
  ];
}

function verdictLines(parties: readonly PartyState[]): string[] {
  return parties.flatMap(({ details, defendant }) =>
    defendant.verdict
      ? [
          `${shown(details.name)}: ${defendant.verdict.outcome}, ${defendant.verdict.occurredAt}${defendant.verdict.onAppeal ? ' (on appeal)' : ''}`,
        ]
      : [],
  );
}

function sentenceLines(state: Partial<CaseState>): string[] {
  const parties = state.parties ?? {};
  return Object.values(state.sentences ?? {}).map((sentence) => {
    const name = shown(parties[sentence.partyId]?.details.name ?? sentence.partyId);
    const penalties = sentence.penaltyLines.map((line) => {
      if ('amount' in line) return `${line.type} ${line.amount.amount} ${line.amount.currency}`;
      if ('months' in line) return `${line.type} ${line.months} months`;
      if ('hours' in line) return `${line.type} ${line.hours} hours`;
      return line.type;
    });
    return `${name}: ${penalties.join('; ')}, ${sentence.occurredAt}`;
  });
}

/**
 * The case summary that opens a case file: reference, country, agreements, the chain's stages,
 * parties, charges, decisions, verdicts and sentences, as the reader may see them (the detail it
 * is given is already cut to their view). A stream, so the archive takes it as it is written.
 * pdfkit and its fonts are loaded at the first summary: most processes never print one (ADR 0014).
 */
export function caseSummaryPdf(
  detail: CaseDetailResponse,
  printed: { by: SessionUser; at: string },
): Readable {
  const summary = new PassThrough();
  import('pdfkit').then(
    ({ default: pdfDocument }) =>
      pipeline(writeCaseSummary(pdfDocument, detail, printed), summary, () => undefined),
    (error: Error) => summary.destroy(error),
  );
  return summary;
}

function writeCaseSummary(
  pdfDocument: typeof PDFDocument,
  detail: CaseDetailResponse,
  printed: { by: SessionUser; at: string },
): PDFKit.PDFDocument {
  const state = detail.state as Partial<CaseState>;
  const seizure = state.seizure;
  const reference = seizure?.reference ?? detail.id;
  // A view cut to a share may carry parties without their defendant record.
  const parties = Object.values(state.parties ?? {}).map(({ details, defendant }): PartyState => ({
    details,
    defendant: defendant ?? newDefendant(),
  }));
  const agreements = [
    ...new Set(Object.values(state.items ?? {}).flatMap(({ details }) => details.agreements)),
  ];
  const printedDate = new Date(printed.at);
  const doc = new pdfDocument({
    size: 'A4',
    margin,
    info: {
      Title: `Case file ${reference}`,
      Subject: `Case ${detail.id} at version ${detail.version}`,
      Author: `${printed.by.displayName} (${printed.by.role})`,
      CreationDate: printedDate,
      ModDate: printedDate,
    },
  });
  doc.font(bold).fontSize(18).text(`Case file ${reference}`);
  doc
    .moveDown(0.5)
    .font(body)
    .fontSize(10)
    .text(`Case ${detail.id}, stream ${detail.streamId} at version ${detail.version}.`)
    .text(`Country ${seizure?.country ?? '-'}; agency ${seizure?.agency ?? '-'}.`)
    .text(`Seized ${seizure?.occurredAt ?? '-'} at ${seizure?.location.name ?? '-'}.`)
    .text(`Agreements: ${agreements.length === 0 ? '-' : agreements.join(', ')}.`)
    .text(`Stage ${detail.stage}; outcome ${detail.outcome}.`)
    .text(`Personal data ${detail.personalData}.`);
  heading(doc, 'Stages');
  lines(
    doc,
    detail.stepper.map(({ stage, status }) => `${stage}: ${status}`),
    'No stage recorded.',
  );
  heading(doc, 'Parties');
  lines(doc, parties.map(partyLine), 'No party recorded, or none shown to this reader.');
  heading(doc, 'Charges');
  lines(doc, chargeLines(parties), 'No charge recorded.');
  heading(doc, 'Decisions');
  lines(doc, decisionLines(state), 'No decision recorded.');
  heading(doc, 'Verdicts');
  lines(doc, verdictLines(parties), 'No verdict recorded.');
  heading(doc, 'Sentences');
  lines(doc, sentenceLines(state), 'No sentence recorded.');
  doc
    .moveDown(1)
    .font(body)
    .fontSize(9)
    .text(
      `Printed ${printed.at} by ${printed.by.displayName} (${printed.by.role}, ${printed.by.agency ?? ''}). ` +
        'Every file of this case file is listed in manifest.csv with its SHA-256.',
    );
  doc.end();
  return doc;
}
