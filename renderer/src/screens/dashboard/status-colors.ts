// Badge colours per status: the report's status colours, with black or white text, whichever reads better.
import { STATUS_COLORS } from '../../../../shared/report';
import type { StatusCode } from '../../../../shared/model';

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** '#000000' or '#ffffff', whichever has the higher contrast ratio on `background` (#rrggbb). */
export function readableTextColor(background: string): string {
  const l = luminance(background);
  const onBlack = (l + 0.05) / 0.05;
  const onWhite = 1.05 / (l + 0.05);
  return onBlack >= onWhite ? '#000000' : '#ffffff';
}

/** The badge style of a status. */
export function statusStyle(status: StatusCode): { background: string; color: string } {
  const background = STATUS_COLORS[status];
  return { background, color: readableTextColor(background) };
}
