export const en = {
  passwords: {
    fields: {
      currentPassword: 'Current password',
      newPassword: 'New password',
      repeatPassword: 'New password again',
      password: 'Password',
    },
    newPasswordHelp:
      'At least 12 characters and hard to guess: a few unrelated words work well. Not your name or email.',
    mismatch: 'The two passwords differ.',
    change: {
      title: 'Change password',
      save: 'Change password',
      done: 'Password changed. Your other sessions are signed out.',
    },
    reset: {
      title: 'Choose a new password',
      intro: 'An administrator gave you this link. It works once.',
      save: 'Set password',
      done: 'Your password is set. Sign in with it.',
      signIn: 'Go to sign-in',
    },
    resetLink: {
      button: 'Reset link',
      title: 'Password reset link for %{name}',
      explain:
        'Give this link to the user yourself, over a channel you trust. It works once, until %{until}; a newer link replaces it.',
      link: 'Link',
      copy: 'Copy link',
      copied: 'Link copied',
      close: 'Close',
    },
    reauthenticate: {
      title: 'Confirm your password',
      explain:
        'This change needs your password again. Greenchain then asks for it no more for a few minutes.',
      confirm: 'Confirm',
    },
  },
};

export const fr: typeof en = {
  passwords: {
    fields: {
      currentPassword: 'Mot de passe actuel',
      newPassword: 'Nouveau mot de passe',
      repeatPassword: 'Nouveau mot de passe, à nouveau',
      password: 'Mot de passe',
    },
    newPasswordHelp:
      'Au moins 12 caractères, difficile à deviner : quelques mots sans rapport entre eux conviennent. Ni votre nom ni votre adresse e-mail.',
    mismatch: 'Les deux mots de passe diffèrent.',
    change: {
      title: 'Changer de mot de passe',
      save: 'Changer le mot de passe',
      done: 'Mot de passe changé. Vos autres sessions sont fermées.',
    },
    reset: {
      title: 'Choisissez un nouveau mot de passe',
      intro: 'Un administrateur vous a donné ce lien. Il ne sert qu’une fois.',
      save: 'Enregistrer le mot de passe',
      done: 'Votre mot de passe est enregistré. Connectez-vous avec lui.',
      signIn: 'Aller à la connexion',
    },
    resetLink: {
      button: 'Lien de réinitialisation',
      title: 'Lien de réinitialisation du mot de passe de %{name}',
      explain:
        'Transmettez ce lien vous-même à l’utilisateur, par un canal de confiance. Il ne sert qu’une fois, jusqu’au %{until} ; un lien plus récent le remplace.',
      link: 'Lien',
      copy: 'Copier le lien',
      copied: 'Lien copié',
      close: 'Fermer',
    },
    reauthenticate: {
      title: 'Confirmez votre mot de passe',
      explain:
        'Cette modification demande à nouveau votre mot de passe. Greenchain ne le redemande plus ensuite pendant quelques minutes.',
      confirm: 'Confirmer',
    },
  },
};

export const es: typeof en = {
  passwords: {
    fields: {
      currentPassword: 'Contraseña actual',
      newPassword: 'Nueva contraseña',
      repeatPassword: 'Nueva contraseña, otra vez',
      password: 'Contraseña',
    },
    newPasswordHelp:
      'Al menos 12 caracteres y difícil de adivinar: unas palabras sin relación entre sí sirven. Ni su nombre ni su correo.',
    mismatch: 'Las dos contraseñas no coinciden.',
    change: {
      title: 'Cambiar la contraseña',
      save: 'Cambiar la contraseña',
      done: 'Contraseña cambiada. Sus otras sesiones se han cerrado.',
    },
    reset: {
      title: 'Elija una nueva contraseña',
      intro: 'Un administrador le dio este enlace. Sirve una sola vez.',
      save: 'Guardar la contraseña',
      done: 'Su contraseña está guardada. Inicie sesión con ella.',
      signIn: 'Ir al inicio de sesión',
    },
    resetLink: {
      button: 'Enlace de restablecimiento',
      title: 'Enlace para restablecer la contraseña de %{name}',
      explain:
        'Entregue usted mismo este enlace al usuario, por un canal de confianza. Sirve una sola vez, hasta el %{until}; un enlace más reciente lo sustituye.',
      link: 'Enlace',
      copy: 'Copiar el enlace',
      copied: 'Enlace copiado',
      close: 'Cerrar',
    },
    reauthenticate: {
      title: 'Confirme su contraseña',
      explain:
        'Este cambio pide de nuevo su contraseña. Greenchain no la vuelve a pedir durante unos minutos.',
      confirm: 'Confirmar',
    },
  },
};
