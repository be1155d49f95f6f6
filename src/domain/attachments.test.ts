import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { docx, html, openDocument, pdf, png, pptx, storedZip } from "../../tests/support/files.ts";
import { ATTACHMENT_TYPES, bareType, cleanFileName, contentDisposition, detectAttachmentType, isAttachmentType } from "./attachments.ts";

describe("detectAttachmentType", () => {
  it("knows PDF, images, Office Open XML and OpenDocument files by their content", async () => {
    expect(detectAttachmentType(pdf("Muistio"))).toBe("application/pdf");
    expect(detectAttachmentType(png())).toBe("image/png");
    expect(detectAttachmentType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe("image/jpeg");
    expect(detectAttachmentType(new Uint8Array(Buffer.from("RIFF\0\0\0\0WEBPVP8 ")))).toBe("image/webp");
    expect(detectAttachmentType(docx("Esityslista"))).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(detectAttachmentType(pptx())).toBe("application/vnd.openxmlformats-officedocument.presentationml.presentation");
    for (const type of ["text", "spreadsheet", "presentation"].map((k) => `application/vnd.oasis.opendocument.${k}`)) {
      expect(detectAttachmentType(openDocument(type)), type).toBe(type);
    }
    // A real workbook as exceljs writes it, entries compressed.
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Osallistujat").addRow(["Nimi", "Organisaatio"]);
    const xlsx = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(detectAttachmentType(xlsx)).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  });

  it("refuses what a browser could run or what only pretends to be a document", () => {
    expect(detectAttachmentType(html())).toBeUndefined();
    expect(detectAttachmentType(new Uint8Array(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>')))).toBeUndefined();
    expect(detectAttachmentType(new Uint8Array())).toBeUndefined();
    // A ZIP that is no Office document, and one whose "mimetype" names something else.
    expect(detectAttachmentType(storedZip([["index.html", "<script>1</script>"]]))).toBeUndefined();
    expect(detectAttachmentType(storedZip([["[Content_Types].xml", "<Types/>"]]))).toBeUndefined();
    expect(detectAttachmentType(openDocument("text/html"))).toBeUndefined();
  });
});

describe("attachment names and headers", () => {
  it("bareType drops parameters and case; isAttachmentType knows only the listed types", () => {
    expect(bareType("Application/PDF; charset=binary")).toBe("application/pdf");
    expect(bareType(null)).toBe("");
    expect(isAttachmentType("application/pdf")).toBe(true);
    expect(isAttachmentType("text/html")).toBe(false);
    expect(isAttachmentType("image/svg+xml")).toBe(false);
    expect(isAttachmentType("toString")).toBe(false);
    expect(Object.values(ATTACHMENT_TYPES)).toEqual(["pdf", "docx", "xlsx", "pptx", "odt", "ods", "odp", "png", "jpg", "webp"]);
  });

  it("cleanFileName keeps the last part of a path, drops control and forbidden characters, and shortens long names", () => {
    expect(cleanFileName("C:\\Users\\aino\\Esityslista – kevät.docx")).toBe("Esityslista – kevät.docx");
    expect(cleanFileName("../../etc/passwd")).toBe("passwd");
    expect(cleanFileName('muistio"\r\nSet-Cookie: x.pdf')).toBe("muistioSet-Cookie x.pdf");
    expect(cleanFileName("..hidden.pdf")).toBe("hidden.pdf");
    expect(cleanFileName("  ")).toBeNull();
    expect(cleanFileName("/")).toBeNull();
    const long = cleanFileName(`${"ä".repeat(300)}.pptx`);
    expect(long).toHaveLength(200);
    expect(long?.endsWith("ä.pptx")).toBe(true);
  });

  it("contentDisposition always says attachment, with an ASCII fallback and the UTF-8 name", () => {
    expect(contentDisposition("Pöytäkirja 12.1.2027.pdf")).toBe(
      "attachment; filename=\"Poytakirja 12.1.2027.pdf\"; filename*=UTF-8''P%C3%B6yt%C3%A4kirja%2012.1.2027.pdf",
    );
    expect(contentDisposition('a"b\\c.pdf')).toBe("attachment; filename=\"a_b_c.pdf\"; filename*=UTF-8''a%22b%5Cc.pdf");
    expect(contentDisposition("日本 – 1.pdf")).toBe(
      "attachment; filename=\"__ - 1.pdf\"; filename*=UTF-8''%E6%97%A5%E6%9C%AC%20%E2%80%93%201.pdf",
    );
  });
});
