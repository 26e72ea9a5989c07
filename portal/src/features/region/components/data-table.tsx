import { Button } from '@utrecht/button-react';
import { useId, useState, type ReactNode } from 'react';
import { useI18n } from '../../../lib/i18n.tsx';
import { saveFile } from '../api/region-report.ts';
import { toCsv, type Cell } from './csv.ts';
import { formatNumber } from './figures.ts';

export interface TableData {
  /** Names the CSV file and the test hooks, e.g. bookings-by-status. */
  readonly id: string;
  readonly caption: string;
  readonly columns: readonly { readonly label: string; readonly numeric?: boolean }[];
  /** Raw values as the API gives them: the CSV writes them as they are, the page formats numbers. */
  readonly rows: readonly (readonly Cell[])[];
}

export function CsvButton({ table, schoolYear }: { table: TableData; schoolYear: string }) {
  const { t } = useI18n();
  return (
    <Button
      appearance="subtle-button"
      data-csv={table.id}
      onClick={() =>
        saveFile(
          new Blob(
            [
              toCsv(
                table.columns.map((c) => c.label),
                table.rows,
              ),
            ],
            { type: 'text/csv;charset=utf-8' },
          ),
          `${table.id}-${schoolYear}.csv`,
        )
      }
    >
      {t('region.csv')}
    </Button>
  );
}

export function Table({ table, rowId }: { table: TableData; rowId?: (row: readonly Cell[]) => string | undefined }) {
  const { language } = useI18n();
  const show = (v: Cell) => (typeof v === 'number' ? formatNumber(v, language) : (v ?? ''));
  return (
    <table className="utrecht-table region-table" data-table={table.id}>
      <caption className="utrecht-table__caption">{table.caption}</caption>
      <thead className="utrecht-table__header">
        <tr className="utrecht-table__row">
          {table.columns.map((c) => (
            <th
              key={c.label}
              scope="col"
              className={`utrecht-table__header-cell${c.numeric ? ' utrecht-table__header-cell--numeric' : ''}`}
            >
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="utrecht-table__body">
        {table.rows.map((row, i) => (
          <tr key={i} className="utrecht-table__row" id={rowId?.(row)}>
            {row.map((v, j) =>
              j === 0 ? (
                <th key={j} scope="row" className="utrecht-table__header-cell">
                  {show(v)}
                </th>
              ) : (
                <td key={j} className={`utrecht-table__cell${table.columns[j]?.numeric ? ' utrecht-table__cell--numeric' : ''}`}>
                  {show(v)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A chart with its text alternative: the same figures as a table behind a toggle, and as CSV. */
export function ChartPanel({
  table,
  schoolYear,
  note,
  children,
}: {
  table: TableData;
  schoolYear: string;
  note?: string;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const tableId = useId();
  return (
    <section className="region-chart" aria-labelledby={`${tableId}-h`} data-chart={table.id}>
      <h3 className="utrecht-heading-3" id={`${tableId}-h`}>
        {table.caption}
      </h3>
      {note && <p className="utrecht-paragraph utrecht-paragraph--small">{note}</p>}
      {table.rows.every((row) => row.every((v) => typeof v !== 'number' || v === 0)) ? (
        <p className="utrecht-paragraph">{t('region.chart.empty')}</p>
      ) : (
        children
      )}
      <div className="region-chart__actions">
        <Button appearance="secondary-action-button" aria-expanded={open} aria-controls={tableId} onClick={() => setOpen(!open)}>
          {open ? t('region.hideTable') : t('region.showTable')}
        </Button>
        <CsvButton table={table} schoolYear={schoolYear} />
      </div>
      <div id={tableId} hidden={!open}>
        <Table table={table} />
      </div>
    </section>
  );
}
