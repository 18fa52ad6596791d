/**
 * Numbered schema migrations, applied in order at start inside one transaction each. Never edit a
 * migration that has shipped: add the next number.
 */

/** One migration: its number and the SQL that takes the schema from number-1 to number. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Every migration, oldest first. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'initial',
    sql: `
      CREATE TABLE entities (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        level TEXT NOT NULL,
        parent_id TEXT REFERENCES entities(id),
        sort INTEGER NOT NULL DEFAULT 0
      );

      CREATE TABLE users (
        id TEXT PRIMARY KEY,
        email TEXT NOT NULL UNIQUE COLLATE NOCASE,
        name TEXT NOT NULL,
        entity_id TEXT REFERENCES entities(id),
        password_hash TEXT NOT NULL,
        disabled_at INTEGER,
        created_at INTEGER NOT NULL
      );

      CREATE TABLE dossiers (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        created_at INTEGER NOT NULL
      );

      -- Roles are per dossier (DESIGN.md).
      CREATE TABLE memberships (
        dossier_id TEXT NOT NULL REFERENCES dossiers(id),
        user_id TEXT NOT NULL REFERENCES users(id),
        role TEXT NOT NULL CHECK (role IN ('lead','coordinator','contributor','adviser','reader','admin')),
        PRIMARY KEY (dossier_id, user_id)
      );

      -- Lucia's design: the token is "<id>.<secret>"; only SHA-256(secret) is stored.
      CREATE TABLE sessions (
        id TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users(id),
        secret_hash BLOB NOT NULL,
        created_at INTEGER NOT NULL,
        last_seen_at INTEGER NOT NULL
      );
      CREATE INDEX sessions_user ON sessions(user_id);

      CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        dossier_id TEXT NOT NULL REFERENCES dossiers(id),
        title TEXT NOT NULL,
        short TEXT NOT NULL,
        motto TEXT,
        lead_entity_id TEXT NOT NULL REFERENCES entities(id),
        sort INTEGER NOT NULL DEFAULT 0
      );

      -- The outline as seeded: stable section ids that amendments, comments and links refer to.
      CREATE TABLE sections (
        id TEXT PRIMARY KEY,
        document_id TEXT NOT NULL REFERENCES documents(id),
        kind TEXT NOT NULL,
        number INTEGER NOT NULL,
        title TEXT NOT NULL
      );
      CREATE INDEX sections_document ON sections(document_id, number);

      -- NVP theme -> KIV security interest.
      CREATE TABLE section_links (
        from_section_id TEXT NOT NULL REFERENCES sections(id),
        to_section_id TEXT NOT NULL REFERENCES sections(id),
        PRIMARY KEY (from_section_id, to_section_id)
      );

      CREATE TABLE bodies (
        id TEXT PRIMARY KEY,
        dossier_id TEXT NOT NULL REFERENCES dossiers(id),
        name TEXT NOT NULL,
        does TEXT NOT NULL
      );

      CREATE TABLE timeline_events (
        id INTEGER PRIMARY KEY,
        dossier_id TEXT NOT NULL REFERENCES dossiers(id),
        date TEXT NOT NULL,
        approximate TEXT,
        event TEXT NOT NULL,
        document_ids TEXT NOT NULL
      );

      -- The Yjs update log of each room; a compaction replaces it by one snapshot row. Keyed by
      -- (room, seq) WITHOUT ROWID, like the attribution log: one B-tree each, so a keystroke's commit
      -- writes two pages, not five (a rowid table, its index and AUTOINCREMENT's sqlite_sequence).
      CREATE TABLE room_updates (
        room TEXT NOT NULL,
        seq INTEGER NOT NULL,
        data BLOB NOT NULL,
        is_snapshot INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (room, seq)
      ) WITHOUT ROWID;

      -- Who wrote what: one row per accepted update, kept after compaction. "inserted" lists the
      -- [client, clock, length] ranges the update added; "deleted" its delete set as [client, clock, length] ranges (JSON).
      CREATE TABLE attribution_log (
        room TEXT NOT NULL,
        seq INTEGER NOT NULL,
        user_id TEXT NOT NULL REFERENCES users(id),
        entity_id TEXT,
        created_at INTEGER NOT NULL,
        inserted TEXT NOT NULL,
        deleted TEXT NOT NULL,
        bytes INTEGER NOT NULL,
        PRIMARY KEY (room, seq)
      ) WITHOUT ROWID;

      -- A Yjs client id belongs to the first user who writes with it, per room.
      CREATE TABLE client_ids (
        room TEXT NOT NULL,
        client_id INTEGER NOT NULL,
        user_id TEXT NOT NULL REFERENCES users(id),
        bound_at INTEGER NOT NULL,
        PRIMARY KEY (room, client_id)
      );

      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at INTEGER NOT NULL,
        user_id TEXT,
        action TEXT NOT NULL,
        subject TEXT,
        detail TEXT
      );
    `,
  },
  {
    version: 2,
    name: 'amendments, versions, comments',
    sql: `
      -- An amendment is a fork of a document's main text (DESIGN.md): its own sync room
      -- "amendment:<id>" whose update log holds only what it adds to the main text as it was at
      -- base_snapshot (Y.encodeSnapshot). Drafts are private to the entity; submission numbers them
      -- per document and freezes them.
      CREATE TABLE amendments (
        id TEXT PRIMARY KEY,
        document_id TEXT NOT NULL REFERENCES documents(id),
        section_id TEXT REFERENCES sections(id),
        -- The passage it was started from, if a selection: quoted text, for lists and exports.
        passage TEXT,
        title TEXT NOT NULL,
        justification TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('draft','submitted','accepted','accepted_modified','rejected','withdrawn')),
        number INTEGER,
        author_user_id TEXT NOT NULL REFERENCES users(id),
        entity_id TEXT NOT NULL REFERENCES entities(id),
        base_snapshot BLOB NOT NULL,
        -- The main room's last update number when it started: main-text changes after it are "since".
        base_seq INTEGER NOT NULL DEFAULT 0,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        submitted_at INTEGER,
        submitted_by TEXT REFERENCES users(id),
        -- The fork as submitted (Y.encodeSnapshot): what the entity proposed, even after the lead adjusts it.
        submitted_snapshot BLOB,
        -- The fork's last update number at submission: any later one is the lead's adjustment.
        submitted_seq INTEGER,
        decided_at INTEGER,
        decided_by TEXT REFERENCES users(id),
        decision_reason TEXT,
        withdrawn_at INTEGER,
        withdrawn_by TEXT REFERENCES users(id),
        -- The main room's update sequence number under which an accepted amendment was merged.
        merged_seq INTEGER,
        -- Its changes (DiffBlock[] JSON) as they stood when it was decided or withdrawn: once merged
        -- or dropped they can no longer be derived against the moving main text.
        final_changes TEXT,
        UNIQUE (document_id, number)
      );
      CREATE INDEX amendments_document ON amendments(document_id, status);
      CREATE INDEX amendments_entity ON amendments(entity_id, status);

      -- A named, immutable snapshot of a main text: its whole state and its Y.snapshot.
      CREATE TABLE versions (
        id TEXT PRIMARY KEY,
        document_id TEXT NOT NULL REFERENCES documents(id),
        name TEXT NOT NULL,
        created_by TEXT NOT NULL REFERENCES users(id),
        created_at INTEGER NOT NULL,
        state BLOB NOT NULL,
        snapshot BLOB NOT NULL
      );
      CREATE INDEX versions_document ON versions(document_id, created_at);

      -- A comment thread on a passage of a room's text, anchored by Yjs relative positions (JSON),
      -- so it follows its passage as the text changes. Readable by whoever may read the room.
      CREATE TABLE comment_threads (
        id TEXT PRIMARY KEY,
        room TEXT NOT NULL,
        anchor_start TEXT NOT NULL,
        anchor_end TEXT NOT NULL,
        quote TEXT NOT NULL,
        created_by TEXT NOT NULL REFERENCES users(id),
        created_at INTEGER NOT NULL,
        resolved_at INTEGER,
        resolved_by TEXT REFERENCES users(id),
        -- A thread started in a draft amendment stays its entity's, even after the draft is submitted:
        -- "before submission nothing of it is visible outside the entity".
        private_to_entity TEXT REFERENCES entities(id)
      );
      CREATE INDEX comment_threads_room ON comment_threads(room, created_at);

      CREATE TABLE comments (
        id TEXT PRIMARY KEY,
        thread_id TEXT NOT NULL REFERENCES comment_threads(id),
        author_user_id TEXT NOT NULL REFERENCES users(id),
        entity_id TEXT,
        body TEXT NOT NULL,
        created_at INTEGER NOT NULL
      );
      CREATE INDEX comments_thread ON comments(thread_id, created_at);

      -- Text merged into a main text by accepting an amendment names that amendment; who wrote each
      -- part of it is in the amendment room's own attribution log.
      ALTER TABLE attribution_log ADD COLUMN amendment_id TEXT;
    `,
  },
];
