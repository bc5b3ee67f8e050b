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

/** The props of one speaker page. */
// A type, not an interface: Astro wants page props indexable by string.
export type SpeakerPageProps = {
  speaker: SpeakerSummary;
  /** The speaker's quotes, newest article first. */
  records: QuoteRecord[];
  slugs: ReadonlyMap<string, string>;
  /** Their page as a named person (`/entities/<id>/`), when the articles name them. */
  entityId: string | null;
};

/** The props of every speaker page. */
export function speakerPages(
  entries: readonly (EntitySource & QuoteSource)[],
): { params: { slug: string }; props: SpeakerPageProps }[] {
  const records = allQuotes(entries);
  const slugs = speakerSlugs(records);
  const bySpeaker = quotesBySpeaker(records);
  const people = personIds(entries);
  return speakersIndex(records, slugs).map((speaker) => ({
    params: { slug: speaker.slug },
    props: {
      speaker,
      records: bySpeaker.get(speaker.name) ?? [],
      slugs,
      entityId: people.get(speaker.name) ?? null,
    },
  }));
}

/** A speaker page's content: quotes by article, the other names, and a one-line summary. */
export function speakerView({ speaker, records }: SpeakerPageProps): {
  groups: ArticleQuotes[];
  aliases: string[];
  summary: string;
} {
  return {
    groups: quotesByArticle(records),
    aliases: speakerAliases(records, speaker.name),
    summary: `${formatCount(speaker.quotes, 'quote')} in ${formatCount(speaker.articles, 'article')}`,
  };
}
