export interface CategoryChoiceProps {
  legend: string;
  /** The categories, named in the reader's language. */
  categories: readonly { id: string; name: string }[];
  /** Ids of the categories not to mark; ids this list does not show are kept as they are. */
  hidden: readonly string[];
  onChange: (hidden: string[]) => void;
}

/** One checkbox per glossary category: checked means its terms are marked. */
export function CategoryChoice({ legend, categories, hidden, onChange }: CategoryChoiceProps) {
  const toggle = (id: string, shown: boolean) =>
    onChange(shown ? hidden.filter((other) => other !== id) : [...hidden.filter((other) => other !== id), id]);
  return (
    <fieldset class="choice" data-testid="category-choice">
      <legend>{legend}</legend>
      {categories.map((category) => (
        <label key={category.id}>
          <input
            type="checkbox"
            name="category"
            value={category.id}
            checked={!hidden.includes(category.id)}
            onChange={(event) => toggle(category.id, event.currentTarget.checked)}
          />{' '}
          {category.name}
        </label>
      ))}
    </fieldset>
  );
}
