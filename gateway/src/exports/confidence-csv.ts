import { stringify } from 'csv-stringify/sync';

/** What the export asks the gateway for: the same query the analysts' pages use. */
export const CONFIDENCE_EXPORT_QUERY = `query ConfidenceExport(
  $level: AreaLevel!, $groupBy: Breakdown, $roundIds: [ID!], $areaIds: [ID!], $sample: ScoreSample
) {
  confidenceScores(
    level: $level, groupBy: $groupBy, roundIds: $roundIds, areaIds: $areaIds, sample: $sample
  ) {
    round { id label }
    level policingAreaId policingAreaName neighbourhoodId neighbourhoodName groupBy group
    confidence { ...figure }
    questions { question { code } figure { ...figure } }
    change { points significant suppressed }
    sample
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
  policingAreaName: string | null;
  neighbourhoodId: string | null;
  neighbourhoodName: string | null;
  groupBy: string;
  group: string | null;
  confidence: Figure;
  questions: { question: { code: string }; figure: Figure }[];
  change: { points: number | null; significant: boolean; suppressed: boolean } | null;
  sample: string;
}

/** Each area by id, for joins, and by name beside it, for a reader (API.md "CSV"). */
export const CSV_COLUMNS = [
  'round',
  'round_id',
  'level',
  'policing_area_id',
  'policing_area_name',
  'neighbourhood_id',
  'neighbourhood_name',
  'group_by',
  'group',
  'measure',
  'value',
  'lower',
  'upper',
  'respondents',
  'change_points',
  'change_significant',
  'sample',
] as const;

/** The word a suppressed figure is written as: never a number, never an empty cell. */
export const SUPPRESSED = 'suppressed';

type Cell = string | number;

// Numbers stay numbers until written (see `csvOptions`), so a negative change is not mistaken
// for a formula; null is an empty cell.
const number = (value: number | null): Cell => (value === null ? '' : value);

function figureColumns(figure: Figure): Cell[] {
  if (figure.suppressed) return [SUPPRESSED, SUPPRESSED, SUPPRESSED, SUPPRESSED];
  return [
    number(figure.value),
    number(figure.lower),
    number(figure.upper),
    number(figure.respondents),
  ];
}

/**
 * How every CSV the gateway writes is stringified. `escape_formulas` is csv-stringify's own
 * defence against formula injection (OWASP "CSV Injection"): a text cell starting with =, +, -,
 * @, tab or carriage return gets a leading apostrophe, so a round label such as
 * `=HYPERLINK(…)` opens in Excel or Power BI as text, never as a formula. It leaves numbers
 * alone, which is why numbers are passed as numbers and formatted here: two decimals of a
 * percentage (finer than any published figure, exact enough for Power BI), whole respondents.
 */
export const csvOptions = (columns: readonly string[]) => ({
  header: true,
  columns: [...columns],
  escape_formulas: true,
  cast: {
    number: (value: number, context: { column?: number | string }) =>
      columns[Number(context.column)] === 'respondents' ? String(value) : value.toFixed(2),
  },
});

/**
 * One row per cell and measure: CONFIDENCE (the overall score, with its change since the
 * previous round), then each standard question (Q1–Q5). Percentages 0–100. Which figures are
 * "suppressed" (small groups, and the cells hidden beside them so that no small group can be
 * worked out by subtraction) is decided by the surveys subgraph, the same as on every page.
 */
export function confidenceCsv(cells: readonly ExportCell[]): string {
  const rows = cells.flatMap((cell): Cell[][] => {
    const where: Cell[] = [
      cell.round.label,
      cell.round.id,
      cell.level,
      cell.policingAreaId ?? '',
      cell.policingAreaName ?? '',
      cell.neighbourhoodId ?? '',
      cell.neighbourhoodName ?? '',
      cell.groupBy,
      cell.group ?? '',
    ];
    const change = !cell.change
      ? ['', '']
      : cell.change.suppressed
        ? [SUPPRESSED, SUPPRESSED]
        : [number(cell.change.points), String(cell.change.significant)];
    return [
      [...where, 'CONFIDENCE', ...figureColumns(cell.confidence), ...change, cell.sample],
      ...cell.questions.map(({ question, figure }) => [
        ...where,
        question.code,
        ...figureColumns(figure),
        '',
        '',
        cell.sample,
      ]),
    ];
  });
  return stringify(rows, csvOptions(CSV_COLUMNS));
}
