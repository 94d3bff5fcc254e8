export interface RadioOption<T extends string> {
  value: T;
  label: string;
}

export interface RadioGroupProps<T extends string> {
  /** The form name of the radios; tests and labels find the group by it. */
  name: string;
  legend: string;
  value: T;
  options: readonly RadioOption<T>[];
  onChange: (value: T) => void;
  /** A sentence under the legend that explains the choice. */
  hint?: string;
  /** Defaults to "choice-<name>". */
  testId?: string;
}

/** A labelled set of radio buttons: arrow keys move between them, as the platform does. */
export function RadioGroup<T extends string>({
  name,
  legend,
  value,
  options,
  onChange,
  hint,
  testId,
}: RadioGroupProps<T>) {
  const hintId = hint ? `${name}-hint` : undefined;
  return (
    <fieldset class="choice" data-testid={testId ?? `choice-${name}`} aria-describedby={hintId}>
      <legend>{legend}</legend>
      {hint && (
        <p class="hint" id={hintId}>
          {hint}
        </p>
      )}
      {options.map((option) => (
        <label key={option.value}>
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />{' '}
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
