/**
 * What the home page leads with. A dated corpus: its newest articles (the date pages list the
 * rest) and its latest stories. A corpus whose articles are mostly undated has no "newest": file
 * order means nothing to a reader, so it leads with its sections and its biggest stories, and
 * links to the full list instead of showing the first files by name.
 */
import { sortArticles, validDate, type Datable } from '../corpus/chronology.ts';
import { groupSections, type Section, type Sectioned } from './sections.ts';
import { groupStories, type Story, type StoryMember } from './story-groups.ts';

/** Articles listed on the home page of a dated corpus; the date pages list them all. */
export const HOME_ARTICLES = 60;
/** Stories listed on the home page. */
export const HOME_STORIES = 6;

type HomeArticle = { data: Datable & StoryMember & Sectioned };

/** The home page's content. */
export interface HomeView<T> {
  /** True when fewer than half of the articles have a date: there is no meaningful "newest". */
  undated: boolean;
  /** The newest articles (none when `undated`). */
  latest: T[];
  /** Stories to show: the latest of a dated corpus, the biggest of an undated one. */
  stories: Story<T>[];
  sections: Section<T>[];
  dated: number;
}

/** The home page's content, from every article. */
export function homeView<T extends HomeArticle>(articles: readonly T[]): HomeView<T> {
  const sorted = sortArticles(articles);
  const dated = articles.filter((a) => validDate(a.data.date) !== null).length;
  const undated = dated * 2 < articles.length;
  const all = groupStories(sorted);
  const stories = undated
    ? [...all].sort((a, b) => b.articles.length - a.articles.length || (a.id < b.id ? -1 : 1))
    : all;
  return {
    undated,
    latest: undated ? [] : sorted.slice(0, HOME_ARTICLES),
    stories: stories.slice(0, HOME_STORIES),
    sections: groupSections(sorted),
    dated,
  };
}
