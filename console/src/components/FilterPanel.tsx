import { useId } from 'react';
import type { FilterForm } from './filters';
import { LicenceFields } from './rights-inputs';

const STATUSES = ['ACTIVE', 'HIDDEN', 'TAKEN_DOWN', 'TRAINING_ONLY'];

/** Every TrackFilter field as a form. */
export function FilterPanel({
  value,
  onChange,
}: {
  value: FilterForm;
  onChange: (next: FilterForm) => void;
}) {
  const id = useId();
  const set = (patch: Partial<FilterForm>) => onChange({ ...value, ...patch });
  const text = (field: keyof FilterForm, label: string, type = 'text', width = '7rem') => (
    <label className="field" htmlFor={`${id}-${field}`}>
      {label}
      <input
        id={`${id}-${field}`}
        type={type}
        style={{ width }}
        value={value[field] as string}
        onChange={(event) => set({ [field]: event.target.value } as Partial<FilterForm>)}
      />
    </label>
  );
  const yesNo = (field: 'hasVocals' | 'explicit', label: string) => (
    <label className="field" htmlFor={`${id}-${field}`}>
      {label}
      <select
        id={`${id}-${field}`}
        value={value[field]}
        onChange={(event) => set({ [field]: event.target.value })}
      >
        <option value="">(any)</option>
        <option value="true">yes</option>
        <option value="false">no</option>
      </select>
    </label>
  );
  return (
    <div className="fields">
      {text('text', 'Text', 'search', '12rem')}
      {text('tagsAny', 'Any of tags', 'text', '9rem')}
      {text('tagsAll', 'All of tags', 'text', '9rem')}
      {text('tagsNone', 'None of tags', 'text', '9rem')}
      {text('bpmMin', 'BPM from', 'number', '5rem')}
      {text('bpmMax', 'BPM to', 'number', '5rem')}
      {text('durationMin', 'Seconds from', 'number', '5rem')}
      {text('durationMax', 'Seconds to', 'number', '5rem')}
      {text('yearMin', 'Year from', 'number', '5.5rem')}
      {text('yearMax', 'Year to', 'number', '5.5rem')}
      {text('key', 'Key', 'text', '4rem')}
      <label className="field" htmlFor={`${id}-mode`}>
        Mode
        <select id={`${id}-mode`} value={value.mode} onChange={(event) => set({ mode: event.target.value })}>
          <option value="">(any)</option>
          <option value="MAJOR">major</option>
          <option value="MINOR">minor</option>
        </select>
      </label>
      {yesNo('hasVocals', 'Vocals')}
      {yesNo('explicit', 'Explicit')}
      <fieldset className="fields">
        <legend>Status (none ticked: ACTIVE only)</legend>
        {STATUSES.map((status) => (
          <label key={status}>
            <input
              type="checkbox"
              checked={value.status.includes(status)}
              onChange={(event) =>
                set({
                  status: event.target.checked
                    ? [...value.status, status]
                    : value.status.filter((s) => s !== status),
                })
              }
            />{' '}
            {status}
          </label>
        ))}
      </fieldset>
      <LicenceFields value={value.licence} onChange={(licence) => set({ licence })} />
    </div>
  );
}
