import { useTranslate } from 'react-admin';
import { useFormatters } from '../i18n/use-formatters';
import { type Grouping } from './analytics';

/** A group key as a reader knows it: a country's name, an agreement's name, a port, a year. */
export function useGroupLabel(groupBy: Grouping): (group: string) => string {
  const translate = useTranslate();
  const format = useFormatters();
  switch (groupBy) {
    case 'country':
      return (group) => format.country(group);
    case 'agreement':
      return (group) => translate(`common.agreements.${group}`, { _: group });
    case 'port':
    case 'year':
      return (group) => group;
  }
}
