import type { Metadata } from "next";
import { floorAction } from "../../actions";

export const metadata: Metadata = { title: "Benchmark floor" };

// Holds the no-op server action so the build registers it; `npm run bench:submit` calls it over HTTP.
export default function FloorPage() {
  return (
    <div className="mx-auto max-w-2xl px-4 py-10">
      <h1 className="text-2xl font-bold">Benchmark floor</h1>
      <p className="mt-2">
        This page holds a server action that does nothing, to measure the framework&apos;s own cost.
      </p>
      <form action={floorAction} className="mt-4">
        <button type="submit" className="btn-secondary">
          Do nothing
        </button>
      </form>
    </div>
  );
}
