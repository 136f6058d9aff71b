import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

const hiddenNote = 'Null where hidden from analysts and administrators (small cells).';

/** A count of cases or defendants, which analysts read hidden behind one or two. */
export const HiddenCount = (description: string) =>
  ApiProperty({ type: 'integer', nullable: true, description: `${description} ${hiddenNote}` });

/** A figure computed from counts (a rate, a share, a median), hidden with the counts it rests on. */
export const HiddenFigure = (description: string) =>
  ApiProperty({ type: 'number', nullable: true, description: `${description} ${hiddenNote}` });

/** A row of an analytics table, which says when small cells were hidden from it. */
export class DisclosedRowResponse {
  @ApiPropertyOptional({ description: 'True when a figure of this row is hidden (small cells).' })
  suppressed?: boolean;
}
