/** Roles a user holds in a dossier (DESIGN.md, "The people and what they do"). */
export const ROLES = ['lead', 'coordinator', 'contributor', 'adviser', 'reader', 'admin'] as const;

/** One of the roles above. */
export type Role = (typeof ROLES)[number];

/** Who is acting: what the server knows from the session, never what a client claims. */
export interface Actor {
  userId: string;
  entityId: string | null;
  role: Role;
}
