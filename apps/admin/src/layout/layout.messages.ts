export const en = {
  layout: {
    menu: {
      analytics: 'Analytics',
      projections: 'Projections',
      system: 'System',
    },
    login: { tagline: 'Environmental-crime cases from seizure to sentence' },
  },
};

export const fr: typeof en = {
  layout: {
    menu: {
      analytics: 'Analyses',
      projections: 'Projections',
      system: 'Système',
    },
    login: { tagline: 'Les affaires de criminalité environnementale, de la saisie à la peine' },
  },
};

export const es: typeof en = {
  layout: {
    menu: {
      analytics: 'Análisis',
      projections: 'Proyecciones',
      system: 'Sistema',
    },
    login: { tagline: 'Los casos de delitos ambientales, de la incautación a la condena' },
  },
};
