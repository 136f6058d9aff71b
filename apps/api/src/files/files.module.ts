import { Module } from '@nestjs/common';
import { CaseList } from '../cases/case-list.service';
import { IdempotentRequestsModule } from '../operations/idempotent-requests.module';
import { CaseExports } from './case-exports.service';
import { ExportsController } from './exports.controller';
import { ImportsController } from './imports.controller';
import { SeizureImports } from './seizure-imports.service';

/** Exports of the case list and imports of seizures, run by the worker as file jobs. */
@Module({
  imports: [IdempotentRequestsModule],
  controllers: [ExportsController, ImportsController],
  providers: [CaseList, CaseExports, SeizureImports],
})
export class FilesModule {}
