"use server";

/**
 * Does nothing, on purpose: the framework's own cost of a server action
 * (routing, the proxy, decoding the request, encoding the reply), the floor
 * `npm run bench:submit` measures the answer action against.
 */
export async function floorAction(): Promise<void> {}
