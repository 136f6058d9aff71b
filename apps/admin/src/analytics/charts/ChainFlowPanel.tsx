import { Box, Typography, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { ResponsiveContainer, Sankey, type SankeyNodeProps, Tooltip } from 'recharts';
import { useTranslate } from 'react-admin';
import { ScrollableTable } from '../../layout/ScrollableTable';
import { useFormatters } from '../../i18n/use-formatters';
import { type AnalyticsFilter, wholeFilter } from '../analytics';
import { useChainFunnel, useDropOuts } from '../use-analytics';
import { chainFlows, type Flow, type FlowNode } from './chain-flows';
import { ChartPanel } from './ChartPanel';
import { useChartTheme } from './use-chart-theme';

/** The Sankey's last column (sentence, acquittal, appeal): its names go left of the bars. */
const lastDepth = 4;

/** Where the seized defendants went: referral, settlement or nothing yet, then charges, verdict, sentence. */
export function ChainFlowPanel({ filter, asOf }: { filter: AnalyticsFilter; asOf?: string }) {
  const translate = useTranslate();
  const format = useFormatters();
  const colors = useChartTheme();
  const funnel = useChainFunnel(filter, asOf);
  const dropOuts = useDropOuts(filter, asOf);
  const funnelRow = funnel.rows[0];
  const dropOutRow = dropOuts.rows[0];
  const answer = funnelRow && dropOutRow ? chainFlows(funnelRow, dropOutRow) : undefined;
  const flows: readonly Flow[] = answer && !answer.hidden ? answer.flows : [];
  const nodes = [...new Set(flows.flatMap((flow) => [flow.from, flow.to]))];
  const name = (node: FlowNode) => translate(`analytics.flows.nodes.${node}`);
  const data = {
    nodes: nodes.map((node) => ({ name: name(node) })),
    links: flows.map((flow) => ({
      source: nodes.indexOf(flow.from),
      target: nodes.indexOf(flow.to),
      value: flow.defendants,
    })),
  };
  const summary = flows
    .map((flow) => `${name(flow.from)} → ${name(flow.to)}: ${format.number(flow.defendants)}`)
    .join('; ');
  const empty = () => {
    if (!answer) return translate('analytics.empty');
    if (answer.hidden) return translate('analytics.flows.hidden');
    return flows.length === 0 ? translate('analytics.empty') : undefined;
  };
  const node = ({ x, y, width, height, payload }: SankeyNodeProps) => {
    const last = payload.depth === lastDepth;
    return (
      <g>
        <rect x={x} y={y} width={width} height={height} fill={colors.series[0]} />
        <text
          x={last ? x - 6 : x + width + 6}
          y={y + height / 2}
          textAnchor={last ? 'end' : 'start'}
          dominantBaseline="middle"
          fill={colors.text}
          fontSize={12}
        >
          {`${payload.name} (${format.number(Number(payload.value))})`}
        </text>
      </g>
    );
  };
  return (
    <ChartPanel
      title={translate('analytics.flows.title')}
      help={translate('analytics.flows.help')}
      summary={translate('analytics.flows.summary', { summary })}
      source={{ route: 'chain-funnel', filter, groupBy: wholeFilter, asOf, part: 'steps' }}
      isPending={funnel.isPending || dropOuts.isPending}
      isError={funnel.isError || dropOuts.isError}
      empty={empty()}
      suppressed={funnelRow?.suppressed === true || dropOutRow?.suppressed === true}
      footer={
        flows.some((flow) => flow.to === 'declinedOrAwaiting' || flow.to === 'otherOrAwaiting') && (
          <Typography variant="body2" sx={{ mt: 1 }}>
            {translate('analytics.flows.merged')}
          </Typography>
        )
      }
      chart={
        // Five columns of names need room: on a phone the chart scrolls sideways in its own box.
        <Box
          sx={{ overflowX: 'auto' }}
          tabIndex={0}
          role="region"
          aria-label={translate('analytics.flows.title')}
        >
          <Box sx={{ minWidth: 760 }}>
            <ResponsiveContainer width="100%" height={420}>
              <Sankey
                data={data}
                align="left"
                nodePadding={28}
                nodeWidth={12}
                margin={{ top: 8, right: 8, bottom: 8, left: 8 }}
                node={node}
                link={{ stroke: colors.series[1], strokeOpacity: 0.35 }}
              >
                <Tooltip {...colors.tooltip} />
              </Sankey>
            </ResponsiveContainer>
          </Box>
        </Box>
      }
      table={
        <ScrollableTable label={translate('analytics.flows.title')}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('analytics.flows.from')}</TableCell>
              <TableCell>{translate('analytics.flows.to')}</TableCell>
              <TableCell align="right">{translate('analytics.chain.defendants')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {flows.map((flow) => (
              <TableRow key={`${flow.from}-${flow.to}`}>
                <TableCell>{name(flow.from)}</TableCell>
                <TableCell component="th" scope="row">
                  {name(flow.to)}
                </TableCell>
                <TableCell align="right">{format.number(flow.defendants)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </ScrollableTable>
      }
    />
  );
}
