import { DataTable, type DataTableProps } from "../../../components/DataTable.tsx";

/** A data table of the report, in the report's own print-friendly style. */
export function ReportTable({ className, ...table }: Omit<DataTableProps, "frameClassName">) {
  return <DataTable {...table} frameClassName="report-table-wrap" className={className ? `report-table ${className}` : "report-table"} />;
}

/** User-written text with its line breaks kept. */
export const Prose = ({ text }: { text: string }) => <p className="prose">{text.trim()}</p>;
