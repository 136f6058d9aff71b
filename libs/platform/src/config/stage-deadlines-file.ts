import { readFileSync } from 'node:fs';
import { deadlineSteps } from '@greenchain/domain';
import { defaultStalledDeadlines, type StalledDeadlines } from '@greenchain/read-models';
import { z } from 'zod';

const days = z
  .number({ error: 'must be a number of days' })
  .int('must be a whole number of days')
  .positive('must be at least 1 day')
  .max(3650, 'must be at most 3650 days');

const stepDays = z.strictObject(
  Object.fromEntries(deadlineSteps.map((step) => [step, days.optional()])) as Record<
    (typeof deadlineSteps)[number],
    z.ZodOptional<typeof days>
  >,
);

/**
 * The file STAGE_DEADLINES_FILE names: days allowed per pending step, for every country
 * (`default`, over the built-in 30, 180 and 365 days) and per ISO country code (`byCountry`).
 */
const stageDeadlinesFileSchema = z.strictObject({
  default: stepDays.optional(),
  byCountry: z
    .record(z.string(), stepDays)
    .superRefine((countries, context) => {
      // A key check of its own: zod reports a bad record key without the key's own message.
      for (const country of Object.keys(countries).filter((key) => !/^[A-Z]{2}$/.test(key))) {
        context.addIssue({
          code: 'custom',
          path: [country],
          message: 'must be an ISO 3166-1 alpha-2 code like KE',
        });
      }
    })
    .optional(),
});

/** Each problem names where in the file it is (`byCountry.PY.verdict`), for the start-up message. */
export type StageDeadlinesResult =
  | { readonly ok: true; readonly deadlines: StalledDeadlines }
  | { readonly ok: false; readonly problems: readonly string[] };

/**
 * The default deadlines, overridden by the file's when a path is given. Example file:
 * `{"default": {"verdict": 400}, "byCountry": {"PY": {"charge_decision": 90}}}`.
 */
export function loadStageDeadlines(path: string | undefined): StageDeadlinesResult {
  if (path === undefined) return { ok: true, deadlines: defaultStalledDeadlines };
  let content: unknown;
  try {
    content = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return { ok: false, problems: [`cannot read ${path}: ${(error as Error).message}`] };
  }
  const parsed = stageDeadlinesFileSchema.safeParse(content);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map(
        (issue) => `${path}: ${issue.path.join('.') || 'the file'} ${issue.message}`,
      ),
    };
  }
  const byCountry = Object.fromEntries(
    Object.entries(parsed.data.byCountry ?? {}).map(([country, steps]) => [
      country,
      withoutUnset(steps),
    ]),
  );
  return {
    ok: true,
    deadlines: {
      default: { ...defaultStalledDeadlines.default, ...withoutUnset(parsed.data.default ?? {}) },
      byCountry,
    },
  };
}

function withoutUnset<T extends object>(steps: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(steps).filter(([, value]) => value !== undefined),
  ) as Partial<T>;
}
