import type { LicenceUsage, TrackFilter } from '../gql/graphql';

/** The catalog filter as form state: every TrackFilter field, as strings the inputs edit. */
export interface FilterForm {
  text: string;
  tagsAny: string;
  tagsAll: string;
  tagsNone: string;
  bpmMin: string;
  bpmMax: string;
  durationMin: string;
  durationMax: string;
  yearMin: string;
  yearMax: string;
  key: string;
  mode: string;
  hasVocals: string;
  explicit: string;
  status: string[];
  licence: LicenceForm;
}

export interface LicenceForm {
  territories: string[];
  usage: string;
  at: string;
  from: string;
  until: string;
  maxPriceTier: string;
  contentIdSafe: boolean;
  exclusiveOnly: boolean;
  rightsHolder: string;
}

export const EMPTY_LICENCE: LicenceForm = {
  territories: [],
  usage: '',
  at: '',
  from: '',
  until: '',
  maxPriceTier: '',
  contentIdSafe: false,
  exclusiveOnly: false,
  rightsHolder: '',
};

/**
 * The catalog page's starting filter: ACTIVE tracks, ticked in the form so an editor sees the
 * control and can widen it to HIDDEN, TAKEN_DOWN or TRAINING_ONLY (the API returns only ACTIVE
 * tracks unless the filter names other statuses).
 */
export const CATALOG_STATUSES = ['ACTIVE'];

export const EMPTY_FILTER: FilterForm = {
  text: '',
  tagsAny: '',
  tagsAll: '',
  tagsNone: '',
  bpmMin: '',
  bpmMax: '',
  durationMin: '',
  durationMax: '',
  yearMin: '',
  yearMax: '',
  key: '',
  mode: '',
  hasVocals: '',
  explicit: '',
  status: [],
  licence: EMPTY_LICENCE,
};

const list = (value: string) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
const num = (value: string) => (value.trim() === '' ? undefined : Number(value));
const bool = (value: string) => (value === '' ? undefined : value === 'true');

function range(min: string, max: string) {
  const from = num(min);
  const to = num(max);
  return from === undefined && to === undefined ? undefined : { min: from, max: to };
}

/**
 * The licence part of a filter. A territory without a usage (or the reverse) is an error the
 * form shows, never silently ignored.
 */
export function licenceFilter(form: LicenceForm): TrackFilter['licence'] {
  const any = form.territories.length > 0 || form.usage || form.at || form.from || form.until;
  if (!any) return undefined;
  if (form.territories.length === 0) throw new Error('Choose at least one territory for the licence filter.');
  if (!form.usage) throw new Error('Choose a usage for the licence filter.');
  if ((form.from === '') !== (form.until === ''))
    throw new Error('A licence period needs both its first and last day.');
  return {
    territories: form.territories,
    usage: form.usage as LicenceUsage,
    at: form.at || undefined,
    period: form.from ? { from: form.from, until: form.until } : undefined,
    maxPriceTier: num(form.maxPriceTier),
    contentIdSafe: form.contentIdSafe || undefined,
    exclusiveOnly: form.exclusiveOnly || undefined,
    rightsHolder: form.rightsHolder.trim() || undefined,
  };
}

export function toTrackFilter(form: FilterForm): TrackFilter {
  const tags =
    form.tagsAny || form.tagsAll || form.tagsNone
      ? {
          any: list(form.tagsAny).length ? list(form.tagsAny) : undefined,
          all: list(form.tagsAll).length ? list(form.tagsAll) : undefined,
          none: list(form.tagsNone).length ? list(form.tagsNone) : undefined,
        }
      : undefined;
  return {
    text: form.text.trim() || undefined,
    tags,
    bpm: range(form.bpmMin, form.bpmMax),
    durationSec: range(form.durationMin, form.durationMax),
    releaseYear: range(form.yearMin, form.yearMax),
    key: form.key.trim() || undefined,
    mode: (form.mode || undefined) as TrackFilter['mode'],
    hasVocals: bool(form.hasVocals),
    explicit: bool(form.explicit),
    status: form.status.length ? (form.status as TrackFilter['status']) : undefined,
    licence: licenceFilter(form.licence),
  };
}
