import {
  Alert,
  LinearProgress,
  Link,
  Stack,
  TableBody,
  TableCell,
  TableHead,
  TablePagination,
  TableRow,
  Typography,
} from '@mui/material';
import { type WeakSentence } from '@greenchain/contracts';
import { useEffect, useState } from 'react';
import { useCreatePath, useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import { opensCases } from '../../dashboard/role-queues';
import { useFormatters } from '../../i18n/use-formatters';
import { ScrollableTable } from '../../layout/ScrollableTable';
import { useRole } from '../../layout/use-role';
import { session } from '../../providers/session';
import { type AnalyticsFilter, analyticsQuery } from '../analytics';
import { FigureFileLink } from '../figure/FigureFileLink';
import { AnalyticsSection } from '../AnalyticsSection';
import { useWeakSentences } from './use-weak-sentences';

const perPage = 10;
/** The smallest ratio a percentage with one decimal shows. */
const smallestRatio = 0.001;

const columns = [
  'reference',
  'country',
  'agreements',
  'commodityGroups',
  'sentencedOn',
  'fineUsd',
  'shareUsd',
  'fineToShare',
] as const;
const amounts: ReadonlySet<string> = new Set(['fineUsd', 'shareUsd', 'fineToShare']);

/**
 * From the penalty figures to the sentences behind them: each fine below the defendant's share of
 * the value, weakest first. Officers who may open a case of their own country follow its
 * reference to it; analysts and administrators read the reference as text.
 */
export function WeakSentencesSection({ filter, asOf }: { filter: AnalyticsFilter; asOf?: string }) {
  const translate = useTranslate();
  const format = useFormatters();
  const createPath = useCreatePath();
  const role = useRole();
  const country = session.user()?.country;
  const [page, setPage] = useState(0);
  const { data, isPending, isError } = useWeakSentences(filter, asOf, page, perPage);
  const listed = analyticsQuery(filter, undefined, asOf);
  // Another filter is another list: back to its first page.
  useEffect(() => setPage(0), [listed]);
  const title = translate('weakSentences.title');
  const total = data?.total ?? 0;
  const opens = (row: WeakSentence) => opensCases(role) && row.country === country;
  const reference = (row: WeakSentence) => {
    const text = row.reference ?? translate('weakSentences.noReference');
    if (!opens(row)) return text;
    return (
      <Link
        component={RouterLink}
        to={createPath({ resource: 'cases', id: row.caseId, type: 'show' })}
      >
        {text}
      </Link>
    );
  };
  // A fine of a few dollars against millions rounds to 0 %: it is not nothing, so it reads "< 0.1 %".
  const ratioText = (ratio: number) =>
    ratio > 0 && ratio < smallestRatio
      ? `< ${format.percent(smallestRatio)}`
      : format.percent(ratio);
  const cell = (row: WeakSentence, column: (typeof columns)[number]) => {
    switch (column) {
      case 'reference':
        return reference(row);
      case 'country':
        return format.country(row.country);
      case 'agreements':
        return row.agreements
          .map((code) => translate(`common.agreements.${code}`, { _: code }))
          .join(', ');
      case 'commodityGroups':
        return row.commodityGroups
          .map((group) => translate(`analytics.commodityGroups.${group}`, { _: group }))
          .join(', ');
      case 'sentencedOn':
        return row.sentencedOn ? format.date(row.sentencedOn) : '—';
      case 'fineUsd':
        return format.currency(row.fineUsd, 'USD');
      case 'shareUsd':
        return format.currency(row.shareUsd, 'USD');
      case 'fineToShare': {
        const ratio = ratioText(row.fineToShare);
        return row.provisional ? `${ratio} (${translate('weakSentences.provisional')})` : ratio;
      }
    }
  };
  const body = () => {
    if (isError) return <Alert severity="error">{translate('analytics.unavailable')}</Alert>;
    if (isPending) return <LinearProgress aria-label={translate('ra.page.loading')} />;
    if (total === 0) return <Typography>{translate('weakSentences.none')}</Typography>;
    return (
      <>
        <ScrollableTable label={title}>
          <TableHead>
            <TableRow>
              {columns.map((column) => (
                <TableCell key={column} align={amounts.has(column) ? 'right' : 'left'}>
                  {translate(`weakSentences.${column}`)}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {data?.rows.map((row) => (
              <TableRow key={row.id}>
                {columns.map((column) => (
                  <TableCell
                    key={column}
                    align={amounts.has(column) ? 'right' : 'left'}
                    {...(column === 'reference' && { component: 'th', scope: 'row' })}
                  >
                    {cell(row, column)}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </ScrollableTable>
        <TablePagination
          component="div"
          count={total}
          page={page}
          rowsPerPage={perPage}
          rowsPerPageOptions={[]}
          onPageChange={(_, next) => setPage(next)}
          labelDisplayedRows={({ from, to, count }) =>
            translate('weakSentences.rows', {
              from: format.number(from),
              to: format.number(to),
              count: format.number(count),
            })
          }
          getItemAriaLabel={(type) => translate(`weakSentences.${type}Page`)}
        />
      </>
    );
  };
  return (
    <AnalyticsSection
      title={data ? translate('weakSentences.titleCount', { count: format.number(total) }) : title}
    >
      <Typography color="text.secondary" variant="body2" gutterBottom>
        {translate('weakSentences.help')}
      </Typography>
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', mb: 1 }}>
        {(['csv', 'xlsx'] as const).map((format) => (
          <FigureFileLink
            key={format}
            file={{
              url: `/api/analytics/weak-sentences?${analyticsQuery(filter, undefined, asOf, { format })}`,
              format,
              fileName: `greenchain-weak-sentences.${format}`,
              text: format.toUpperCase(),
            }}
            label={translate(`analytics.panel.${format}`, { title })}
            unavailable={translate('analytics.unavailable')}
          />
        ))}
      </Stack>
      {body()}
    </AnalyticsSection>
  );
}
