import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useDataProvider } from 'react-admin';
import { newIdempotencyKey } from '../providers/idempotency-key';
import { type ExportFormat } from '@greenchain/contracts';
import { type GreenchainDataProvider } from '../providers/data-provider';

const pollMs = 1000;

/** Starts one export job and follows it until it is done or failed. */
export function useExportJob(format: ExportFormat, filter: object, sort: [string, string]) {
  const dataProvider = useDataProvider<GreenchainDataProvider>();
  // The request is fixed when the dialog opens; its key makes a repeated start the same job.
  const [request] = useState(() => ({ format, filter, sort, key: newIdempotencyKey() }));
  const [jobId, setJobId] = useState<string | null>(null);
  const [startError, setStartError] = useState<Error | null>(null);
  useEffect(() => {
    dataProvider
      .startExport(request.format, request.filter, request.sort, request.key)
      .then((job) => setJobId(job.id))
      .catch((error: Error) => setStartError(error));
  }, [dataProvider, request]);
  const job = useQuery({
    queryKey: ['exports', jobId],
    queryFn: () => dataProvider.exportJob(jobId ?? ''),
    enabled: jobId !== null,
    refetchInterval: (query) =>
      ['done', 'failed'].includes(query.state.data?.status ?? '') ? false : pollMs,
  });
  return { job: job.data, error: startError ?? job.error };
}
