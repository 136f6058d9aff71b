import { useState } from 'react';
import { useDataProvider, useNotify, useRefresh } from 'react-admin';
import { type GreenchainDataProvider } from '../providers/data-provider';
import { type Problem, problemOf } from '../providers/problem-error';
import { type TimelineEntry, type StreamRecord } from '@greenchain/contracts';
import { useIdempotencyKey } from './use-idempotency-key';

export interface CommandTarget {
  readonly resource: 'cases' | 'evidence';
  readonly record: StreamRecord;
}

type Values = Record<string, unknown>;

/**
 * Sends one command pessimistically: the If-Match of the version the user saw, one Idempotency-Key
 * per action. A 412 loads what changed and waits for the user's decision; other refusals come
 * back as field errors for the form and a problem to show.
 */
export function useCommandSubmit(
  { resource, record }: CommandTarget,
  send: (values: Values) => { path: string; body: unknown },
  onDone: () => void,
) {
  const dataProvider = useDataProvider<GreenchainDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const { keyFor, done } = useIdempotencyKey();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [conflict, setConflict] = useState<{
    values: Values;
    version: number;
    changes: TimelineEntry[];
  } | null>(null);

  const submit = async (values: Values, version = record.version) => {
    const { path, body } = send(values);
    setProblem(null);
    try {
      await dataProvider.command(resource, record.id, path, body, {
        version,
        idempotencyKey: keyFor({ path, body }),
      });
      done();
      setConflict(null);
      notify('common.command.recorded', { type: 'success' });
      refresh();
      onDone();
      return undefined;
    } catch (error) {
      const refused = problemOf(error);
      if (refused?.status === 412) {
        const { data } = await dataProvider.getOne<StreamRecord>(resource, { id: record.id });
        done();
        const changes = data.timeline.filter((entry) => entry.position > version);
        setConflict({ values, version: data.version, changes });
        return undefined;
      }
      setProblem(refused ?? { status: 0, detail: (error as Error).message });
      return (error as { body?: { errors?: object } }).body?.errors;
    }
  };

  return {
    submit: (values: Values) => submit(values),
    problem,
    conflict,
    retry: () => conflict && submit(conflict.values, conflict.version),
    cancelConflict: () => {
      setConflict(null);
      refresh();
      onDone();
    },
  };
}
