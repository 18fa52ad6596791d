/** Draft amendments with a real change in their fork, made as a user would: through the API and a sync client. */
import type { AmendmentDetail } from '../../shared/api/amendments.js';
import { apiClient } from './api.js';
import { connectClient, sectionParagraphText, type SyncClient } from './syncClient.js';

/** What the draft is: where, its title and justification, and the text typed at the start of the section's first paragraph. */
export interface DraftWithEdit {
  documentId: string;
  sectionId: string;
  title: string;
  justification?: string;
  insert: string;
}

/**
 * Creates the draft as the cookie's user and types its text in the fork; resolves once the server
 * has stored the edit, with the fork's client still connected (the caller destroys it).
 */
export async function openDraftAmendment(
  server: { url: string; origin: string },
  cookie: string,
  draft: DraftWithEdit,
): Promise<{ amendment: AmendmentDetail; fork: SyncClient }> {
  const { insert, ...fields } = draft;
  const created = await apiClient(server, cookie).post<AmendmentDetail>('/amendments', fields);
  if (created.status !== 201) throw new Error(`creating the amendment: ${created.status} ${JSON.stringify(created.body)}`);
  const fork = connectClient(server, created.body.room, cookie);
  try {
    await fork.saved();
    sectionParagraphText(fork.doc, draft.sectionId).insert(0, insert);
    await fork.saved();
  } catch (failure) {
    fork.destroy();
    throw failure;
  }
  return { amendment: created.body, fork };
}

/** The same, its fork's client closed once the edit is stored. */
export async function draftAmendmentWithEdit(server: { url: string; origin: string }, cookie: string, draft: DraftWithEdit): Promise<AmendmentDetail> {
  const { amendment, fork } = await openDraftAmendment(server, cookie, draft);
  fork.destroy();
  return amendment;
}
