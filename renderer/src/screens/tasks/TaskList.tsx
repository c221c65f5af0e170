// The filtered items as one list, drawn only where it is on screen (a ledger has a few hundred items) and moved
// through by keyboard: arrow keys, Home/End and Page keys select, Enter opens.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { ItemProgress, LedgerItem } from '../../../../shared/ledger';
import { useT } from '../../services';
import { RatingBadge } from './RatingBadge';
import { ratingOf } from './task-rows';

const ROW_HEIGHT = 44;
const PAGE_ROWS = 8;

export interface TaskListProps {
  items: LedgerItem[];
  records: Map<string, ItemProgress>;
  year: number;
  /** The item whose page was just left: the list starts on it, focused, so the keyboard carries on from there. */
  returnedFrom: string | null;
  onOpen(itemId: string): void;
}

export function TaskList({ items, records, year, returnedFrom, onOpen }: TaskListProps) {
  const t = useT();
  const id = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(() => Math.max(0, items.findIndex((i) => i.id === returnedFrom)));
  const current = Math.min(active, items.length - 1);
  const virtualizer = useVirtualizer({ count: items.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 6 });

  useEffect(() => {
    if (current >= 0) virtualizer.scrollToIndex(current, { align: 'auto' });
  }, [current, virtualizer]);
  useEffect(() => {
    if (returnedFrom !== null) scrollRef.current?.focus();
  }, [returnedFrom]);

  const onKeyDown = (event: KeyboardEvent) => {
    const last = items.length - 1;
    const moves: Record<string, number> = { ArrowDown: current + 1, ArrowUp: current - 1, Home: 0, End: last, PageDown: current + PAGE_ROWS, PageUp: current - PAGE_ROWS };
    if (event.key in moves) {
      event.preventDefault();
      setActive(Math.max(0, Math.min(last, moves[event.key]!)));
    } else if (event.key === 'Enter' && current >= 0) {
      event.preventDefault();
      onOpen(items[current]!.id);
    }
  };

  if (items.length === 0) return <p className="empty">{t('tasks.list.empty')}</p>;
  return (
    <div className="task-list">
      <div className="task-row task-row-head" aria-hidden="true">
        <span>{t('tasks.list.section')}</span>
        <span>{t('tasks.list.title')}</span>
        <span>{t('tasks.list.kind')}</span>
        <span>{t('tasks.list.lead')}</span>
        <span>{t('tasks.list.rating', { year })}</span>
      </div>
      <div
        ref={scrollRef}
        className="task-list-scroll"
        role="listbox"
        tabIndex={0}
        aria-label={t('tasks.list.label')}
        aria-activedescendant={`${id}-${current}`}
        onKeyDown={onKeyDown}
        data-testid="task-list"
      >
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((row) => {
            const item = items[row.index]!;
            return (
              <div
                key={item.id}
                id={`${id}-${row.index}`}
                role="option"
                aria-selected={row.index === current}
                className={row.index === current ? 'task-row task-row-active' : 'task-row'}
                style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${row.start}px)` }}
                onClick={() => {
                  setActive(row.index);
                  onOpen(item.id);
                }}
                data-testid="task-row"
                data-item={item.id}
              >
                <span className="task-section">{item.section}</span>
                <span className="task-title" title={item.title}>
                  {item.title}
                </span>
                <span>{t(`ledger.kind.${item.kind}`)}</span>
                <span className="task-lead">{item.lead || t('tasks.item.notNamed')}</span>
                <span>
                  <RatingBadge rating={ratingOf(records, item.id)} />
                </span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
