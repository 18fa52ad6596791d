/** The demo accounts of DESIGN.md, created only by the demo seed. */
import type { Role } from '../../shared/domain/roles.js';

/** The demo accounts' shared password (public: it is printed at start). */
export const DEMO_PASSWORD = 'veiligheid2026';

/** One demo account. */
export interface DemoAccount {
  email: string;
  name: string;
  entityId: string | null;
  role: Role;
  /** What to print beside it at start. */
  note: string;
}

/** Every demo account. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: 'lead@justitie.example', name: 'Sofie Claes', entityId: 'fod-justitie', role: 'lead', note: 'lead (KIV)' },
  { email: 'lead@politie.example', name: 'Marc Dubois', entityId: 'geintegreerde-politie', role: 'lead', note: 'lead (NVP)' },
  { email: 'coordinator@vlaanderen.example', name: 'Pieter Janssens', entityId: 'vlaanderen', role: 'coordinator', note: 'coordinator' },
  { email: 'kabinet@vlaanderen.example', name: 'Lotte Maes', entityId: 'vlaanderen', role: 'contributor', note: 'contributor' },
  { email: 'coordinator@wallonie.example', name: 'Luc Lambert', entityId: 'wallonie', role: 'coordinator', note: 'coordinator' },
  { email: 'contributor@wallonie.example', name: 'Claire Lambert', entityId: 'wallonie', role: 'contributor', note: 'contributor' },
  { email: 'contributor@politie.example', name: 'Tom Wouters', entityId: 'geintegreerde-politie', role: 'contributor', note: 'contributor' },
  { email: 'adviser@cpg.example', name: 'Hélène Martin', entityId: 'cpg', role: 'adviser', note: 'adviser' },
  { email: 'reader@binnenland.example', name: 'Jan De Smet', entityId: 'fod-binnenlandse-zaken', role: 'reader', note: 'reader' },
  { email: 'admin@akkoord.example', name: 'Beheerder Akkoord', entityId: null, role: 'admin', note: 'admin' },
];
