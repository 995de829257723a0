// What a file holds when its name does not say: a web page saved without `.html` (wget mirrors
// write `story.php?id=3`, `noext`), or gzip data (`x.jsonl.gz`).

const PAGE_START = /^(?:\uFEFF|\s|<!--[\s\S]*?-->|<\?xml[^>]*>)*<(?:!doctype\s+html|html|head|body)[\s>]/i;

/** Whether the bytes open like a web page (a doctype, `<html>`, `<head>` or `<body>`). */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1').replace(/\0/g, '');
  return PAGE_START.test(head);
}

/** Whether the bytes start with gzip's magic number. */
export const isGzip = (bytes: Uint8Array): boolean => bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
