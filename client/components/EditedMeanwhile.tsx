/**
 * "Een collega wijzigde deze tekst intussen": shown under a text box whose save was refused because a
 * colleague saved another text meanwhile. The colleague's text stands here, the user's own stays in
 * the box above; the form's save button now saves the user's on top, and a button here takes the
 * colleague's instead. Nothing is lost until the user picks.
 */

/** The words of the notice, in the area's dictionary. */
export interface EditedMeanwhileLabels {
  /** "Een collega wijzigde deze tekst intussen." */
  title: string;
  /** What the user can do now. */
  hint: string;
  /** The heading over the colleague's text. */
  theirs: string;
  /** The form's save button while the notice shows ("Mijn tekst opslaan"). */
  keepMine: string;
  /** "Tekst van de collega overnemen". */
  takeTheirs: string;
}

/** Props of EditedMeanwhile. */
export interface EditedMeanwhileProps {
  /** Prefix of the ids inside (unique on the page). */
  id: string;
  theirs: string;
  labels: EditedMeanwhileLabels;
  busy: boolean;
  onTakeTheirs: () => void;
}

/** The notice, announced when it appears. */
export function EditedMeanwhile({ id, theirs, labels, busy, onTakeTheirs }: EditedMeanwhileProps) {
  const titleId = `${id}-edited-title`;
  return (
    <div class="edited-meanwhile" role="alert" aria-labelledby={titleId} data-testid="edited-meanwhile">
      <p id={titleId} class="edited-meanwhile-title">
        {labels.title}
      </p>
      <p class="dialog-hint">{labels.hint}</p>
      <p class="edited-meanwhile-label" id={`${id}-theirs-label`}>
        {labels.theirs}
      </p>
      <blockquote class="edited-meanwhile-theirs" aria-labelledby={`${id}-theirs-label`} data-testid="edited-meanwhile-theirs">
        {theirs}
      </blockquote>
      <button type="button" onClick={onTakeTheirs} disabled={busy}>
        {labels.takeTheirs}
      </button>
    </div>
  );
}
