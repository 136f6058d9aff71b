import { useTranslate } from 'react-admin';
import { useCodeLabel } from '../common/use-code-list';
import { useFormatters } from '../i18n/use-formatters';
import { type Grouping } from './analytics';

/** The separator of a route key ("CN → AE → KE"), whose ends are "?" when not recorded. */
const routeArrow = ' → ';

/**
 * A group key as a reader knows it: a country's name (the browser's, CLDR), a region's, an
 * agreement's or commodity group's name, a code list's label, a route in country names; ports,
 * HS chapters, species or substances, years and quarters as they are.
 */
export function useGroupLabel(groupBy: Grouping): (group: string) => string {
  const translate = useTranslate();
  const format = useFormatters();
  const locationType = useCodeLabel('locationTypes');
  const direction = useCodeLabel('directions');
  switch (groupBy) {
    case 'country':
      return (group) => format.country(group);
    case 'region':
      return (group) => translate(`analytics.regions.${group}`, { _: group });
    case 'agreement':
      return (group) => translate(`common.agreements.${group}`, { _: group });
    case 'commodityGroup':
      return (group) => translate(`analytics.commodityGroups.${group}`, { _: group });
    case 'locationType':
      return locationType;
    case 'direction':
      return direction;
    case 'route':
      return (group) =>
        group.includes(routeArrow)
          ? group
              .split(routeArrow)
              .map((code) => (code === '?' ? code : format.country(code)))
              .join(routeArrow)
          : group;
    case 'port':
    case 'hsChapter':
    case 'speciesOrSubstance':
    case 'year':
    case 'quarter':
      return (group) => group;
    case 'all':
      return () => translate('analytics.groupings.all');
  }
}
