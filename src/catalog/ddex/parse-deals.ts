import { XMLParser } from 'fast-xml-parser';
import type { LicenceUsage } from '../../generated/prisma/enums.js';
import { badInput } from '../../errors.js';
import { isTerritory } from '../validation.js';
import {
  CONTENT_ID_USE_TYPE,
  DDEX_PRICE_TIERS,
  DDEX_USE_TYPES,
  DEFAULT_DDEX_PRICE_TIER,
} from './use-types.js';

/** The longest message importDdexDeals takes (also its limit in the string-limits plugin). */
export const DDEX_MAX_CHARS = 5_000_000;

/** One deal of a release, as the grants it becomes (one per validity period). */
export interface ParsedDeal {
  /** Where in the message, for error messages: DealList/ReleaseDeal[i]/Deal[j]. */
  path: string;
  usages: LicenceUsage[];
  contentIdRegistered: boolean;
  worldwide: boolean;
  territoriesAllow: string[];
  territoriesDeny: string[];
  validFrom: Date | null;
  validUntil: Date | null;
  commercialModels: string[];
  priceTier: number;
}

export interface ParsedRelease {
  /** The replace-all key: the release's first ReleaseId, as `ICPN:...`, `GRid:...`, `ISRC:...`. */
  key: string;
  isrcs: string[];
  deals: ParsedDeal[];
}

export interface ParsedMessage {
  sender: string;
  releases: ParsedRelease[];
  ignoredUseTypes: string[];
}

// Elements that may repeat (ERN 4.1 maxOccurs > 1) are always arrays, so one and many read alike.
const REPEATED = new Set([
  'SoundRecording',
  'Release',
  'TrackRelease',
  'ReleaseDeal',
  'DealReleaseReference',
  'Deal',
  'TerritoryCode',
  'ExcludedTerritoryCode',
  'UseType',
  'CommercialModelType',
  'ValidityPeriod',
  'ReleaseResourceReference',
  'ResourceGroup',
  'ResourceGroupContentItem',
  'ISRC',
]);

type Node = Record<string, unknown>;
const list = (v: unknown): Node[] => (Array.isArray(v) ? (v as Node[]) : v == null ? [] : [v as Node]);
const text = (v: unknown): string | null => {
  if (v == null) return null;
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'object' && '#text' in (v as Node)) return String((v as Node)['#text']).trim();
  return null;
};
const texts = (v: unknown): string[] =>
  list(v)
    .map(text)
    .filter((t): t is string => !!t);

const DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** An ERN date (xs:date, or the date part of xs:dateTime), years 0001-9999 and a real day. */
function ernDate(value: string | null, field: string): Date | null {
  if (value == null) return null;
  const m = DATE.exec(value);
  if (!m) throw badInput(`xml: ${field} is not a date: ${JSON.stringify(value)}`, 'xml');
  const year = Number(m[1]);
  if (year < 1 || year > 9999) throw badInput(`xml: ${field} ${value} is outside the years 0001-9999`, 'xml');
  const day = `${m[1]}-${m[2]}-${m[3]}`;
  const date = new Date(`${day}T00:00:00.000Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== day)
    throw badInput(`xml: ${field} ${value} does not exist`, 'xml');
  return date;
}

/** Every ReleaseResourceReference below a release, however deep its ResourceGroups nest. */
function resourceRefs(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => resourceRefs(n, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node as Node)) {
      if (k === 'ReleaseResourceReference') out.push(...texts(v));
      else resourceRefs(v, out);
    }
  }
  return out;
}

function releaseKey(release: Node, path: string): string {
  const ids = list(release.ReleaseId)[0];
  if (ids) {
    for (const scheme of ['ICPN', 'GRid', 'ISRC', 'CatalogNumber', 'ProprietaryId']) {
      const value = texts(ids[scheme])[0] ?? text(ids[scheme]);
      if (value) return `${scheme}:${value}`;
    }
  }
  throw badInput(`xml: ${path} has no ReleaseId (ICPN, GRid, ISRC, CatalogNumber or ProprietaryId)`, 'xml');
}

function parseDeal(deal: Node, path: string, ignored: Set<string>): ParsedDeal[] {
  const terms = deal.DealTerms as Node | undefined;
  if (!terms) throw badInput(`xml: ${path} has no DealTerms`, 'xml');
  const useTypes = texts(terms.UseType);
  const usages = [...new Set(useTypes.map((u) => DDEX_USE_TYPES[u]).filter((u): u is LicenceUsage => !!u))];
  for (const u of useTypes) if (!DDEX_USE_TYPES[u] && u !== CONTENT_ID_USE_TYPE) ignored.add(u);
  const contentIdRegistered = useTypes.includes(CONTENT_ID_USE_TYPE);
  const included = texts(terms.TerritoryCode);
  const excluded = texts(terms.ExcludedTerritoryCode);
  const code = (c: string, field: string) => {
    const upper = c.toUpperCase();
    if (!isTerritory(upper))
      throw badInput(`xml: ${path}/DealTerms/${field} ${JSON.stringify(c)} is not a territory`, 'xml');
    return upper;
  };
  const worldwide = included.length === 0 || included.some((c) => c === 'Worldwide');
  if (!worldwide && excluded.length) {
    throw badInput(
      `xml: ${path}/DealTerms has both a TerritoryCode list and ExcludedTerritoryCode (only Worldwide may be carved out)`,
      'xml',
    );
  }
  const territoriesAllow = worldwide
    ? []
    : [...new Set(included.map((c) => code(c, 'TerritoryCode')))].sort();
  const territoriesDeny = [...new Set(excluded.map((c) => code(c, 'ExcludedTerritoryCode')))].sort();
  const commercialModels = texts(terms.CommercialModelType);
  const tiers = commercialModels.map((m) => DDEX_PRICE_TIERS[m]).filter((t): t is number => t != null);
  const priceTier = tiers.length ? Math.min(...tiers) : DEFAULT_DDEX_PRICE_TIER;
  const periods = list(terms.ValidityPeriod);
  if (periods.length === 0) throw badInput(`xml: ${path}/DealTerms has no ValidityPeriod`, 'xml');
  if (usages.length === 0 && !contentIdRegistered) return [];
  return periods.map((p, k) => {
    const at = `${path}/DealTerms/ValidityPeriod[${k}]`;
    const validFrom = ernDate(text(p.StartDate) ?? text(p.StartDateTime), `${at}/StartDate`);
    const validUntil = ernDate(text(p.EndDate) ?? text(p.EndDateTime), `${at}/EndDate`);
    if (validFrom && validUntil && validUntil < validFrom)
      throw badInput(`xml: ${at}/EndDate is before its StartDate`, 'xml');
    return {
      path,
      usages,
      contentIdRegistered,
      worldwide,
      territoriesAllow,
      territoriesDeny,
      validFrom,
      validUntil,
      commercialModels,
      priceTier,
    };
  });
}

/**
 * Reads an ERN 4 NewReleaseMessage: its sender, each release (Release and TrackRelease) with the
 * ISRCs of its sound recordings, and the deals of its ReleaseDeals. A release without a deal is
 * kept, with none: DDEX replace-all then leaves it none. DTDs are refused (a DDEX message has
 * none), which also shuts out entity expansion.
 */
export function parseDdexDeals(xml: string): ParsedMessage {
  if (xml.length > DDEX_MAX_CHARS)
    throw badInput(`xml is longer than ${DDEX_MAX_CHARS} characters (got ${xml.length})`, 'xml');
  if (/<!DOCTYPE/i.test(xml)) throw badInput('xml: a DOCTYPE is not allowed in a DDEX message', 'xml');
  const parser = new XMLParser({
    removeNSPrefix: true,
    ignoreAttributes: true,
    parseTagValue: false,
    processEntities: true,
    isArray: (name) => REPEATED.has(name),
  });
  let doc: Node;
  try {
    doc = parser.parse(xml, true) as Node;
  } catch (e) {
    throw badInput(`xml is not well-formed: ${(e as Error).message}`, 'xml');
  }
  const root = doc.NewReleaseMessage as Node | undefined;
  if (!root) throw badInput('xml is not an ERN NewReleaseMessage', 'xml');
  const header = (root.MessageHeader ?? {}) as Node;
  const senderNode = (header.MessageSender ?? {}) as Node;
  const sender =
    text(((senderNode.PartyName ?? {}) as Node).FullName) ?? text(senderNode.PartyId) ?? 'DDEX sender';

  const isrcByRef = new Map<string, string>();
  for (const sr of list((root.ResourceList as Node | undefined)?.SoundRecording)) {
    const ref = text(sr.ResourceReference);
    // ERN 4.1: SoundRecording/ResourceId/ISRC; 4.2 and later: SoundRecordingEdition/ResourceId/ISRC.
    const editions = [sr, ...list(sr.SoundRecordingEdition)];
    const isrc = editions.flatMap((e) => list(e.ResourceId).flatMap((id) => texts(id.ISRC)))[0];
    if (ref && isrc) isrcByRef.set(ref, isrc.toUpperCase());
  }

  const releaseList = (root.ReleaseList ?? {}) as Node;
  const releases = new Map<string, ParsedRelease>();
  const kinds = [
    ['Release', list(releaseList.Release)],
    ['TrackRelease', list(releaseList.TrackRelease)],
  ] as const;
  for (const [kind, nodes] of kinds) {
    nodes.forEach((r, i) => {
      const path = `ReleaseList/${kind}[${i}]`;
      const ref = text(r.ReleaseReference);
      if (!ref) throw badInput(`xml: ${path} has no ReleaseReference`, 'xml');
      const isrcs = [
        ...new Set(
          resourceRefs(r)
            .map((x) => isrcByRef.get(x))
            .filter((x): x is string => !!x),
        ),
      ];
      releases.set(ref, { key: releaseKey(r, path), isrcs, deals: [] });
    });
  }

  const ignored = new Set<string>();
  list((root.DealList as Node | undefined)?.ReleaseDeal).forEach((rd, i) => {
    const refs = texts(rd.DealReleaseReference);
    list(rd.Deal).forEach((deal, j) => {
      const parsed = parseDeal(deal, `DealList/ReleaseDeal[${i}]/Deal[${j}]`, ignored);
      for (const ref of refs) {
        const release = releases.get(ref);
        if (!release)
          throw badInput(
            `xml: DealList/ReleaseDeal[${i}] names release ${ref}, which the ReleaseList lacks`,
            'xml',
          );
        release.deals.push(...parsed);
      }
    });
  });
  return { sender, releases: [...releases.values()], ignoredUseTypes: [...ignored].sort() };
}
