import { useId, useState } from 'react';
import { TERRITORY_CODES } from '../../../src/catalog/territories';
import type { LicenceForm } from './filters';

const TERRITORIES = [...TERRITORY_CODES].sort();

// The usage tree as docs/rights.md defines it: a grant of a parent covers its children.
export const USAGE_TREE: ReadonlyArray<{ usage: string; children: string[] }> = [
  { usage: 'ONLINE_VIDEO', children: ['SOCIAL', 'PODCAST_VIDEO'] },
  { usage: 'ADVERTISING', children: ['ADVERTISING_ONLINE', 'ADVERTISING_BROADCAST'] },
  { usage: 'BROADCAST', children: [] },
  { usage: 'FILM', children: [] },
  { usage: 'GAME', children: [] },
  { usage: 'PODCAST', children: [] },
];

export function UsageOptions() {
  return (
    <>
      {USAGE_TREE.map(({ usage, children }) => (
        <optgroup key={usage} label={usage}>
          <option value={usage}>{usage} (and below)</option>
          {children.map((child) => (
            <option key={child} value={child}>
              {'  '}
              {child}
            </option>
          ))}
        </optgroup>
      ))}
    </>
  );
}

/** Territories as a searchable multi-select: type to narrow the 249 ISO codes, tick to choose. */
export function TerritorySelect({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string[];
  onChange: (next: string[]) => void;
}) {
  const id = useId();
  const [query, setQuery] = useState('');
  const shown = TERRITORIES.filter((code) => code.includes(query.trim().toUpperCase())).slice(0, 60);
  const toggle = (code: string) =>
    onChange(value.includes(code) ? value.filter((c) => c !== code) : [...value, code].sort());
  return (
    <div className="field multiselect" role="group" aria-labelledby={`${id}-label`}>
      <span id={`${id}-label`}>
        {label}: {value.length ? value.join(', ') : 'none'}
      </span>
      <input
        aria-label={`Search ${label.toLowerCase()}`}
        placeholder="Type a code, e.g. DE"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      <ul>
        {shown.map((code) => (
          <li key={code}>
            <label>
              <input type="checkbox" checked={value.includes(code)} onChange={() => toggle(code)} /> {code}
            </label>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The licence filter every search and the catalog share. */
export function LicenceFields({
  value,
  onChange,
}: {
  value: LicenceForm;
  onChange: (next: LicenceForm) => void;
}) {
  const id = useId();
  const set = (patch: Partial<LicenceForm>) => onChange({ ...value, ...patch });
  return (
    <fieldset className="fields">
      <legend>Licence</legend>
      <TerritorySelect
        label="Territories"
        value={value.territories}
        onChange={(territories) => set({ territories })}
      />
      <label className="field" htmlFor={`${id}-usage`}>
        Usage
        <select
          id={`${id}-usage`}
          value={value.usage}
          onChange={(event) => set({ usage: event.target.value })}
        >
          <option value="">(any)</option>
          <UsageOptions />
        </select>
      </label>
      <label className="field" htmlFor={`${id}-at`}>
        On day
        <input
          id={`${id}-at`}
          type="date"
          value={value.at}
          onChange={(event) => set({ at: event.target.value })}
        />
      </label>
      <label className="field" htmlFor={`${id}-from`}>
        Period from
        <input
          id={`${id}-from`}
          type="date"
          value={value.from}
          onChange={(event) => set({ from: event.target.value })}
        />
      </label>
      <label className="field" htmlFor={`${id}-until`}>
        until
        <input
          id={`${id}-until`}
          type="date"
          value={value.until}
          onChange={(event) => set({ until: event.target.value })}
        />
      </label>
      <label className="field" htmlFor={`${id}-tier`}>
        Max price tier
        <input
          id={`${id}-tier`}
          type="number"
          min={1}
          value={value.maxPriceTier}
          onChange={(event) => set({ maxPriceTier: event.target.value })}
        />
      </label>
      <label className="field">
        <span>
          <input
            type="checkbox"
            checked={value.contentIdSafe}
            onChange={(event) => set({ contentIdSafe: event.target.checked })}
          />{' '}
          Content ID safe
        </span>
      </label>
      <label className="field">
        <span>
          <input
            type="checkbox"
            checked={value.exclusiveOnly}
            onChange={(event) => set({ exclusiveOnly: event.target.checked })}
          />{' '}
          Exclusive grants only
        </span>
      </label>
      <label className="field" htmlFor={`${id}-holder`}>
        Rights holder
        <input
          id={`${id}-holder`}
          value={value.rightsHolder}
          onChange={(event) => set({ rightsHolder: event.target.value })}
        />
      </label>
    </fieldset>
  );
}
