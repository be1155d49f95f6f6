import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { intlLocale } from "../../../../src/domain/format.ts";
import { type Answer, client, ok } from "../../api/client.ts";
import { useLoad } from "../../api/useLoad.ts";
import { Loaded, Page, Status } from "../../components/Page.tsx";
import { Segmented } from "../../components/Segmented.tsx";
import { useNetwork } from "../networks/NetworkLayout.tsx";

type Anticipation = Answer<"/api/networks/{networkId}/anticipation">;
type Occurrence = Anticipation["events"][number];
type DuePromise = Anticipation["promises"][number];

type Item =
  | { type: "event"; key: string; day: string; sort: string; occurrence: Occurrence }
  | { type: "promise"; key: string; day: string; sort: string; promise: DuePromise };

type Grouping = "week" | "month";

/** A wall-clock date or date-time (YYYY-MM-DD[THH:mm]) as a Date whose UTC fields are those numbers, so that no time zone moves it. */
const wallClock = (s: string) => {
  const [y, m, d] = s.slice(0, 10).split("-").map(Number);
  const [hh, mm] = s.length > 10 ? s.slice(11, 16).split(":").map(Number) : [0, 0];
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1, hh ?? 0, mm ?? 0));
};

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);

/** The Monday that starts the ISO week of a day. */
const mondayOf = (day: string) => {
  const d = wallClock(day);
  return addDays(d, -((d.getUTCDay() + 6) % 7));
};

/** The ISO 8601 week number of a day. */
const isoWeek = (day: string) => {
  const d = wallClock(day);
  const thursday = addDays(d, 3 - ((d.getUTCDay() + 6) % 7));
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  return Math.floor((thursday.getTime() - yearStart) / 86_400_000 / 7) + 1;
};

const firstLine = (text: string) =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .find(Boolean) ?? "";

function todayIso() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

