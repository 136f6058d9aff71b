import { Module } from '@nestjs/common';
import { StreamIntegrity } from './stream-integrity.service';

@Module({ providers: [StreamIntegrity], exports: [StreamIntegrity] })
export class RecordsModule {}
