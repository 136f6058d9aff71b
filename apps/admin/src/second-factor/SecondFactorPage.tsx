import { type SecondFactorEnrolment, type SecondFactorStatus } from '@greenchain/contracts';
import { Alert, Button, Card, CardContent, Stack, TextField, Typography } from '@mui/material';
import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { Title, useAuthenticated, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { ProblemAlert } from '../common/ProblemAlert';
import { type Problem, problemOf } from '../providers/problem-error';
import { session } from '../providers/session';
import { RecoveryCodesCard } from './RecoveryCodesCard';
import { secondFactorApi } from './second-factor-api';

/** A code field and a button, for confirming, disabling and new recovery codes. */
function CodeForm({
  label,
  actions,
}: {
  readonly label: string;
  readonly actions: readonly { readonly text: string; readonly run: (code: string) => void }[];
}) {
  const [code, setCode] = useState('');
  const submit = (event: FormEvent) => event.preventDefault();
  return (
    <Stack
      component="form"
      onSubmit={submit}
      direction="row"
      spacing={1}
      sx={{ alignItems: 'center' }}
    >
      <TextField
        label={label}
        value={code}
        onChange={(event) => setCode(event.target.value)}
        autoComplete="one-time-code"
        size="small"
      />
      {actions.map((action) => (
        <Button key={action.text} variant="outlined" onClick={() => action.run(code)}>
          {action.text}
        </Button>
      ))}
    </Stack>
  );
}

/** Enrol a TOTP authenticator, turn it off, or get new recovery codes. */
export function SecondFactorPage() {
  useAuthenticated();
  const translate = useTranslate();
  const navigate = useNavigate();
  const [status, setStatus] = useState<SecondFactorStatus>();
  const [enrolment, setEnrolment] = useState<SecondFactorEnrolment>();
  const [recoveryCodes, setRecoveryCodes] = useState<readonly string[]>();
  const [problem, setProblem] = useState<Problem>();

  const reload = useCallback(() => secondFactorApi.status().then(setStatus), []);
  useEffect(() => void reload(), [reload]);

  const attempt = async (action: () => Promise<void>) => {
    setProblem(undefined);
    try {
      await action();
    } catch (error) {
      setProblem(problemOf(error) ?? { status: 0, detail: (error as Error).message });
    }
  };
  const start = () => attempt(async () => setEnrolment(await secondFactorApi.startEnrolment()));
  const confirm = (code: string) =>
    attempt(async () => {
      setRecoveryCodes((await secondFactorApi.confirm(code)).recoveryCodes);
      setEnrolment(undefined);
      session.secondFactorEnrolled();
    });
  const regenerate = (code: string) =>
    attempt(async () => setRecoveryCodes((await secondFactorApi.regenerate(code)).recoveryCodes));
  const disable = (code: string) =>
    attempt(async () => {
      await secondFactorApi.disable(code);
      await reload();
    });
  const done = () => {
    setRecoveryCodes(undefined);
    if (status?.required && !status.enabled) void navigate('/');
    else void reload();
  };

  return (
    <Card sx={{ mt: 2, maxWidth: 720 }}>
      <Title title={translate('secondFactor.title')} />
      <CardContent>
        <Stack spacing={2}>
          <Typography variant="h5" component="h1">
            {translate('secondFactor.title')}
          </Typography>
          <Typography>{translate('secondFactor.intro')}</Typography>
          {problem && <ProblemAlert problem={problem} />}
          {recoveryCodes ? (
            <RecoveryCodesCard codes={recoveryCodes} onDone={done} />
          ) : enrolment ? (
            <Stack spacing={2}>
              <Typography>{translate('secondFactor.scan')}</Typography>
              <img
                src={enrolment.qrCode}
                alt={translate('secondFactor.qrAlt')}
                width={200}
                height={200}
              />
              <TextField
                label={translate('secondFactor.secret')}
                value={enrolment.secret}
                slotProps={{ htmlInput: { readOnly: true, style: { fontFamily: 'monospace' } } }}
                size="small"
                sx={{ maxWidth: 420 }}
              />
              <CodeForm
                label={translate('secondFactor.code')}
                actions={[
                  { text: translate('secondFactor.confirm'), run: (code) => void confirm(code) },
                ]}
              />
            </Stack>
          ) : status?.enabled ? (
            <Stack spacing={2}>
              <Alert severity="success">
                {translate('secondFactor.on', { count: status.recoveryCodesLeft })}
              </Alert>
              <CodeForm
                label={translate('secondFactor.codeOrRecovery')}
                actions={[
                  {
                    text: translate('secondFactor.regenerate'),
                    run: (code) => void regenerate(code),
                  },
                  { text: translate('secondFactor.disable'), run: (code) => void disable(code) },
                ]}
              />
            </Stack>
          ) : status ? (
            <Stack spacing={2} sx={{ alignItems: 'flex-start' }}>
              {status.required ? (
                <Alert severity="warning">{translate('secondFactor.required')}</Alert>
              ) : (
                <Typography>{translate('secondFactor.off')}</Typography>
              )}
              <Button variant="contained" onClick={() => void start()}>
                {translate('secondFactor.start')}
              </Button>
            </Stack>
          ) : null}
        </Stack>
      </CardContent>
    </Card>
  );
}
