// A button that downloads a table as CSV (formula-safe, see to-csv.ts).
import { downloadFile, fileNameFor } from './download';
import { toCsv, type CsvCell } from './to-csv';

export function CsvButton(props: {
  title: string;
  header: readonly string[];
  rows: () => readonly (readonly CsvCell[])[];
  label?: string;
}) {
  return (
    <button
      type="button"
      onClick={() =>
        downloadFile(fileNameFor(props.title, 'csv'), toCsv(props.header, props.rows()), 'text/csv')
      }
    >
      {props.label ?? 'Download CSV'}
    </button>
  );
}
