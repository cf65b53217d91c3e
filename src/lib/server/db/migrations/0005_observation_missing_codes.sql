CREATE TYPE "public"."missing_reason" AS ENUM('secret', 'locked', 'later', 'uncertain', 'missing');--> statement-breakpoint
CREATE TABLE "observation_missing" (
	"tenant_id" uuid NOT NULL,
	"import_id" uuid NOT NULL,
	"variable_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"date" date NOT NULL,
	"reason" "missing_reason" NOT NULL,
	"code" text NOT NULL,
	CONSTRAINT "observation_missing_tenant_id_import_id_variable_id_unit_id_date_pk" PRIMARY KEY("tenant_id","import_id","variable_id","unit_id","date")
);
--> statement-breakpoint
CREATE INDEX "observation_missing_key" ON "observation_missing" USING btree ("tenant_id","variable_id","date","unit_id");--> statement-breakpoint
-- Tenants created before the standard Handlungsfelder came with every new tenant get them now
-- (the same list as core/catalogue/default-topics.ts; existing codes are kept as they are).
INSERT INTO "topic" ("tenant_id", "code", "name")
SELECT t."id", d."code", d."name" FROM "tenant" t
CROSS JOIN (VALUES ('demografie', 'Demografie'), ('bildung', 'Bildung'), ('jugend', 'Jugend'),
	('soziales', 'Soziales'), ('arbeit', 'Arbeit'), ('gesundheit', 'Gesundheit'), ('wohnen', 'Wohnen'),
	('integration', 'Integration')) AS d("code", "name")
ON CONFLICT ("tenant_id", "code") DO NOTHING;
