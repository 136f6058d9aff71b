import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

export const custodyRecordFormats = ['html', 'pdf'] as const;
export type CustodyRecordFormat = (typeof custodyRecordFormats)[number];

const mediaTypes: Readonly<Record<CustodyRecordFormat, string>> = {
  html: 'text/html',
  pdf: 'application/pdf',
};

/** How the custody record is printed: ?format wins over the Accept header. */
export class CustodyRecordQuery {
  @ApiPropertyOptional({
    enum: custodyRecordFormats,
    description: 'html or pdf; without it the Accept header decides, HTML by default.',
  })
  @IsOptional()
  @IsIn(custodyRecordFormats, { message: 'format must be html or pdf' })
  format?: CustodyRecordFormat;
}

/**
 * The format to print: the query's, else the one the Accept header prefers (HTML when it likes
 * both equally or neither, so a browser following a link gets the page).
 */
export function custodyRecordFormat(
  requested: CustodyRecordFormat | undefined,
  accepts: (types: string[]) => string | false,
): CustodyRecordFormat {
  if (requested !== undefined) return requested;
  return accepts([mediaTypes.html, mediaTypes.pdf]) === mediaTypes.pdf ? 'pdf' : 'html';
}
