// The deep linking URL: platforms may post deep linking requests here as well
// as to the launch URL; the launch handler tells the message types apart.
export { POST } from "../launch/route";

export const dynamic = "force-dynamic";
