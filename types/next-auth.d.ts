import type { DefaultSession } from "next-auth";

type Role = "student" | "instructor";

declare module "next-auth" {
  interface User {
    role: Role;
  }
  interface Session {
    /** sid: the server-side session record (db/queries/sessions.ts) this cookie stands for. */
    user: { id: string; role: Role; sid: string } & DefaultSession["user"];
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    role: Role;
    sid: string;
  }
}
