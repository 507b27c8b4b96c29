import { describe, expect, it } from "vitest";
import { copulaLead } from "./description-facts";
import { descriptions, facts } from "./test-helpers";

describe("appositions and copulas", () => {
  it("reads appositions and copulas about organisations", () => {
    const d = descriptions(
      "The country's top health body, the National Health Council (NHC), met. The NHC is the government’s adviser on public health. " +
        "Ofcom, the communications regulator, disagreed.",
    );
    expect(d).toContain("National Health Council: The country's top health body");
    expect(d).toContain("National Health Council: the government’s adviser on public health");
  });
  it("reads 'X, which does …' and any appositive ending in a kind of organisation", () => {
    expect(
      descriptions(
        "The Federal Aviation Administration (FAA), which regulates the nation's airspace, has said states may not act.",
      ),
    ).toEqual(["Federal Aviation Administration: regulates the nation's airspace"]);
    expect(
      descriptions("The European Commission, the EU's executive arm, is responsible for enforcing the rules."),
    ).toEqual(["European Commission: the EU's executive arm"]);
  });
  it("reads ', which mediated …' and keeps a thousands comma", () => {
    const f = facts(
      "The Andean Union (AnU), which mediated earlier rounds, welcomed it. The Harbor Workers Guild (HWG), which represents about 4,100 dockers, agreed.",
    );
    expect(f.descriptions.map((d) => d.text)).toEqual(["mediated earlier rounds", "represents about 4,100 dockers"]);
    expect(facts("The Andean Union (AnU), which said it would help, welcomed it.").descriptions).toEqual([]);
  });
  it("“, which is a part of X,” and “, a trade body whose members …” describe the organisation", () => {
    expect(
      descriptions(
        "The National Cyber Security Centre (NCSC) issued guidance. The NCSC, which is a part of GCHQ, is the UK's technical authority for cyber security.",
      ),
    ).toContain("National Cyber Security Centre: a part of GCHQ");
    expect(
      facts(
        "The Widget Makers Association (WMA), a trade body whose members sell widgets, welcomed the rules.",
      ).descriptions.map((d) => d.text),
    ).toContain("a trade body whose members sell widgets");
    expect(
      facts("The National Cyber Security Centre (NCSC), which is based in London, issued guidance.").descriptions.map(
        (d) => d.text,
      ),
    ).not.toContain("based in London");
  });
  it("skips a company form, a ticker and a release dateline", () => {
    expect(
      descriptions(
        "PITTSBURGH--(BUSINESS WIRE)--Norvale Robotics, Inc. (NASDAQ: NRVL), a leading provider of warehouse systems, today announced a deal.",
      ),
    ).toEqual(["Norvale Robotics: a leading provider of warehouse systems"]);
    expect(
      facts(
        "The plant, owned by Lyondell Chemicals Co., a Houston-based maker of plastics, was inspected in April.",
      ).descriptions.map((d) => d.text),
    ).toContain("a Houston-based maker of plastics");
  });
  it("does not describe from a person's appositive, a copula with an adverb, or 'which is expected'", () => {
    expect(descriptions("Maria Lopez, a spokeswoman for the group, said it would appeal.")).toEqual([]);
    expect(descriptions("The committee met. “The committee is clearly divided,” Mehta said.")).toEqual([]);
    expect(descriptions("The Monetary Policy Committee, which is expected to meet in June, held rates.")).toEqual([]);
    expect(descriptions("The European Commission, the EU, and the Council of Europe met.")).toEqual([]);
  });
  it("does not describe an organisation by a future plan or a passive of 'the team'", () => {
    expect(facts("Norlake Corp. reported results. The company will hold its meeting on Dec. 12.").descriptions).toEqual(
      [],
    );
    expect(facts("The Royal Society (RS) funded it. The team has been awarded more time.").descriptions).toEqual([]);
  });
});

