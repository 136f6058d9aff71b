import { Global, Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { ApiMetrics } from './api-metrics';
import { MetricsAccessGuard } from './metrics-access.guard';
import { MetricsController } from './metrics.controller';

@Global()
@Module({
  imports: [AuthModule],
  controllers: [MetricsController],
  providers: [ApiMetrics, MetricsAccessGuard],
  exports: [ApiMetrics],
})
export class MetricsModule {}
