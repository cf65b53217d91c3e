CREATE TYPE "public"."import_kind" AS ENUM('units', 'observations', 'facilities');--> statement-breakpoint
CREATE TYPE "public"."import_status" AS ENUM('committed', 'rolled_back');--> statement-breakpoint
CREATE TYPE "public"."variable_kind" AS ENUM('count', 'amount', 'rate');--> statement-breakpoint
CREATE TYPE "public"."change_mode" AS ENUM('points', 'percent');--> statement-breakpoint
CREATE TYPE "public"."indicator_kind" AS ENUM('rate', 'change', 'direct');--> statement-breakpoint
CREATE TYPE "public"."polarity" AS ENUM('higher_better', 'higher_worse', 'neutral');--> statement-breakpoint
CREATE TABLE "spatial_layer" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"parent_layer_id" uuid,
	"metric_srid" integer DEFAULT 25832 NOT NULL,
	"valid_from" date,
	"valid_to" date,
	"description" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "spatial_layer_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "spatial_layer_code" UNIQUE("tenant_id","code")
);
--> statement-breakpoint
CREATE TABLE "spatial_unit" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"layer_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"parent_unit_id" uuid,
	"geom" geometry(MultiPolygon,4326),
	"valid_from" date,
	"valid_to" date,
	"import_id" uuid,
	CONSTRAINT "spatial_unit_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "spatial_unit_code" UNIQUE("tenant_id","layer_id","code")
);
--> statement-breakpoint
CREATE TABLE "spatial_unit_ancestor" (
	"tenant_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"ancestor_id" uuid NOT NULL,
	"ancestor_layer_id" uuid NOT NULL,
	"distance" integer NOT NULL,
	CONSTRAINT "spatial_unit_ancestor_tenant_id_unit_id_ancestor_id_pk" PRIMARY KEY("tenant_id","unit_id","ancestor_id")
);
--> statement-breakpoint
CREATE TABLE "spatial_unit_replaced" (
	"tenant_id" uuid NOT NULL,
	"import_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"name" text NOT NULL,
	"parent_unit_id" uuid,
	"geom" geometry(MultiPolygon,4326),
	CONSTRAINT "spatial_unit_replaced_tenant_id_import_id_unit_id_pk" PRIMARY KEY("tenant_id","import_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "data_import" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "import_kind" NOT NULL,
	"file_name" text NOT NULL,
	"sha256" text NOT NULL,
	"user_id" uuid,
	"actor" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"rows" integer NOT NULL,
	"layer_id" uuid,
	"variable_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"status" "import_status" DEFAULT 'committed' NOT NULL,
	"rolled_back_at" timestamp with time zone,
	CONSTRAINT "data_import_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "observation" (
	"tenant_id" uuid NOT NULL,
	"variable_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"date" date NOT NULL,
	"value" double precision NOT NULL,
	"import_id" uuid NOT NULL,
	CONSTRAINT "observation_tenant_id_variable_id_unit_id_date_pk" PRIMARY KEY("tenant_id","variable_id","unit_id","date")
);
--> statement-breakpoint
CREATE TABLE "observation_replaced" (
	"tenant_id" uuid NOT NULL,
	"import_id" uuid NOT NULL,
	"variable_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"date" date NOT NULL,
	"value" double precision NOT NULL,
	"previous_import_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "topic" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	CONSTRAINT "topic_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "topic_code" UNIQUE("tenant_id","code")
);
--> statement-breakpoint
CREATE TABLE "variable" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"kind" "variable_kind" DEFAULT 'count' NOT NULL,
	"person_count" boolean DEFAULT true NOT NULL,
	"unit_label" text DEFAULT 'Personen' NOT NULL,
	"source" text,
	"topic_id" uuid,
	"description" text,
	CONSTRAINT "variable_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "variable_code" UNIQUE("tenant_id","code")
);
--> statement-breakpoint
CREATE TABLE "indicator" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"short_name" text,
	"kind" "indicator_kind" NOT NULL,
	"numerator_id" uuid,
	"denominator_id" uuid,
	"factor" double precision DEFAULT 100 NOT NULL,
	"base_indicator_id" uuid,
	"change_years" integer,
	"change_mode" "change_mode",
	"value_variable_id" uuid,
	"weight_variable_id" uuid,
	"polarity" "polarity" DEFAULT 'neutral' NOT NULL,
	"unit_label" text DEFAULT '%' NOT NULL,
	"decimals" integer DEFAULT 1 NOT NULL,
	"topic_id" uuid,
	"department_id" uuid,
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "indicator_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "indicator_code" UNIQUE("tenant_id","code")
);
--> statement-breakpoint
CREATE TABLE "api_token" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"name" text NOT NULL,
	"token_hash" text NOT NULL,
	"prefix" text NOT NULL,
	"public_only" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone,
	"last_used_at" timestamp with time zone,
	CONSTRAINT "api_token_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
