// Row types of files attached to meetings and agreement versions (columns as decision 002 stores them).

export interface AttachmentsTable {
  id: string;
  network_id: string;
  /** "meeting" or "agreement_version". */
  owner_kind: string;
  owner_id: string;
  file_name: string;
  /** The type found in the file's content, which is also the type it is served with. */
  content_type: string;
  size: number;
  created_by: string | null;
  created_at: string;
}

/** The bytes apart from the metadata, so listing a meeting's files never reads them. */
export interface AttachmentContentsTable {
  attachment_id: string;
  bytes: Buffer;
}
