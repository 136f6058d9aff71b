import { hasEndedWithoutConviction } from '@greenchain/contracts';
import { Chip, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { SectionCard } from '../common/SectionCard';
import { type CaseRecord, partyName } from './case-record';
import { session } from '../providers/session';
import { AddPartyButton } from './amend/AddPartyButton';
import { AmendPartyAction } from './amend/AmendPartyAction';
import { entryCommands } from './amend/entry-abilities';
import { DefendantActions } from './DefendantActions';

/** Each defendant with where their own chain stands, and what may be recorded about them. */
export function DefendantsCard() {
  const record = useRecordContext<CaseRecord>();
  const translate = useTranslate();
  if (!record) return null;
  const parties = Object.values(record.state.parties).map((party) => party.details);
  const user = session.user();
  const mayAdd = user !== null && entryCommands(user, record).has('addParty');
  return (
    <SectionCard
      title="greenchain.cases.defendants"
      action={mayAdd && <AddPartyButton resource="cases" record={record} />}
    >
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
                        hasEndedWithoutConviction(status)
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
