import { Module } from '@nestjs/common';
import { PersonalDataAccessLog } from './personal-data-access.log';

@Module({ providers: [PersonalDataAccessLog], exports: [PersonalDataAccessLog] })
export class PersonalDataModule {}
