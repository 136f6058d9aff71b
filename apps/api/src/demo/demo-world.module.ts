import { Module } from '@nestjs/common';
import { DemoWorldSeeder } from './demo-world.seeder';

/** The demo world on the embedded default (see DemoWorldSeeder). */
@Module({ providers: [DemoWorldSeeder] })
export class DemoWorldModule {}
