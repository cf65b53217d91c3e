CREATE TYPE "public"."agenda_item_kind" AS ENUM('for_decision', 'goal_worse', 'unit_lowest_class', 'milestone_overdue', 'budget_overrun', 'free');--> statement-breakpoint
CREATE TYPE "public"."attendance" AS ENUM('anwesend', 'entschuldigt', 'abwesend');--> statement-breakpoint
CREATE TYPE "public"."body_kind" AS ENUM('lenkungsgruppe', 'steuerungsgruppe', 'ausschuss', 'arbeitsgruppe');--> statement-breakpoint
CREATE TYPE "public"."decision_outcome" AS ENUM('beschlossen', 'abgelehnt', 'zurueckverwiesen', 'vertagt');--> statement-breakpoint
CREATE TYPE "public"."meeting_status" AS ENUM('geplant', 'einladung_versandt', 'durchgefuehrt', 'protokoll_freigegeben');--> statement-breakpoint
CREATE TYPE "public"."member_role" AS ENUM('vorsitz', 'mitglied', 'stellvertretung', 'beratend');--> statement-breakpoint
CREATE TABLE "agenda_item" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" "agenda_item_kind" NOT NULL,
	"title" text NOT NULL,
	"goal_id" uuid,
	"measure_id" uuid,
	"unit_id" uuid,
	"proposal" jsonb,
	"paper" text,
	"proposed_decision" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agenda_item_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "body" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" "body_kind" NOT NULL,
	"description" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "body_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "body_name" UNIQUE("tenant_id","name")
);
--> statement-breakpoint
CREATE TABLE "body_member" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"user_id" uuid,
	"name" text NOT NULL,
	"organisation" text,
	"email" text,
	"role" "member_role" DEFAULT 'mitglied' NOT NULL,
	"left_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "body_member_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "decision" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"agenda_item_id" uuid NOT NULL,
	"outcome" "decision_outcome" NOT NULL,
	"text" text NOT NULL,
	"conditions" text,
	"votes_yes" integer,
	"votes_no" integer,
	"votes_abstain" integer,
	"decided_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "decision_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "decision_item" UNIQUE("tenant_id","agenda_item_id")
);
--> statement-breakpoint
CREATE TABLE "meeting" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"title" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"place" text,
	"online_link" text,
	"status" "meeting_status" DEFAULT 'geplant' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "meeting_attendance" (
	"tenant_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"attendance" "attendance" NOT NULL,
	CONSTRAINT "meeting_attendance_tenant_id_meeting_id_member_id_pk" PRIMARY KEY("tenant_id","meeting_id","member_id")
);
--> statement-breakpoint
ALTER TABLE "agenda_item" ADD CONSTRAINT "agenda_item_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_item" ADD CONSTRAINT "agenda_item_tenant_id_meeting_id_meeting_tenant_id_id_fk" FOREIGN KEY ("tenant_id","meeting_id") REFERENCES "public"."meeting"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_item" ADD CONSTRAINT "agenda_item_tenant_id_goal_id_goal_tenant_id_id_fk" FOREIGN KEY ("tenant_id","goal_id") REFERENCES "public"."goal"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_item" ADD CONSTRAINT "agenda_item_tenant_id_measure_id_measure_tenant_id_id_fk" FOREIGN KEY ("tenant_id","measure_id") REFERENCES "public"."measure"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_item" ADD CONSTRAINT "agenda_item_tenant_id_unit_id_spatial_unit_tenant_id_id_fk" FOREIGN KEY ("tenant_id","unit_id") REFERENCES "public"."spatial_unit"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "body" ADD CONSTRAINT "body_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "body_member" ADD CONSTRAINT "body_member_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "body_member" ADD CONSTRAINT "body_member_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "body_member" ADD CONSTRAINT "body_member_tenant_id_body_id_body_tenant_id_id_fk" FOREIGN KEY ("tenant_id","body_id") REFERENCES "public"."body"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision" ADD CONSTRAINT "decision_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision" ADD CONSTRAINT "decision_tenant_id_agenda_item_id_agenda_item_tenant_id_id_fk" FOREIGN KEY ("tenant_id","agenda_item_id") REFERENCES "public"."agenda_item"("tenant_id","id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_tenant_id_body_id_body_tenant_id_id_fk" FOREIGN KEY ("tenant_id","body_id") REFERENCES "public"."body"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_tenant_id_meeting_id_meeting_tenant_id_id_fk" FOREIGN KEY ("tenant_id","meeting_id") REFERENCES "public"."meeting"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_tenant_id_member_id_body_member_tenant_id_id_fk" FOREIGN KEY ("tenant_id","member_id") REFERENCES "public"."body_member"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agenda_item_meeting" ON "agenda_item" USING btree ("tenant_id","meeting_id","position");--> statement-breakpoint
CREATE INDEX "agenda_item_goal" ON "agenda_item" USING btree ("tenant_id","goal_id");--> statement-breakpoint
CREATE INDEX "agenda_item_measure" ON "agenda_item" USING btree ("tenant_id","measure_id");--> statement-breakpoint
CREATE INDEX "body_member_body" ON "body_member" USING btree ("tenant_id","body_id");--> statement-breakpoint
CREATE INDEX "meeting_body" ON "meeting" USING btree ("tenant_id","body_id","starts_at");