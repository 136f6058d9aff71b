export const en = {
  secondFactor: {
    menu: 'Second factor',
    title: 'Second factor',
    intro:
      'A code from an authenticator app on your phone, asked for after your password when you sign in.',
    required: 'Administrators must have a second factor: set one up to continue.',
    on: 'On. Recovery codes left: %{count}',
    off: 'Off.',
    start: 'Set up',
    scan: 'Scan this QR code with your authenticator app, or type the secret key into it.',
    qrAlt: 'QR code of the secret key',
    secret: 'Secret key',
    code: 'Code from the app',
    codeOrRecovery: 'Code from the app, or a recovery code',
    confirm: 'Confirm',
    recoveryTitle: 'Recovery codes',
    recoveryHelp:
      'Each signs you in once if you lose your phone. Keep them somewhere safe: they are shown only now.',
    copy: 'Copy',
    copied: 'Copied',
    download: 'Download',
    done: 'Done',
    disable: 'Turn off',
    regenerate: 'New recovery codes',
    signInCode: 'Code',
    signInHelp: 'The 6-digit code from your authenticator app, or a recovery code.',
    verify: 'Verify',
  },
};

export const fr: typeof en = {
  secondFactor: {
    menu: 'Second facteur',
    title: 'Second facteur',
    intro:
      'Un code d’une application d’authentification sur votre téléphone, demandé après le mot de passe à la connexion.',
    required:
      'Les administrateurs doivent avoir un second facteur : configurez-en un pour continuer.',
    on: 'Activé. Codes de secours restants : %{count}',
    off: 'Désactivé.',
    start: 'Configurer',
    scan: 'Scannez ce QR code avec votre application d’authentification, ou saisissez-y la clé secrète.',
    qrAlt: 'QR code de la clé secrète',
    secret: 'Clé secrète',
    code: 'Code de l’application',
    codeOrRecovery: 'Code de l’application, ou un code de secours',
    confirm: 'Confirmer',
    recoveryTitle: 'Codes de secours',
    recoveryHelp:
      'Chacun vous connecte une fois si vous perdez votre téléphone. Gardez-les en lieu sûr : ils ne sont affichés que maintenant.',
    copy: 'Copier',
    copied: 'Copié',
    download: 'Télécharger',
    done: 'Terminé',
    disable: 'Désactiver',
    regenerate: 'Nouveaux codes de secours',
    signInCode: 'Code',
    signInHelp:
      'Le code à 6 chiffres de votre application d’authentification, ou un code de secours.',
    verify: 'Vérifier',
  },
};

export const es: typeof en = {
  secondFactor: {
    menu: 'Segundo factor',
    title: 'Segundo factor',
    intro:
      'Un código de una aplicación de autenticación en su teléfono, pedido después de la contraseña al iniciar sesión.',
    required: 'Los administradores deben tener un segundo factor: configure uno para continuar.',
    on: 'Activado. Códigos de recuperación restantes: %{count}',
    off: 'Desactivado.',
    start: 'Configurar',
    scan: 'Escanee este código QR con su aplicación de autenticación, o escriba en ella la clave secreta.',
    qrAlt: 'Código QR de la clave secreta',
    secret: 'Clave secreta',
    code: 'Código de la aplicación',
    codeOrRecovery: 'Código de la aplicación, o un código de recuperación',
    confirm: 'Confirmar',
    recoveryTitle: 'Códigos de recuperación',
    recoveryHelp:
      'Cada uno le permite iniciar sesión una vez si pierde el teléfono. Guárdelos en un lugar seguro: solo se muestran ahora.',
    copy: 'Copiar',
    copied: 'Copiado',
    download: 'Descargar',
    done: 'Hecho',
    disable: 'Desactivar',
    regenerate: 'Nuevos códigos de recuperación',
    signInCode: 'Código',
    signInHelp:
      'El código de 6 dígitos de su aplicación de autenticación, o un código de recuperación.',
    verify: 'Verificar',
  },
};
