CREATE TABLE "regrade_changes" (
	"regrade_id" uuid NOT NULL,
	"attempt_id" uuid NOT NULL,
	"old_score" real NOT NULL,
	"new_score" real NOT NULL,
	CONSTRAINT "regrade_changes_regrade_id_attempt_id_pk" PRIMARY KEY("regrade_id","attempt_id")
);
--> statement-breakpoint
CREATE TABLE "regrades" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"question_id" text NOT NULL,
	"from_versions" jsonb NOT NULL,
	"to_version" integer NOT NULL,
	"scope" text NOT NULL,
	"assignment_id" uuid,
	"instructor_id" uuid,
	"answers" integer NOT NULL,
	"changed_answers" integer NOT NULL,
	"changed_students" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "regrade_changes" ADD CONSTRAINT "regrade_changes_regrade_id_regrades_id_fk" FOREIGN KEY ("regrade_id") REFERENCES "public"."regrades"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regrade_changes" ADD CONSTRAINT "regrade_changes_attempt_id_attempts_id_fk" FOREIGN KEY ("attempt_id") REFERENCES "public"."attempts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regrades" ADD CONSTRAINT "regrades_question_id_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regrades" ADD CONSTRAINT "regrades_assignment_id_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."assignments"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regrades" ADD CONSTRAINT "regrades_instructor_id_users_id_fk" FOREIGN KEY ("instructor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "regrade_changes_attempt_idx" ON "regrade_changes" USING btree ("attempt_id");--> statement-breakpoint
CREATE INDEX "regrades_question_idx" ON "regrades" USING btree ("question_id","created_at");--> statement-breakpoint
CREATE INDEX "regrades_instructor_idx" ON "regrades" USING btree ("instructor_id","created_at");