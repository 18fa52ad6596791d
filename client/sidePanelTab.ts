/**
 * Bringing a tab of the side panel beside a text forward from outside the panel, e.g. after a click
 * on a highlighted passage. SidePanel (components/SidePanel.tsx) keeps its selected tab to itself and
 * gives each tab's button the id `side-tab-<id>`, so this clicks that button as the user would.
 */

/** Selects the side panel's tab `id`, unless it is already selected or not shown. */
export function showSidePanelTab(id: string): void {
  const tab = document.getElementById(`side-tab-${id}`);
  if (tab instanceof HTMLButtonElement && tab.getAttribute('aria-selected') !== 'true') tab.click();
}
