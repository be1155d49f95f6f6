import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { client, ok } from "../../../api/client.ts";
import { useLoad } from "../../../api/useLoad.ts";
import { useSave } from "../../../api/useVersionedSave.ts";
import { FormError, TextArea } from "../../../components/Form.tsx";
import { Loading, Status } from "../../../components/Page.tsx";
import { formatDate } from "../../../i18n.ts";
import { useNetwork } from "../../networks/NetworkLayout.tsx";
import { type AgreementSection, sectionRef } from "../agreementParts.tsx";
import { renameFields } from "./fields.ts";

/** A section's revisions (each with what changed) and its comments, loaded when the disclosure opens. */
export function SectionHistory({ section, onCommented }: { section: AgreementSection; onCommented: (count: number) => void }) {
  const { t } = useTranslation();
  const { home } = useNetwork();
  const [open, setOpen] = useState(false);
  const path = { path: { networkId: home.network.id, sectionId: section.id } };
  const {
    data,
    error: loadError,
    setData,
    reload,
  } = useLoad(
    () => ok(client.GET("/api/networks/{networkId}/agreement/sections/{sectionId}/history", { params: path })),
    open ? `agreement-history:${home.network.id}:${section.id}` : null,
  );
  const [comment, setComment] = useState("");
  const { error, save, saved: added } = useSave();
  const commentName = `comment-${section.id}`;
  const ref = sectionRef(section);
  // A new save adds a revision: fetch again if the history is open.
  const seenVersion = useRef(section.version);
  useEffect(() => {
    if (seenVersion.current === section.version) return;
    seenVersion.current = section.version;
    if (open) void reload();
  }, [section.version, open, reload]);
  const send = (e: FormEvent) => {
    e.preventDefault();
    void save(
      () => ok(client.POST("/api/networks/{networkId}/agreement/sections/{sectionId}/comments", { params: path, body: { body: comment } })),
      {
        saved: (h) => {
          setData(h);
          setComment("");
          onCommented(h.comments.length);
        },
        failed: (err) => renameFields(err, { body: commentName }),
      },
    );
  };
  return (
    <details className="agreement-history" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        {t("agreement.history.summary", { count: section.commentCount })}
        <span className="visually-hidden">, {t("agreement.section.ref", { name: ref })}</span>
      </summary>
      <FormError error={loadError} />
      {!data ? (
        open ? (
          <Loading />
        ) : null
      ) : (
        <>
          <h3>{t("agreement.history.changes")}</h3>
          {data.revisions.length === 0 ? (
            <p>{t("agreement.history.noChanges")}</p>
          ) : (
            <>
              <p className="hint">{t("agreement.history.legend")}</p>
              <ol className="plain agreement-revisions">
                {data.revisions.map((r) => (
                  <li key={r.version}>
                    <p className="meta">
                      {t("agreement.history.revision", {
                        version: r.version,
                        name: r.authorName ?? t("agreement.unknownPerson"),
                        date: formatDate(r.createdAt, true),
                      })}
                    </p>
                    {section.question === null && r.title ? (
                      <p>
                        <strong>{t("agreement.editor.title")}:</strong> {r.title}
                      </p>
                    ) : null}
                    <p className="agreement-diff">
                      {r.diff.map((part, i) => {
                        // The parts of a diff have no identity of their own and never move, so their position is their key.
                        const key = i;
                        return part.kind === "added" ? (
                          <ins key={key}>
                            <span className="visually-hidden">{t("agreement.history.addedStart")} </span>
                            {part.text}
                            <span className="visually-hidden"> {t("agreement.history.addedEnd")}</span>
                          </ins>
                        ) : part.kind === "removed" ? (
                          <del key={key}>
                            <span className="visually-hidden">{t("agreement.history.removedStart")} </span>
                            {part.text}
                            <span className="visually-hidden"> {t("agreement.history.removedEnd")}</span>
                          </del>
                        ) : (
                          <span key={key}>{part.text}</span>
                        );
                      })}
                    </p>
                  </li>
                ))}
              </ol>
            </>
          )}
          <h3>{t("agreement.comments.heading")}</h3>
          {data.comments.length === 0 ? (
            <p>{t("agreement.comments.none")}</p>
          ) : (
            <ul className="plain agreement-comments">
              {data.comments.map((c) => (
                <li key={c.id}>
                  <p className="meta">
                    {t("agreement.comments.meta", {
                      name: c.authorName ?? t("agreement.unknownPerson"),
                      date: formatDate(c.createdAt, true),
                    })}
                  </p>
                  <p className="prose">{c.body}</p>
                </li>
              ))}
            </ul>
          )}
          <form onSubmit={send} noValidate>
            <FormError error={error} />
            <TextArea
              name={commentName}
              label={t("agreement.comments.label", { name: ref })}
              rows={3}
              value={comment}
              onChange={(e) => setComment(e.target.value)}
              error={error}
            />
            <button type="submit">
              {t("agreement.comments.send")}
              <span className="visually-hidden"> {t("agreement.comments.sendWhich", { name: ref })}</span>
            </button>
            {added ? <Status>{t("agreement.comments.added")}</Status> : null}
          </form>
        </>
      )}
    </details>
  );
}
