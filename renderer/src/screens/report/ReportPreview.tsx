// The report as the printed page shows it: cover, numbered sections, tables, charts, formulas, editable paragraphs and 对策建议 space.
import { useState } from 'react';
import type { Language } from '../../../../shared/i18n';
import { columnShares, cover, placeholderText, type Block, type ParagraphBlock, type PlaceholderBlock, type ReportDocument, type TableBlock } from '../../../../shared/report';
import { ChartCanvas } from '../../charts';
import { useT } from '../../services';
import { EditableText } from './EditableText';
import { MathFormula } from './MathFormula';

export interface ReportPreviewProps {
  doc: ReportDocument;
  /** Saves a paragraph's (or placeholder's) new text; the drafted text undoes an edit. */
  onEdit(id: string, text: string): void;
  /** Chart id → 2× PNG data URL, printed instead of the on-screen canvas (prepared by the PDF export). */
  printCharts?: Map<string, string>;
}

/** The whole document on an A4-like sheet; the print stylesheet prints exactly this element. */
export function ReportPreview({ doc, onEdit, printCharts }: ReportPreviewProps) {
  return (
    <article className="report-sheet" lang={doc.lang === 'zh' ? 'zh-CN' : 'en'} data-testid="report-preview">
      <header className="report-cover">
        <h2 className="report-title">{doc.title}</h2>
        {doc.subtitle && <p className="report-subtitle">{doc.subtitle}</p>}
        <p className="report-unit">{cover(doc).unit}</p>
        <p className="report-date">{doc.date}</p>
      </header>
      {doc.sections.map((section) => (
        <section key={section.id} className="report-section" data-section-id={section.id}>
          {section.blocks.map((block, i) => (
            <PreviewBlock key={'id' in block ? block.id : `h${i}`} block={block} lang={doc.lang} onEdit={onEdit} printChart={block.kind === 'chart' ? printCharts?.get(block.id) : undefined} />
          ))}
        </section>
      ))}
    </article>
  );
}

function PreviewBlock({ block, lang, onEdit, printChart }: { block: Block; lang: Language; onEdit: ReportPreviewProps['onEdit']; printChart?: string }) {
  switch (block.kind) {
    case 'heading': {
      const className = `${block.level === 1 ? 'report-h1' : 'report-h2'}${block.newPage ? ' report-new-page' : ''}`;
      return block.level === 1 ? <h3 className={className}>{block.text}</h3> : <h4 className={className}>{block.text}</h4>;
    }
    case 'paragraph':
      return <DraftedParagraph block={block} onEdit={onEdit} />;
    case 'table':
      return <ReportTable block={block} />;
    case 'chart':
      return (
        <div className={printChart ? 'report-figure report-figure-printable' : 'report-figure'}>
          <ChartCanvas spec={block.spec} caption={block.title} testId={`report-chart-${block.id}`} />
          {printChart && <img className="report-print-chart" src={printChart} alt={block.title} />}
        </div>
      );
    case 'formula':
      return <MathFormula block={block} lang={lang} />;
    case 'placeholder':
      return <Placeholder block={block} lang={lang} onEdit={onEdit} />;
  }
}

function DraftedParagraph({ block, onEdit }: { block: ParagraphBlock; onEdit: ReportPreviewProps['onEdit'] }) {
  const t = useT();
  const [showDraft, setShowDraft] = useState(false);
  const revert = () => {
    setShowDraft(false);
    onEdit(block.id, block.drafted);
  };
  return (
    <EditableText
      text={block.text}
      onSave={(text) => onEdit(block.id, text)}
      testId={`paragraph-${block.id}`}
      className={block.stale ? 'report-para-stale' : undefined}
    >
      {block.edited && (
        <div className="report-screen-only report-marks">
          <span className="report-mark" data-testid="edited-mark">
            {t('reportUi.edit.edited')}
          </span>
          {block.stale ? (
            <span className="report-stale" role="note" data-testid="stale-warning">
              ⚠ {t('reportUi.edit.stale')}
            </span>
          ) : null}
          <button type="button" className="link-button" aria-expanded={showDraft} onClick={() => setShowDraft((v) => !v)}>
            {showDraft ? t('reportUi.edit.hideDraft') : block.stale ? t('reportUi.edit.showNewDraft') : t('reportUi.edit.showDraft')}
          </button>
          <button type="button" className="link-button" onClick={revert}>
            {block.stale ? t('reportUi.edit.useNewDraft') : t('reportUi.edit.useDraft')}
          </button>
          {block.stale && (
            <button type="button" className="link-button" onClick={() => onEdit(block.id, block.text)} data-testid="keep-edit">
              {t('reportUi.edit.keep')}
            </button>
          )}
        </div>
      )}
      {block.edited && showDraft && (
        <blockquote className="report-screen-only report-draft" data-testid="new-draft">
          {block.drafted}
        </blockquote>
      )}
    </EditableText>
  );
}

function Placeholder({ block, lang, onEdit }: { block: PlaceholderBlock; lang: Language; onEdit: ReportPreviewProps['onEdit'] }) {
  const t = useT();
  return (
    <>
      <h4 className="report-h2">{block.heading}</h4>
      <EditableText
        text={block.text}
        onSave={(text) => onEdit(block.id, text)}
        testId={`placeholder-${block.id}`}
        empty={
          <div className="report-space" style={{ height: `${block.lines * 2}em` }}>
            {/* Printed too: an unwritten part shows 待填写 in every format, never a bare heading. */}
            <p className="report-body report-pending">{placeholderText(block, lang)}</p>
            <span className="report-screen-only">{t('reportUi.edit.write')}</span>
          </div>
        }
      />
    </>
  );
}

function ReportTable({ block }: { block: TableBlock }) {
  const shares = columnShares(block);
  const noWrap = new Set(block.noWrap ?? []);
  return (
    <div className="report-table-block" data-testid={`report-table-${block.id}`}>
      {block.title && <p className="report-caption">{block.title}</p>}
      <table className="report-table">
        <colgroup>
          {shares.map((share, i) => (
            <col key={i} style={{ width: `${share * 100}%` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {block.header.map((h, i) => (
              <th key={i} scope="col" className={noWrap.has(i) ? 'report-nowrap' : undefined}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {block.rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, c) => (
                <td key={c} className={noWrap.has(c) ? 'report-nowrap' : undefined}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {block.notes?.map((note, i) => (
        <p key={i} className="report-note">
          {note}
        </p>
      ))}
    </div>
  );
}
