import { stringify } from 'csv-stringify/sync';

/** What the export asks the gateway for: the same query the analysts' pages use. */
export const CONFIDENCE_EXPORT_QUERY = `query ConfidenceExport(
  $level: AreaLevel!, $groupBy: Breakdown, $roundIds: [ID!], $areaIds: [ID!]
) {
  confidenceScores(level: $level, groupBy: $groupBy, roundIds: $roundIds, areaIds: $areaIds) {
    round { id label }
    level policingAreaId neighbourhoodId groupBy group
    confidence { ...figure }
    questions { question { code } figure { ...figure } }
    change { points significant suppressed }
  }
}
fragment figure on ScoreFigure { value lower upper respondents suppressed }`;

interface Figure {
  value: number | null;
  lower: number | null;
  upper: number | null;
  respondents: number | null;
  suppressed: boolean;
}

export interface ExportCell {
  round: { id: string; label: string };
  level: string;
  policingAreaId: string | null;
  neighbourhoodId: string | null;
  groupBy: string;
  group: string | null;
  confidence: Figure;
  questions: { question: { code: string }; figure: Figure }[];
  change: { points: number | null; significant: boolean; suppressed: boolean } | null;
}

export const CSV_COLUMNS = [
  'round',
  'round_id',
  'level',
  'policing_area_id',
  'neighbourhood_id',
  'group_by',
  'group',
  'measure',
  'value',
  'lower',
  'upper',
  'respondents',
  'change_points',
  'change_significant',
] as const;

/** The word a suppressed figure is written as: never a number, never an empty cell. */
export const SUPPRESSED = 'suppressed';

// Two decimals of a percentage: finer than any published figure, exact enough for Power BI.
const number = (value: number | null) => (value === null ? '' : value.toFixed(2));

function figureColumns(figure: Figure): string[] {
  if (figure.suppressed) return [SUPPRESSED, SUPPRESSED, SUPPRESSED, SUPPRESSED];
  return [
    number(figure.value),
    number(figure.lower),
    number(figure.upper),
    figure.respondents === null ? '' : String(figure.respondents),
  ];
}

/**
 * One row per cell and measure: CONFIDENCE (the overall score, with its change since the
 * previous round), then each standard question (Q1–Q5). Percentages 0–100.
 */
export function confidenceCsv(cells: readonly ExportCell[]): string {
  const rows = cells.flatMap((cell) => {
    const where = [
      cell.round.label,
      cell.round.id,
      cell.level,
      cell.policingAreaId ?? '',
      cell.neighbourhoodId ?? '',
      cell.groupBy,
      cell.group ?? '',
    ];
    const change = !cell.change
      ? ['', '']
      : cell.change.suppressed
        ? [SUPPRESSED, SUPPRESSED]
        : [number(cell.change.points), String(cell.change.significant)];
    return [
      [...where, 'CONFIDENCE', ...figureColumns(cell.confidence), ...change],
      ...cell.questions.map(({ question, figure }) => [
        ...where,
        question.code,
        ...figureColumns(figure),
        '',
        '',
      ]),
    ];
  });
  return stringify(rows, { header: true, columns: [...CSV_COLUMNS] });
}
