/** "A", "B", "C" … for the options of a question in the instructor's tables. */
export function optionLetter(index: number): string {
  return String.fromCharCode(65 + index);
}
