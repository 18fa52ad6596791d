/**
 * Advice points, their answers and the links to what carries them out. Points are kept in the order
 * written (creation time, then rowid), which is the numbering the API and the report show.
 */
import { RelativePositionJson, type CommentAnchor } from '../../shared/api/comments.js';
import type { AdviceAnswer } from '../../shared/domain/adviceRules.js';
import type { Db } from '../storage/database.js';

/** A link from an answered point, as stored (labels are looked up when shown). */
export interface AdvicePointLinkRecord {
  kind: 'amendment' | 'version';
  targetId: string;
}

/** One advice point as stored, with its author's and answerer's names and its links. */
export interface AdvicePointRecord {
  id: string;
  adviceId: string;
  sectionId: string | null;
  anchor: CommentAnchor | null;
  quote: string | null;
  body: string;
  authorUserId: string;
  authorName: string;
  createdAt: number;
  updatedAt: number;
  answer: AdviceAnswer | null;
  answerExplanation: string | null;
  answeredByName: string | null;
  answeredAt: number | null;
  links: AdvicePointLinkRecord[];
}

/** What a new point needs. */
export type NewAdvicePoint = Pick<AdvicePointRecord, 'id' | 'adviceId' | 'sectionId' | 'anchor' | 'quote' | 'body' | 'authorUserId'> & { at: number };

/** The lead's answer, replacing any earlier one. */
export interface AdvicePointAnswerInput {
  answer: AdviceAnswer;
  explanation: string;
  by: string;
  at: number;
  links: readonly AdvicePointLinkRecord[];
}

/** A point's columns under the record's names; the anchor's two positions are stored as JSON. */
type PointRow = Omit<AdvicePointRecord, 'anchor' | 'links'> & { anchorStart: string | null; anchorEnd: string | null };

const COLUMNS = `p.id, p.advice_id AS adviceId, p.section_id AS sectionId, p.anchor_start AS anchorStart, p.anchor_end AS anchorEnd,
  p.quote, p.body, p.author_user_id AS authorUserId, author.name AS authorName, p.created_at AS createdAt,
  p.updated_at AS updatedAt, p.answer, p.answer_explanation AS answerExplanation, answerer.name AS answeredByName,
  p.answered_at AS answeredAt`;
const NAMES = `JOIN users author ON author.id = p.author_user_id
  LEFT JOIN users answerer ON answerer.id = p.answered_by`;
const POINTS = `SELECT ${COLUMNS} FROM advice_points p ${NAMES}`;

const ORDER = 'ORDER BY p.created_at, p.rowid';

function anchorOf(row: PointRow): CommentAnchor | null {
  if (row.anchorStart === null || row.anchorEnd === null) return null;
  // Stored after validation with the same schema; parsed again so a bad row fails loudly, not later in Yjs.
  return { start: RelativePositionJson.parse(JSON.parse(row.anchorStart)), end: RelativePositionJson.parse(JSON.parse(row.anchorEnd)) };
}

function toPoint(row: PointRow, links: AdvicePointLinkRecord[]): AdvicePointRecord {
  const { anchorStart: _start, anchorEnd: _end, ...columns } = row;
  return { ...columns, anchor: anchorOf(row), links };
}

/** Reads and writes advice points. */
export class AdvicePointRepository {
  constructor(private readonly db: Db) {}

  /** One point, or null. */
  get(id: string): AdvicePointRecord | null {
    const row = this.db.prepare<[string], PointRow>(`${POINTS} WHERE p.id = ?`).get(id);
    return row ? this.withLinks([row])[0]! : null;
  }

  /** An advice's points in the order written. */
  ofAdvice(adviceId: string): AdvicePointRecord[] {
    return this.withLinks(this.db.prepare<[string], PointRow>(`${POINTS} WHERE p.advice_id = ? ${ORDER}`).all(adviceId));
  }

  /** How many points an advice has. */
  count(adviceId: string): number {
    return this.db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM advice_points WHERE advice_id = ?').get(adviceId)?.n ?? 0;
  }

  /** Stores a new point. */
  insert(point: NewAdvicePoint): void {
    this.db
      .prepare(
        `INSERT INTO advice_points (id, advice_id, section_id, anchor_start, anchor_end, quote, body, author_user_id, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        point.id,
        point.adviceId,
        point.sectionId,
        point.anchor ? JSON.stringify(point.anchor.start) : null,
        point.anchor ? JSON.stringify(point.anchor.end) : null,
        point.quote,
        point.body,
        point.authorUserId,
        point.at,
        point.at,
      );
  }

  /** Changes a point's text (the caller checks that its advice is a draft, in the same transaction). */
  updateBody(id: string, body: string, at: number): boolean {
    return this.db.prepare('UPDATE advice_points SET body = ?, updated_at = ? WHERE id = ?').run(body, at, id).changes === 1;
  }

  /** Deletes a point (a draft's points have no answer and no links yet). */
  delete(id: string): boolean {
    this.db.prepare('DELETE FROM advice_point_links WHERE point_id = ?').run(id);
    return this.db.prepare('DELETE FROM advice_points WHERE id = ?').run(id).changes === 1;
  }

  /** Records the lead's answer and its links, replacing what was there. */
  answer(id: string, input: AdvicePointAnswerInput): boolean {
    const changed = this.db
      .prepare('UPDATE advice_points SET answer = ?, answer_explanation = ?, answered_by = ?, answered_at = ? WHERE id = ?')
      .run(input.answer, input.explanation, input.by, input.at, id).changes;
    if (changed !== 1) return false;
    this.db.prepare('DELETE FROM advice_point_links WHERE point_id = ?').run(id);
    const link = this.db.prepare('INSERT OR IGNORE INTO advice_point_links (point_id, kind, target_id) VALUES (?, ?, ?)');
    for (const { kind, targetId } of input.links) link.run(id, kind, targetId);
    return true;
  }

  /** Every point of submitted advice on rounds of a document, round by round (oldest first), each in its order. */
  submittedOfDocument(documentId: string): (AdvicePointRecord & { roundId: string })[] {
    const rows = this.db
      .prepare<[string], PointRow & { roundId: string }>(
        `SELECT r.id AS roundId, ${COLUMNS}
         FROM advice_points p ${NAMES}
         JOIN advice a ON a.id = p.advice_id
         JOIN advice_rounds r ON r.id = a.round_id
         WHERE r.document_id = ? AND a.status = 'submitted'
         ORDER BY r.created_at, r.rowid, p.created_at, p.rowid`,
      )
      .all(documentId);
    const points = this.withLinks(rows);
    return points.map((point, index) => ({ ...point, roundId: rows[index]!.roundId }));
  }

  /** Attaches each point's links, read in one query. */
  private withLinks(rows: PointRow[]): AdvicePointRecord[] {
    if (rows.length === 0) return [];
    const ids = rows.map((row) => row.id);
    const links = this.db
      .prepare<string[], { point_id: string; kind: 'amendment' | 'version'; target_id: string }>(
        `SELECT point_id, kind, target_id FROM advice_point_links WHERE point_id IN (${ids.map(() => '?').join(',')}) ORDER BY rowid`,
      )
      .all(...ids);
    const byPoint = new Map<string, AdvicePointLinkRecord[]>(ids.map((id) => [id, []]));
    for (const link of links) byPoint.get(link.point_id)?.push({ kind: link.kind, targetId: link.target_id });
    return rows.map((row) => toPoint(row, byPoint.get(row.id) ?? []));
  }
}
