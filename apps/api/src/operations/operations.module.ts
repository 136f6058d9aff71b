import { Module } from '@nestjs/common';
import { DeadLettersController } from './dead-letters.controller';
import { DeadLetters } from './dead-letters.service';
import { ProjectionOperations } from './projection-operations.service';
import { ProjectionsController } from './projections.controller';

/** What administrators operate: projections and dead-lettered jobs. */
@Module({
  controllers: [ProjectionsController, DeadLettersController],
  providers: [ProjectionOperations, DeadLetters],
})
export class OperationsModule {}
