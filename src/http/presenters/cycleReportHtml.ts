import type { Locale } from "../../domain/locale.ts";
import { translator } from "../../i18n/index.ts";
import type { CycleReport } from "../../services/views/cycleReport.ts";
import { barsSvg, dateText, esc, indicatorTrendSvg, mapSvg, num, PAGE_CSS, paragraphs, valueWithUnit } from "./html.ts";

type T = ReturnType<typeof translator>;

/** The same for HTML: the unit is what a person typed. */
const valueHtml = (locale: Locale, value: number | null, unit: string) => esc(valueWithUnit(locale, value, unit));

function figuresPart(r: CycleReport, t: T, locale: Locale) {
  const rows = r.figures
    .map(
      (f) =>
        `<tr><th scope="row">${esc(t(`evaluation.source.${f.key}`))}</th><td class="num">${valueHtml(locale, f.value, f.unit)}</td>${
          r.compare ? `<td class="num">${valueHtml(locale, f.compareValue, f.unit)}</td><td class="num">${num(locale, f.change)}</td>` : ""
        }<td>${f.trend.map((p) => `${esc(p.cycleName)}: ${valueHtml(locale, p.value, f.unit)}`).join(", ")}</td></tr>`,
    )
    .join("\n");
  const charts = r.figures
    .filter((f) => f.trend.filter((p) => p.value !== null).length >= 2)
    .map((f) => {
      const name = t(`evaluation.source.${f.key}`);
      return `<figure><figcaption>${esc(name)}</figcaption>${indicatorTrendSvg(locale, t, { name, unit: f.unit, trend: f.trend })}</figure>`;
    })
    .join("\n");
  return `<section class="report-part" aria-labelledby="figures"><h2 id="figures">${esc(t("report.figures"))}</h2>
<p class="muted">${esc(t("report.figuresIntro", { min: r.minGroupSize }))}</p>
<div class="table-wrap"><table><caption>${esc(t("report.figures"))}</caption><thead><tr><th scope="col">${esc(t("report.figure"))}</th><th scope="col" class="num">${esc(r.cycle.name)}</th>${
    r.compare ? `<th scope="col" class="num">${esc(r.compare.name)}</th><th scope="col" class="num">${esc(t("report.change"))}</th>` : ""
  }<th scope="col">${esc(t("report.trend"))}</th></tr></thead><tbody>${rows}</tbody></table></div>${charts}</section>`;
}

function goalsPart(r: CycleReport, t: T, locale: Locale) {
  if (r.goals.length === 0)
    return `<section class="report-part"><h2>${esc(t("report.goals"))}</h2><p>${esc(t("report.noGoals"))}</p></section>`;
  const goals = r.goals
    .map((g) => {
      const indicators = g.indicators
        .map((i) => {
          if (i.kind === "qualitative")
            return `<div class="card"><h4>${esc(i.name)}</h4><p class="muted">${esc(i.question)}</p>${i.text ? `<blockquote>${paragraphs(i.text)}</blockquote>` : `<p>${esc(t("report.noMeasurement"))}</p>`}${
              r.compare && i.compareText
                ? `<p class="muted">${esc(r.compare.name)}:</p><blockquote>${paragraphs(i.compareText)}</blockquote>`
                : ""
            }</div>`;
          const trend = indicatorTrendSvg(locale, t, i);
          return `<div class="card"><h4>${esc(i.name)}</h4>
<dl class="inline">
<dt>${esc(t("report.source"))}</dt><dd>${esc(t(`evaluation.source.${i.source}`))}</dd>
<dt>${esc(t("report.value", { cycle: r.cycle.name }))}</dt><dd>${valueHtml(locale, i.value, i.unit)}</dd>
${r.compare ? `<dt>${esc(t("report.value", { cycle: r.compare.name }))}</dt><dd>${valueHtml(locale, i.compareValue, i.unit)}</dd>` : ""}
<dt>${esc(t("report.baselineTarget"))}</dt><dd>${valueHtml(locale, i.baseline, i.unit)} → ${valueHtml(locale, i.target, i.unit)}${i.direction ? ` (${esc(t(`evaluation.direction.${i.direction}`))})` : ""}</dd>
<dt>${esc(t("report.progress"))}</dt><dd>${esc(t(`evaluation.progress.${i.progress.status}`))}</dd>
</dl>${trend}</div>`;
        })
        .join("\n");
      const e = g.evaluation;
      const evaluation = !e
        ? ""
        : e.shown && e.distribution
          ? `<h4>${esc(t("report.jointEvaluation"))}</h4><p>${esc(t("report.meanRating", { mean: num(locale, e.distribution.mean), n: e.distribution.n }))}</p>${barsSvg(
              e.distribution.counts.map((count, k) => ({ label: String(k + 1), count })),
              t("report.distributionSummary", { counts: e.distribution.counts.map((c, k) => `${k + 1}: ${c}`).join(", ") }),
            )}${e.comments.length ? `<ul>${e.comments.map((c) => `<li>${esc(c)}</li>`).join("")}</ul>` : ""}`
          : `<p class="muted">${esc(t("report.hiddenBelow", { min: r.minGroupSize, count: e.respondents }))}</p>`;
      return `<section class="goal"><h3>${esc(g.title)} <span class="badge">${esc(t(`goalTypes.${g.goalType}.name`))}</span></h3>${
        indicators || `<p class="muted">${esc(t("report.noIndicators"))}</p>`
      }${evaluation}</section>`;
    })
    .join("\n");
  return `<section class="report-part" aria-labelledby="goals"><h2 id="goals">${esc(t("report.goals"))}</h2>${goals}</section>`;
}

