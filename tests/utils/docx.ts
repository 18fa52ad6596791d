/** Reads a .docx in tests the way a user's tools would: `unzip -t` must find the archive sound. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Zip entries of a .docx (as text), after `unzip -t` found the archive sound. */
export function docxEntries(bytes: Uint8Array, entries: readonly string[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'akkoord-docx-'));
  const file = join(dir, 'export.docx');
  try {
    writeFileSync(file, bytes);
    execFileSync('unzip', ['-tq', file]);
    return entries.map((entry) => execFileSync('unzip', ['-p', file, entry], { encoding: 'utf8' }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One zip entry of a .docx (by default its body), after `unzip -t` found the archive sound. */
export function docxEntry(bytes: Uint8Array, entry = 'word/document.xml'): string {
  return docxEntries(bytes, [entry])[0]!;
}
