import { useTheme } from '@mui/material';
import { type ChainFunnelRow } from '@greenchain/contracts';
import { useTranslate } from 'react-admin';
import { shownCount } from './shown-figure';
import { useShown } from './use-shown';

const barWidth = 12;
const gap = 3;
const height = 28;

/** A country's funnel in cases, one bar per step as a share of its seized cases; hidden bars dashed. */
export function MiniFunnel({ row, country }: { row: ChainFunnelRow; country: string }) {
  const theme = useTheme();
  const translate = useTranslate();
  const shown = useShown();
  const seized = row.steps[0]?.reached.cases ?? null;
  const label = translate('countries.ranking.funnelOf', {
    country,
    steps: row.steps
      .map(
        (step) =>
          `${translate(`countries.steps.${step.step}`)} ${shown.count(shownCount(step.reached.cases))}`,
      )
      .join(', '),
  });
  return (
    <svg
      role="img"
      aria-label={label}
      width={row.steps.length * (barWidth + gap)}
      height={height}
      style={{ display: 'block' }}
    >
      {row.steps.map((step, index) => {
        const cases = step.reached.cases;
        const x = index * (barWidth + gap);
        if (cases === null || seized === null) {
          return (
            <rect
              key={step.step}
              x={x + 0.5}
              y={0.5}
              width={barWidth - 1}
              height={height - 1}
              fill="none"
              stroke={theme.palette.text.disabled}
              strokeDasharray="2 2"
            />
          );
        }
        const barHeight = seized === 0 ? 0 : Math.max(1, (cases / seized) * height);
        return (
          <rect
            key={step.step}
            x={x}
            y={height - barHeight}
            width={barWidth}
            height={barHeight}
            fill={theme.palette.primary.main}
            opacity={1 - index * 0.1}
          />
        );
      })}
    </svg>
  );
}
