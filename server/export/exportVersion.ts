/** A named version of a main text as a .docx: the text as it was, with its name, who took it and when. */
import type { Actor } from '../../shared/domain/roles.js';
import { formatBelgianDate } from '../../shared/format/dates.js';
import type { VersionDeps } from '../domain/versions/deps.js';
import { findVersion } from '../domain/versions/findVersion.js';
import { buildDocx, docxFilename, packDocx, type DocxExport } from './docxFile.js';
import { documentDocx } from './documentDocx.js';
import { withVersionNode } from '../domain/versions/versionText.js';

/** One version as a .docx, found and refused exactly as `GET /api/versions/:id` finds and refuses it. */
export async function exportVersion(deps: Pick<VersionDeps, 'dossier' | 'versions'>, input: { actor: Actor; versionId: string }): Promise<DocxExport> {
  const { version, document } = findVersion(deps, input.actor, () => deps.versions.get(input.versionId));
  // The version's own text (cached: versions never change), never the live room's.
  const lines = [`Versie “${version.name}”`, `Genomen op ${formatBelgianDate(new Date(version.createdAt))} door ${version.createdByName}`];
  const content = withVersionNode(version, (node) => documentDocx({ title: document.title, lines, doc: node }));
  // Named after the day it was taken, not the day of the download: that is the version's date.
  return { filename: docxFilename([document.short, 'versie', version.name], new Date(version.createdAt)), bytes: await packDocx(buildDocx(content)) };
}
