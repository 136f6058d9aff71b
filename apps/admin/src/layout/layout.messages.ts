export const en = {
  layout: {
    menu: {
      analytics: 'Analytics',
      reports: 'Treaty reports',
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
      reports: 'Rapports aux conventions',
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
      reports: 'Informes a los convenios',
      projections: 'Proyecciones',
      system: 'Sistema',
    },
    login: { tagline: 'Los casos de delitos ambientales, de la incautación a la condena' },
  },
};
