/**
 * Stage 3 of the lookup, rank: every code the evidence points to, one candidate per code (its best), best first.
 * On equal scores the stronger kind of evidence gives the reason: a code the paste gives, then a code its text names,
 * then the message, then a code merely spelled like the paste's. For a code the catalog lacks, only codes spelled
 * closely like it are candidates. Codes the paste's operation returns rank above all others.
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
  const { entry } = candidate;
  // A code on the page of one that differs from it only in case (named by that one): the anchor of its own messages.
  const messageIndex = candidate.messageIndex ?? (entry.page === entry.code ? undefined : entry.messages[0]?.index);
  return {
    code: entry.code,
    ...(messageIndex === undefined ? {} : { messageIndex }),
    url: errorUrl(entry.page, messageIndex),
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

/**
 * The paste's own code: the code when it is certain, the codes it is a typo or a prefix of when it is near, the codes
 * it fits in other letter case when it fits several.
 */
function fromGivenCode({ code }: Evidence): Scored[] {
  if (!code) return [];
  const { match } = code;
  if (isCertain(match)) return [{ entry: match.entry, score: 1, reason: match.reason }];
  return match.kind === 'near' || match.kind === 'cases' ? match.candidates : [];
}

/** Codes spelled closely like a code the catalog does not have. */
function fromSimilarCodes({ code }: Evidence): Scored[] {
  return code?.match.kind === 'none' ? code.match.candidates : [];
}

function fromMentions({ mentioned }: Evidence): Scored[] {
  return mentioned.map((entry) => ({ entry, score: MENTION_SCORE, reason: `The text names code ${entry.code}.` }));
}

/**
 * Codes the operation returns first: their scores are mapped into the upper half, the others' into the lower half,
 * so the order within each stays and every score still says how good the candidate is against the others.
 */
function byOperation(scored: readonly Scored[], { operation }: Evidence): Scored[] {
  if (!operation || operation.returns.size === 0) return [...scored];
  return scored.map((candidate) =>
    operation.returns.has(candidate.entry)
      ? {
          ...candidate,
          score: 0.5 + Math.max(0, Math.min(1, candidate.score)) / 2,
          reason: `${candidate.reason} ${operation.name} returns it.`,
        }
      : { ...candidate, score: Math.max(0, Math.min(1, candidate.score)) / 2 },
  );
}

export function rankCandidates(evidence: Evidence, index: CatalogIndex): Ranking {
  // A code no source has gets only close spellings of it: codes that merely share its words or its message's are
  // other codes, not candidates for this one (decide.ts answers unknown-code).
  const scored =
    evidence.code?.match.kind === 'none'
      ? fromSimilarCodes(evidence)
      : [
          ...fromGivenCode(evidence),
          ...fromMentions(evidence),
          ...fromMessage(evidence.message),
          ...fromSimilarCodes(evidence),
        ];
  return {
    candidates: bestPerCode(byOperation(bestPerCode(scored, index), evidence), index)
      .slice(0, MAX_CANDIDATES)
      .map(candidateOf),
  };
}