function evaluationPart(r: CycleReport, t: T) {
  if (!r.evaluation) return "";
  const qs = r.evaluation.shown
    ? r.evaluation.questions
        .map(
          (q) =>
            `<h3>${esc(q.text)}</h3>${q.answers.length ? `<ul>${q.answers.map((a) => `<li>${esc(a)}</li>`).join("")}</ul>` : `<p>–</p>`}`,
        )
        .join("\n")
    : `<p class="muted">${esc(t("report.hiddenBelow", { min: r.minGroupSize, count: r.evaluation.respondents }))}</p>`;
  return `<section class="report-part" aria-labelledby="written"><h2 id="written">${esc(t("report.written"))}</h2><p>${esc(
    t("report.respondents", { count: r.evaluation.respondents }),
  )}</p>${qs}</section>`;
}

function surveyPart(r: CycleReport, t: T, locale: Locale) {
  const s = r.survey;
  if (!s)
    return `<section class="report-part"><h2>${esc(t("report.survey"))}</h2><p>${esc(t("report.noSurvey", { min: r.minGroupSize }))}</p></section>`;
  const trust = Object.entries(s.trust)
    .map(([d, v]) => `<tr><th scope="row">${esc(t(`surveys.health.dimension.${d}`))}</th><td class="num">${num(locale, v)}</td></tr>`)
    .join("");
  const map =
    s.map && s.map.groups.length > 0
      ? `<h3>${esc(t("report.map"))}</h3>${mapSvg(
          s.map,
          t("report.mapSummary", { groups: s.map.groups.length, hidden: s.map.hiddenPeople }),
          (id) => t("report.groupShort", { id }),
        )}<div class="table-wrap"><table><caption>${esc(t("report.mapTable"))}</caption><thead><tr><th scope="col">${esc(t("report.group"))}</th><th scope="col" class="num">${esc(
          t("report.people"),
        )}</th><th scope="col" class="num">${esc(t("report.tiesWithin"))}</th></tr></thead><tbody>${s.map.groups
          .map(
            (g) =>
              `<tr><th scope="row">${esc(t("report.groupShort", { id: g.id }))}</th><td class="num">${g.size}</td><td class="num">${
                s.map?.links.find((l) => l.source === g.id && l.target === g.id)?.ties ?? 0
              }</td></tr>`,
          )
          .join("")}</tbody></table></div><ul>${s.map.links
          .filter((l) => l.source !== l.target)
          .map((l) => `<li>${esc(t("report.tiesBetween", { a: l.source, b: l.target, count: l.ties }))}</li>`)
          .join("")}</ul>`
      : "";
  return `<section class="report-part" aria-labelledby="survey"><h2 id="survey">${esc(t("report.survey"))}</h2>
<p>${esc(t("report.surveyIntro", { title: s.title, count: s.respondents }))}</p>
<div class="table-wrap"><table><caption>${esc(t("report.coreElements"))}</caption><tbody>
<tr><th scope="row">${esc(t("report.knowing"))}</th><td class="num">${num(locale, s.knowing)}</td></tr>${trust}
<tr><th scope="row">${esc(t("report.commitment"))}</th><td class="num">${num(locale, s.commitment)}</td></tr>
${s.graph ? `<tr><th scope="row">${esc(t("evaluation.source.density"))}</th><td class="num">${num(locale, s.graph.density, 3)}</td></tr>` : ""}
</tbody></table></div>${map}</section>`;
}

