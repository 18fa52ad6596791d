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
  {
    version: 3,
    name: 'contribution rounds, advice rounds, notifications',
    sql: `
      -- A contribution round (insteekronde): the lead invites entities to contribute to one or both
      -- documents by a deadline. Deadlines are instants (ms since the epoch), entered and shown as
      -- Europe/Brussels local time.
      CREATE TABLE contribution_rounds (
        id TEXT PRIMARY KEY,
        dossier_id TEXT NOT NULL REFERENCES dossiers(id),
        title TEXT NOT NULL,
        instructions TEXT NOT NULL,
        deadline_at INTEGER NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('open','closed')),
        -- The entity whose leads run the round (the opener's at opening; it stays if the opener moves).
        lead_entity_id TEXT NOT NULL REFERENCES entities(id),
        created_by TEXT NOT NULL REFERENCES users(id),
        created_at INTEGER NOT NULL,
        closed_at INTEGER,
        closed_by TEXT REFERENCES users(id)
      );

      CREATE TABLE contribution_round_documents (
        round_id TEXT NOT NULL REFERENCES contribution_rounds(id),
        document_id TEXT NOT NULL REFERENCES documents(id),
        PRIMARY KEY (round_id, document_id)
      );

      -- The invited entities, each with the lead's extension of its deadline if any (recorded: who, when, why).
      CREATE TABLE contribution_round_entities (
        round_id TEXT NOT NULL REFERENCES contribution_rounds(id),
        entity_id TEXT NOT NULL REFERENCES entities(id),
        extended_until INTEGER,
        extended_by TEXT REFERENCES users(id),
        extended_at INTEGER,
        extension_reason TEXT,
        PRIMARY KEY (round_id, entity_id)
      );

      -- An entity's contribution (insteek) to a round: one package, created when the round opens,
      -- private to the entity until its coordinator submits it.
      CREATE TABLE contributions (
        id TEXT PRIMARY KEY,
        round_id TEXT NOT NULL REFERENCES contribution_rounds(id),
        entity_id TEXT NOT NULL REFERENCES entities(id),
        status TEXT NOT NULL CHECK (status IN ('draft','submitted')),
        cover_note TEXT NOT NULL DEFAULT '',
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        submitted_at INTEGER,
        submitted_by TEXT REFERENCES users(id),
        UNIQUE (round_id, entity_id)
      );

      -- One item of a package: an amendment (the previous issue's fork, submitted with the package)
      -- or a general remark, tied to a section or to the whole document, naming the sub-unit (a
      -- cabinet, an administration) it comes from. The coordinator drops items (they stay inside the
      -- entity) or keeps them; the lead processes each submitted remark. An amendment item's
      -- processing is its amendment's decision.
      CREATE TABLE contribution_items (
        id TEXT PRIMARY KEY,
        contribution_id TEXT NOT NULL REFERENCES contributions(id),
        kind TEXT NOT NULL CHECK (kind IN ('amendment','remark')),
        -- Not unique: an amendment left in an unsubmitted package of a closed round may join a later
        -- round's package. At most one live package (a draft in an open round, or submitted) holds it.
        amendment_id TEXT REFERENCES amendments(id),
        document_id TEXT NOT NULL REFERENCES documents(id),
        section_id TEXT REFERENCES sections(id),
        unit_id TEXT REFERENCES entities(id),
        body TEXT NOT NULL DEFAULT '',
        author_user_id TEXT NOT NULL REFERENCES users(id),
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        dropped_at INTEGER,
        dropped_by TEXT REFERENCES users(id),
        processing TEXT CHECK (processing IN ('processed','partly_processed','not_processed')),
        processing_reason TEXT,
        processed_by TEXT REFERENCES users(id),
        processed_at INTEGER,
        CHECK ((kind = 'amendment') = (amendment_id IS NOT NULL))
      );
      CREATE INDEX contribution_items_contribution ON contribution_items(contribution_id, created_at);
      CREATE INDEX contribution_items_amendment ON contribution_items(amendment_id) WHERE amendment_id IS NOT NULL;

      -- An advice round (adviesronde): an advisory body (an entity, the CPG) is asked for written
      -- advice on a frozen version of a document, consulted on a date, by a deadline.
      CREATE TABLE advice_rounds (
        id TEXT PRIMARY KEY,
        dossier_id TEXT NOT NULL REFERENCES dossiers(id),
        document_id TEXT NOT NULL REFERENCES documents(id),
        version_id TEXT NOT NULL REFERENCES versions(id),
        body_entity_id TEXT NOT NULL REFERENCES entities(id),
        question TEXT NOT NULL,
        consultation_date TEXT NOT NULL,
        deadline_at INTEGER NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('open','closed')),
        created_by TEXT NOT NULL REFERENCES users(id),
        created_at INTEGER NOT NULL,
        closed_at INTEGER,
        closed_by TEXT REFERENCES users(id)
      );

      -- The body's advice: co-drafted by its advisers, private to the body until submitted as a whole.
      CREATE TABLE advice (
        id TEXT PRIMARY KEY,
        round_id TEXT NOT NULL REFERENCES advice_rounds(id),
        entity_id TEXT NOT NULL REFERENCES entities(id),
        status TEXT NOT NULL CHECK (status IN ('draft','submitted')),
        general_text TEXT NOT NULL DEFAULT '',
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        submitted_at INTEGER,
        submitted_by TEXT REFERENCES users(id),
        UNIQUE (round_id, entity_id)
      );

      -- One advice point: anchored to a passage of the frozen version by two Yjs relative positions
      -- (JSON; the version shares its structs with the main text, so they resolve there too), or
      -- general (no anchor). The lead answers it and links what carries it out.
      CREATE TABLE advice_points (
        id TEXT PRIMARY KEY,
        advice_id TEXT NOT NULL REFERENCES advice(id),
        section_id TEXT REFERENCES sections(id),
        anchor_start TEXT,
        anchor_end TEXT,
        quote TEXT,
        body TEXT NOT NULL,
        author_user_id TEXT NOT NULL REFERENCES users(id),
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        answer TEXT CHECK (answer IN ('followed','partly_followed','not_followed')),
        answer_explanation TEXT,
        answered_by TEXT REFERENCES users(id),
        answered_at INTEGER,
        CHECK ((anchor_start IS NULL) = (anchor_end IS NULL))
      );
      CREATE INDEX advice_points_advice ON advice_points(advice_id, created_at);

      -- What carries an answered point out: amendments or versions.
      CREATE TABLE advice_point_links (
        point_id TEXT NOT NULL REFERENCES advice_points(id),
        kind TEXT NOT NULL CHECK (kind IN ('amendment','version')),
        target_id TEXT NOT NULL,
        PRIMARY KEY (point_id, kind, target_id)
      );

      -- What concerns a user, shown in the app. dedupe_key makes a notification that must come once
      -- (a deadline near) idempotent per user.
      CREATE TABLE notifications (
        id INTEGER PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users(id),
        kind TEXT NOT NULL,
        subject TEXT NOT NULL,
        params TEXT NOT NULL,
        link TEXT,
        created_at INTEGER NOT NULL,
        read_at INTEGER,
        dedupe_key TEXT
      );
      CREATE INDEX notifications_user ON notifications(user_id, created_at);
      CREATE UNIQUE INDEX notifications_dedupe ON notifications(user_id, dedupe_key) WHERE dedupe_key IS NOT NULL;

      -- Mail a real installation would send (no mail server here): written in the same transaction
      -- as its notification, shown to the admin; a sender would set sent_at.
      CREATE TABLE outbox (
        id INTEGER PRIMARY KEY,
        notification_id INTEGER REFERENCES notifications(id),
        to_address TEXT NOT NULL,
        subject TEXT NOT NULL,
        body TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        sent_at INTEGER
      );

      CREATE INDEX audit_log_subject ON audit_log(subject, id);
    `,
  },
];
