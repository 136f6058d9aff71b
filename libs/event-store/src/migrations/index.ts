import { AppendEventsFunction1795824000001 } from './1795824000001-append-events-function';
import { AppendOnlyEvents1795824000002 } from './1795824000002-append-only-events';
import { AppendEventsBatchFunction1795824000003 } from './1795824000003-append-events-batch-function';
import { AppendSingleEventsBatchFunction1795824000004 } from './1795824000004-append-single-events-batch-function';
import { EventStoreSchema1795824000000 } from './1795824000000-event-store-schema';
import { UniqueKeys1795824000100 } from './1795824000100-unique-keys';
import { EventStoreGrants1796200000200 } from './1796200000200-event-store-grants';

export { appRoleName } from './1795824000002-append-only-events';

/** The event store's migrations, in order; the application composes them with the other libraries'. */
export const eventStoreMigrations = [
  EventStoreSchema1795824000000,
  AppendEventsFunction1795824000001,
  AppendOnlyEvents1795824000002,
  AppendEventsBatchFunction1795824000003,
  AppendSingleEventsBatchFunction1795824000004,
  UniqueKeys1795824000100,
  EventStoreGrants1796200000200,
];