function promisesPart(r: CycleReport, t: T, locale: Locale) {
  const k = r.promises.rate;
  const items = r.promises.items
    .map(
      (p) =>
        `<tr><td>${esc(p.text)}</td><td>${esc(p.promiser ?? t("report.removedPerson"))}</td><td>${dateText(locale, p.dueOn)}</td><td>${esc(t(`promises.state.${p.state}`))}</td></tr>`,
    )
    .join("");
  return `<section class="report-part" aria-labelledby="promises"><h2 id="promises">${esc(t("report.promises"))}</h2>
<p>${esc(
    t("report.promiseSummary", {
      total: k.total,
      kept: k.keptOnTime + k.keptLate,
      renegotiated: k.renegotiated,
      notKept: k.notKept,
      open: k.open,
      rate: k.rate === null ? "–" : `${num(locale, Math.round(k.rate * 1000) / 10, 1)} %`,
    }),
  )}</p>${
    items
      ? `<div class="table-wrap"><table><caption>${esc(t("report.promiseLedger"))}</caption><thead><tr><th scope="col">${esc(t("report.promise"))}</th><th scope="col">${esc(
          t("report.promiser"),
        )}</th><th scope="col">${esc(t("report.due"))}</th><th scope="col">${esc(t("report.state"))}</th></tr></thead><tbody>${items}</tbody></table></div>`
      : ""
  }</section>`;
}

function meetingsPart(r: CycleReport, t: T, locale: Locale) {
  const rows = r.meetings
    .map(
      (m) =>
        `<tr><td>${esc(m.title)}</td><td>${dateText(locale, m.start.slice(0, 10))}</td><td class="num">${m.attended}/${m.invited}</td><td class="num">${
          m.feedback === null ? esc(t("report.hiddenShort")) : num(locale, m.feedback)
        }</td></tr>`,
    )
    .join("");
  const decisions = r.decisions
    .map((d) => `<tr><td>${dateText(locale, d.decidedOn)}</td><td>${esc(d.title)}</td><td>${esc(t(`decisions.rule.${d.rule}`))}</td></tr>`)
    .join("");
  return `<section class="report-part" aria-labelledby="meetings"><h2 id="meetings">${esc(t("report.meetings"))}</h2>${
    rows
      ? `<div class="table-wrap"><table><caption>${esc(t("report.meetingsHeld"))}</caption><thead><tr><th scope="col">${esc(t("report.meeting"))}</th><th scope="col">${esc(
          t("report.date"),
        )}</th><th scope="col" class="num">${esc(t("report.attended"))}</th><th scope="col" class="num">${esc(t("report.feedback"))}</th></tr></thead><tbody>${rows}</tbody></table></div>`
      : `<p>${esc(t("report.noMeetings"))}</p>`
  }<h2 id="decisions">${esc(t("report.decisions"))}</h2>${
    decisions
      ? `<div class="table-wrap"><table><caption>${esc(t("report.decisions"))}</caption><thead><tr><th scope="col">${esc(t("report.date"))}</th><th scope="col">${esc(
          t("report.decision"),
        )}</th><th scope="col">${esc(t("report.rule"))}</th></tr></thead><tbody>${decisions}</tbody></table></div>`
      : `<p>${esc(t("report.noDecisions"))}</p>`
  }</section>`;
}

function phasesPart(r: CycleReport, t: T, locale: Locale) {
  const phases = r.phases
    .map(
      (p) =>
        `<div class="card"><h3>${esc(t(`phases.${p.phase}.name`))}</h3>${p.summary ? paragraphs(p.summary) : ""}<p>${
          p.averageAchieved === null
            ? esc(t("report.hiddenBelow", { min: r.minGroupSize, count: p.respondents }))
            : esc(t("report.phaseAchieved", { mean: num(locale, p.averageAchieved), count: p.respondents }))
        }</p>${p.carryForward.length ? `<ul>${p.carryForward.map((c) => `<li>${esc(c)}</li>`).join("")}</ul>` : ""}</div>`,
    )
    .join("\n");
  return `<section class="report-part" aria-labelledby="phases"><h2 id="phases">${esc(t("report.phases"))}</h2>${phases}</section>`;
}

/** The cycle report as one self-contained HTML file: styles inline, charts as inline SVG with text alternatives, no scripts. */
export function cycleReportHtml(r: CycleReport, locale: Locale): string {
  const t = translator(locale);
  const title = t("report.title", { network: r.network.name, cycle: r.cycle.name });
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${PAGE_CSS}</style>
</head>
<body>
<main>
<h1>${esc(title)}</h1>
<p class="muted">${esc(t("report.generated", { date: dateText(locale, r.generatedAt) }))}${r.compare ? ` · ${esc(t("report.comparedWith", { cycle: r.compare.name }))}` : ""}</p>
${goalsPart(r, t, locale)}
${figuresPart(r, t, locale)}
${evaluationPart(r, t)}
${surveyPart(r, t, locale)}
${promisesPart(r, t, locale)}
${meetingsPart(r, t, locale)}
${phasesPart(r, t, locale)}
</main>
</body>
</html>`;
}
