import { Step, StepLabel, Stepper, type Theme, Typography, useMediaQuery } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { type CaseRecord } from './case-record';
import { chainPosition, chainSteps } from './chain-steps';

/** Detection → referral → prosecution → trial → sentence → closure, and where this case stopped. */
export function ChainStepper() {
  const record = useRecordContext<CaseRecord>();
  const translate = useTranslate();
  // Six steps side by side need a wide screen; a phone lists them top to bottom.
  const wide = useMediaQuery((theme: Theme) => theme.breakpoints.up('md'));
  if (!record) return null;
  const { active, stoppedBy } = chainPosition(record);
  const closed = record.stage === 'CLOSED';
  const last = chainSteps.length - 1;
  return (
    <Stepper
      activeStep={closed ? chainSteps.length : active}
      alternativeLabel={wide}
      orientation={wide ? 'horizontal' : 'vertical'}
      aria-label={translate('cases.page.chain')}
      sx={{ py: 2 }}
    >
      {chainSteps.map((step, index) => {
        const stopped = stoppedBy !== undefined && index === active;
        return (
          <Step
            key={step.key}
            completed={closed ? index <= active || index === last : index < active}
          >
            <StepLabel
              error={stopped && stoppedBy !== 'settled'}
              optional={
                stopped ? (
                  <Typography
                    variant="caption"
                    color={stoppedBy === 'settled' ? 'text.secondary' : 'error'}
                  >
                    {translate(`cases.chain.stopped.${stoppedBy}`)}
                  </Typography>
                ) : undefined
              }
            >
              {translate(`cases.chain.${step.key}`)}
            </StepLabel>
          </Step>
        );
      })}
    </Stepper>
  );
}
