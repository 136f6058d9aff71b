import { ApiProperty } from '@nestjs/swagger';
import { type ReauthenticationProof } from '@greenchain/contracts';

export class ReauthenticationProofResponse implements ReauthenticationProof {
  @ApiProperty({ description: 'Send as the Reauthentication header of sensitive requests.' })
  proof!: string;

  @ApiProperty({ description: 'Seconds the proof stays valid.' })
  expiresIn!: number;
}
