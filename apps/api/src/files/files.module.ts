import { type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { CaseList } from '../cases/case-list.service';
import { CaseExports } from './case-exports.service';
import { csvBodyParser } from './csv-body';
import { ExportsController } from './exports.controller';
import { ImportsController } from './imports.controller';
import { SeizureImports } from './seizure-imports.service';

/** Exports of the case list and imports of seizures, run by the worker as file jobs. */
@Module({
  controllers: [ExportsController, ImportsController],
  providers: [CaseList, CaseExports, SeizureImports],
})
export class FilesModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(csvBodyParser).forRoutes(ImportsController);
  }
}
