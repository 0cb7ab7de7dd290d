import { findEvidenceProblems, type Evidence } from './find-evidence-problems.ts';
import { findUnconfirmedLines } from './find-unconfirmed-lines.ts';

/** One way to find a group, as content/local-finders/<country>.yaml gives it. */
export interface FindingWay {
  name?: string | undefined;
  summary?: string | undefined;
  evidence: readonly Evidence[];
  call?: { number: string; evidence: readonly Evidence[] } | undefined;
  website?: { url: string; evidence: readonly Evidence[] } | undefined;
}

/** The numbers a reader sees in a text: "211", "1800 111 888" (not "18" or "99%"). */
function numbersIn(text: string): string[] {
  return text.match(/\d(?:[\d -]*\d)?/g)?.filter((run) => run.replace(/\D/g, '').length >= 3) ?? [];
}

/** Web addresses and site names in a text: "https://…", "yourmentalhealth.ie". */
function addressesIn(text: string): string[] {
  return text.match(/\bhttps?:\/\/\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:org|com|net|uk|ie|ca|gov)\b/g) ?? [];
}

/**
 * What is wrong with one way's facts, in words a test can print: a quotation that is not in its
 * research file or is graded C (findEvidenceProblems), a number to call that its quotations do not
 * give, a web address that none of its quotations contains, or a number or address in the name
 * or summary that the way's quotations do not give. `readResearch` returns a research file's text.
 */
export function findLocalFinderProblems(way: FindingWay, readResearch: (file: string) => string): string[] {
  const label = way.name ?? 'a way';
  const problems = [
    ...findEvidenceProblems(way.evidence, readResearch),
    ...findEvidenceProblems(way.call?.evidence ?? [], readResearch),
    ...findEvidenceProblems(way.website?.evidence ?? [], readResearch),
  ];
  if (way.call) {
    const quotes = way.call.evidence.map((evidence) => evidence.quote);
    for (const number of findUnconfirmedLines([way.call.number], quotes)) {
      problems.push(`${label}: no quotation gives the number ${number}`);
    }
  }
  if (way.website) {
    const { url } = way.website;
    if (!way.website.evidence.some((evidence) => evidence.quote.includes(url))) {
      problems.push(`${label}: no quotation contains the address ${url}`);
    }
  }
  const quotes = way.evidence.map((evidence) => evidence.quote);
  const text = [way.name ?? '', way.summary ?? ''].join(' ');
  for (const number of findUnconfirmedLines(numbersIn(text), quotes)) {
    problems.push(`${label}: the number ${number} is in its words but not in its quotations`);
  }
  for (const address of addressesIn(text)) {
    if (!quotes.some((quote) => quote.includes(address))) {
      problems.push(`${label}: the address ${address} is in its words but not in its quotations`);
    }
  }
  return problems;
}
