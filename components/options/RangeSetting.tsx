import { useEffect, useRef, useState } from 'preact/hooks';

export interface RangeSettingProps {
  /** Form name and id stem of the slider. */
  name: string;
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
  /** The value as the reader sees it ("250 ms", "60%"). */
  format: (value: number) => string;
  onChange: (value: number) => void;
  hint?: string;
}

/**
 * How long the slider must rest before its value is saved. storage.sync allows
 * 120 writes a minute; a slider dragged or held under an arrow key would use
 * them up in seconds.
 */
const COMMIT_AFTER_MS = 300;

/** A labelled slider that shows its value as it moves and saves it once it rests (or loses focus). */
export function RangeSetting({ name, label, value, min, max, step, format, onChange, hint }: RangeSettingProps) {
  const [draft, setDraft] = useState<number | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const commit = (next: number) => {
    clearTimeout(timer.current);
    timer.current = undefined;
    setDraft(null);
    if (next !== value) onChange(next);
  };
  const shown = draft ?? value;
  const id = `${name}-input`;
  return (
    <div class="range-setting" data-testid={`range-${name}`}>
      <label for={id}>{label}</label>
      <div class="range-row">
        <input
          id={id}
          name={name}
          type="range"
          min={min}
          max={max}
          step={step}
          value={shown}
          aria-valuetext={format(shown)}
          aria-describedby={hint ? `${name}-hint` : undefined}
          onInput={(event) => {
            const next = Number(event.currentTarget.value);
            setDraft(next);
            clearTimeout(timer.current);
            timer.current = setTimeout(() => commit(next), COMMIT_AFTER_MS);
          }}
          onBlur={() => {
            if (draft !== null) commit(draft);
          }}
        />
        <output for={id} class="range-value">
          {format(shown)}
        </output>
      </div>
      {hint && (
        <p class="hint" id={`${name}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}
