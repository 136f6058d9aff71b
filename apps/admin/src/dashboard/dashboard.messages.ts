export const en = {
  dashboard: {
    welcome: 'Welcome, %{name}',
    country: 'Country: %{country}',
    allCountries: 'All countries',
    recentCases: 'Latest cases',
    noCases: 'No case yet.',
    stalled: 'stalled',
    unreadNotifications: 'Unread outcomes',
    noNotifications: 'Nothing new.',
    openAnalytics: 'Open the breakdowns',
    stages: {
      DETECTION: 'Detection',
      ADMINISTRATIVE_SETTLEMENT: 'Administrative settlement',
      REFERRED: 'Referred',
      PROSECUTION: 'Prosecution',
      CHARGED: 'Charged',
      TRIAL: 'Trial',
      SENTENCED: 'Sentenced',
      APPEAL: 'Appeal',
      CLOSED: 'Closed',
    },
  },
};

export const fr: typeof en = {
  dashboard: {
    welcome: 'Bienvenue, %{name}',
    country: 'Pays : %{country}',
    allCountries: 'Tous les pays',
    recentCases: 'Dernières affaires',
    noCases: 'Aucune affaire pour le moment.',
    stalled: 'bloquée',
    unreadNotifications: 'Issues non lues',
    noNotifications: 'Rien de nouveau.',
    openAnalytics: 'Voir le détail',
    stages: {
      DETECTION: 'Détection',
      ADMINISTRATIVE_SETTLEMENT: 'Transaction administrative',
      REFERRED: 'Transmise',
      PROSECUTION: 'Poursuites',
      CHARGED: 'Mise en accusation',
      TRIAL: 'Procès',
      SENTENCED: 'Peine prononcée',
      APPEAL: 'Appel',
      CLOSED: 'Close',
    },
  },
};

export const es: typeof en = {
  dashboard: {
    welcome: 'Bienvenido/a, %{name}',
    country: 'País: %{country}',
    allCountries: 'Todos los países',
    recentCases: 'Últimos casos',
    noCases: 'Todavía no hay casos.',
    stalled: 'estancado',
    unreadNotifications: 'Resultados sin leer',
    noNotifications: 'Nada nuevo.',
    openAnalytics: 'Ver el desglose',
    stages: {
      DETECTION: 'Detección',
      ADMINISTRATIVE_SETTLEMENT: 'Arreglo administrativo',
      REFERRED: 'Remitido',
      PROSECUTION: 'Instrucción',
      CHARGED: 'Acusación',
      TRIAL: 'Juicio',
      SENTENCED: 'Condena',
      APPEAL: 'Apelación',
      CLOSED: 'Cerrado',
    },
  },
};
