// Vitest stands in for the "server-only" marker package, whose plain import
// throws outside React Server Components.
export {};
