export const en = {
  system: {
    title: 'System',
    status: 'System status',
    checking: 'Checking…',
    ready: 'Ready to record',
    notReady: 'Not ready',
    check: '%{name}: %{status}',
  },
};

export const fr: typeof en = {
  system: {
    title: 'Système',
    status: 'État du système',
    checking: 'Vérification…',
    ready: 'Prêt à enregistrer',
    notReady: 'Indisponible',
    check: '%{name} : %{status}',
  },
};

export const es: typeof en = {
  system: {
    title: 'Sistema',
    status: 'Estado del sistema',
    checking: 'Comprobando…',
    ready: 'Listo para registrar',
    notReady: 'No disponible',
    check: '%{name}: %{status}',
  },
};
