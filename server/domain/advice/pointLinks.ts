/**
 * The links from an answered point to what carries it out: amendments and versions of the round's
 * document. Checked when the lead answers; labelled when shown, and only those the viewer may see
 * (an amendment still a draft of the lead's entity stays the entity's).
 */
import type { AdvicePointLink } from '../../../shared/api/advice.js';
import { canViewAmendment } from '../../../shared/domain/amendmentRules.js';
import type { Actor } from '../../../shared/domain/roles.js';
import { ruleBroken } from '../../errors.js';
import type { AdvicePointLinkRecord } from '../../repositories/advicePoints.js';
import type { AdviceDeps } from './deps.js';

/** "Amendement 3", or "Ontwerp-amendement" for one not numbered yet. */
function amendmentLabel(number: number | null): string {
  return number === null ? 'Ontwerp-amendement' : `Amendement ${number}`;
}

/** The requested links, each checked to be an amendment the actor sees or a version, of the document; duplicates dropped. */
export function checkedLinks(
  deps: Pick<AdviceDeps, 'amendments' | 'versions'>,
  actor: Actor,
  documentId: string,
  requested: readonly { kind: 'amendment' | 'version'; id: string }[],
): AdvicePointLinkRecord[] {
  const links = new Map<string, AdvicePointLinkRecord>();
  for (const { kind, id } of requested) {
    if (kind === 'amendment') {
      const amendment = deps.amendments.get(id);
      if (!amendment || amendment.documentId !== documentId || !canViewAmendment(actor, amendment)) {
        throw ruleBroken('link_unknown', `links: there is no amendment ${id} of this document.`);
      }
    } else if (deps.versions.summary(id)?.documentId !== documentId) {
      throw ruleBroken('link_unknown', `links: there is no version ${id} of this document.`);
    }
    links.set(`${kind}:${id}`, { kind, targetId: id });
  }
  return [...links.values()];
}

/** The links as the viewer sees them, labelled. */
export function presentLinks(deps: Pick<AdviceDeps, 'amendments' | 'versions'>, actor: Actor, links: readonly AdvicePointLinkRecord[]): AdvicePointLink[] {
  return links.flatMap((link): AdvicePointLink[] => {
    if (link.kind === 'amendment') {
      const amendment = deps.amendments.get(link.targetId);
      return amendment && canViewAmendment(actor, amendment) ? [{ kind: 'amendment', id: amendment.id, label: amendmentLabel(amendment.number) }] : [];
    }
    const version = deps.versions.summary(link.targetId);
    return version ? [{ kind: 'version', id: version.id, label: version.name }] : [];
  });
}
