import { Chip, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { SectionCard } from '../common/SectionCard';
import { type CaseRecord, partyName } from './case-record';
import { AmendPartyAction } from './amend/AmendPartyAction';
import { DefendantActions } from './DefendantActions';

const ended = [
  'declined',
  'withdrawn',
  'acquitted',
  'dismissed_on_merits',
  'dismissed_procedural',
  'overturned_on_appeal',
];

/** Each defendant with where their own chain stands, and what may be recorded about them. */
export function DefendantsCard() {
  const record = useRecordContext<CaseRecord>();
  const translate = useTranslate();
  if (!record) return null;
  const parties = Object.values(record.state.parties).map((party) => party.details);
  return (
    <SectionCard title="greenchain.cases.defendants">
      <Table size="small" aria-label={translate('greenchain.cases.defendants')}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('greenchain.fields.name')}</TableCell>
            <TableCell>{translate('greenchain.fields.role')}</TableCell>
            <TableCell>{translate('greenchain.fields.status')}</TableCell>
            <TableCell>{translate('greenchain.fields.actions')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {parties.map((party) => {
            const status = record.defendants[party.partyId]?.status;
            return (
              <TableRow key={party.partyId}>
                <TableCell>{partyName(party) ?? translate('greenchain.cases.redacted')}</TableCell>
                <TableCell>
                  {translate(`greenchain.codes.partyRoles.${party.role}`, { _: party.role })} ·{' '}
                  {translate(`greenchain.partyKinds.${party.kind}`)}
                </TableCell>
                <TableCell>
                  {status && (
                    <Chip
                      size="small"
                      label={translate(`greenchain.defendantStatus.${status}`)}
                      color={
                        ended.includes(status)
                          ? 'error'
                          : status === 'sentenced' || status === 'convicted'
                            ? 'success'
                            : 'default'
                      }
                    />
                  )}
                </TableCell>
                <TableCell>
                  <DefendantActions record={record} partyId={party.partyId} />
                  <AmendPartyAction record={record} party={party} />
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </SectionCard>
  );
}
