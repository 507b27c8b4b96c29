/**
 * Lookups over the corpus' facts, built once per corpus: who holds which
 * positions, which organisations have roles, descriptions or acronyms, which
 * descriptions read alike, and the "is this entity worth offering" tests that
 * distractor pools are split by (stable functions, so the split is kept).
 */
import type { Cluster, Corpus, CRole } from "./corpus";
import { entityIndex } from "./entity-index";
import { SimilarityIndex, TitleIndex } from "./similar";
import { isQuoted, saysInText, saysStatement } from "./speakers";
import { bare } from "./text";

/** Descriptions sharing more of their content words than this describe the same thing. */
const ALIKE = 0.5;

export class FactIndex {
  private readonly rolesOf = new Map<Cluster, number[]>();
  private readonly holders = new Set<Cluster>();
  private readonly roleOrgs = new Set<Cluster>();
  private readonly described = new Set<Cluster>();
  private readonly named = new Set<Cluster>();
  private titles?: TitleIndex;
  private expansions?: Set<string>;
  private alike?: SimilarityIndex;

  /** people and organisations quoted anywhere, or shown saying something in the text */
  readonly isSpeaker = (c: Cluster) => isQuoted(this.corpus, c) || saysInText(this.corpus, c);
  /** people and organisations quoted anywhere in the corpus */
  readonly isQuoteSpeaker = (c: Cluster) => isQuoted(this.corpus, c);
  /** people and organisations who say a whole statement somewhere in the corpus: a wrong speaker of a quotation */
  readonly isStatementSpeaker = (c: Cluster) => saysStatement(this.corpus, c);
  /** people the corpus gives a position */
  readonly isRoleHolder = (c: Cluster) => this.holders.has(c);
  /** organisations where someone holds a position, or known by an acronym */
  readonly isEmployerOrNamed = (c: Cluster) => this.roleOrgs.has(c) || this.named.has(c);
  /** organisations the corpus describes, or known by an acronym */
  readonly isDescribedOrNamed = (c: Cluster) => this.described.has(c) || this.named.has(c);

  constructor(private readonly corpus: Corpus) {
    corpus.roles.forEach((r, i) => {
      const list = this.rolesOf.get(r.personC) ?? [];
      list.push(i);
      this.rolesOf.set(r.personC, list);
      this.holders.add(r.personC);
      if (r.orgC) this.roleOrgs.add(r.orgC);
    });
    for (const d of corpus.descriptions) if (d.subjectC) this.described.add(d.subjectC);
    const ix = entityIndex(corpus);
    for (const a of corpus.acronyms) ix.named(bare(a.short)).forEach((c) => this.named.add(c));
  }

  /** Is this (bare) text an expansion the corpus gives some acronym? */
  isRealExpansion(bareText: string): boolean {
    this.expansions ??= new Set([...this.corpus.expansions.values()].flatMap((s) => [...s]));
    return this.expansions.has(bareText);
  }

  /** Roles of the person or of anyone who may be that person, in corpus order. */
  rolesOfAnyone(person: Cluster): CRole[] {
    const at = entityIndex(this.corpus)
      .corefs(person)
      .flatMap((c) => this.rolesOf.get(c) ?? []);
    return at.sort((a, b) => a - b).map((i) => this.corpus.roles[i]);
  }

  /** Roles whose title overlaps this one (`titleOverlaps`), in corpus order. */
  rolesWithTitleLike(title: string): CRole[] {
    this.titles ??= new TitleIndex(this.corpus.roles.map((r) => r.title));
    return this.titles.overlapping(title).map((i) => this.corpus.roles[i]);
  }

  /** Subjects of the descriptions that read like this text (more than half their content words shared), in corpus order. */
  describedLike(text: string): Cluster[] {
    this.alike ??= SimilarityIndex.over(
      this.corpus.descriptions.map((d) => d.text),
      ALIKE,
    );
    return this.alike.similar(text).flatMap((i) => {
      const s = this.corpus.descriptions[i].subjectC;
      return s ? [s] : [];
    });
  }
}

const INDEX = new WeakMap<Corpus, FactIndex>();

export function factIndex(corpus: Corpus): FactIndex {
  let ix = INDEX.get(corpus);
  if (!ix) INDEX.set(corpus, (ix = new FactIndex(corpus)));
  return ix;
}
