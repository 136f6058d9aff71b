import { Alert, Box, Button, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';

/** The recovery codes, shown once, to copy or download before leaving the page. */
export function RecoveryCodesCard({
  codes,
  onDone,
}: {
  readonly codes: readonly string[];
  readonly onDone: () => void;
}) {
  const translate = useTranslate();
  const [copied, setCopied] = useState(false);
  const text = `${codes.join('\n')}\n`;
  const copy = async () => {
    await navigator.clipboard.writeText(text);
    setCopied(true);
  };
  const download = () => {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([text], { type: 'text/plain' }));
    link.download = 'greenchain-recovery-codes.txt';
    link.click();
    URL.revokeObjectURL(link.href);
  };
  return (
    <Stack spacing={2} component="section" aria-labelledby="recovery-codes-title">
      <Typography variant="h6" component="h2" id="recovery-codes-title">
        {translate('secondFactor.recoveryTitle')}
      </Typography>
      <Alert severity="warning">{translate('secondFactor.recoveryHelp')}</Alert>
      <Box
        component="ul"
        aria-label={translate('secondFactor.recoveryTitle')}
        sx={{ fontFamily: 'monospace', fontSize: '1.1rem', columns: 2, maxWidth: 420, m: 0 }}
      >
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </Box>
      <Stack direction="row" spacing={1}>
        <Button variant="outlined" onClick={() => void copy()}>
          {translate(copied ? 'secondFactor.copied' : 'secondFactor.copy')}
        </Button>
        <Button variant="outlined" onClick={download}>
          {translate('secondFactor.download')}
        </Button>
        <Button variant="contained" onClick={onDone}>
          {translate('secondFactor.done')}
        </Button>
      </Stack>
    </Stack>
  );
}
