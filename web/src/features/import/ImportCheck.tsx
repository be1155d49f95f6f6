import { useTranslation } from "react-i18next";
import type { Schemas } from "../../api/client.ts";
import { DataTable } from "../../components/DataTable.tsx";
import { Section } from "../../components/Page.tsx";

export type ImportResult = Schemas["ImportResult"];

const DELIMITER_KEYS = { ",": "import.comma", ";": "import.semicolon", "\t": "import.tab" } as const;

/** How the server read the file: a workbook's first sheet, or CSV in the encoding and with the delimiter it found. */
function ReadAs({ result }: { result: ImportResult }) {
  const { t } = useTranslation();
  if (result.format === "xlsx" || !result.encoding || !result.delimiter) return <p>{t("import.readAsXlsx")}</p>;
  return (
    <p>{t("import.readAsCsv", { encoding: t(`import.encodings.${result.encoding}`), delimiter: t(DELIMITER_KEYS[result.delimiter]) })}</p>
  );
}

/** The dry run's answer: how the file was read, how each column maps to a field, and every problem by line. */
export function ImportCheck({ check }: { check: ImportResult }) {
  const { t } = useTranslation();
  return (
    <Section id="import-check-heading" title={t("import.checkResult")}>
      <ReadAs result={check} />
      <DataTable caption={t("import.mapping")} columns={[t("import.header"), t("import.field")]}>
        {check.mapping.map((m, i) => (
          // Headers may repeat, so the position is the key.
          // biome-ignore lint/suspicious/noArrayIndexKey: columns have no other identity
          <tr key={i}>
            <th scope="row">{m.header || t("import.emptyHeader")}</th>
            <td>{m.field ? t(`import.fields.${m.field}`, { defaultValue: m.field }) : t("import.ignored")}</td>
          </tr>
        ))}
      </DataTable>

      {check.errors.length > 0 ? (
        <Section id="import-problems-heading" title={t("import.problems")}>
          <p role="alert">{t("import.problemCount", { count: check.errors.length })}</p>
          <DataTable caption={t("import.problems")} captionHidden columns={[t("import.line"), t("import.column"), t("import.problem")]}>
            {check.errors.map((e, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: one line may have several problems in the same column
              <tr key={i}>
                <th scope="row">{e.row}</th>
                <td>{e.column}</td>
                <td>{e.message}</td>
              </tr>
            ))}
          </DataTable>
        </Section>
      ) : (
        <p>{t("import.noProblems")}</p>
      )}
    </Section>
  );
}
