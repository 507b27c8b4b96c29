/** The deep linking response: the content item the platform places in the course. Pure. */
import { CLAIM } from "./claims";

export type DeepLinkChoice = {
  assignmentId: string;
  title: string;
  questionCount: number;
};

/**
 * The claims of a LtiDeepLinkingResponse: one LTI resource link that launches
 * Sourced's launch URL with the assignment as a custom parameter, and a line
 * item worth the assignment's marks (one per question) unless the platform
 * declined line items. It opens in a new window where the platform offers
 * that, as Sourced's pages need their own cookies (docs/lms.md).
 */
export function deepLinkResponseClaims(input: {
  deploymentId: string;
  launchUrl: string;
  data: string | null;
  acceptLineItem: boolean;
  presentationTargets: readonly string[];
  choice: DeepLinkChoice;
}): Record<string, unknown> {
  const { choice } = input;
  const item: Record<string, unknown> = {
    type: "ltiResourceLink",
    title: choice.title,
    text: `Sourced quiz: ${choice.questionCount} question${choice.questionCount === 1 ? "" : "s"}.`,
    url: input.launchUrl,
    custom: { sourced_assignment: choice.assignmentId },
  };
  if (input.acceptLineItem) {
    item.lineItem = {
      scoreMaximum: choice.questionCount,
      label: choice.title,
      resourceId: choice.assignmentId,
      tag: "sourced",
    };
  }
  if (input.presentationTargets.includes("window")) item.window = { targetName: "sourced" };
  return {
    [CLAIM.messageType]: "LtiDeepLinkingResponse",
    [CLAIM.version]: "1.3.0",
    [CLAIM.deploymentId]: input.deploymentId,
    [CLAIM.contentItems]: [item],
    [CLAIM.deepLinkMessage]: `Added “${choice.title}” from Sourced.`,
    ...(input.data !== null ? { [CLAIM.deepLinkData]: input.data } : {}),
  };
}