ALTER TABLE "spatial_layer" ADD CONSTRAINT "spatial_layer_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spatial_layer" ADD CONSTRAINT "spatial_layer_tenant_id_parent_layer_id_spatial_layer_tenant_id_id_fk" FOREIGN KEY ("tenant_id","parent_layer_id") REFERENCES "public"."spatial_layer"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spatial_unit" ADD CONSTRAINT "spatial_unit_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spatial_unit" ADD CONSTRAINT "spatial_unit_tenant_id_layer_id_spatial_layer_tenant_id_id_fk" FOREIGN KEY ("tenant_id","layer_id") REFERENCES "public"."spatial_layer"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spatial_unit" ADD CONSTRAINT "spatial_unit_tenant_id_parent_unit_id_spatial_unit_tenant_id_id_fk" FOREIGN KEY ("tenant_id","parent_unit_id") REFERENCES "public"."spatial_unit"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "data_import" ADD CONSTRAINT "data_import_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "topic" ADD CONSTRAINT "topic_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "variable" ADD CONSTRAINT "variable_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "variable" ADD CONSTRAINT "variable_tenant_id_topic_id_topic_tenant_id_id_fk" FOREIGN KEY ("tenant_id","topic_id") REFERENCES "public"."topic"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator" ADD CONSTRAINT "indicator_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator" ADD CONSTRAINT "indicator_tenant_id_numerator_id_variable_tenant_id_id_fk" FOREIGN KEY ("tenant_id","numerator_id") REFERENCES "public"."variable"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator" ADD CONSTRAINT "indicator_tenant_id_denominator_id_variable_tenant_id_id_fk" FOREIGN KEY ("tenant_id","denominator_id") REFERENCES "public"."variable"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator" ADD CONSTRAINT "indicator_tenant_id_value_variable_id_variable_tenant_id_id_fk" FOREIGN KEY ("tenant_id","value_variable_id") REFERENCES "public"."variable"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator" ADD CONSTRAINT "indicator_tenant_id_weight_variable_id_variable_tenant_id_id_fk" FOREIGN KEY ("tenant_id","weight_variable_id") REFERENCES "public"."variable"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator" ADD CONSTRAINT "indicator_tenant_id_base_indicator_id_indicator_tenant_id_id_fk" FOREIGN KEY ("tenant_id","base_indicator_id") REFERENCES "public"."indicator"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator" ADD CONSTRAINT "indicator_tenant_id_topic_id_topic_tenant_id_id_fk" FOREIGN KEY ("tenant_id","topic_id") REFERENCES "public"."topic"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator" ADD CONSTRAINT "indicator_tenant_id_department_id_department_tenant_id_id_fk" FOREIGN KEY ("tenant_id","department_id") REFERENCES "public"."department"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_token" ADD CONSTRAINT "api_token_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "spatial_unit_parent" ON "spatial_unit" USING btree ("tenant_id","parent_unit_id");--> statement-breakpoint
CREATE INDEX "spatial_unit_geom" ON "spatial_unit" USING gist ("geom");--> statement-breakpoint
CREATE INDEX "spatial_unit_ancestor_layer" ON "spatial_unit_ancestor" USING btree ("tenant_id","ancestor_layer_id");--> statement-breakpoint
CREATE INDEX "spatial_unit_ancestor_descendants" ON "spatial_unit_ancestor" USING btree ("tenant_id","ancestor_id","distance");--> statement-breakpoint
CREATE INDEX "data_import_at" ON "data_import" USING btree ("tenant_id","at");--> statement-breakpoint
CREATE INDEX "observation_import" ON "observation" USING btree ("tenant_id","import_id");--> statement-breakpoint
CREATE INDEX "observation_replaced_import" ON "observation_replaced" USING btree ("tenant_id","import_id");--> statement-breakpoint
CREATE INDEX "observation_replaced_previous" ON "observation_replaced" USING btree ("tenant_id","previous_import_id");--> statement-breakpoint
CREATE INDEX "api_token_user" ON "api_token" USING btree ("user_id");