CREATE TYPE "public"."disclosure_method" AS ENUM('suppress', 'round');--> statement-breakpoint
CREATE TABLE "composite_index" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"layer_id" uuid NOT NULL,
	"definition" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "composite_index_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "composite_index_code" UNIQUE("tenant_id","code")
);
--> statement-breakpoint
CREATE TABLE "composite_index_result" (
	"tenant_id" uuid NOT NULL,
	"index_id" uuid NOT NULL,
	"date" date NOT NULL,
	"unit_id" uuid NOT NULL,
	"z" jsonb NOT NULL,
	"status_index" double precision,
	"status_class" text,
	"dynamics_index" double precision,
	"dynamics_class" text,
	"combined_class" text,
	"reason" text,
	"reason_detail" text,
	"dynamics_reason" text,
	CONSTRAINT "composite_index_result_tenant_id_index_id_date_unit_id_pk" PRIMARY KEY("tenant_id","index_id","date","unit_id")
);
--> statement-breakpoint
CREATE TABLE "composite_index_run" (
	"tenant_id" uuid NOT NULL,
	"index_id" uuid NOT NULL,
	"date" date NOT NULL,
	"definition" jsonb NOT NULL,
	"statistics" jsonb NOT NULL,
	"computed_at" timestamp with time zone NOT NULL,
	"computed_by" text NOT NULL,
	CONSTRAINT "composite_index_run_tenant_id_index_id_date_pk" PRIMARY KEY("tenant_id","index_id","date")
);
--> statement-breakpoint
CREATE TABLE "disclosure_setting" (
	"tenant_id" uuid PRIMARY KEY NOT NULL,
	"minimum_count" integer DEFAULT 3 NOT NULL,
	"method" "disclosure_method" DEFAULT 'suppress' NOT NULL,
	"rounding_base" integer DEFAULT 5 NOT NULL,
	"publish_zeros" boolean DEFAULT false NOT NULL,
	"published" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
ALTER TABLE "composite_index" ADD CONSTRAINT "composite_index_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "composite_index" ADD CONSTRAINT "composite_index_tenant_id_layer_id_spatial_layer_tenant_id_id_fk" FOREIGN KEY ("tenant_id","layer_id") REFERENCES "public"."spatial_layer"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "composite_index_result" ADD CONSTRAINT "composite_index_result_tenant_id_index_id_date_composite_index_run_tenant_id_index_id_date_fk" FOREIGN KEY ("tenant_id","index_id","date") REFERENCES "public"."composite_index_run"("tenant_id","index_id","date") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "composite_index_result" ADD CONSTRAINT "composite_index_result_tenant_id_unit_id_spatial_unit_tenant_id_id_fk" FOREIGN KEY ("tenant_id","unit_id") REFERENCES "public"."spatial_unit"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "composite_index_run" ADD CONSTRAINT "composite_index_run_tenant_id_index_id_composite_index_tenant_id_id_fk" FOREIGN KEY ("tenant_id","index_id") REFERENCES "public"."composite_index"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosure_setting" ADD CONSTRAINT "disclosure_setting_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;