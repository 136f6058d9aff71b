import { useEffect, useState } from 'react';

export interface Readiness {
  readonly ok: boolean;
  readonly checks: Record<string, { status: string }>;
}

/** Polls the public readiness probe so an officer sees at once when the system cannot record. */
export function useReadiness(intervalMs = 15_000): Readiness | null {
  const [readiness, setReadiness] = useState<Readiness | null>(null);
  useEffect(() => {
    let cancelled = false;
    const load = async () => {
      try {
        const response = await fetch('/health/ready', { headers: { Accept: 'application/json' } });
        const body = (await response.json()) as {
          details?: Readiness['checks'];
          checks?: Readiness['checks'];
        };
        if (!cancelled)
          setReadiness({ ok: response.ok, checks: body.details ?? body.checks ?? {} });
      } catch {
        if (!cancelled) setReadiness({ ok: false, checks: {} });
      }
    };
    void load();
    const timer = setInterval(() => void load(), intervalMs);
    return () => {
      cancelled = true;
      clearInterval(timer);
    };
  }, [intervalMs]);
  return readiness;
}
