import { describe, expect, it } from 'vitest';
import { resolveContentType, sniff } from './content-type.ts';
import { attachmentDisposition, sanitizeFileName } from './file-name.ts';

const bytes = (...parts: (number[] | string)[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

const PNG = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'rest');
const ZIP = bytes([0x50, 0x4b, 0x03, 0x04], '[Content_Types].xml');
const OLE = bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], '...');

describe('content sniffing', () => {
  it('tells common types from their first bytes', () => {
    expect(sniff(PNG)).toBe('png');
    expect(sniff(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpeg');
    expect(sniff(bytes('GIF89a...'))).toBe('gif');
    expect(sniff(bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 '))).toBe('webp');
    expect(sniff(bytes('%PDF-1.7\n'))).toBe('pdf');
    expect(sniff(ZIP)).toBe('zip');
    expect(sniff(OLE)).toBe('ole');
    expect(sniff(Buffer.from('客户,金额\n华东,100\n'))).toBe('text');
    expect(sniff(Buffer.from('客户,金额\n', 'utf8').subarray(0, 4))).toBe('text');
    expect(sniff(bytes('MZ', [0x90, 0]))).toBe('executable');
    expect(sniff(bytes([0x7f], 'ELF'))).toBe('executable');
    expect(sniff(Buffer.from('#!/bin/sh\nrm -rf /'))).toBe('executable');
    expect(sniff(Buffer.from('  <!DOCTYPE html><script>alert(1)</script>'))).toBe('active');
    expect(sniff(Buffer.from('<?xml version="1.0"?><svg onload="x()"/>'))).toBe('active');
    expect(sniff(bytes([0, 1, 2, 3, 0xfe]))).toBe('binary');
  });

  it('stores the detected type, refuses contradictions and executables, defuses markup', () => {
    expect(resolveContentType(PNG, 'image/png', 'a.png')).toEqual({ contentType: 'image/png' });
    expect(resolveContentType(PNG, 'application/octet-stream', 'a.bin')).toEqual({ contentType: 'image/png' });
    expect(resolveContentType(PNG, 'application/pdf', 'a.pdf')).toEqual({ refused: 'mismatch' });
    expect(resolveContentType(Buffer.from('hello'), 'image/jpeg', 'a.jpg')).toEqual({ refused: 'mismatch' });
    expect(resolveContentType(bytes('MZ'), 'application/octet-stream', 'setup.exe')).toEqual({
      refused: 'executable',
    });
    expect(resolveContentType(ZIP, 'application/octet-stream', '报价.xlsx')).toEqual({
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    expect(resolveContentType(ZIP, '', 'a.zip')).toEqual({ contentType: 'application/zip' });
    expect(resolveContentType(OLE, 'application/msword', 'a.doc')).toEqual({ contentType: 'application/msword' });
    expect(resolveContentType(OLE, '', 'a.xls')).toEqual({ contentType: 'application/vnd.ms-excel' });
    expect(resolveContentType(Buffer.from('a,b'), 'text/csv', 'a.csv')).toEqual({ contentType: 'text/csv' });
    expect(resolveContentType(Buffer.from('a,b'), 'application/octet-stream', 'a.csv')).toEqual({
      contentType: 'text/csv',
    });
    expect(resolveContentType(Buffer.from('<html><script>x</script>'), 'text/html', 'a.html')).toEqual({
      contentType: 'application/octet-stream',
    });
    expect(resolveContentType(Buffer.from('<svg/>'), 'image/svg+xml', 'a.svg')).toEqual({
      contentType: 'application/octet-stream',
    });
  });
});

describe('file names', () => {
  it('keeps the name but drops directories, control and reserved characters', () => {
    expect(sanitizeFileName('../../etc/passwd')).toBe('passwd');
    expect(sanitizeFileName('C:\\Users\\王芳\\季度报价.xlsx')).toBe('季度报价.xlsx');
    expect(sanitizeFileName('a\u0000b\u202e<c>.txt')).toBe('abc.txt');
    expect(sanitizeFileName('...')).toBe('file');
    expect(sanitizeFileName('  .hidden  ')).toBe('hidden');
    expect(sanitizeFileName('报价 😀.pdf')).toBe('报价 😀.pdf');
    const long = sanitizeFileName(`${'长'.repeat(300)}.pdf`);
    expect([...long].length).toBe(200);
    expect(long.endsWith('.pdf')).toBe(true);
  });

  it('sends UTF-8 names in Content-Disposition with an ASCII fallback', () => {
    expect(attachmentDisposition('季度 报价.xlsx')).toBe(
      `attachment; filename="__ __.xlsx"; filename*=UTF-8''%E5%AD%A3%E5%BA%A6%20%E6%8A%A5%E4%BB%B7.xlsx`,
    );
    expect(attachmentDisposition(`it's "x".txt`)).toBe(
      `attachment; filename="it's _x_.txt"; filename*=UTF-8''it%27s%20%22x%22.txt`,
    );
  });
});
