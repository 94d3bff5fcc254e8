import type { ComponentChildren } from 'preact';

export interface TabItem<T extends string> {
  id: T;
  label: string;
}

export interface TabsProps<T extends string> {
  /** Names the tab list for screen readers. */
  label: string;
  tabs: readonly TabItem<T>[];
  selected: T;
  /** Prefix of the tab and panel element ids; unique on the page. */
  idPrefix: string;
  onSelect: (id: T) => void;
  /** The selected tab's panel. */
  children: ComponentChildren;
}

/**
 * WAI-ARIA tabs with automatic activation: one tab stop for the list, arrow
 * keys (and Home/End) move between tabs, Tab moves on into the panel.
 */
export function Tabs<T extends string>({ label, tabs, selected, idPrefix, onSelect, children }: TabsProps<T>) {
  const move = (event: KeyboardEvent, index: number) => {
    const last = tabs.length - 1;
    const next =
      event.key === 'ArrowRight'
        ? index === last
          ? 0
          : index + 1
        : event.key === 'ArrowLeft'
          ? index === 0
            ? last
            : index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : -1;
    if (next < 0) return;
    event.preventDefault();
    onSelect(tabs[next].id);
    const list = (event.currentTarget as HTMLElement).parentElement;
    list?.querySelectorAll<HTMLElement>('[role=tab]')[next]?.focus();
  };
  return (
    <div class="tabs">
      <div role="tablist" aria-label={label} class="tab-list">
        {tabs.map((tab, index) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={`${idPrefix}-tab-${tab.id}`}
            class="tab"
            data-testid={`tab-${tab.id}`}
            aria-selected={tab.id === selected}
            aria-controls={`${idPrefix}-panel`}
            tabIndex={tab.id === selected ? 0 : -1}
            onClick={() => onSelect(tab.id)}
            onKeyDown={(event) => move(event, index)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`${idPrefix}-panel`}
        class="tab-panel"
        aria-labelledby={`${idPrefix}-tab-${selected}`}
        data-testid={`panel-${selected}`}
      >
        {children}
      </div>
    </div>
  );
}