describe("unknown names described as organisations", () => {
  it("makes an unknown name an organisation when its appositive says so", () => {
    expect(
      descriptions(
        "Action Fraud, the UK's national reporting centre for fraud and cyber crime, received 5,000 reports.",
      ),
    ).toEqual(["Action Fraud: the UK's national reporting centre for fraud and cyber crime"]);
  });
  it("a sentence opening with an organisation's name and a copula to a kind of organisation describes it", () => {
    expect(copulaLead("Eurojust, based in The Hague, is the EU's agency for criminal justice cooperation.")).toEqual({
      name: "Eurojust",
      text: "the EU's agency for criminal justice cooperation",
    });
    expect(copulaLead("Europol is the European Union's law enforcement agency, supporting the states.")?.text).toBe(
      "the European Union's law enforcement agency",
    );
    expect(copulaLead("Paris is the capital of France.")).toBeUndefined();
    expect(copulaLead("Smith is a long way from home.")).toBeUndefined();
  });
  it("a name nobody classified is an organisation when the copula makes it a kind of organisation", () => {
    expect(
      descriptions("Officers met at Quorvex in June. Quorvex, based in Lyon, is the region's agency for road safety."),
    ).toEqual(["Quorvex: the region's agency for road safety"]);
    expect(facts("Officers met at Quorvex in June. Quorvex is a long way from Lyon.").descriptions).toEqual([]);
  });
});

describe("kinds named before the name, and what it was", () => {
  it("reads a lower-case kind of organisation right before its name", () => {
    expect(descriptions("Prices were raised by market leader Acme Corp on Friday.")).toEqual([
      "Acme Corp: market leader",
    ]);
    expect(descriptions("Shares of chipmaker Nvidia rose.")).toEqual(["Nvidia: chipmaker"]);
  });
  it("reads ', which was once …' ending in a kind of organisation", () => {
    expect(descriptions("Acme Corp, which was once the largest maker of typewriters, closed.")).toEqual([
      "Acme Corp: the largest maker of typewriters",
    ]);
  });
  it("not a title before a person, nor 'which is' with no kind of organisation", () => {
    expect(descriptions("Opposition leader Jane Roe spoke.")).toEqual([]);
    expect(descriptions("Acme Corp, which is the biggest employer in the town, closed.")).toEqual([]);
  });
});

describe("kinds of company, past copulas and 'one of'", () => {
  it("reads appositives headed by trade nouns, with a 'by' tail", () => {
    expect(descriptions("Polaris Foods, the country's largest poultry processor, said profits rose.")).toEqual([
      "Polaris Foods: the country's largest poultry processor",
    ]);
    expect(descriptions("Tidewater Bank, the region's biggest lender by assets, reported results.")).toEqual([
      "Tidewater Bank: the region's biggest lender by assets",
    ]);
  });
  it("reads 'the market leader' after a name and 'Market leader' opening a sentence", () => {
    expect(descriptions("The deal was struck by Polaris Foods, the market leader, last year.")).toEqual([
      "Polaris Foods: the market leader",
    ]);
    expect(descriptions("Market leader Polaris Foods cut prices on Monday.")).toEqual(["Polaris Foods: market leader"]);
    expect(descriptions("The leader, Polaris Foods, said so.")).toEqual([]);
  });
  it("reads 'is one of the …' and 'was a …' copulas, up to a second predicate", () => {
    expect(descriptions("Harbor Mills is one of the largest paper producers in the state.")).toEqual([
      "Harbor Mills: one of the largest paper producers in the state",
    ]);
    expect(descriptions("Harbor Mills was the town's biggest employer and was sold in 2019.")).toEqual([
      "Harbor Mills: the town's biggest employer",
    ]);
    expect(descriptions("Polaris Foods was fined $2 million in 2019.")).toEqual([]);
  });
  it("reads ', one of the … <kinds>' after a name, and a copula after a company form", () => {
    expect(descriptions("Sales rose at Acme Corp, one of the largest battery makers in Texas.")).toEqual([
      "Acme Corp: one of the largest battery makers in Texas",
    ]);
    expect(descriptions("Acme Corp, one of the city's oldest buildings, burned down.")).toEqual([]);
    expect(descriptions("Voltaic Inc. is the world's second-largest battery maker.")).toEqual([
      "Voltaic Inc: the world's second-largest battery maker",
    ]);
  });
  it("reads a copula after a name in apposition", () => {
    expect(descriptions("The agency, Quorvex Authority, is the region’s road safety body.")).toContain(
      "Quorvex Authority: the region’s road safety body",
    );
  });
  it("makes no organisation of a pronoun opening a copula", () => {
    const f = facts("Tom Fry spoke. He was a central broker of the climate agreement.");
    expect(f.descriptions).toEqual([]);
    expect(f.entities.map((e) => e.name)).toEqual(["Tom Fry"]);
  });
});

describe("support", () => {
  it("names the construction a description was read from", () => {
    const [d] = facts(
      "The Federal Aviation Administration (FAA), which regulates the nation's airspace, has said states may not act.",
    ).descriptions;
    expect(d.signals).toEqual(["description:which-does"]);
    expect(d.confidence).toBeGreaterThan(0);
  });
});
