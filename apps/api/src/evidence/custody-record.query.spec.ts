import { custodyRecordFormat } from './custody-record.query';

/** Stands for Express's request.accepts: the type the Accept header prefers, or false. */
const prefers = (type: string | false) => () => type;

describe('custodyRecordFormat', () => {
  it('takes ?format over the Accept header', () => {
    expect(custodyRecordFormat('pdf', prefers('text/html'))).toBe('pdf');
    expect(custodyRecordFormat('html', prefers('application/pdf'))).toBe('html');
  });

  it('gives a PDF to a client that prefers one, HTML to browsers and to anyone else', () => {
    expect(custodyRecordFormat(undefined, prefers('application/pdf'))).toBe('pdf');
    expect(custodyRecordFormat(undefined, prefers('text/html'))).toBe('html');
    expect(custodyRecordFormat(undefined, prefers(false))).toBe('html');
  });
});
