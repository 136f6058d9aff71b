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
  },
};
