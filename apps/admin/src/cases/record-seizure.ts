import { type CommandResult } from '@greenchain/contracts';
import { HttpError } from 'react-admin';
import { type GreenchainDataProvider } from '../providers/data-provider';
import { fieldErrorsOf, problemOf } from '../providers/problem-error';

export interface SeizureFormValues {
  readonly occurredAt: string;
  readonly items?: readonly Record<string, unknown>[];
  readonly parties?: readonly Record<string, unknown>[];
  readonly [field: string]: unknown;
}

/** A failed step's field errors placed under its part of the form (`items.1.quantities.0.unit`). */
function placed(error: unknown, prefix: readonly string[]): unknown {
  const problem = problemOf(error);
  if (!problem || prefix.length === 0) return error;
  const message = (error as Error).message;
  return new HttpError(message, problem.status, {
    problem,
    errors: fieldErrorsOf(problem, prefix),
  });
}

async function step<T>(prefix: readonly string[], run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw placed(error, prefix);
  }
}

/**
 * A seizure is several commands: RecordSeizure opens the case, then one AddCommodityItem and one
 * AddParty each. Every step's Idempotency-Key derives from the one key of the form, so submitting
 * again after a failure or a lost answer replays the steps already recorded and records the rest:
 * never a second case.
 */
export async function recordSeizure(
  dataProvider: GreenchainDataProvider,
  { items = [], parties = [], ...seizure }: SeizureFormValues,
  key: string,
): Promise<string> {
  const opened = await step([], () =>
    dataProvider.create<CommandResult>('cases', {
      data: seizure,
      meta: { idempotencyKey: `${key}:seizure` },
    }),
  );
  const caseId = opened.data.id;
  let version = opened.data.streamVersion;
  const add = async (path: string, index: number, body: Record<string, unknown>) => {
    const result = await step([path, String(index)], () =>
      dataProvider.command(
        'cases',
        caseId,
        path,
        { ...body, occurredAt: seizure.occurredAt },
        {
          version,
          idempotencyKey: `${key}:${path}:${index}`,
        },
      ),
    );
    version = result.streamVersion;
  };
  for (const [index, item] of items.entries()) await add('items', index, item);
  for (const [index, party] of parties.entries()) await add('parties', index, party);
  return caseId;
}
