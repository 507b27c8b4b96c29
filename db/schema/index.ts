// The database schema, one module per area; drizzle-kit reads this folder.
export * from "./users";
export * from "./content";
export * from "./classes";
export * from "./attempts";
export * from "./reviews";
export * from "./curation";
export * from "./regrades";
export * from "./lti";
export * from "./reports";
