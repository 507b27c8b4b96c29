import { describe, expect, it } from "vitest";
import { csvCell, csvFileName, csvRow, toCsv } from "./csv";

describe("csv", () => {
  it("quotes per RFC 4180", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
  });

  it("defuses cells a spreadsheet would run as a formula", () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell("+1")).toBe("'+1");
    expect(csvCell("-2")).toBe("'-2");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\tcmd")).toBe("'\tcmd");
    expect(csvCell("a=b")).toBe("a=b");
  });

  it("writes our own numbers as numbers, negative ones included", () => {
    expect(csvCell(-12.5)).toBe("-12.5");
    expect(csvCell(0)).toBe("0");
    expect(csvCell(Number.NaN)).toBe("");
    expect(csvCell(true)).toBe("true");
    expect(csvCell(new Date("2026-01-02T03:04:05Z"))).toBe("2026-01-02T03:04:05.000Z");
  });

  it("starts with a BOM and ends every line with CRLF", () => {
    const text = toCsv(
      ["name", "score"],
      [
        ["Zoë", 1],
        ["O'Neil, Pat", 0.5],
      ],
    );
    expect(text).toBe('\uFEFFname,score\r\nZoë,1\r\n"O\'Neil, Pat",0.5\r\n');
    expect(csvRow(["a", "b"])).toBe("a,b\r\n");
  });

  it("makes header-safe file names", () => {
    expect(csvFileName("Year 10 — History", "Week 1: GCHQ")).toBe("year-10-history-week-1-gchq.csv");
    expect(csvFileName("“”")).toBe("export.csv");
  });
});
