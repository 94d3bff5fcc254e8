import type { ComponentChildren } from 'preact';

export interface OptionsSectionProps {
  /** Id stem of the heading; also the test id ("section-<id>"). */
  id: string;
  title: string;
  children: ComponentChildren;
}

/** One titled section of the options page. */
export function OptionsSection({ id, title, children }: OptionsSectionProps) {
  return (
    <section class="options-section" aria-labelledby={`${id}-title`} data-testid={`section-${id}`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}
