import { useGetList } from 'react-admin';

export interface ExhibitRow {
  readonly id: string;
  readonly kind: string;
  readonly status: string;
  readonly holderId: string | null;
  readonly holderAgency: string | null;
  readonly sealNumber: string | null;
}

/** The exhibits of a case, as the evidence list answers them. */
export function useCaseExhibits(caseId: string | undefined) {
  return useGetList<ExhibitRow>(
    'evidence',
    { filter: { caseId }, pagination: { page: 1, perPage: 100 } },
    { enabled: caseId !== undefined },
  );
}
