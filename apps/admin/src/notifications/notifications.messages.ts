export const en = {
  resources: {
    notifications: {
      name: 'Notification |||| Notifications',
      fields: {
        createdAt: 'Received',
        caseReference: 'Case',
        title: 'Outcome',
        detail: 'Detail',
        readAt: 'Read',
        unread: 'Unread only',
      },
    },
  },
  notifications: {
    bell: 'Notifications: 1 unread |||| Notifications: %{smart_count} unread',
    markRead: 'Mark read',
    actions: 'Actions',
  },
};

export const fr: typeof en = {
  resources: {
    notifications: {
      name: 'Notification |||| Notifications',
      fields: {
        createdAt: 'Reçue le',
        caseReference: 'Affaire',
        title: 'Issue',
        detail: 'Détail',
        readAt: 'Lue le',
        unread: 'Non lues seulement',
      },
    },
  },
  notifications: {
    bell: 'Notifications : %{smart_count} non lue |||| Notifications : %{smart_count} non lues',
    markRead: 'Marquer comme lue',
    actions: 'Actions',
  },
};

export const es: typeof en = {
  resources: {
    notifications: {
      name: 'Notificación |||| Notificaciones',
      fields: {
        createdAt: 'Recibida',
        caseReference: 'Caso',
        title: 'Resultado',
        detail: 'Detalle',
        readAt: 'Leída',
        unread: 'Solo no leídas',
      },
    },
  },
  notifications: {
    bell: 'Notificaciones: 1 sin leer |||| Notificaciones: %{smart_count} sin leer',
    markRead: 'Marcar como leída',
    actions: 'Acciones',
  },
};
