import ForestIcon from '@mui/icons-material/Forest';
import { Typography } from '@mui/material';
import { Login, useTranslate } from 'react-admin';
import { brandBackground } from './brand-background';
import { SignInForm } from './SignInForm';

/** react-admin's sign-in, saying what Greenchain is and in its colours, with a second step for a code. */
export function LoginPage() {
  const translate = useTranslate();
  return (
    <Login avatarIcon={<ForestIcon />} sx={brandBackground}>
      <Typography variant="h5" component="h1" align="center">
        Greenchain
      </Typography>
      <Typography
        variant="body2"
        color="text.secondary"
        align="center"
        sx={{ px: 2, maxWidth: 300, mx: 'auto' }}
      >
        {translate('layout.login.tagline')}
      </Typography>
      <SignInForm />
    </Login>
  );
}
