import { Module } from '@nestjs/common';
import { DataSubjectsController } from './data-subjects.controller';
import { PersonalDataAccessLog } from './personal-data-access.log';

@Module({
  controllers: [DataSubjectsController],
  providers: [PersonalDataAccessLog],
  exports: [PersonalDataAccessLog],
})
export class PersonalDataModule {}
