#pragma once
// readability: an English syllable counter, needed by the Flesch–Kincaid and SMOG formulas.
//
// Algorithm (CountSyllables), for one word:
//  1. Hyphenated words are the sum of their parts; a clitic after an apostrophe adds a syllable
//     only in "n't" after a consonant ("didn't") and "'s" after a sibilant ("James's").
//  2. An all-capital word of 2-5 letters is an initialism said letter by letter ("ICO" = 3,
//     "GDPR" = 4, W = 3).
//  3. The exceptions table (data: accessibility/readability/en.json "syllable_exceptions") is
//     consulted for the word, then for the word less a plural "s" ("recipes" → "recipe").
//  4. Compounds are counted part by part, so a silent e inside the word is not counted:
//     "there|", "here|", "where|" + rest ("thereof"), a known tail ("some|one", "guide|line",
//     "every|thing"), a known suffix ("late|ly", "state|ment", "-ness", "-less", "-ful",
//     "-ing"), "-ically" as "-ic-ly" ("basically") and "-ety" after a silent e ("safe|ty").
//  5. Otherwise vowel groups are counted: a e i o u, and y unless it stands before a vowel
//     ("you", "beyond"); u is not a vowel after q, nor after g before a vowel ("queue",
//     "language"). A vowel with a diaeresis starts a new group ("naïve"); a final é is never
//     silent ("café"). A group counts twice where two vowels are usually said apart:
//     "ia", "io", "iu" except after c s t g x ("media", "radio" but "social", "nation");
//     "ua", "uo" except after q g ("actual" but "quality", "language"); "eo" except after p l
//     ("video" but "people"); "ie" before t ("quiet") and before "nt"/"nce" except after
//     c s t g x ("audience" but "patient"); "ue" before "nt"/"nc" ("fluent"); "ea" at the end
//     of a longer word ("idea", "area") and in "creat-", "react-", "reali-", "theat-"; "eu" in
//     "reu-" ("reuse"); "ui" in "-uity", "-uid" ("fluid"); "-ier"/"-iest" at the end ("happier").
//  6. Then endings: a final e after a consonant is silent ("make") except in consonant + "le"
//     ("table") or consonant + "re" ("centre"); "-es" is silent except after s x z ch sh c g,
//     consonant + l and consonant + r ("makes" but "places", "tables"); "-ed" is silent except
//     after t d, consonant + l, consonant + r ("named" but "wanted", "enabled", "hundred");
//     "-ism" adds one ("criticism"). Endings only apply to words of two or more groups, so
//     "the", "be", "bed" keep their one syllable. Every word has at least one syllable.
//
// Known error rate (heuristic alone, no exceptions table):
// - 94.6% (193 of 204) of the words hand-counted from Merriam-Webster in
//   tests/unit/readability/syllables_test.cc, 100% of its 98 common notice words; the 11 misses
//   are deliberately hard (every, business, recipe, simile, science, evening, maybe, poem, ruin,
//   argue, everyone) and all are fixed by the shipped exceptions table.
// - Held out, against the CMU Pronouncing Dictionary (Debian festlex-cmu): the Vim user manual,
//   97.4% of 2,843 distinct words and 99.6% of 92,908 running words; the licence texts in
//   /usr/share/common-licenses (used while tuning), 98.3% distinct, 99.4% running. CMU counts
//   "-ire" as two ("require") where Merriam-Webster gives one, so part of the gap is the
//   reference, not the heuristic.
// Misses are off by one, both ways: syncope ("every", "different"), vowel pairs said apart
// ("science", "poem"), silent-e compounds not in the tail list ("trademark"), "-ically", and
// loan words ("recipe"). One syllable per 100 words moves a Flesch–Kincaid grade by 0.118.
#include <functional>
#include <map>
#include <string>
#include <string_view>

namespace pnc::readability {

/// Words (lowercase) whose syllable count the heuristic gets wrong, from the locale file.
using SyllableExceptions = std::map<std::string, int, std::less<>>;

/// Syllables in one English word (letters, apostrophes, hyphens; UTF-8), at least 1; 0 for a
/// word with no letters.
int CountSyllables(std::string_view word, const SyllableExceptions& exceptions);

/// Syllables in one English word by the heuristic alone, without an exceptions table.
int CountSyllables(std::string_view word);

}  // namespace pnc::readability
