// The first rows and columns of a sheet, with the detected tables outlined, each value cell coloured by what the
// import made of it, and the rows or columns of a selected mapping highlighted; rows are virtualised so a long sheet
// costs no more than a short one.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef } from 'react';
import * as XLSX from 'xlsx';
import type { CellOutcome } from '../../../../shared/workbook';
import type { SheetPreview as Preview, WizardTable } from '../../../workers/import-client';
import { useT } from '../../services';
import type { SheetArea } from './mapping-list';

const ROW_HEIGHT = 26;
const COLUMN_WIDTH = 104;
const ROW_NUMBER_WIDTH = 44;
const MAX_HEIGHT = 360;
const NO_HIGHLIGHT: SheetArea[] = [];

type CellRole = 'header' | 'label';

/** Per-cell classes of the preview window: table roles (header, names column) and outcomes. */
function cellClasses(tables: WizardTable[], rows: number, columns: number): Map<string, string> {
  const classes = new Map<string, string>();
  const add = (row: number, column: number, name: CellRole | CellOutcome) => {
    if (row >= rows || column >= columns) return;
    const key = `${row}:${column}`;
    classes.set(key, `${classes.get(key) ?? ''} pv-${name}`);
  };
  for (const { table, mapped } of tables) {
    const range = XLSX.utils.decode_range(table.range);
    for (const r of table.headerRows) for (let c = range.s.c; c <= range.e.c; c++) add(r, c, 'header');
    const labelColumn = table.longColumns ? undefined : table.labelColumn;
    if (labelColumn !== undefined) for (const r of table.dataRows) add(r, labelColumn, 'label');
    for (const [address, outcome] of Object.entries(mapped?.previewOutcomes ?? {})) {
      const { r, c } = XLSX.utils.decode_cell(address);
      add(r, c, outcome);
    }
  }
  return classes;
}

/** Where an area of the sheet is drawn over the grid, clipped to the preview window; null when it lies outside. */
function placed(area: SheetArea, rows: number, columns: number): { top: number; left: number; width: number; height: number } | null {
  if (area.top >= rows || area.left >= columns) return null;
  const bottom = Math.min(area.bottom, rows - 1);
  const right = Math.min(area.right, columns - 1);
  return {
    top: area.top * ROW_HEIGHT,
    left: ROW_NUMBER_WIDTH + area.left * COLUMN_WIDTH,
    width: (right - area.left + 1) * COLUMN_WIDTH,
    height: (bottom - area.top + 1) * ROW_HEIGHT,
  };
}

