import { Global, Module } from '@nestjs/common';
import { SecurityAuditController } from './security-audit.controller';
import { SecurityAuditTrail } from './security-audit-trail.service';

/** The security audit trail: recorded by any module (global), listed by administrators. */
@Global()
@Module({
  controllers: [SecurityAuditController],
  providers: [SecurityAuditTrail],
  exports: [SecurityAuditTrail],
})
export class SecurityAuditModule {}
