// ISO date text of a t="d" cell to Excel's serial day number, as SheetJS converts it when cellDates is off.

const DAY_MS = 24 * 60 * 60 * 1000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const TIME_1900 = Date.UTC(1899, 11, 31);
const TIME_1904 = Date.UTC(1904, 0, 1);
const TIME_ONLY = /^(\d+):(\d+)(:\d+)?(\.\d+)?$/;
const DATE_ONLY = /^(\d+)-(\d+)-(\d+)$/;
const DATE_TIME = /^(\d+)-(\d+)-(\d+)[T ](\d+):(\d+)(:\d+)?(\.\d+)?$/;

function parseDate(s: string, date1904: boolean): number {
  let m = TIME_ONLY.exec(s);
  if (m) {
    const seconds = (parseInt(m[1], 10) * 60 + parseInt(m[2], 10)) * 60 + (m[3] ? parseInt(m[3].slice(1), 10) : 0);
    return (date1904 ? TIME_1904 : TIME_1900) + seconds * 1000 + (m[4] ? parseInt((m[4] + '000').slice(1, 4), 10) : 0);
  }
  m = DATE_ONLY.exec(s);
  if (m) return Date.UTC(+m[1], +m[2] - 1, +m[3], 0, 0, 0, 0);
  m = DATE_TIME.exec(s);
  if (m) return Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], (m[6] && parseInt(m[6].slice(1), 10)) || 0, (m[7] && parseInt((m[7] + '0000').slice(1, 4), 10)) || 0);
  return new Date(s).getTime();
}

/** Excel's serial number for the date text (1900 or 1904 system, with Excel's phantom 1900-02-29 below 60). */
export function excelDateNumber(s: string, date1904: boolean): number {
  const days = (parseDate(s, date1904) - EPOCH_1900) / DAY_MS;
  if (date1904) {
    const shifted = days - 1462;
    return shifted < -1402 ? shifted - 1 : shifted;
  }
  return days < 60 ? days - 1 : days;
}
