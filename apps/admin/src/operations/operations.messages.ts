export const en = {
  resources: {
    'dead-letters': {
      name: 'Dead-letter job |||| Dead-letter jobs',
      fields: {
        id: 'Id',
        queue: 'Queue',
        jobName: 'Job',
        handler: 'Handler',
        eventId: 'Event',
        attempts: 'Attempts',
        error: 'Error',
        failedAt: 'Failed',
        retriedAt: 'Retried',
      },
    },
  },
  operations: {
    deadLetters: {
      retry: 'Retry',
      retryTitle: 'Retry this job?',
      retryContent:
        'The job runs again from its event. Its handler is idempotent, so a job that already had an effect does not repeat it.',
      retried: 'The job is queued again.',
      empty: 'No failed jobs: every job ran.',
    },
    projections: {
      title: 'Projections',
      help: 'Each read model follows the event log. Lag is how far it is behind the newest event.',
      name: 'Projection',
      status: 'Status',
      generation: 'Generation',
      position: 'Position',
      lag: 'Lag',
      lagValue: '%{events} events · %{seconds} s',
      failure: 'Failing event',
      failureValue: 'Position %{position}: %{error}',
      updatedAt: 'Updated',
      actions: 'Actions',
      statuses: {
        active: 'Active',
        rebuilding: 'Rebuilding',
        failed: 'Failed',
        paused: 'Paused',
      },
      rebuild: 'Rebuild',
      rebuildTitle: 'Rebuild %{name}?',
      rebuildContent:
        'The read model is rebuilt from the whole event log into a new generation; the current one keeps answering until the new one has caught up.',
      rebuilding: 'Rebuild of %{name} started.',
      resume: 'Resume',
      resumeTitle: 'Resume %{name}?',
      resumeContent:
        'The projection retries the failing event from its checkpoint. Fix the cause first, or it fails again.',
      resumed: '%{name} resumes from its checkpoint.',
      unavailable: 'The projection status cannot be read right now.',
    },
  },
};

export const fr: typeof en = {
  resources: {
    'dead-letters': {
      name: 'Tâche en échec |||| Tâches en échec',
      fields: {
        id: 'Identifiant',
        queue: 'File',
        jobName: 'Tâche',
        handler: 'Traitement',
        eventId: 'Événement',
        attempts: 'Tentatives',
        error: 'Erreur',
        failedAt: 'Échec le',
        retriedAt: 'Relancée le',
      },
    },
  },
  operations: {
    deadLetters: {
      retry: 'Relancer',
      retryTitle: 'Relancer cette tâche ?',
      retryContent:
        'La tâche s’exécute à nouveau à partir de son événement. Son traitement est idempotent : une tâche qui a déjà produit son effet ne le répète pas.',
      retried: 'La tâche est de nouveau en file.',
      empty: 'Aucune tâche en échec : toutes ont abouti.',
    },
    projections: {
      title: 'Projections',
      help: 'Chaque modèle de lecture suit le journal des événements. Le retard mesure l’écart avec le dernier événement.',
      name: 'Projection',
      status: 'État',
      generation: 'Génération',
      position: 'Position',
      lag: 'Retard',
      lagValue: '%{events} événements · %{seconds} s',
      failure: 'Événement en échec',
      failureValue: 'Position %{position} : %{error}',
      updatedAt: 'Mise à jour',
      actions: 'Actions',
      statuses: {
        active: 'Active',
        rebuilding: 'En reconstruction',
        failed: 'En échec',
        paused: 'En pause',
      },
      rebuild: 'Reconstruire',
      rebuildTitle: 'Reconstruire %{name} ?',
      rebuildContent:
        'Le modèle de lecture est reconstruit à partir de tout le journal dans une nouvelle génération ; l’actuelle continue de répondre jusqu’à ce que la nouvelle l’ait rattrapée.',
      rebuilding: 'Reconstruction de %{name} lancée.',
      resume: 'Reprendre',
      resumeTitle: 'Reprendre %{name} ?',
      resumeContent:
        'La projection réessaie l’événement en échec depuis son point de reprise. Corrigez d’abord la cause, sinon elle échouera de nouveau.',
      resumed: '%{name} reprend depuis son point de reprise.',
      unavailable: 'L’état des projections est illisible pour le moment.',
    },
  },
};

export const es: typeof en = {
  resources: {
    'dead-letters': {
      name: 'Tarea fallida |||| Tareas fallidas',
      fields: {
        id: 'Identificador',
        queue: 'Cola',
        jobName: 'Tarea',
        handler: 'Manejador',
        eventId: 'Evento',
        attempts: 'Intentos',
        error: 'Error',
        failedAt: 'Falló',
        retriedAt: 'Reintentada',
      },
    },
  },
  operations: {
    deadLetters: {
      retry: 'Reintentar',
      retryTitle: '¿Reintentar esta tarea?',
      retryContent:
        'La tarea se ejecuta de nuevo a partir de su evento. Su manejador es idempotente: una tarea que ya tuvo efecto no lo repite.',
      retried: 'La tarea vuelve a estar en cola.',
      empty: 'No hay tareas fallidas: todas se ejecutaron.',
    },
    projections: {
      title: 'Proyecciones',
      help: 'Cada modelo de lectura sigue el registro de eventos. El retraso indica cuánto le falta para alcanzar el último evento.',
      name: 'Proyección',
      status: 'Estado',
      generation: 'Generación',
      position: 'Posición',
      lag: 'Retraso',
      lagValue: '%{events} eventos · %{seconds} s',
      failure: 'Evento fallido',
      failureValue: 'Posición %{position}: %{error}',
      updatedAt: 'Actualizada',
      actions: 'Acciones',
      statuses: {
        active: 'Activa',
        rebuilding: 'Reconstruyéndose',
        failed: 'Fallida',
        paused: 'En pausa',
      },
      rebuild: 'Reconstruir',
      rebuildTitle: '¿Reconstruir %{name}?',
      rebuildContent:
        'El modelo de lectura se reconstruye a partir de todo el registro en una nueva generación; la actual sigue respondiendo hasta que la nueva la alcance.',
      rebuilding: 'Reconstrucción de %{name} iniciada.',
      resume: 'Reanudar',
      resumeTitle: '¿Reanudar %{name}?',
      resumeContent:
        'La proyección vuelve a intentar el evento fallido desde su punto de control. Corrija antes la causa o volverá a fallar.',
      resumed: '%{name} se reanuda desde su punto de control.',
      unavailable: 'No se puede leer el estado de las proyecciones en este momento.',
    },
  },
};
