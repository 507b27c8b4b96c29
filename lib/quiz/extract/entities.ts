import type { Entity, EntityKind } from "../types";
import { PLACE_ACRONYMS } from "./lexicon";

/**
 * One registry for all the articles given together, so "Hannigan" in one article and
 * "GCHQ Director Robert Hannigan" in another are one entity. Ids are slugs of the canonical
 * name (acronym for organisations that have one), so the same input gives the same ids.
 */
type Rec = { id: string; kind: EntityKind; name: string; aliases: Set<string> };

export const slug = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

const key = (s: string) =>
  s
    .toLowerCase()
    .replace(/[‘’']/g, "'")
    .replace(/^the\s+/, "")
    .replace(/\.(?=\s|$)/g, "")
    .replace(/\s+/g, " ")
    .trim();
/** A name as one line of text; a comma with no space after it ("Sasha Czack,split") is a typo that ends it. */
const oneLine = (s: string) =>
  s
    .replace(/,\S.*$/s, "")
    .replace(/\s+/g, " ")
    .trim();
const PREFIX: Record<EntityKind, string> = { person: "person", organization: "org", place: "place", other: "other" };

export class EntityRegistry {
  private recs: Rec[] = [];
  private byAlias = new Map<string, Rec>();
  private bySurname = new Map<string, Rec | null>();
  private byId = new Map<string, Rec>();

  private create(kind: EntityKind, raw: string, idBase: string): Rec {
    // a name a line break cut in two ("Yasin\n Patel") is written with one space
    const name = oneLine(raw);
    let id = `${PREFIX[kind]}:${slug(idBase) || "x"}`;
    for (let n = 2; this.byId.has(id); n++) id = `${PREFIX[kind]}:${slug(idBase)}-${n}`;
    const rec: Rec = { id, kind, name, aliases: new Set() };
    this.byId.set(id, rec);
    this.recs.push(rec);
    this.alias(rec, name);
    return rec;
  }

  private alias(rec: Rec, raw: string) {
    const name = oneLine(raw);
    if (!name) return;
    if (name !== rec.name) rec.aliases.add(name);
    const k = key(name);
    if (!this.byAlias.has(k)) this.byAlias.set(k, rec);
  }

  find(name: string): Rec | undefined {
    return this.byAlias.get(key(name));
  }

  /** An organisation (or other named thing) defined by an acronym: one entity for both forms. */
  addAcronym(short: string, long: string, kind: EntityKind): string {
    const rec = this.find(short) ?? this.find(long) ?? this.create(kind, long, short);
    if (rec.kind !== "person") {
      this.alias(rec, long);
      this.alias(rec, short);
      // An entity first met as a bare acronym takes its spelled-out name once it is defined.
      if (rec.name === short) {
        rec.name = long;
        rec.aliases.delete(long);
        rec.aliases.add(short);
      }
    }
    return rec.id;
  }

  addOrg(name: string, kind: EntityKind = "organization"): string {
    const found = this.find(name);
    if (found) return found.id;
    if (PLACE_ACRONYMS.has(name.toLowerCase())) kind = "place";
    return this.create(kind, name, name).id;
  }

  /** A full personal name (two or more words). Middle initials are kept, but "Merrick Garland" finds "Merrick B. Garland". */
  addPerson(raw: string): string {
    const name = oneLine(raw);
    const parts = name.split(/\s+/);
    const short = parts.length > 2 ? `${parts[0]} ${parts[parts.length - 1]}` : name;
    let rec = this.find(name) ?? this.find(short);
    if (rec && rec.kind !== "person") rec = undefined;
    if (!rec) rec = this.create("person", name, name);
    else if (name.length > rec.name.length) {
      rec.aliases.add(rec.name);
      rec.name = name;
      rec.aliases.delete(name);
    }
    this.alias(rec, name);
    this.alias(rec, short);
    const surname = parts[parts.length - 1];
    const prev = this.bySurname.get(key(surname));
    this.bySurname.set(key(surname), prev === undefined || prev === rec ? rec : null);
    return rec.id;
  }

  /** A one-word personal name: the known person with that surname, else a new person. */
  addSurname(name: string, create: boolean): string | undefined {
    const rec = this.bySurname.get(key(name));
    if (rec) {
      this.alias(rec, name);
      return rec.id;
    }
    const found = this.find(name);
    if (found) return found.id;
    return create ? this.create("person", name, name).id : undefined;
  }

  /** A one-word name that is not the known person with that surname ("Mr. Obama" in an article naming Michelle Obama). */
  addOtherPerson(name: string): string {
    const found = this.find(name);
    if (found && found.kind === "person" && found.name === name) return found.id;
    return this.create("person", name, name).id;
  }

  addAlias(id: string, name: string) {
    const rec = this.byId.get(id);
    if (rec) this.alias(rec, name);
  }

  get(id: string): Entity | undefined {
    const rec = this.byId.get(id);
    return (
      rec && {
        id: rec.id,
        kind: rec.kind,
        name: rec.name,
        aliases: [...rec.aliases].filter((a) => a !== rec.name).sort(),
      }
    );
  }

  all(): Entity[] {
    return this.recs.map((r) => ({
      id: r.id,
      kind: r.kind,
      name: r.name,
      aliases: [...r.aliases].filter((a) => a !== r.name).sort(),
    }));
  }

  kindOf(id: string): EntityKind | undefined {
    return this.byId.get(id)?.kind;
  }
}
