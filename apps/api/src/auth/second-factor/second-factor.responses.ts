import { ApiProperty } from '@nestjs/swagger';
import {
  type RecoveryCodes,
  type SecondFactorChallenge,
  type SecondFactorEnrolment,
  type SecondFactorStatus,
} from '@greenchain/contracts';

export class SecondFactorChallengeBody implements SecondFactorChallenge {
  @ApiProperty({ enum: [true] })
  secondFactorRequired!: true;

  @ApiProperty({
    description: 'Single use; send it with a code to POST /api/auth/login/second-factor.',
  })
  challenge!: string;

  @ApiProperty({ description: 'Seconds the challenge lives.' })
  expiresIn!: number;
}

export class SecondFactorStatusBody implements SecondFactorStatus {
  @ApiProperty()
  enabled!: boolean;

  @ApiProperty({ description: 'True for administrators, who must have one.' })
  required!: boolean;

  @ApiProperty({ description: 'Unused recovery codes left.' })
  recoveryCodesLeft!: number;
}

export class SecondFactorEnrolmentBody implements SecondFactorEnrolment {
  @ApiProperty({
    description: 'Base32 secret, shown this once, to type into an authenticator app.',
  })
  secret!: string;

  @ApiProperty({
    example: 'otpauth://totp/Greenchain:admin%40agency.org?secret=…&issuer=Greenchain',
  })
  otpauthUri!: string;

  @ApiProperty({ description: 'The otpauth URI as a QR code: an SVG data URL.' })
  qrCode!: string;
}

export class RecoveryCodesBody implements RecoveryCodes {
  @ApiProperty({
    type: [String],
    description: 'Shown this once; each signs in once in place of a code.',
    example: ['ABCD-EFGH-JKLM'],
  })
  recoveryCodes!: string[];
}
