/**
 * Which controls a package's page shows, from the server's `may` and the package's status. The
 * server checks every request again; these only keep buttons away from those who cannot use them.
 */
import type { Contribution, ContributionItem } from '../../shared/api/contributions.js';

/** The controls of the package as a whole. */
export interface PackageControls {
  /** Add a remark or one of the entity's draft amendments. */
  addItems: boolean;
  /** Write the cover note. */
  editCoverNote: boolean;
  /** "Insteek indienen". */
  submit: boolean;
  /** The package is fixed: items show how they were processed. */
  readOnly: boolean;
  /** "Verslag (DOCX)". */
  report: boolean;
}

/** The controls of one package. */
export function packageControls(contribution: Pick<Contribution, 'status' | 'may'>): PackageControls {
  const draft = contribution.status === 'draft';
  return {
    addItems: draft && contribution.may.addItem,
    editCoverNote: draft && contribution.may.review,
    // The coordinator keeps the button once the deadline has passed (may.submit turns false then):
    // the server's refusal says when the deadline was and that the lead can extend it.
    submit: draft && (contribution.may.submit || contribution.may.review),
    readOnly: !draft,
    report: !draft,
  };
}

/** The controls of one item. */
export interface ItemControls {
  /** Edit its text, section or unit (a remark), or its unit (an amendment). */
  edit: boolean;
  /** "Verwijderen": take it out of the draft package (its author or the coordinator). */
  remove: boolean;
  /** "Niet opnemen" / "Wel opnemen": the coordinator's review. */
  dropOrKeep: boolean;
  /** The lead's verwerkt / deels verwerkt / niet verwerkt form (remarks only; amendments are decided). */
  process: boolean;
  /** Show how it was processed (or that it is still waiting). */
  showProcessing: boolean;
}

/** The controls of one item of a package. */
export function itemControls(item: Pick<ContributionItem, 'kind' | 'dropped' | 'may'>, contribution: Pick<Contribution, 'status'>): ItemControls {
  const draft = contribution.status === 'draft';
  return {
    edit: draft && item.may.edit,
    remove: draft && item.may.edit,
    dropOrKeep: draft && item.may.review,
    process: !draft && item.kind === 'remark' && !item.dropped && item.may.process,
    showProcessing: !draft && !item.dropped,
  };
}
