CREATE TYPE "public"."goal_direction" AS ENUM('higher', 'lower');--> statement-breakpoint
CREATE TYPE "public"."goal_level" AS ENUM('leitziel', 'handlungsziel', 'wirkungsziel');--> statement-breakpoint
CREATE TYPE "public"."goal_origin" AS ENUM('gesamtstrategie', 'fachplanung', 'sozialraumkonferenz');--> statement-breakpoint
CREATE TYPE "public"."goal_rating" AS ENUM('reached', 'on_track', 'at_risk', 'off_track', 'no_data');--> statement-breakpoint
CREATE TYPE "public"."goal_scope_kind" AS ENUM('tenant', 'units', 'index_class');--> statement-breakpoint
CREATE TYPE "public"."goal_status" AS ENUM('entwurf', 'zur_entscheidung', 'beschlossen', 'erreicht', 'aufgegeben');--> statement-breakpoint
CREATE TYPE "public"."funding_source" AS ENUM('haushalt', 'foerderprogramm');--> statement-breakpoint
CREATE TYPE "public"."measure_status" AS ENUM('geplant', 'laufend', 'abgeschlossen', 'abgebrochen');--> statement-breakpoint
CREATE TABLE "goal" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"parent_id" uuid,
	"topic_id" uuid,
	"level" "goal_level" NOT NULL,
	"title" text NOT NULL,
	"rationale" text,
	"indicator_id" uuid,
	"direction" "goal_direction",
	"scope_kind" "goal_scope_kind" DEFAULT 'tenant' NOT NULL,
	"scope_layer_id" uuid,
	"scope_index_id" uuid,
	"scope_class_kind" text,
	"scope_class" text,
	"scope_date" date,
	"baseline_value" double precision,
	"baseline_date" date,
	"baseline_reason" text,
	"target_value" double precision,
	"target_date" date,
	"owner_department_id" uuid,
	"owner_name" text,
	"origin" "goal_origin" NOT NULL,
	"status" "goal_status" DEFAULT 'entwurf' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "goal_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "goal_code" UNIQUE("tenant_id","code")
);
--> statement-breakpoint
CREATE TABLE "goal_assessment" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"goal_id" uuid NOT NULL,
	"assessed_on" date NOT NULL,
	"rating" "goal_rating" NOT NULL,
	"text" text NOT NULL,
	"author" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "goal_assessment_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "goal_rating_entry" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"goal_id" uuid NOT NULL,
	"unit_id" uuid,
	"checked_at" timestamp with time zone NOT NULL,
	"data_version" text NOT NULL,
	"rating" "goal_rating" NOT NULL,
	"current_value" double precision,
	"value_date" date,
	"progress" double precision,
	"projected" double precision,
	"shortfall" double precision,
	"reason" jsonb NOT NULL,
	CONSTRAINT "goal_rating_entry_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "goal_unit" (
	"tenant_id" uuid NOT NULL,
	"goal_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	CONSTRAINT "goal_unit_tenant_id_goal_id_unit_id_pk" PRIMARY KEY("tenant_id","goal_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "topic_department" (
	"tenant_id" uuid NOT NULL,
	"topic_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	CONSTRAINT "topic_department_tenant_id_topic_id_department_id_pk" PRIMARY KEY("tenant_id","topic_id","department_id")
);
--> statement-breakpoint
CREATE TABLE "measure" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"status" "measure_status" DEFAULT 'geplant' NOT NULL,
	"period_start" date,
	"period_end" date,
	"lead_department_id" uuid,
	"life_phases" text[] DEFAULT '{}'::text[] NOT NULL,
	"target_groups" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "measure_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "measure_code" UNIQUE("tenant_id","code")
);
--> statement-breakpoint
CREATE TABLE "measure_budget" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"measure_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"source" "funding_source" NOT NULL,
	"programme" text DEFAULT '' NOT NULL,
	"planned" double precision,
	"approved" double precision,
	"spent" double precision,
	"note" text,
	CONSTRAINT "measure_budget_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "measure_budget_line" UNIQUE("tenant_id","measure_id","year","source","programme")
);
--> statement-breakpoint
CREATE TABLE "measure_facility" (
	"tenant_id" uuid NOT NULL,
	"measure_id" uuid NOT NULL,
	"facility_id" uuid NOT NULL,
	CONSTRAINT "measure_facility_tenant_id_measure_id_facility_id_pk" PRIMARY KEY("tenant_id","measure_id","facility_id")
);
--> statement-breakpoint
CREATE TABLE "measure_goal" (
	"tenant_id" uuid NOT NULL,
	"measure_id" uuid NOT NULL,
	"goal_id" uuid NOT NULL,
	CONSTRAINT "measure_goal_tenant_id_measure_id_goal_id_pk" PRIMARY KEY("tenant_id","measure_id","goal_id")
);
--> statement-breakpoint
CREATE TABLE "measure_milestone" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"measure_id" uuid NOT NULL,
	"title" text NOT NULL,
	"due_on" date NOT NULL,
	"done_on" date,
	CONSTRAINT "measure_milestone_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "measure_output" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"measure_id" uuid NOT NULL,
	"figure" text NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"value" double precision NOT NULL,
	"reported_by" text NOT NULL,
	"reported_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "measure_output_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "measure_output_period" UNIQUE("tenant_id","measure_id","figure","period_start","period_end")
);
--> statement-breakpoint
CREATE TABLE "measure_partner" (
	"tenant_id" uuid NOT NULL,
	"measure_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	CONSTRAINT "measure_partner_tenant_id_measure_id_department_id_pk" PRIMARY KEY("tenant_id","measure_id","department_id")
);
--> statement-breakpoint
CREATE TABLE "measure_provider" (
	"tenant_id" uuid NOT NULL,
	"measure_id" uuid NOT NULL,
	"provider_id" uuid NOT NULL,
	CONSTRAINT "measure_provider_tenant_id_measure_id_provider_id_pk" PRIMARY KEY("tenant_id","measure_id","provider_id")
);
--> statement-breakpoint
CREATE TABLE "measure_unit" (
	"tenant_id" uuid NOT NULL,
	"measure_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	CONSTRAINT "measure_unit_tenant_id_measure_id_unit_id_pk" PRIMARY KEY("tenant_id","measure_id","unit_id")
);
--> statement-breakpoint
ALTER TABLE "goal" ADD CONSTRAINT "goal_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal" ADD CONSTRAINT "goal_tenant_id_parent_id_goal_tenant_id_id_fk" FOREIGN KEY ("tenant_id","parent_id") REFERENCES "public"."goal"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal" ADD CONSTRAINT "goal_tenant_id_topic_id_topic_tenant_id_id_fk" FOREIGN KEY ("tenant_id","topic_id") REFERENCES "public"."topic"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal" ADD CONSTRAINT "goal_tenant_id_indicator_id_indicator_tenant_id_id_fk" FOREIGN KEY ("tenant_id","indicator_id") REFERENCES "public"."indicator"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal" ADD CONSTRAINT "goal_tenant_id_scope_layer_id_spatial_layer_tenant_id_id_fk" FOREIGN KEY ("tenant_id","scope_layer_id") REFERENCES "public"."spatial_layer"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal" ADD CONSTRAINT "goal_tenant_id_scope_index_id_composite_index_tenant_id_id_fk" FOREIGN KEY ("tenant_id","scope_index_id") REFERENCES "public"."composite_index"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal" ADD CONSTRAINT "goal_tenant_id_owner_department_id_department_tenant_id_id_fk" FOREIGN KEY ("tenant_id","owner_department_id") REFERENCES "public"."department"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_assessment" ADD CONSTRAINT "goal_assessment_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_assessment" ADD CONSTRAINT "goal_assessment_tenant_id_goal_id_goal_tenant_id_id_fk" FOREIGN KEY ("tenant_id","goal_id") REFERENCES "public"."goal"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_rating_entry" ADD CONSTRAINT "goal_rating_entry_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_rating_entry" ADD CONSTRAINT "goal_rating_entry_tenant_id_goal_id_goal_tenant_id_id_fk" FOREIGN KEY ("tenant_id","goal_id") REFERENCES "public"."goal"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_rating_entry" ADD CONSTRAINT "goal_rating_entry_tenant_id_unit_id_spatial_unit_tenant_id_id_fk" FOREIGN KEY ("tenant_id","unit_id") REFERENCES "public"."spatial_unit"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_unit" ADD CONSTRAINT "goal_unit_tenant_id_goal_id_goal_tenant_id_id_fk" FOREIGN KEY ("tenant_id","goal_id") REFERENCES "public"."goal"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_unit" ADD CONSTRAINT "goal_unit_tenant_id_unit_id_spatial_unit_tenant_id_id_fk" FOREIGN KEY ("tenant_id","unit_id") REFERENCES "public"."spatial_unit"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "topic_department" ADD CONSTRAINT "topic_department_tenant_id_topic_id_topic_tenant_id_id_fk" FOREIGN KEY ("tenant_id","topic_id") REFERENCES "public"."topic"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "topic_department" ADD CONSTRAINT "topic_department_tenant_id_department_id_department_tenant_id_id_fk" FOREIGN KEY ("tenant_id","department_id") REFERENCES "public"."department"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure" ADD CONSTRAINT "measure_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure" ADD CONSTRAINT "measure_tenant_id_lead_department_id_department_tenant_id_id_fk" FOREIGN KEY ("tenant_id","lead_department_id") REFERENCES "public"."department"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_budget" ADD CONSTRAINT "measure_budget_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_budget" ADD CONSTRAINT "measure_budget_tenant_id_measure_id_measure_tenant_id_id_fk" FOREIGN KEY ("tenant_id","measure_id") REFERENCES "public"."measure"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_facility" ADD CONSTRAINT "measure_facility_tenant_id_measure_id_measure_tenant_id_id_fk" FOREIGN KEY ("tenant_id","measure_id") REFERENCES "public"."measure"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_facility" ADD CONSTRAINT "measure_facility_tenant_id_facility_id_facility_tenant_id_id_fk" FOREIGN KEY ("tenant_id","facility_id") REFERENCES "public"."facility"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_goal" ADD CONSTRAINT "measure_goal_tenant_id_measure_id_measure_tenant_id_id_fk" FOREIGN KEY ("tenant_id","measure_id") REFERENCES "public"."measure"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_goal" ADD CONSTRAINT "measure_goal_tenant_id_goal_id_goal_tenant_id_id_fk" FOREIGN KEY ("tenant_id","goal_id") REFERENCES "public"."goal"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_milestone" ADD CONSTRAINT "measure_milestone_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_milestone" ADD CONSTRAINT "measure_milestone_tenant_id_measure_id_measure_tenant_id_id_fk" FOREIGN KEY ("tenant_id","measure_id") REFERENCES "public"."measure"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_output" ADD CONSTRAINT "measure_output_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_output" ADD CONSTRAINT "measure_output_tenant_id_measure_id_measure_tenant_id_id_fk" FOREIGN KEY ("tenant_id","measure_id") REFERENCES "public"."measure"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_partner" ADD CONSTRAINT "measure_partner_tenant_id_measure_id_measure_tenant_id_id_fk" FOREIGN KEY ("tenant_id","measure_id") REFERENCES "public"."measure"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_partner" ADD CONSTRAINT "measure_partner_tenant_id_department_id_department_tenant_id_id_fk" FOREIGN KEY ("tenant_id","department_id") REFERENCES "public"."department"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_provider" ADD CONSTRAINT "measure_provider_tenant_id_measure_id_measure_tenant_id_id_fk" FOREIGN KEY ("tenant_id","measure_id") REFERENCES "public"."measure"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_provider" ADD CONSTRAINT "measure_provider_tenant_id_provider_id_provider_tenant_id_id_fk" FOREIGN KEY ("tenant_id","provider_id") REFERENCES "public"."provider"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_unit" ADD CONSTRAINT "measure_unit_tenant_id_measure_id_measure_tenant_id_id_fk" FOREIGN KEY ("tenant_id","measure_id") REFERENCES "public"."measure"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_unit" ADD CONSTRAINT "measure_unit_tenant_id_unit_id_spatial_unit_tenant_id_id_fk" FOREIGN KEY ("tenant_id","unit_id") REFERENCES "public"."spatial_unit"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "goal_parent" ON "goal" USING btree ("tenant_id","parent_id");--> statement-breakpoint
CREATE INDEX "goal_rating_entry_goal" ON "goal_rating_entry" USING btree ("tenant_id","goal_id","checked_at");--> statement-breakpoint
CREATE INDEX "measure_goal_goal" ON "measure_goal" USING btree ("tenant_id","goal_id");--> statement-breakpoint
CREATE INDEX "measure_provider_provider" ON "measure_provider" USING btree ("tenant_id","provider_id");--> statement-breakpoint
CREATE INDEX "measure_unit_unit" ON "measure_unit" USING btree ("tenant_id","unit_id");