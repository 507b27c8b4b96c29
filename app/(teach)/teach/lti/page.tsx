import type { Metadata } from "next";
import { headers } from "next/headers";
import { ConfirmButton } from "@/components/confirm-button";
import { LocalTime } from "@/components/local-time";
import { currentKeyInfo } from "@/db/queries/lti/keys";
import { listPlatformsForInstructor } from "@/db/queries/lti/platforms";
import { toolUrls } from "@/lib/lti/urls";
import { toolOrigin } from "@/server/lti/origin";
import { requireInstructor } from "@/server/session";
import { deletePlatformAction, rotateKeyAction } from "../../lti-actions";
import { EmptyState, PageHeader } from "../../_components/page-header";
import { PlatformForm } from "../../_components/platform-form";

export const metadata: Metadata = { title: "LMS connections" };

type Params = { searchParams: Promise<{ registered?: string; rotated?: string }> };

function Value({ label, value, hint }: { label: string; value: string; hint: string }) {
  return (
    <div className="py-3">
      <dt className="font-semibold">{label}</dt>
      <dd className="mt-1">
        <code className="rounded bg-stone-100 px-2 py-1 text-sm break-all dark:bg-stone-800">{value}</code>
      </dd>
      <dd className="mt-1 text-sm text-stone-600 dark:text-stone-400">{hint}</dd>
    </div>
  );
}

export default async function LtiPage({ searchParams }: Params) {
  const user = await requireInstructor();
  const { registered, rotated } = await searchParams;
  const urls = toolUrls(toolOrigin(await headers()));
  const [platforms, key] = await Promise.all([listPlatformsForInstructor(user.id), currentKeyInfo()]);
  return (
    <div className="mx-auto max-w-5xl px-4 py-10">
      <PageHeader crumbs={[{ href: "/teach", label: "Teach" }]} eyebrow="LTI 1.3" title="LMS connections">
        Add Sourced to Moodle, Canvas or any LMS that launches LTI 1.3 tools: students open an assignment from their
        course, and their scores go to its gradebook. The set-up guide (docs/lms.md in Sourced’s repository) walks
        through Moodle and Canvas step by step.
      </PageHeader>
      {(registered || rotated) && (
        <p
          role="status"
          className="mb-6 rounded-lg border border-brand-200 bg-brand-50 px-4 py-3 text-sm font-medium text-brand-800 dark:border-brand-800 dark:bg-brand-800/30 dark:text-brand-100"
        >
          {registered ? "The LMS is registered. Launches from it now reach Sourced." : "The tool has a new key."}
        </p>
      )}

      <section aria-labelledby="tool-heading" className="card p-5">
        <h2 id="tool-heading" className="text-xl font-semibold">
          1. Paste these into your LMS
        </h2>
        <dl className="mt-2 divide-y divide-stone-200 dark:divide-stone-800">
          <Value
            label="Login initiation URL"
            value={urls.login}
            hint="Moodle: Initiate login URL. Canvas: OIDC Initiation Url."
          />
          <Value
            label="Redirect (launch) URL"
            value={urls.launch}
            hint="Moodle: Tool URL and Redirection URI(s). Canvas: Target Link URI and Redirect URIs."
          />
          <Value
            label="Deep linking URL"
            value={urls.deepLink}
            hint="Moodle: Content Selection URL (tick Supports Deep Linking). Canvas: add it to Redirect URIs, and as the Target Link URI of the Link Selection placement."
          />
          <Value
            label="Public keyset (JWKS) URL"
            value={urls.jwks}
            hint="Moodle: Public keyset. Canvas: Public JWK URL."
          />
        </dl>
        <p className="mt-3 text-sm text-stone-700 dark:text-stone-300">
          Grant the LMS’s Assignment and Grade Services (Moodle: “Use this service for grade sync and column
          management”; Canvas: the LTI Advantage scopes for line items and scores) so scores reach its gradebook.
        </p>
        <div className="mt-4 flex flex-wrap items-center gap-3 text-sm">
          <span>
            Tool key{" "}
            {key ? (
              <>
                <code className="break-all">{key.kid}</code>, made <LocalTime date={key.createdAt} />
              </>
            ) : (
              "not made yet: it is made on first use."
            )}
          </span>
          <form action={rotateKeyAction}>
            <ConfirmButton
              className="btn-secondary"
              question="Make a new signing key? The key set keeps the old one until the next rotation, so LMSs that cached it go on working."
            >
              Rotate the tool’s key
            </ConfirmButton>
          </form>
        </div>
      </section>

      <div className="mt-10 grid gap-6 md:grid-cols-[1fr_24rem]">
        <section aria-labelledby="platforms-heading">
          <h2 id="platforms-heading" className="text-xl font-semibold">
            Your registered LMSs
          </h2>
          {platforms.length === 0 ? (
            <div className="mt-4">
              <EmptyState title="No LMS registered yet">
                Register the tool in your LMS with the values above, then enter what the LMS shows for it here.
              </EmptyState>
            </div>
          ) : (
            <ul className="mt-4 space-y-4">
              {platforms.map((p) => (
                <li key={p.id} className="card p-4">
                  <h3 className="font-semibold">{p.name}</h3>
                  <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
                    <dt className="text-stone-600 dark:text-stone-400">Issuer</dt>
                    <dd className="break-all">{p.issuer}</dd>
                    <dt className="text-stone-600 dark:text-stone-400">Client ID</dt>
                    <dd className="break-all">{p.clientId}</dd>
                    <dt className="text-stone-600 dark:text-stone-400">Deployment IDs</dt>
                    <dd className="break-all">{p.deploymentIds.join(", ")}</dd>
                    <dt className="text-stone-600 dark:text-stone-400">Keyset</dt>
                    <dd className="break-all">{p.jwksUrl}</dd>
                  </dl>
                  <form action={deletePlatformAction} className="mt-3">
                    <input type="hidden" name="id" value={p.id} />
                    <ConfirmButton
                      className="btn-secondary px-3 py-1.5"
                      question={`Remove ${p.name}? Its launches stop working; accounts, classes and answers stay.`}
                      aria-label={`Remove ${p.name}`}
                    >
                      Remove
                    </ConfirmButton>
                  </form>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="register-heading" className="card p-5">
          <h2 id="register-heading" className="text-xl font-semibold">
            2. Register your LMS
          </h2>
          <div className="mt-3">
            <PlatformForm />
          </div>
        </section>
      </div>
    </div>
  );
}
