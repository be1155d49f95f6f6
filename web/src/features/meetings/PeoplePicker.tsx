import { useId } from "react";
import { useTranslation } from "react-i18next";
import { FormError } from "../../components/Form.tsx";
import { MemberChecklist, useAllMembers } from "../../components/MemberChecklist.tsx";
import { fieldProblem } from "./meetingUtil.ts";

type Member = NonNullable<ReturnType<typeof useAllMembers>["members"]>[number];

/**
 * Who is invited (a filterable checkbox list of members with "select all shown") and, among them,
 * who facilitates. Field names `<prefix>participantIds` and `<prefix>facilitatorIds` carry the errors.
 */
export function PeoplePicker({
  networkId,
  participantIds,
  facilitatorIds,
  onChange,
  error,
  prefix = "",
}: {
  networkId: string;
  participantIds: string[];
  facilitatorIds: string[];
  onChange: (participantIds: string[], facilitatorIds: string[]) => void;
  error: unknown;
  prefix?: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const { members, error: loadError } = useAllMembers(networkId);
  const setChosen = (next: Set<string>) =>
    onChange(
      [...next],
      facilitatorIds.filter((f) => next.has(f)),
    );
  const facilitatorProblem = fieldProblem(error, `${prefix}facilitatorIds`);
  const byId = new Map((members ?? []).map((m) => [m.id, m]));
  const chosenPeople = participantIds.map((pid) => byId.get(pid)).filter((m): m is Member => Boolean(m));
  return (
    <>
      <MemberChecklist
        networkId={networkId}
        legend={t("meetings.people.participants")}
        chosen={participantIds}
        onChange={(ids) => setChosen(new Set(ids))}
        field={`${prefix}participantIds`}
        error={error}
        members={members}
      />
      <FormError error={loadError} />
      <fieldset className={`checkbox-list${facilitatorProblem ? " field-invalid" : ""}`} id={`field-${prefix}facilitatorIds`}>
        <legend>{t("meetings.people.facilitators")}</legend>
        <p className="hint meeting-help">{t("meetings.people.facilitatorsHint")}</p>
        {facilitatorProblem ? <p className="field-problem">{facilitatorProblem}</p> : null}
        {chosenPeople.length === 0 ? (
          <p>{t("meetings.people.chooseFirst")}</p>
        ) : (
          <ul className="plain meeting-people-list">
            {chosenPeople.map((m) => (
              <li key={m.id} className="field checkbox">
                <input
                  type="checkbox"
                  id={`${id}-f-${m.id}`}
                  checked={facilitatorIds.includes(m.id)}
                  onChange={(e) =>
                    onChange(participantIds, e.target.checked ? [...facilitatorIds, m.id] : facilitatorIds.filter((f) => f !== m.id))
                  }
                />
                <label htmlFor={`${id}-f-${m.id}`}>{m.name}</label>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
    </>
  );
}
