import { Module } from '@nestjs/common';
import { DataSubjectErasure } from './data-subject-erasure.service';
import { AuthModule } from '../auth/auth.module';
import { DocumentStorageModule } from '../documents/storage/document-storage.module';
import { DataSubjectsController } from './data-subjects.controller';
import { PersonalDataAccessLog } from './personal-data-access.log';

@Module({
  imports: [AuthModule, DocumentStorageModule],
  controllers: [DataSubjectsController],
  providers: [DataSubjectErasure, PersonalDataAccessLog],
  exports: [PersonalDataAccessLog],
})
export class PersonalDataModule {}
