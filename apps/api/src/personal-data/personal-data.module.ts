import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { DataSubjectsController } from './data-subjects.controller';
import { PersonalDataAccessLog } from './personal-data-access.log';

@Module({
  imports: [AuthModule],
  controllers: [DataSubjectsController],
  providers: [PersonalDataAccessLog],
  exports: [PersonalDataAccessLog],
})
export class PersonalDataModule {}