/** The preview grid of one sheet; `highlight` marks the rows or columns of the mapping the user selected. */
export function SheetPreview({ sheet, tables, highlight = NO_HIGHLIGHT }: { sheet: Preview; tables: WizardTable[]; highlight?: SheetArea[] }) {
  const t = useT();
  const scrollRef = useRef<HTMLDivElement>(null);
  const rows = sheet.rows.length;
  const columns = sheet.rows.reduce((n, r) => Math.max(n, r.length), 0);
  const classes = useMemo(() => cellClasses(tables, rows, columns), [tables, rows, columns]);
  const virtualizer = useVirtualizer({ count: rows, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 10 });
  const width = ROW_NUMBER_WIDTH + columns * COLUMN_WIDTH;
  const outcomeText: Record<string, string> = {
    value: t('import.legend.value'),
    missing: t('import.legend.missing'),
    flagged: t('wizard.legend.flagged'),
    error: t('import.legend.error'),
    'left-out': t('import.legend.leftOut'),
  };
  const highlighted = highlight.map((area) => placed(area, rows, columns)).filter((box) => box !== null);

  // A newly selected mapping's first cell is scrolled into view when it is not: just below the sticky column letters
  // and right of the sticky row numbers.
  useEffect(() => {
    const element = scrollRef.current;
    const first = highlight[0] && placed(highlight[0], rows, columns);
    if (!element || !first) return;
    const rowShown = first.top >= element.scrollTop && first.top + 2 * ROW_HEIGHT <= element.scrollTop + element.clientHeight;
    const columnShown = first.left >= element.scrollLeft + ROW_NUMBER_WIDTH && first.left + COLUMN_WIDTH <= element.scrollLeft + element.clientWidth;
    if (!rowShown || !columnShown) element.scrollTo({ top: rowShown ? element.scrollTop : first.top, left: columnShown ? element.scrollLeft : first.left - ROW_NUMBER_WIDTH });
  }, [highlight, rows, columns]);

  return (
    <div
      ref={scrollRef}
      className="pv"
      style={{ maxHeight: MAX_HEIGHT, height: Math.min(MAX_HEIGHT, (rows + 1) * ROW_HEIGHT + 2) }}
      role="table"
      aria-label={t('import.preview.label', { sheet: sheet.name })}
      aria-rowcount={rows + 1}
      tabIndex={0}
      data-testid="sheet-preview"
    >
      <div className="pv-row pv-colheads" role="row" style={{ width, height: ROW_HEIGHT }}>
        <span className="pv-rownum" role="columnheader" />
        {Array.from({ length: columns }, (_, c) => (
          <span key={c} className="pv-cell pv-colhead" role="columnheader">
            {XLSX.utils.encode_col(c)}
          </span>
        ))}
      </div>
      <div className="pv-body" role="rowgroup" style={{ height: virtualizer.getTotalSize(), width }}>
        {virtualizer.getVirtualItems().map((item) => {
          const r = item.index;
          return (
            <div key={item.key} className="pv-row" role="row" aria-rowindex={r + 2} style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT, width }}>
              <span className="pv-rownum" role="rowheader">
                {r + 1}
              </span>
              {Array.from({ length: columns }, (_, c) => {
                const text = sheet.rows[r]?.[c] ?? '';
                const extra = classes.get(`${r}:${c}`) ?? '';
                const outcome = /pv-(value|missing|flagged|error|left-out)/.exec(extra)?.[1];
                const address = XLSX.utils.encode_cell({ r, c });
                return (
                  <span key={c} role="cell" className={`pv-cell${extra}`} data-cell={address} title={outcome ? `${address} · ${outcomeText[outcome]}${text ? ` · ${text}` : ''}` : text || undefined}>
                    {text}
                  </span>
                );
              })}
            </div>
          );
        })}
        {tables.map(({ table, mapped }) => {
          const { s, e } = XLSX.utils.decode_range(table.range);
          const box = placed({ top: s.r, bottom: e.r, left: s.c, right: e.c }, rows, columns);
          return box && <div key={table.key} className={mapped ? 'pv-outline' : 'pv-outline pv-outline-skipped'} aria-hidden="true" style={box} />;
        })}
        {highlighted.map((box, i) => (
          <div key={i} className="pv-highlight" aria-hidden="true" data-testid="preview-highlight" style={box} />
        ))}
      </div>
    </div>
  );
}

/** The colours' meaning, in words. */
export function PreviewLegend() {
  const t = useT();
  const items: [string, string][] = [
    ['pv-value', t('import.legend.value')],
    ['pv-missing', t('import.legend.missing')],
    ['pv-flagged', t('wizard.legend.flagged')],
    ['pv-error', t('import.legend.error')],
    ['pv-left-out', t('import.legend.leftOut')],
    ['pv-header', t('import.legend.header')],
    ['pv-label', t('import.legend.label')],
  ];
  return (
    <p className="pv-legend">
      <span className="pv-legend-title">{t('import.legend.title')}:</span>
      {items.map(([cls, text]) => (
        <span key={cls} className="pv-legend-item">
          <span className={`pv-swatch ${cls}`} aria-hidden="true" />
          {text}
        </span>
      ))}
      <span className="pv-legend-item">
        <span className="pv-swatch pv-swatch-outline" aria-hidden="true" />
        {t('import.legend.table')}
      </span>
      <span className="pv-legend-item">
        <span className="pv-swatch pv-highlight-swatch" aria-hidden="true" />
        {t('wizard.legend.selected')}
      </span>
    </p>
  );
}
