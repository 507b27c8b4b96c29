import { shuffle, type Rng } from "@/lib/random";

// Plausible names for the demo class's generated students: a mix a UK classroom might have.
const FIRST = [
  "Amara",
  "Ben",
  "Chloe",
  "Dev",
  "Ella",
  "Finn",
  "Grace",
  "Hamza",
  "Isla",
  "Jack",
  "Kofi",
  "Lena",
  "Maya",
  "Noah",
  "Oliver",
  "Priya",
  "Quinn",
  "Rosa",
  "Sami",
  "Tariq",
  "Uma",
  "Viktor",
  "Wren",
  "Yusuf",
  "Zara",
  "Aisha",
  "Callum",
  "Freya",
  "Jun",
  "Mei",
  "Nia",
  "Owen",
  "Ruby",
  "Theo",
  "Leon",
  "Sofia",
];
const LAST = [
  "Adams",
  "Begum",
  "Chen",
  "Davies",
  "Evans",
  "Fraser",
  "Gupta",
  "Hughes",
  "Ibrahim",
  "Jones",
  "Khan",
  "Lewis",
  "Murphy",
  "Nowak",
  "Okafor",
  "Patel",
  "Reid",
  "Singh",
  "Taylor",
  "Walsh",
  "Wright",
  "Ahmed",
  "Kowalski",
  "O'Brien",
  "Mensah",
  "Li",
  "Campbell",
  "Rossi",
  "Novak",
  "Haddad",
];

export function demoStudents(rng: Rng, count: number, now: Date, domain: string) {
  const first = shuffle(FIRST, rng).slice(0, count);
  const last = shuffle(LAST, rng);
  return first.map((f, i) => {
    const l = last[i % last.length]!;
    const local = `${f}.${l}`.toLowerCase().replace(/[^a-z.]/g, "");
    return {
      name: `${f} ${l}`,
      email: `${local}@${domain}`,
      joinedAt: new Date(now.getTime() + (-23 + rng() * 2) * 86_400_000),
    };
  });
}

/** The nth name of a long list (a benchmark's 500 students): every first name with every surname. */
export function nthName(n: number): string {
  const name = `${FIRST[n % FIRST.length]} ${LAST[Math.floor(n / FIRST.length) % LAST.length]}`;
  return n >= FIRST.length * LAST.length ? `${name} ${Math.floor(n / (FIRST.length * LAST.length)) + 1}` : name;
}
