/**
 * Stage 3 of the lookup, rank: every code the evidence points to, one candidate per code (its best), best first.
 * On equal scores the stronger kind of evidence gives the reason: a code the paste gives, then a code its text names,
 * then the message, then a code merely spelled like the paste's.
 */
import { errorUrl } from '../catalog/urls.ts';
import { bestPerCode, type CatalogIndex } from './catalog-index.ts';
import { isCertain, type Evidence, type MessageEvidence } from './evidence.ts';
import type { LookupCandidate, LookupEntry } from './types.ts';

/** At most this many candidates are returned. */
export const MAX_CANDIDATES = 8;
/** A code the text names, when the paste gives none of its own. */
const MENTION_SCORE = 0.8;

interface Scored {
  entry: LookupEntry;
  messageIndex?: number;
  score: number;
  reason: string;
}

/** What stage 3 (rank) hands on. */
export interface Ranking {
  /** One per code, best first, catalog order among equals, at most MAX_CANDIDATES. */
  candidates: LookupCandidate[];
}

function candidateOf(candidate: Scored): LookupCandidate {
  return {
    code: candidate.entry.code,
    ...(candidate.messageIndex === undefined ? {} : { messageIndex: candidate.messageIndex }),
    url: errorUrl(candidate.entry.code, candidate.messageIndex),
    score: Math.round(Math.max(0, Math.min(1, candidate.score)) * 1000) / 1000,
    reason: candidate.reason,
  };
}

/** Message hits as candidates: relevant ones only (a fraction of the best), one per code. */
function fromMessage(message: MessageEvidence | undefined): Scored[] {
  const ranked = message?.ranked ?? [];
  const top = ranked[0]?.score ?? 0;
  const floor = Math.max(0.1, top * 0.35);
  const seen = new Set<LookupEntry>();
  const out: Scored[] = [];
  for (const hit of ranked) {
    if (hit.score < floor || seen.has(hit.item.entry)) continue;
    seen.add(hit.item.entry);
    out.push({
      entry: hit.item.entry,
      ...(hit.item.entry.messages.length > 1 ? { messageIndex: hit.item.message.index } : {}),
      score: hit.score,
      reason: hit.reason,
    });
    if (out.length >= MAX_CANDIDATES * 2) break;
  }
  return out;
}

/** The paste's own code: the code when it is certain, the codes it is a typo or a prefix of when it is near. */
function fromGivenCode({ code }: Evidence): Scored[] {
  if (!code) return [];
  const { match } = code;
  if (isCertain(match)) return [{ entry: match.entry, score: 1, reason: match.reason }];
  return match.kind === 'near' ? match.candidates : [];
}

/** Codes spelled like (or sharing words with) a code the catalog does not have. */
function fromSimilarCodes({ code }: Evidence): Scored[] {
  return code?.match.kind === 'none' ? code.match.candidates : [];
}

function fromMentions({ mentioned }: Evidence): Scored[] {
  return mentioned.map((entry) => ({ entry, score: MENTION_SCORE, reason: `The text names code ${entry.code}.` }));
}

// Operation and product evidence (evidence.ts) will weigh in here, once gathered.

export function rankCandidates(evidence: Evidence, index: CatalogIndex): Ranking {
  const scored = [
    ...fromGivenCode(evidence),
    ...fromMentions(evidence),
    ...fromMessage(evidence.message),
    ...fromSimilarCodes(evidence),
  ];
  return { candidates: bestPerCode(scored, index).slice(0, MAX_CANDIDATES).map(candidateOf) };
}
