/** Title and sentence per notification kind (English; the console translates by kind). */
const texts: Readonly<Record<string, { title: string; happened: string }>> = {
  prosecution_declined: {
    title: 'Prosecution declined',
    happened: 'The prosecutor declined to prosecute',
  },
  charges_filed: { title: 'Charges filed', happened: 'The prosecutor filed charges' },
  charges_withdrawn: { title: 'Charges withdrawn', happened: 'The prosecutor withdrew charges' },
  verdict: { title: 'Verdict recorded', happened: 'A court recorded a verdict' },
  sentence: { title: 'Sentence imposed', happened: 'A court imposed a sentence' },
  appeal_decided: { title: 'Appeal decided', happened: 'A court decided an appeal' },
  case_closed: { title: 'Case closed', happened: 'The case was closed' },
};

export function notificationText(
  kind: string,
  caseReference: string | null,
): { title: string; detail: string } {
  const text = texts[kind] ?? { title: kind, happened: 'The case moved on' };
  const which = caseReference ?? 'your seizure';
  return { title: text.title, detail: `${text.happened} in case ${which}.` };
}
