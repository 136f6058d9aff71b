export const en = {
  resources: {
    users: {
      name: 'User |||| Users',
      fields: {
        email: 'Email',
        displayName: 'Name',
        password: 'Initial password',
        role: 'Role',
        country: 'Country',
        agency: 'Agency',
        focalPoint: 'National focal point',
        active: 'Active',
        createdAt: 'Created',
        q: 'Search',
      },
    },
  },
  users: {
    countryHelp: 'Two-letter ISO code, e.g. KE. Officers only.',
    focalPointHelp: "Files the country's treaty reports.",
    passwordHelp: 'At least 12 characters; the user changes it after signing in.',
    allCountries: 'All countries',
    updated: 'User updated',
  },
};

export const fr: typeof en = {
  resources: {
    users: {
      name: 'Utilisateur |||| Utilisateurs',
      fields: {
        email: 'Adresse e-mail',
        displayName: 'Nom',
        password: 'Mot de passe initial',
        role: 'Rôle',
        country: 'Pays',
        agency: 'Administration',
        focalPoint: 'Point focal national',
        active: 'Actif',
        createdAt: 'Créé le',
        q: 'Rechercher',
      },
    },
  },
  users: {
    countryHelp: 'Code ISO à deux lettres, p. ex. KE. Agents uniquement.',
    focalPointHelp: 'Remet les rapports du pays aux conventions.',
    passwordHelp: 'Au moins 12 caractères ; l’utilisateur le change après sa connexion.',
    allCountries: 'Tous les pays',
    updated: 'Utilisateur modifié',
  },
};

export const es: typeof en = {
  resources: {
    users: {
      name: 'Usuario |||| Usuarios',
      fields: {
        email: 'Correo electrónico',
        displayName: 'Nombre',
        password: 'Contraseña inicial',
        role: 'Función',
        country: 'País',
        agency: 'Organismo',
        focalPoint: 'Punto focal nacional',
        active: 'Activo',
        createdAt: 'Creado',
        q: 'Buscar',
      },
    },
  },
  users: {
    countryHelp: 'Código ISO de dos letras, p. ej. KE. Solo para agentes.',
    focalPointHelp: 'Presenta los informes del país a los convenios.',
    passwordHelp: 'Al menos 12 caracteres; el usuario la cambia tras iniciar sesión.',
    allCountries: 'Todos los países',
    updated: 'Usuario actualizado',
  },
};
