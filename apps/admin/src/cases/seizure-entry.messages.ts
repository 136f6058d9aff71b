/**
 * The seizure entry's strings (`cases.entry.*`): CITES and substance look-ups in the form, and
 * the item and party amendments and lab results on the case page; EN, FR, ES.
 */
export const en = {
  cases: {
    entry: {
      speciesHelp: 'Type a scientific or common name, e.g. Manis or pangolin',
      substanceHelp: 'Type a name or HS digits, e.g. HCFC-22 or 2903.71',
      appendix: 'Appendix %{appendix}',
      annex: 'Annex %{annex}',
      annexGroup: 'Annex %{annex}, group %{group}',
      blend: 'Blend',
      citesOptIn: 'CITES specimens (species, term, unit)',
      citesUnit: 'CITES unit',
      citesSource: 'CITES source',
      addItem: 'Add item',
      addParty: 'Add party',
      amendItem: 'Amend item',
      amendParty: 'Amend party',
      recordLabResult: 'Record lab result',
      laboratory: 'Laboratory',
      method: 'Method',
      result: 'Result',
      substanceIdentified: 'Substance identified',
      labResults: 'Laboratory results',
      labResultLine: 'Lab: %{laboratory}, %{method}: %{result}',
    },
  },
};

export const fr: typeof en = {
  cases: {
    entry: {
      speciesHelp: 'Saisir un nom scientifique ou courant, p. ex. Manis ou pangolin',
      substanceHelp: 'Saisir un nom ou des chiffres SH, p. ex. HCFC-22 ou 2903.71',
      appendix: 'Annexe %{appendix}',
      annex: 'Annexe %{annex}',
      annexGroup: 'Annexe %{annex}, groupe %{group}',
      blend: 'Mélange',
      citesOptIn: 'Spécimens CITES (espèce, terme, unité)',
      citesUnit: 'Unité CITES',
      citesSource: 'Source CITES',
      addItem: 'Ajouter un article',
      addParty: 'Ajouter une partie',
      amendItem: 'Modifier l’article',
      amendParty: 'Modifier la partie',
      recordLabResult: 'Enregistrer un résultat d’analyse',
      laboratory: 'Laboratoire',
      method: 'Méthode d’analyse',
      result: 'Résultat',
      substanceIdentified: 'Substance identifiée',
      labResults: 'Résultats d’analyse',
      labResultLine: 'Analyse : %{laboratory}, %{method} : %{result}',
    },
  },
};

export const es: typeof en = {
  cases: {
    entry: {
      speciesHelp: 'Escriba un nombre científico o común, p. ej. Manis o pangolín',
      substanceHelp: 'Escriba un nombre o dígitos SA, p. ej. HCFC-22 o 2903.71',
      appendix: 'Apéndice %{appendix}',
      annex: 'Anexo %{annex}',
      annexGroup: 'Anexo %{annex}, grupo %{group}',
      blend: 'Mezcla',
      citesOptIn: 'Especímenes CITES (especie, término, unidad)',
      citesUnit: 'Unidad CITES',
      citesSource: 'Origen CITES',
      addItem: 'Añadir mercancía',
      addParty: 'Añadir parte',
      amendItem: 'Modificar mercancía',
      amendParty: 'Modificar parte',
      recordLabResult: 'Registrar resultado de laboratorio',
      laboratory: 'Laboratorio',
      method: 'Método de análisis',
      result: 'Resultado',
      substanceIdentified: 'Sustancia identificada',
      labResults: 'Resultados de laboratorio',
      labResultLine: 'Laboratorio: %{laboratory}, %{method}: %{result}',
    },
  },
};
