import { hasEndedWithoutConviction } from '@greenchain/contracts';
import { Chip, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { SectionCard } from '../common/SectionCard';
import { useCodeLabel } from '../common/use-code-list';
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
  const partyRole = useCodeLabel('partyRoles');
  if (!record) return null;
  const parties = Object.values(record.state.parties).map((party) => party.details);
  const user = session.user();
  const mayAdd = user !== null && entryCommands(user, record).has('addParty');
  return (
    <SectionCard
      title="cases.page.defendants"
      action={mayAdd && <AddPartyButton resource="cases" record={record} />}
    >
      <Table size="small" aria-label={translate('cases.page.defendants')}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('cases.fields.name')}</TableCell>
            <TableCell>{translate('cases.fields.role')}</TableCell>
            <TableCell>{translate('cases.fields.status')}</TableCell>
            <TableCell>{translate('cases.fields.actions')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {parties.map((party) => {
            const status = record.defendants[party.partyId]?.status;
            return (
              <TableRow key={party.partyId}>
                <TableCell>{partyName(party) ?? translate('cases.page.redacted')}</TableCell>
                <TableCell>
                  {partyRole(party.role)} · {translate(`cases.partyKinds.${party.kind}`)}
                </TableCell>
                <TableCell>
                  {status && (
                    <Chip
                      size="small"
                      label={translate(`cases.defendantStatus.${status}`)}
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
