// One sheet's preview with its mapping list beside it; the entry the user selects is highlighted in the preview.
import { useMemo, useState } from 'react';
import type { Plan } from '../../../../shared/model';
import type { SheetPreview as Preview, WizardTable } from '../../../workers/import-client';
import { mappingEntries } from './mapping-list';
import { MappingList } from './MappingList';
import { SheetPreview } from './SheetPreview';

/** The preview and the list of what went where, side by side (one above the other in a narrow window). */
export function SheetMapping({ sheet, tables, plan }: { sheet: Preview; tables: WizardTable[]; plan: Plan }) {
  const [selected, setSelected] = useState<string | null>(null);
  const mappings = useMemo(() => tables.map((analysed) => ({ analysed, entries: mappingEntries(analysed, sheet) })), [tables, sheet]);
  // After a correction maps the file again, the selection holds while its entry still exists.
  const chosen = mappings.flatMap((m) => m.entries).find((e) => e.key === selected);
  if (tables.length === 0) return <SheetPreview sheet={sheet} tables={tables} />;
  return (
    <div className="pv-mapped">
      <SheetPreview sheet={sheet} tables={tables} highlight={chosen?.areas} />
      <MappingList tables={mappings} plan={plan} selected={chosen?.key ?? null} onSelect={setSelected} />
    </div>
  );
}
