import { describe, expect, it } from "vitest";
import { formatJoinCode, generateJoinCode, JOIN_CODE_ALPHABET, normaliseJoinCode } from "./join-code";

describe("join codes", () => {
  it("uses only unambiguous characters", () => {
    expect(JOIN_CODE_ALPHABET).not.toMatch(/[0O1IL5S]/);
    for (let i = 0; i < 200; i++)
      expect(generateJoinCode((max) => Math.floor(Math.random() * max))).toMatch(
        new RegExp(`^[${JOIN_CODE_ALPHABET}]{6}$`),
      );
  });

  it("is driven by the random source it is given", () => {
    expect(generateJoinCode(() => 0)).toBe("AAAAAA");
    expect(generateJoinCode((max) => max - 1)).toBe("999999");
  });

  it("accepts what students type: lower case, spaces, dashes", () => {
    expect(normaliseJoinCode(" abc-def ")).toBe("ABCDEF");
    expect(normaliseJoinCode("ABC DEF")).toBe("ABCDEF");
    expect(normaliseJoinCode("abcde")).toBeNull();
    expect(normaliseJoinCode("ABCDEFG")).toBeNull();
    expect(normaliseJoinCode("ABCDE0")).toBeNull();
    expect(normaliseJoinCode("")).toBeNull();
  });

  it("formats for reading aloud", () => {
    expect(formatJoinCode("ABCDEF")).toBe("ABC DEF");
  });
});
