/**
 * US school grade of a text by the Flesch–Kincaid grade level formula:
 * 0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59.
 *
 * Counting: each paragraph is parsed on its own with retext-english (the parser that
 * retext-readability and our language check use, so all three count the same words). We use it rather
 * than a hand-written splitter because it already knows the cases that articles citing research
 * are full of and a regex gets wrong: initials and abbreviations ("Michael K. Bartalos",
 * "U.S. surgeon general", "e.g."), decimals ("3.5"), hyphenated words ("self-help") and
 * apostrophes ("members' homes"). A paragraph or list item that lacks closing punctuation still
 * counts as one sentence. Syllables come from `syllable` (wooorm), the formula from
 * `flesch-kincaid` (wooorm).
 */
import { fleschKincaid } from 'flesch-kincaid';
import type { Sentence, Word } from 'nlcst';
import { toString } from 'nlcst-to-string';
import retextEnglish from 'retext-english';
import { syllable } from 'syllable';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

export interface ReadingGrade {
  /** Flesch–Kincaid US grade level; 0 for a text without words. */
  grade: number;
  words: number;
  sentences: number;
  syllables: number;
}

const parser = unified().use(retextEnglish);

export function measureReadingGrade(paragraphs: string[]): ReadingGrade {
  let words = 0;
  let sentences = 0;
  let syllables = 0;
  for (const paragraph of paragraphs) {
    // "500,000" would otherwise be two words, "500" and "000".
    const tree = parser.parse(paragraph.replace(/(\d),(?=\d{3}\b)/g, '$1'));
    visit(tree, 'SentenceNode', (sentence: Sentence) => {
      let wordsInSentence = 0;
      visit(sentence, 'WordNode', (word: Word) => {
        const text = toString(word);
        if (!/[\p{L}\p{N}]/u.test(text)) return;
        wordsInSentence += 1;
        // `syllable` gives 0 for numbers such as "1992"; every spoken word has at least one.
        syllables += Math.max(1, syllable(text));
      });
      if (wordsInSentence > 0) sentences += 1;
      words += wordsInSentence;
    });
  }
  const grade = words === 0 ? 0 : fleschKincaid({ sentence: sentences, word: words, syllable: syllables });
  return { grade, words, sentences, syllables };
}
