import { type DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { HealthModule, PlatformModule, type PlatformRuntime } from '@greenchain/platform';
import { AnalyticsModule } from './analytics/analytics.module';
import { AuthModule } from './auth/auth.module';
import { CasesModule } from './cases/cases.module';
import { CommandsModule } from './commands/commands.module';
import { ConsoleModule } from './console/console.module';
import { DemoWorldModule } from './demo/demo-world.module';
import { CaseFileModule } from './case-file/case-file.module';
import { DocumentsModule } from './documents/documents.module';
import { EventStoreModule } from './event-store/event-store.module';
import { EvidenceModule } from './evidence/evidence.module';
import { FilesModule } from './files/files.module';
import { NotificationsModule } from './notifications/notifications.module';
import { OperationsModule } from './operations/operations.module';
import { MetricsModule } from './metrics/metrics.module';
import { ReferenceModule } from './reference/reference.module';
import { SecurityAuditModule } from './security-audit/security-audit.module';
import { UserAdminModule } from './users/user-admin.module';
import { UsersModule } from './users/users.module';
import { WebhooksModule } from './webhooks/webhooks.module';
import { ReportsModule } from './reports/reports.module';

/** The HTTP process: authentication, commands, queries, health, and the console's static files. */
@Module({})
export class ApiModule {
  static forRoot(runtime: PlatformRuntime, extra: DynamicModule['imports'] = []): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        PlatformModule.forRoot(runtime),
        HealthModule,
        MetricsModule,
        UsersModule,
        AuthModule,
        CqrsModule.forRoot(),
        EventStoreModule,
        CommandsModule,
        SecurityAuditModule,
        CasesModule,
        EvidenceModule,
        DocumentsModule,
        CaseFileModule,
        ReferenceModule,
        UserAdminModule,
        DemoWorldModule,
        OperationsModule,
        FilesModule,
        NotificationsModule,
        AnalyticsModule,
        ReportsModule,
        WebhooksModule,
        ConsoleModule.forRoot(),
        ...extra,
      ],
    };
  }
}
