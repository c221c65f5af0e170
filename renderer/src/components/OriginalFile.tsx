// "Open the original" and "show in the original": an imported file's bytes as they were kept, saved under the
// file's own name, or read again to show a value's source cell and its neighbourhood (as text, never as HTML).
import { useEffect, useState } from 'react';
import { bridge } from '@platform/bridge';
import type { Provenance } from '../../../shared/model';
import { db, getOriginalFile, listOriginalHashes } from '../../db';
import { useT, useToast } from '../services';
import type { Neighbourhood } from './source-neighbourhood';
import { columnLetters } from '../../../shared/base';

/** The hashes of the original files kept (empty until known), so the buttons appear only where they work. */
export function useKeptOriginals(): Set<string> {
  const [kept, setKept] = useState<Set<string>>(() => new Set());
  const { reportError } = useToast();
  useEffect(() => {
    let live = true;
    listOriginalHashes(db)
      .then((hashes) => live && setKept(hashes))
      .catch(reportError);
    return () => {
      live = false;
    };
  }, [reportError]);
  return kept;
}

/** Saves the original of `fileHash` under its own name (a download in the browser, a save dialog in the app). */
export function OpenOriginalButton({ fileName, fileHash }: { fileName: string; fileHash: string }) {
  const t = useT();
  const { reportError } = useToast();
  const open = async () => {
    const file = await getOriginalFile(db, fileHash);
    if (!file) throw new Error(t('safety.original.missing', { file: fileName }));
    const extension = file.name.includes('.') ? file.name.slice(file.name.lastIndexOf('.') + 1) : '';
    await bridge.saveFile({ suggestedName: file.name, bytes: file.bytes, filters: extension ? [{ name: file.name, extensions: [extension] }] : undefined });
  };
  return (
    <button type="button" className="button button-small button-quiet original-open" title={t('safety.original.openTitle', { file: fileName })} onClick={() => void open().catch(reportError)}>
      {t('safety.original.open')}
    </button>
  );
}

/** The rows and columns around a source cell, as the original file shows them. */
/** A button that shows the value's source cell from the original file, with a few rows and columns around it. */
export function SourceCellView({ source }: { source: Provenance }) {
  const t = useT();
  const [state, setState] = useState<'closed' | 'reading' | Neighbourhood | Error>('closed');
  const toggle = () => {
    if (state !== 'closed') return setState('closed');
    setState('reading');
    // The spreadsheet reader is loaded on the first click: the screens showing this button start without it.
    import('./source-neighbourhood')
      .then(({ readNeighbourhood }) => readNeighbourhood(source, t))
      .then(setState, (error: unknown) => setState(error instanceof Error ? error : new Error(String(error))));
  };
  return (
    <div className="source-cell">
      <button type="button" className="button button-small button-quiet" aria-expanded={state !== 'closed'} onClick={toggle}>
        {t(state === 'closed' ? 'safety.original.showCell' : 'safety.original.hideCell')}
      </button>
      {state === 'reading' && <p className="source-cell-note">{t('safety.original.reading')}</p>}
      {state instanceof Error && (
        <p className="source-cell-note" role="alert">
          {state.message}
        </p>
      )}
      {typeof state === 'object' && !(state instanceof Error) && (
        <table className="source-cell-grid" data-testid="source-cell-grid" aria-label={t('safety.original.cellTitle', { file: source.fileName, sheet: source.sheet ?? '', cell: source.cell ?? '' })}>
          <thead>
            <tr>
              <th scope="col" />
              {state.texts[0]!.map((_, i) => (
                <th key={i} scope="col">
                  {columnLetters(state.left + i)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {state.texts.map((cells, r) => (
              <tr key={r}>
                <th scope="row">{state.top + r + 1}</th>
                {cells.map((text, c) => {
                  const here = state.top + r === state.row && state.left + c === state.column;
                  return (
                    <td key={c} className={here ? 'source-cell-here' : undefined} aria-current={here || undefined}>
                      {text}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
