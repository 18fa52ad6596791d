/**
 * The panel beside the text, with tabs: amendments now; versions, comments and "who wrote what"
 * later take a tab each. Tabs follow the WAI-ARIA tabs pattern (arrow keys move between them).
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

/** One tab: its label and what it shows. */
export interface SideTab {
  id: string;
  label: string;
  /** Shown beside the label, e.g. a count. */
  badge?: string | number | null;
  render: () => ComponentChildren;
}

/** Props of SidePanel. */
export interface SidePanelProps {
  tabs: readonly SideTab[];
  /** Accessible name of the tab list. */
  label: string;
}

/** The tabbed side panel; with one tab, it shows the tab's title instead of a tab list. */
export function SidePanel({ tabs, label }: SidePanelProps) {
  const [selectedId, setSelectedId] = useState(tabs[0]?.id ?? '');
  const selected = tabs.find((tab) => tab.id === selectedId) ?? tabs[0];
  if (selected === undefined) return null;
  const move = (from: number, step: number) => {
    const next = tabs[(from + step + tabs.length) % tabs.length];
    if (next === undefined) return;
    setSelectedId(next.id);
    document.getElementById(`side-tab-${next.id}`)?.focus();
  };
  return (
    <div class="side-panel">
      <div class="side-tabs" role="tablist" aria-label={label}>
        {tabs.map((tab, index) => (
          <button
            key={tab.id}
            id={`side-tab-${tab.id}`}
            type="button"
            role="tab"
            aria-selected={tab.id === selected.id}
            aria-controls={`side-panel-${tab.id}`}
            tabIndex={tab.id === selected.id ? 0 : -1}
            onClick={() => setSelectedId(tab.id)}
            onKeyDown={(event) => {
              if (event.key === 'ArrowRight') move(index, 1);
              else if (event.key === 'ArrowLeft') move(index, -1);
            }}
          >
            {tab.label}
            {tab.badge !== undefined && tab.badge !== null && <span class="side-tab-badge">{tab.badge}</span>}
          </button>
        ))}
      </div>
      <div id={`side-panel-${selected.id}`} role="tabpanel" aria-labelledby={`side-tab-${selected.id}`} class="side-tabpanel">
        {selected.render()}
      </div>
    </div>
  );
}
