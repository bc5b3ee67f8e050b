/** What a speaker page shows: their quotes across the corpus by article, and their other names. */
import { personIds, type EntitySource } from './entities.ts';
import { formatCount } from './format.ts';
import {
  allQuotes,
  quotesByArticle,
  quotesBySpeaker,
  speakerAliases,
  speakerSlugs,
  speakersIndex,
  type ArticleQuotes,
  type QuoteRecord,
  type QuoteSource,
  type SpeakerSummary,
} from './quotes.ts';

/**
 * Quotes on one page of a speaker's list: a speaker of 3,000 quotes (a politician across 50,000
 * articles) gets 30 pages of about 150 KB each instead of one page of 4 MB.
 */
export const SPEAKER_PAGE_SIZE = 100;

/** The props every page of one speaker's list shares. */
// A type, not an interface: Astro wants page props indexable by string.
export type SpeakerPageProps = {
  speaker: SpeakerSummary;
  slugs: ReadonlyMap<string, string>;
  /** Their page as a named person (`/entities/<id>/`), when the articles name them. */
  entityId: string | null;
  /** The other ways the articles name them, over all their quotes. */
  aliases: string[];
};

/** Every speaker: their address, their quotes (newest article first) and their pages' props. */
export function speakerPages(
  entries: readonly (EntitySource & QuoteSource)[],
): { params: { slug: string }; records: QuoteRecord[]; props: SpeakerPageProps }[] {
  const records = allQuotes(entries);
  const slugs = speakerSlugs(records);
  const bySpeaker = quotesBySpeaker(records);
  const people = personIds(entries);
  return speakersIndex(records, slugs).map((speaker) => {
    const own = bySpeaker.get(speaker.name) ?? [];
    return {
      params: { slug: speaker.slug },
      records: own,
      props: {
        speaker,
        slugs,
        entityId: people.get(speaker.name) ?? null,
        aliases: speakerAliases(own, speaker.name),
      },
    };
  });
}

/** One page of a speaker's list: its quotes by article, and the speaker summed up in a line. */
export function speakerView(
  speaker: SpeakerSummary,
  records: readonly QuoteRecord[],
): { groups: ArticleQuotes[]; summary: string } {
  return {
    groups: quotesByArticle(records),
    summary: `${formatCount(speaker.quotes, 'quote')} in ${formatCount(speaker.articles, 'article')}`,
  };
}