/** What is coming in the next 90 days: the network's events and the promises falling due, in one chronological list. */
export function AnticipationPage() {
  const { t, i18n } = useTranslation();
  const { networkId } = useNetwork();
  const { data, error } = useLoad(
    () => ok(client.GET("/api/networks/{networkId}/anticipation", { params: { path: { networkId } } })),
    `anticipation:${networkId}`,
  );
  const [grouping, setGrouping] = useState<Grouping>("month");
  const lang = i18n.language;
  const fmt = (options: Intl.DateTimeFormatOptions, s: string) =>
    new Intl.DateTimeFormat(intlLocale(lang), { ...options, timeZone: "UTC" }).format(wallClock(s));
  const longDay = (s: string) => fmt({ weekday: "short", day: "numeric", month: "long", year: "numeric" }, s);
  const shortDay = (s: string) => fmt({ day: "numeric", month: "numeric" }, s);
  const time = (s: string) => fmt({ hour: "2-digit", minute: "2-digit" }, s);

  const today = todayIso();
  const items: Item[] = data
    ? [
        ...data.events.map(
          (o): Item => ({
            type: "event",
            key: `event-${o.event.id}-${o.startUtc}`,
            day: o.start.slice(0, 10),
            sort: `${o.start.slice(0, 10)} 0 ${o.startUtc}`,
            occurrence: o,
          }),
        ),
        ...data.promises.map(
          (p): Item => ({ type: "promise", key: `promise-${p.id}`, day: p.dueOn, sort: `${p.dueOn} 1 ${p.text}`, promise: p }),
        ),
      ].sort((a, b) => (a.sort < b.sort ? -1 : a.sort > b.sort ? 1 : 0))
    : [];

  const groupOf = (item: Item): { key: string; label: string } => {
    if (item.type === "promise" && (item.promise.overdue || item.day < today))
      return { key: "0-overdue", label: t("anticipation.overdueGroup") };
    if (grouping === "month") {
      const key = item.day.slice(0, 7);
      return { key, label: fmt({ month: "long", year: "numeric" }, `${key}-01`) };
    }
    const monday = mondayOf(item.day);
    const sunday = addDays(monday, 6);
    return {
      key: isoDay(monday),
      label: t("anticipation.week", { week: isoWeek(item.day), start: shortDay(isoDay(monday)), end: shortDay(isoDay(sunday)) }),
    };
  };

  const groups: { key: string; label: string; items: Item[] }[] = [];
  for (const item of items) {
    const g = groupOf(item);
    const last = groups.find((x) => x.key === g.key);
    if (last) last.items.push(item);
    else groups.push({ ...g, items: [item] });
  }
  groups.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

  const renderEvent = (o: Occurrence) => {
    const e = o.event;
    const lastDay = e.allDay ? isoDay(addDays(wallClock(o.end), -1)) : o.end.slice(0, 10);
    const multiDay = lastDay > o.start.slice(0, 10);
    const prepare = firstLine(e.description);
    return (
      <>
        <p className="meta">
          <time dateTime={o.start}>{longDay(o.start)}</time>
          {e.allDay ? null : ` ${t("anticipation.at", { time: time(o.start) })}`}
          {multiDay ? ` – ${longDay(lastDay)}` : ""}
          {!e.allDay && e.timeZone !== "Europe/Helsinki" ? ` (${e.timeZone})` : ""}
        </p>
        <h3>
          <Link to={`/networks/${networkId}/calendar?event=${encodeURIComponent(e.id)}`}>{e.title}</Link>
        </h3>
        <p className="meta">
          <span className="badge quiet">{t(`anticipation.kind.${e.kind}`, { defaultValue: e.kind })}</span>
          {e.place ? ` ${t("anticipation.place", { place: e.place })}` : ""}
        </p>
        <p>{prepare ? t("anticipation.prepare", { text: prepare }) : t("anticipation.prepareNone")}</p>
      </>
    );
  };

  const renderPromise = (p: DuePromise) => (
    <>
      <p className="meta">
        <time dateTime={p.dueOn}>{longDay(p.dueOn)}</time>
      </p>
      <h3 className="prose">
        <Link to={`/networks/${networkId}/promises#promise-${encodeURIComponent(p.id)}`}>{p.text}</Link>
      </h3>
      <p className="meta">
        <span className="badge quiet">{t("anticipation.promise")}</span>
        {p.overdue ? (
          <>
            {" "}
            <span className="badge warn">{t("anticipation.overdue")}</span>
          </>
        ) : null}
        {p.mine ? (
          <>
            {" "}
            <span className="badge">{t("anticipation.mine")}</span>
          </>
        ) : null}
      </p>
      <p>
        {p.mine
          ? t("anticipation.promisedByYou")
          : t("anticipation.promisedBy", { name: p.promiserName ?? t("anticipation.formerMember") })}
      </p>
    </>
  );

  return (
    <Page title={t("anticipation.title")}>
      <p>{t("anticipation.intro")}</p>
      <p>
        <Link to={`/networks/${networkId}/promises`}>{t("anticipation.toPromises")}</Link>
        {" · "}
        <Link to={`/networks/${networkId}/calendar`}>{t("anticipation.toCalendar")}</Link>
      </p>
      <div className="toolbar">
        <Segmented
          legend={t("anticipation.grouping")}
          options={[
            { value: "week", label: t("anticipation.byWeek") },
            { value: "month", label: t("anticipation.byMonth") },
          ]}
          value={grouping}
          onChange={setGrouping}
        />
      </div>
      <Loaded data={data} error={error}>
        {(data) =>
          items.length === 0 ? (
            <p>{t("anticipation.none")}</p>
          ) : (
            <>
              <Status>
                {t("anticipation.summary", {
                  events: t("anticipation.eventCount", { count: data.events.length }),
                  promises: t("anticipation.promiseCount", { count: data.promises.length }),
                })}
              </Status>
              {groups.map((g) => (
                <section key={g.key} aria-labelledby={`anticipation-${g.key}`}>
                  <h2 id={`anticipation-${g.key}`}>{g.label}</h2>
                  <ol className="timeline">
                    {g.items.map((item) => (
                      <li key={item.key}>{item.type === "event" ? renderEvent(item.occurrence) : renderPromise(item.promise)}</li>
                    ))}
                  </ol>
                </section>
              ))}
            </>
          )
        }
      </Loaded>
    </Page>
  );
}
