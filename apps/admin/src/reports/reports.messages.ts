/** The treaty reports page (`reports.*`), EN, FR, ES. Report names follow their owners' wording. */
export const en = {
  reports: {
    title: 'Treaty reports',
    intro:
      'The reports your country files with treaty secretariats and enforcement networks, drawn from the cases recorded here. No report holds a name.',
    analystNote: "Offenders' nationalities are left empty in your files.",
    country: 'Country',
    countryHelp: 'ISO code, e.g. KE',
    year: 'Year',
    report: 'Report',
    download: 'Download %{format} of %{report}',
    check: 'Check missing data',
    checkOf: 'Check the missing data of %{report}',
    covered: '%{report}: %{smart_count} case covered |||| %{report}: %{smart_count} cases covered',
    complete: 'Nothing required is missing.',
    missing: 'Missing: %{columns}',
    noReference: 'Case without reference',
    explain: 'Explain',
    explainOf: 'Explain why %{column} is missing for %{case}',
    explainTitle: 'Why is “%{column}” missing?',
    reason: 'Reason',
    note: 'Note (optional)',
    noteHelp: 'Kept on the case, not written in the report.',
    explained: 'Explained: %{column} (%{reason})',
    reasons: {
      'not-known': 'Not known',
      'not-applicable': 'Not applicable',
      'withheld-investigation': 'Withheld for an ongoing investigation',
    },
    notFocalPoint:
      "Only your country's national focal points file treaty reports; an administrator designates them.",
    iccwcLabel: 'CITES %{year}: share the data with the ICCWC partners',
    iccwcRecorded: 'Recorded by a focal point; written on the CITES report.',
    iccwcDefault: 'Default (nobody chose): shared.',
    names: {
      'cites-aitr': 'CITES annual illegal trade report',
      'basel-illegal-traffic': 'Basel Convention: confirmed cases of illegal traffic',
      'basel-closed-cases': 'Basel Convention national report, Table 9: cases closed in the year',
      'montreal-form1': 'Montreal Protocol, Form 1: fully proven cases',
      'montreal-form2': 'Montreal Protocol, Form 2: significant cases and their causes',
      'wco-cen': 'WCO Customs Enforcement Network: seizure records',
      'un-cts': 'UN-CTS: persons suspected, prosecuted and convicted',
    },
  },
};

export const fr: typeof en = {
  reports: {
    title: 'Rapports aux conventions',
    intro:
      'Les rapports que votre pays remet aux secrétariats des conventions et aux réseaux de lutte contre la fraude, tirés des affaires enregistrées ici. Aucun rapport ne contient de nom.',
    analystNote: 'Les nationalités des contrevenants sont laissées vides dans vos fichiers.',
    country: 'Pays',
    countryHelp: 'Code ISO, p. ex. KE',
    year: 'Année',
    report: 'Rapport',
    download: 'Télécharger %{format} : %{report}',
    check: 'Vérifier les données manquantes',
    checkOf: 'Vérifier les données manquantes : %{report}',
    covered:
      '%{report} : %{smart_count} affaire couverte |||| %{report} : %{smart_count} affaires couvertes',
    complete: 'Aucune donnée requise ne manque.',
    missing: 'Manque : %{columns}',
    noReference: 'Affaire sans référence',
    explain: 'Justifier',
    explainOf: 'Justifier l’absence de %{column} pour %{case}',
    explainTitle: 'Pourquoi « %{column} » manque-t-il ?',
    reason: 'Motif',
    note: 'Remarque (facultative)',
    noteHelp: 'Conservée dans l’affaire, non écrite dans le rapport.',
    explained: 'Justifié : %{column} (%{reason})',
    reasons: {
      'not-known': 'Inconnu',
      'not-applicable': 'Sans objet',
      'withheld-investigation': 'Retenu pour une enquête en cours',
    },
    notFocalPoint:
      'Seuls les points focaux nationaux de votre pays remettent les rapports ; un administrateur les désigne.',
    iccwcLabel: 'CITES %{year} : partager les données avec les partenaires de l’ICCWC',
    iccwcRecorded: 'Choix d’un point focal, écrit dans le rapport CITES.',
    iccwcDefault: 'Par défaut (aucun choix) : partagées.',
    names: {
      'cites-aitr': 'CITES : rapport annuel sur le commerce illégal',
      'basel-illegal-traffic': 'Convention de Bâle : cas confirmés de trafic illicite',
      'basel-closed-cases':
        'Convention de Bâle, rapport national, tableau 9 : cas clos dans l’année',
      'montreal-form1': 'Protocole de Montréal, formulaire 1 : cas pleinement établis',
      'montreal-form2': 'Protocole de Montréal, formulaire 2 : cas importants et leurs causes',
      'wco-cen': 'OMD, Réseau douanier de lutte contre la fraude (CEN) : saisies',
      'un-cts': 'UN-CTS : personnes suspectées, poursuivies et condamnées',
    },
  },
};

export const es: typeof en = {
  reports: {
    title: 'Informes a los convenios',
    intro:
      'Los informes que su país presenta a las secretarías de los convenios y a las redes de control, obtenidos de los casos registrados aquí. Ningún informe contiene nombres.',
    analystNote: 'Las nacionalidades de los infractores quedan vacías en sus archivos.',
    country: 'País',
    countryHelp: 'Código ISO, p. ej. KE',
    year: 'Año',
    report: 'Informe',
    download: 'Descargar %{format}: %{report}',
    check: 'Comprobar datos faltantes',
    checkOf: 'Comprobar los datos faltantes: %{report}',
    covered:
      '%{report}: %{smart_count} caso cubierto |||| %{report}: %{smart_count} casos cubiertos',
    complete: 'No falta ningún dato requerido.',
    missing: 'Falta: %{columns}',
    noReference: 'Caso sin referencia',
    explain: 'Justificar',
    explainOf: 'Justificar la falta de %{column} en %{case}',
    explainTitle: '¿Por qué falta «%{column}»?',
    reason: 'Motivo',
    note: 'Nota (opcional)',
    noteHelp: 'Se guarda en el caso, no se escribe en el informe.',
    explained: 'Justificado: %{column} (%{reason})',
    reasons: {
      'not-known': 'Desconocido',
      'not-applicable': 'No aplicable',
      'withheld-investigation': 'Reservado por una investigación en curso',
    },
    notFocalPoint:
      'Solo los puntos focales nacionales de su país presentan los informes; un administrador los designa.',
    iccwcLabel: 'CITES %{year}: compartir los datos con los socios del ICCWC',
    iccwcRecorded: 'Elegido por un punto focal; se escribe en el informe CITES.',
    iccwcDefault: 'Por defecto (nadie eligió): compartidos.',
    names: {
      'cites-aitr': 'CITES: informe anual sobre el comercio ilegal',
      'basel-illegal-traffic': 'Convenio de Basilea: casos confirmados de tráfico ilícito',
      'basel-closed-cases':
        'Convenio de Basilea, informe nacional, cuadro 9: casos cerrados en el año',
      'montreal-form1': 'Protocolo de Montreal, formulario 1: casos plenamente probados',
      'montreal-form2': 'Protocolo de Montreal, formulario 2: casos importantes y sus causas',
      'wco-cen': 'OMA, Red de Control Aduanero (CEN): incautaciones',
      'un-cts': 'UN-CTS: personas sospechosas, procesadas y condenadas',
    },
  },
};
