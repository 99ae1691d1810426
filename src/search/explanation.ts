import type { LicenceTerm, Tag } from '../generated/prisma/client.js';
import type { SearchContext } from './search-context.js';
import type { ResolvedSearchFilter } from './filter-sql.js';
import type { SearchExplanation, SearchSignal } from './search-result.js';

function words(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 1),
  );
}

/**
 * Why a track is on the page: the signals that scored it, its tags that the filter or the
 * query's words asked for, and the licence term that cleared it for the requested use.
 */
export function explain(
  ctx: SearchContext,
  trackId: string,
  signals: SearchSignal[],
  filter: ResolvedSearchFilter,
  queryText: string | null,
): SearchExplanation {
  const queryWords = queryText ? words(queryText) : new Set<string>();
  const matchedTags = async (): Promise<Tag[]> => {
    const weights = await ctx.loaders.tagWeightsByTrack.load(trackId);
    return weights
      .map((w) => w.tag)
      .filter(
        (tag) =>
          filter.requestedTagIds.includes(tag.id) || [...words(tag.name)].some((w) => queryWords.has(w)),
      );
  };
  const licence = async (): Promise<LicenceTerm | null> =>
    filter.licence ? ctx.loaders.qualifyingLicence(filter.licence).load(trackId) : null;
  return {
    signals: signals.map((s) => s.name),
    matchedTags,
    licence,
    async summary() {
      const parts = signals.map(
        (s) => `${s.name.toLowerCase()} ${s.score.toFixed(3)}${s.rank ? ` (#${s.rank})` : ''}`,
      );
      const tags = await matchedTags();
      if (tags.length) parts.push(`tags: ${tags.map((t) => t.name).join(', ')}`);
      const term = await licence();
      if (term && filter.licence)
        parts.push(
          `licensed for ${filter.licence.usage} in ${filter.licence.territories.join(', ')} by ${term.rightsHolder}`,
        );
      return parts.join('; ');
    },
  };
}
