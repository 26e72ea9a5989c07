/**
 * Tables as CSV the way Excel in Dutch opens them: UTF-8 with a byte-order mark and `;` between
 * fields (a comma is the Dutch decimal sign). Values are written as the API gives them.
 */
export type Cell = string | number | null | undefined;

const quote = (value: Cell): string => {
  const text = value == null ? '' : String(value);
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(quote).join(';')).join('\r\n')}\r\n`;
}
