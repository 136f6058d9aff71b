import { Module } from '@nestjs/common';
import { DataSubjectErasure } from './data-subject-erasure.service';
import { DataSubjectsController } from './data-subjects.controller';
import { PersonalDataAccessLog } from './personal-data-access.log';

@Module({
  controllers: [DataSubjectsController],
  providers: [DataSubjectErasure, PersonalDataAccessLog],
  exports: [PersonalDataAccessLog],
})
export class PersonalDataModule {}
