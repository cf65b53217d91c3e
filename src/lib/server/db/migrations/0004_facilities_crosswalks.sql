CREATE TYPE "public"."crosswalk_method" AS ENUM('areal', 'population');--> statement-breakpoint
ALTER TYPE "public"."role" ADD VALUE 'provider';--> statement-breakpoint
CREATE TABLE "facility" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"kind_id" uuid NOT NULL,
	"provider_id" uuid,
	"department_id" uuid,
	"life_phases" text[],
	"age_from" double precision,
	"age_to" double precision,
	"street" text,
	"postcode" text,
	"place" text,
	"geom" geometry(Point,4326) NOT NULL,
	"valid_from" date,
	"valid_to" date,
	"import_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "facility_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "facility_code" UNIQUE("tenant_id","code")
);
--> statement-breakpoint
CREATE TABLE "facility_capacity" (
	"tenant_id" uuid NOT NULL,
	"facility_id" uuid NOT NULL,
	"code" text NOT NULL,
	"places" integer,
	CONSTRAINT "facility_capacity_tenant_id_facility_id_code_pk" PRIMARY KEY("tenant_id","facility_id","code"),
	CONSTRAINT "facility_capacity_places" CHECK ("facility_capacity"."places" is null or "facility_capacity"."places" >= 0)
);
--> statement-breakpoint
CREATE TABLE "facility_kind" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"life_phases" text[] DEFAULT '{}'::text[] NOT NULL,
	"age_from" double precision,
	"age_to" double precision,
	"capacity_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"department_id" uuid,
	"description" text,
	CONSTRAINT "facility_kind_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "facility_kind_code" UNIQUE("tenant_id","code")
);
--> statement-breakpoint
CREATE TABLE "provider" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"sector" text DEFAULT 'unbekannt' NOT NULL,
	CONSTRAINT "provider_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "provider_name" UNIQUE("tenant_id","name")
);
--> statement-breakpoint
CREATE TABLE "crosswalk" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"from_layer_id" uuid NOT NULL,
	"to_layer_id" uuid NOT NULL,
	"method" "crosswalk_method" NOT NULL,
	"weight_variable_id" uuid,
	"weight_layer_id" uuid,
	"weight_date" date,
	"summary" jsonb NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"computed_by" text NOT NULL,
	CONSTRAINT "crosswalk_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "crosswalk_pair" UNIQUE NULLS NOT DISTINCT("tenant_id","from_layer_id","to_layer_id","method","weight_date")
);
--> statement-breakpoint
CREATE TABLE "crosswalk_weight" (
	"tenant_id" uuid NOT NULL,
	"crosswalk_id" uuid NOT NULL,
	"from_unit_id" uuid NOT NULL,
	"to_unit_id" uuid NOT NULL,
	"weight" double precision NOT NULL,
	CONSTRAINT "crosswalk_weight_tenant_id_crosswalk_id_from_unit_id_to_unit_id_pk" PRIMARY KEY("tenant_id","crosswalk_id","from_unit_id","to_unit_id")
);
--> statement-breakpoint
CREATE TABLE "supply_setting" (
	"tenant_id" uuid PRIMARY KEY NOT NULL,
	"settings" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "membership" ADD COLUMN "provider_id" uuid;--> statement-breakpoint
ALTER TABLE "facility" ADD CONSTRAINT "facility_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facility" ADD CONSTRAINT "facility_tenant_id_kind_id_facility_kind_tenant_id_id_fk" FOREIGN KEY ("tenant_id","kind_id") REFERENCES "public"."facility_kind"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facility" ADD CONSTRAINT "facility_tenant_id_provider_id_provider_tenant_id_id_fk" FOREIGN KEY ("tenant_id","provider_id") REFERENCES "public"."provider"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facility" ADD CONSTRAINT "facility_tenant_id_department_id_department_tenant_id_id_fk" FOREIGN KEY ("tenant_id","department_id") REFERENCES "public"."department"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facility_capacity" ADD CONSTRAINT "facility_capacity_tenant_id_facility_id_facility_tenant_id_id_fk" FOREIGN KEY ("tenant_id","facility_id") REFERENCES "public"."facility"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facility_kind" ADD CONSTRAINT "facility_kind_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facility_kind" ADD CONSTRAINT "facility_kind_tenant_id_department_id_department_tenant_id_id_fk" FOREIGN KEY ("tenant_id","department_id") REFERENCES "public"."department"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provider" ADD CONSTRAINT "provider_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crosswalk" ADD CONSTRAINT "crosswalk_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crosswalk" ADD CONSTRAINT "crosswalk_tenant_id_from_layer_id_spatial_layer_tenant_id_id_fk" FOREIGN KEY ("tenant_id","from_layer_id") REFERENCES "public"."spatial_layer"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crosswalk" ADD CONSTRAINT "crosswalk_tenant_id_to_layer_id_spatial_layer_tenant_id_id_fk" FOREIGN KEY ("tenant_id","to_layer_id") REFERENCES "public"."spatial_layer"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crosswalk_weight" ADD CONSTRAINT "crosswalk_weight_tenant_id_crosswalk_id_crosswalk_tenant_id_id_fk" FOREIGN KEY ("tenant_id","crosswalk_id") REFERENCES "public"."crosswalk"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supply_setting" ADD CONSTRAINT "supply_setting_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "facility_geom" ON "facility" USING gist ("geom");--> statement-breakpoint
CREATE INDEX "facility_provider" ON "facility" USING btree ("tenant_id","provider_id");--> statement-breakpoint
ALTER TABLE "membership" ADD CONSTRAINT "membership_tenant_id_provider_id_provider_tenant_id_id_fk" FOREIGN KEY ("tenant_id","provider_id") REFERENCES "public"."provider"("tenant_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
-- Tenants created before this migration get the default taxonomy of core/facility/kinds.ts (new
-- tenants get it from createTenant); facility-kinds-migration.test.ts keeps the two equal.
INSERT INTO "facility_kind" ("tenant_id", "code", "name", "life_phases", "age_from", "age_to", "capacity_codes")
SELECT t.id, k.code, k.name, k.life_phases, k.age_from, k.age_to, k.capacity_codes
FROM "tenant" t CROSS JOIN (VALUES
	('kita', 'Kita (Kindertageseinrichtung)', array['alter_0_3', 'alter_3_6']::text[], 0::float8, 6::float8, array['u3', 'ue3']::text[]),
	('kindertagespflege', 'Kindertagespflege', array['alter_0_3']::text[], 0::float8, 3::float8, array['u3']::text[]),
	('grundschule', 'Grundschule', array['alter_6_10']::text[], 6::float8, 10::float8, array['schueler']::text[]),
	('weiterfuehrende_schule', 'Weiterführende Schule', array['alter_10_16', 'alter_16_25']::text[], 10::float8, 19::float8, array['schueler']::text[]),
	('offener_ganztag', 'Offener Ganztag', array['alter_6_10']::text[], 6::float8, 10::float8, array['plaetze']::text[]),
	('jugendfreizeit', 'Jugendfreizeiteinrichtung', array['alter_10_16', 'alter_16_25']::text[], 10::float8, 27::float8, array['plaetze']::text[]),
	('familienzentrum', 'Familienzentrum', array['schwangerschaft', 'alter_0_3', 'alter_3_6']::text[], null::float8, null::float8, array[]::text[]),
	('beratungsstelle', 'Beratungsstelle (Erziehungs- und Familienberatung)', array['alter_0_3', 'alter_3_6', 'alter_6_10', 'alter_10_16', 'alter_16_25']::text[], 0::float8, 27::float8, array[]::text[]),
	('fruehe_hilfen', 'Frühe Hilfen', array['schwangerschaft', 'alter_0_3']::text[], 0::float8, 3::float8, array[]::text[]),
	('senioreneinrichtung', 'Senioreneinrichtung (Begegnung)', array[]::text[], 65::float8, null::float8, array[]::text[]),
	('pflegeeinrichtung', 'Pflegeeinrichtung', array[]::text[], 65::float8, null::float8, array['betten']::text[]),
	('gesundheit', 'Gesundheitsangebot', array[]::text[], null::float8, null::float8, array[]::text[])
) AS k(code, name, life_phases, age_from, age_to, capacity_codes)
ON CONFLICT DO NOTHING;
