import { Step, StepContent, StepLabel, Stepper, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { SectionCard } from '../common/SectionCard';
import { useFormatters } from '../i18n/use-formatters';
import { personalText } from '../common/personal-text';
import { type EvidenceRecord } from './evidence-record';

/** Every custodian in order, from registration to the current holder: one holder at a time. */
export function CustodyChainCard() {
  const record = useRecordContext<EvidenceRecord>();
  const translate = useTranslate();
  const format = useFormatters();
  if (!record) return null;
  const handovers = new Map(
    Object.values(record.state.transfers).map((transfer) => [transfer.to.holderId, transfer]),
  );
  const last = record.custody.length - 1;
  return (
    <SectionCard title="evidence.custody">
      <Stepper orientation="vertical" activeStep={last} aria-label={translate('evidence.custody')}>
        {record.custody.map((link, index) => {
          const transfer = handovers.get(link.holderId);
          return (
            <Step key={`${link.holderId}-${link.since}`} completed={index < last} expanded>
              <StepLabel>
                {link.holderId} · {format.date(link.since)}
              </StepLabel>
              <StepContent>
                <Typography variant="body2" color="text.secondary">
                  {transfer
                    ? `${transfer.to.agency} (${transfer.to.country}) · ${transfer.place} · ${personalText(transfer.condition, translate) ?? ''}`
                    : [record.state.registration?.holder.agency, record.state.registration?.place]
                        .filter(Boolean)
                        .join(' · ')}
                </Typography>
              </StepContent>
            </Step>
          );
        })}
      </Stepper>
    </SectionCard>
  );
}
