/** How much the page highlights: calm (who, once, and attributed claims) or everything. Remembered. */
export function DensityControl(props: { density: 'calm' | 'full'; onChange: (d: 'calm' | 'full') => void }) {
  const option = (value: 'calm' | 'full', label: string, hint: string) => (
    <label class="px-choice">
      <input
        type="radio"
        name="px-density"
        value={value}
        checked={props.density === value}
        onChange={() => props.onChange(value)}
      />
      <span>
        <strong>{label}</strong> <span class="px-meta">{hint}</span>
      </span>
    </label>
  );
  return (
    <fieldset class="px-fieldset">
      <legend>Highlights in the page</legend>
      {option('calm', 'Calm', 'each actor once, claims with a source')}
      {option('full', 'Everything', 'every mention, every claim, places too')}
    </fieldset>
  );
}
