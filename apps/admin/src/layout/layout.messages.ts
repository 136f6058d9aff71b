export const en = {
  layout: {
    menu: {
      analytics: 'Analytics',
      projections: 'Projections',
      system: 'System',
    },
  },
};

export const fr: typeof en = {
  layout: {
    menu: {
      analytics: 'Analyses',
      projections: 'Projections',
      system: 'Système',
    },
  },
};

export const es: typeof en = {
  layout: {
    menu: {
      analytics: 'Análisis',
      projections: 'Proyecciones',
      system: 'Sistema',
    },
  },
};
