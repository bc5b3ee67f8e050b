#!/usr/bin/env python3
"""Labels the BBC corpus's rewrite pairs, independently of Clippings' own detector.

Writes tests/fixtures/bbc-rewrites.json. Method: every file's body (lines after the title) as
lower-cased words; 5-word shingles; an inverted index over shingles finds every pair sharing one
(all pairs are covered, nothing sampled). Containment = shared shingles / shingles of the
shorter body.
  - rewrite  (containment >= 0.7): near-identical bodies: the same text filed twice, or one copy
    with a changed headline, lead or last paragraph.
  - partial  (0.4 <= containment < 0.7): a follow-up story re-using paragraphs of an earlier one.
    Reviewed by hand: different articles on one event, neither "rewrite" nor "unrelated"; the
    test does not score them either way.
  - every other pair is unrelated.
Usage: python3 tests/tools/label-bbc-rewrites.py ../shared/data/bbc > tests/fixtures/bbc-rewrites.json
"""
import collections, itertools, json, os, re, sys

root = sys.argv[1]
files = sorted(f for f in os.listdir(root) if f.endswith('.txt'))
shingles = {}
for f in files:
    lines = open(os.path.join(root, f), encoding='utf-8', errors='replace').read().split('\n')
    words = re.findall(r'\w+', ' '.join(lines[1:]).lower())
    shingles[f] = {tuple(words[i:i + 5]) for i in range(max(1, len(words) - 4))}
index = collections.defaultdict(list)
for f in files:
    for s in shingles[f]:
        index[s].append(f)
shared = collections.Counter()
for s, holders in index.items():
    for a, b in itertools.combinations(holders, 2):
        shared[(a, b)] += 1
rewrite, partial = [], []
for (a, b), n in sorted(shared.items()):
    containment = n / min(len(shingles[a]), len(shingles[b]))
    if containment >= 0.7:
        rewrite.append([a, b, round(containment, 3)])
    elif containment >= 0.4:
        partial.append([a, b, round(containment, 3)])
json.dump({
    'corpus': 'bbc (2,225 files)',
    'method': __doc__.strip().split('\n')[0] + ' 5-word shingle containment of the shorter body: '
              '>= 0.7 rewrite, 0.4-0.7 partial (not scored), else unrelated.',
    'rewrite': rewrite,
    'partial': partial,
}, sys.stdout, indent=1)
print()
