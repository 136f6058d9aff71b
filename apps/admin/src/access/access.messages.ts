/** What a role is told where it may not go (`access.*`), EN, FR, ES. */
export const en = {
  access: {
    title: 'Not open to your role',
    denied: {
      cases: 'Your role cannot open case pages.',
      notifications:
        'Your role cannot open notifications: they go to the customs office that seized the goods.',
      analytics: 'Your role cannot open analytics pages.',
      reports: 'Your role does not file treaty reports.',
      users: 'Your role cannot open user administration pages.',
      securityAudit: 'Your role cannot open the security audit trail.',
      operations: 'Your role cannot open operations pages.',
      system: 'Your role cannot open system pages.',
    },
    forbidden: 'Your role, country or agency does not allow this.',
    home: 'Back to the dashboard',
  },
};

export const fr: typeof en = {
  access: {
    title: 'Non ouvert à votre rôle',
    denied: {
      cases: 'Votre rôle ne permet pas d’ouvrir les pages des affaires.',
      notifications:
        'Votre rôle ne permet pas d’ouvrir les notifications : elles vont au bureau des douanes qui a saisi les marchandises.',
      analytics: 'Votre rôle ne permet pas d’ouvrir les pages d’analyse.',
      reports: 'Votre rôle ne remet pas de rapports aux conventions.',
      users: 'Votre rôle ne permet pas d’ouvrir les pages d’administration des utilisateurs.',
      securityAudit: 'Votre rôle ne permet pas d’ouvrir le journal d’audit de sécurité.',
      operations: 'Votre rôle ne permet pas d’ouvrir les pages d’exploitation.',
      system: 'Votre rôle ne permet pas d’ouvrir les pages du système.',
    },
    forbidden: 'Votre rôle, votre pays ou votre agence ne le permet pas.',
    home: 'Retour au tableau de bord',
  },
};

export const es: typeof en = {
  access: {
    title: 'No disponible para su rol',
    denied: {
      cases: 'Su rol no puede abrir las páginas de casos.',
      notifications:
        'Su rol no puede abrir las notificaciones: van a la oficina de aduanas que incautó la mercancía.',
      analytics: 'Su rol no puede abrir las páginas de análisis.',
      reports: 'Su rol no presenta informes a los convenios.',
      users: 'Su rol no puede abrir las páginas de administración de usuarios.',
      securityAudit: 'Su rol no puede abrir el registro de auditoría de seguridad.',
      operations: 'Su rol no puede abrir las páginas de operaciones.',
      system: 'Su rol no puede abrir las páginas del sistema.',
    },
    forbidden: 'Su rol, su país o su agencia no lo permite.',
    home: 'Volver al panel',
  },
};
