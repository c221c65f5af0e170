// The first rows and columns of a sheet, with the detected tables outlined and each value cell coloured by
// what the import made of it; rows are virtualised so a long sheet costs no more than a short one.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef } from 'react';
import * as XLSX from 'xlsx';
import type { CellOutcome } from '../../../../shared/workbook';
import type { SheetPreview as Preview, WizardTable } from '../../../workers/import-client';
import { useT } from '../../services';

const ROW_HEIGHT = 26;
const COLUMN_WIDTH = 104;
const ROW_NUMBER_WIDTH = 44;
const MAX_HEIGHT = 360;

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

/** The preview grid of one sheet. */
export function SheetPreview({ sheet, tables }: { sheet: Preview; tables: WizardTable[] }) {
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
    flagged: t('import.legend.flagged'),
    error: t('import.legend.error'),
    'left-out': t('import.legend.leftOut'),
  };

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
          const range = XLSX.utils.decode_range(table.range);
          if (range.s.r >= rows || range.s.c >= columns) return null;
          const bottom = Math.min(range.e.r, rows - 1);
          const right = Math.min(range.e.c, columns - 1);
          return (
            <div
              key={table.key}
              className={mapped ? 'pv-outline' : 'pv-outline pv-outline-skipped'}
              aria-hidden="true"
              style={{
                top: range.s.r * ROW_HEIGHT,
                left: ROW_NUMBER_WIDTH + range.s.c * COLUMN_WIDTH,
                width: (right - range.s.c + 1) * COLUMN_WIDTH,
                height: (bottom - range.s.r + 1) * ROW_HEIGHT,
              }}
            />
          );
        })}
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
    ['pv-flagged', t('import.legend.flagged')],
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
    </p>
  );
}
