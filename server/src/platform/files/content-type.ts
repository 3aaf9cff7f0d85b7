/**
 * What an uploaded file really is, from its first bytes, and what type it is stored and
 * served with. The declared type (from the browser or the client) is only a hint: when it
 * names a type we know and the bytes say otherwise, the upload is refused.
 */
export type Sniffed =
  | 'png'
  | 'jpeg'
  | 'gif'
  | 'webp'
  | 'pdf'
  | 'zip'
  | 'ole'
  | 'text'
  | 'active'
  | 'executable'
  | 'binary';

/** How many leading bytes sniffing looks at. */
export const SNIFF_BYTES = 4096;

const OFFICE_X: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
};
const OFFICE_OLE: Record<string, string> = {
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
  ppt: 'application/vnd.ms-powerpoint',
};

/** Declared types we recognise, and the content they must have. */
const DECLARED: Record<string, Sniffed> = {
  'image/png': 'png',
  'image/jpeg': 'jpeg',
  'image/jpg': 'jpeg',
  'image/pjpeg': 'jpeg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'application/pdf': 'pdf',
  'application/zip': 'zip',
  'application/x-zip-compressed': 'zip',
  ...Object.fromEntries(Object.values(OFFICE_X).map((type) => [type, 'zip' as const])),
  ...Object.fromEntries(Object.values(OFFICE_OLE).map((type) => [type, 'ole' as const])),
  'text/plain': 'text',
  'text/csv': 'text',
  'application/csv': 'text',
  'text/markdown': 'text',
};

const FIXED: Partial<Record<Sniffed, string>> = {
  png: 'image/png',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  pdf: 'application/pdf',
};

const startsWith = (head: Uint8Array, bytes: number[], at = 0) => bytes.every((b, i) => head[at + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** What the first bytes of a file say it is. */
export function sniff(head: Uint8Array): Sniffed {
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(head, ascii('GIF87a')) || startsWith(head, ascii('GIF89a'))) return 'gif';
  if (startsWith(head, ascii('RIFF')) && startsWith(head, ascii('WEBP'), 8)) return 'webp';
  if (startsWith(head, ascii('%PDF-'))) return 'pdf';
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06])) return 'zip';
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole';
  if (
    startsWith(head, ascii('MZ')) ||
    startsWith(head, [0x7f, 0x45, 0x4c, 0x46]) ||
    startsWith(head, [0xfe, 0xed, 0xfa, 0xce]) ||
    startsWith(head, [0xfe, 0xed, 0xfa, 0xcf]) ||
    startsWith(head, [0xce, 0xfa, 0xed, 0xfe]) ||
    startsWith(head, [0xcf, 0xfa, 0xed, 0xfe]) ||
    startsWith(head, [0xca, 0xfe, 0xba, 0xbe]) ||
    startsWith(head, ascii('#!'))
  ) {
    return 'executable';
  }
  if (!isText(head)) return 'binary';
  return isActiveMarkup(head) ? 'active' : 'text';
}

function isText(head: Uint8Array): boolean {
  if (head.includes(0)) return false;
  try {
    // A multi-byte character cut at the end of the sniffed head is not a reason to call it binary.
    new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, trimPartialUtf8(head)));
    return true;
  } catch {
    // GB 18030 text (Chinese CSVs from Excel) is text too.
    try {
      new TextDecoder('gb18030', { fatal: true }).decode(head);
      return true;
    } catch {
      return false;
    }
  }
}

function trimPartialUtf8(head: Uint8Array): number {
  const end = head.length;
  for (let back = 1; back <= 3 && end - back >= 0; back++) {
    const byte = head[end - back]!;
    if ((byte & 0xc0) === 0x80) continue;
    const need = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return need > back ? end - back : end;
  }
  return end;
}

/** HTML, SVG and XML that a browser could run scripts from. */
function isActiveMarkup(head: Uint8Array): boolean {
  const text = new TextDecoder()
    .decode(head)
    .replace(/^\uFEFF/, '')
    .trimStart()
    .slice(0, 1024)
    .toLowerCase();
  return /^<(!doctype\s+html|html|head|body|script|svg|\?xml|iframe)/.test(text) || /<(script|svg)[\s>/]/.test(text);
}

export type ResolvedType = { contentType: string } | { refused: 'mismatch' | 'executable' };

const extensionOf = (fileName: string) => /\.([a-z0-9]{1,8})$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';

/**
 * The type a file is stored and served with. Active content (HTML, SVG) is kept but only ever
 * served as `application/octet-stream`; executables are refused; a declared type we know that
 * the bytes contradict is refused.
 */
export function resolveContentType(head: Uint8Array, declared: string, fileName: string): ResolvedType {
  const sniffed = sniff(head);
  if (sniffed === 'executable') return { refused: 'executable' };
  const declaredType = declared.split(';')[0]!.trim().toLowerCase();
  const expected = DECLARED[declaredType];
  if (expected && expected !== sniffed) return { refused: 'mismatch' };
  const extension = extensionOf(fileName);
  const fixed = FIXED[sniffed];
  if (fixed) return { contentType: fixed };
  switch (sniffed) {
    case 'zip': {
      if (Object.values(OFFICE_X).includes(declaredType)) return { contentType: declaredType };
      return { contentType: OFFICE_X[extension] ?? 'application/zip' };
    }
    case 'ole': {
      if (Object.values(OFFICE_OLE).includes(declaredType)) return { contentType: declaredType };
      return { contentType: OFFICE_OLE[extension] ?? 'application/octet-stream' };
    }
    case 'text': {
      const isCsv = declaredType === 'text/csv' || declaredType === 'application/csv' || extension === 'csv';
      return { contentType: isCsv ? 'text/csv' : 'text/plain' };
    }
    default:
      return { contentType: 'application/octet-stream' };
  }
}
