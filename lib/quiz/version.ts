/**
 * The content pipeline's version, stored beside the questions it generated.
 * Bump it with every change that can alter facts or questions for the same
 * text: the server then regenerates the library once, in the background, and
 * a start with the same version and the same content regenerates nothing.
 */
export const GENERATOR_VERSION = 58;
