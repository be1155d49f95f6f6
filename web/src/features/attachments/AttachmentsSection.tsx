import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ATTACHMENT_TYPES, type AttachmentType, isAttachmentType } from "../../../../src/domain/attachments.ts";
import { type Answer, apiError, client, ok } from "../../api/client.ts";
import { useLoad } from "../../api/useLoad.ts";
import { useSave } from "../../api/useVersionedSave.ts";
import { ConfirmButton } from "../../components/ConfirmButton.tsx";
import { FormError, TextField } from "../../components/Form.tsx";
import { Section, Status } from "../../components/Page.tsx";
import { formatDate, formatNumber } from "../../i18n.ts";

type Attachment = Answer<"/api/networks/{networkId}/meetings/{meetingId}/attachments">["items"][number];

/** What the files hang on: a meeting, or a version of the agreement. */
export type AttachmentOwner = { kind: "meeting"; meetingId: string } | { kind: "agreement_version"; versionId: string };

const EXTENSIONS = Object.entries(ATTACHMENT_TYPES);
const ACCEPT = [...Object.keys(ATTACHMENT_TYPES), ...EXTENSIONS.map(([, e]) => `.${e}`), ".jpeg"].join(",");

/** The type to send a file as: the browser's, or else the one its extension names (some systems give none); the server checks the content. */
function typeOf(file: File): string {
  if (isAttachmentType(file.type)) return file.type;
  const extension = file.name.split(".").pop()?.toLowerCase();
  const found = EXTENSIONS.find(([, e]) => e === extension || (extension === "jpeg" && e === "jpg"));
  return found?.[0] ?? (file.type || "application/octet-stream");
}

/** The files of a meeting or an agreement version: everyone who sees it downloads them; those who may, add and remove them. */
export function AttachmentsSection({ networkId, owner }: { networkId: string; owner: AttachmentOwner }) {
  const { t } = useTranslation();
  const base =
    owner.kind === "meeting"
      ? `/api/networks/${networkId}/meetings/${owner.meetingId}/attachments`
      : `/api/networks/${networkId}/agreement/versions/${owner.versionId}/attachments`;
  const list = useLoad(
    () =>
      owner.kind === "meeting"
        ? ok(
            client.GET("/api/networks/{networkId}/meetings/{meetingId}/attachments", {
              params: { path: { networkId, meetingId: owner.meetingId } },
            }),
          )
        : ok(
            client.GET("/api/networks/{networkId}/agreement/versions/{versionId}/attachments", {
              params: { path: { networkId, versionId: owner.versionId } },
            }),
          ),
    base,
  );
  const [file, setFile] = useState<File | null>(null);
  const [message, setMessage] = useState("");
  // A new key empties the file input after an upload: its value cannot be set.
  const [formKey, setFormKey] = useState(0);
  const { busy, error, save } = useSave();
  const mb = list.data ? formatNumber(list.data.maxBytes / 1_048_576, 0) : "";

  const upload = (e: FormEvent) => {
    e.preventDefault();
    if (!file) return;
    setMessage("");
    void save(
      // The file goes as its own bytes, not JSON, so it is sent by fetch; the answer is the Attachment the route documents.
      async () => {
        const res = await fetch(`${base}?name=${encodeURIComponent(file.name)}`, {
          method: "POST",
          credentials: "same-origin",
          headers: { "Content-Type": typeOf(file) },
          body: file,
        });
        const data: unknown = await res.json();
        if (!res.ok) throw apiError(res, data);
        return data as Attachment;
      },
      {
        saved: (a) => {
          setMessage(t("attachments.uploaded", { name: a.fileName }));
          setFile(null);
          setFormKey((k) => k + 1);
          void list.reload();
        },
      },
    );
  };
  const remove = (a: Attachment) =>
    save(
      () =>
        ok(client.DELETE("/api/networks/{networkId}/attachments/{attachmentId}", { params: { path: { networkId, attachmentId: a.id } } })),
      {
        saved: () => {
          setMessage(t("attachments.removed", { name: a.fileName }));
          void list.reload();
        },
      },
    );

  const size = (bytes: number) =>
    bytes < 1_048_576
      ? t("attachments.kb", { size: formatNumber(Math.max(1, Math.round(bytes / 1024)), 0) })
      : t("attachments.mb", { size: formatNumber(bytes / 1_048_576, 1) });
  const kind = (type: string) => (isAttachmentType(type) ? ATTACHMENT_TYPES[type as AttachmentType].toUpperCase() : type);

  return (
    <Section id="attachments-heading" className="panel attachments no-print" title={t("attachments.heading")}>
      <p className="hint">{t("attachments.intro")}</p>
      <FormError error={list.error} />
      {list.data && list.data.items.length === 0 ? <p>{t("attachments.none")}</p> : null}
      {list.data && list.data.items.length > 0 ? (
        <ul className="plain attachment-list">
          {list.data.items.map((a) => (
            <li key={a.id} className="attachment">
              <a href={a.url} download={a.fileName}>
                {a.fileName}
              </a>{" "}
              <span className="meta">
                ({t("attachments.details", { type: kind(a.contentType), size: size(a.size) })}) ·{" "}
                {a.createdByName
                  ? t("attachments.addedBy", { name: a.createdByName, date: formatDate(a.createdAt) })
                  : t("attachments.addedOn", { date: formatDate(a.createdAt) })}
              </span>
              {list.data?.canManage ? (
                <>
                  {" "}
                  <ConfirmButton
                    label={t("attachments.remove", { name: a.fileName })}
                    question={t("attachments.removeQuestion", { name: a.fileName })}
                    danger
                    disabled={busy}
                    onConfirm={() => void remove(a)}
                  />
                </>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {list.data?.canManage ? (
        <form key={formKey} onSubmit={upload} noValidate>
          <FormError error={error} />
          <TextField
            name="file"
            type="file"
            label={t("attachments.choose")}
            hint={t("attachments.hint", { mb })}
            error={error}
            accept={ACCEPT}
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
          <button type="submit" disabled={!file || busy}>
            {t("attachments.upload")}
          </button>
          {busy ? <Status>{t("attachments.uploading")}</Status> : null}
        </form>
      ) : (
        <FormError error={error} />
      )}
      {message ? <Status>{message}</Status> : null}
    </Section>
  );
}
