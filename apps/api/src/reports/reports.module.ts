import { Module } from '@nestjs/common';
import { IccwcSharingController } from './iccwc-sharing.controller';
import { IccwcSharingChoices } from './iccwc-sharing.service';
import { ReportsController } from './reports.controller';

@Module({
  controllers: [ReportsController, IccwcSharingController],
  providers: [IccwcSharingChoices],
})
export class ReportsModule {}
