CREATE TYPE "public"."rate_role" AS ENUM('numerator', 'denominator');--> statement-breakpoint
CREATE TABLE "indicator_variable" (
	"tenant_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"role" "rate_role" NOT NULL,
	"variable_id" uuid NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "indicator_variable_tenant_id_indicator_id_role_variable_id_pk" PRIMARY KEY("tenant_id","indicator_id","role","variable_id")
);
--> statement-breakpoint
ALTER TABLE "indicator" DROP CONSTRAINT "indicator_tenant_id_numerator_id_variable_tenant_id_id_fk";
--> statement-breakpoint
ALTER TABLE "indicator" DROP CONSTRAINT "indicator_tenant_id_denominator_id_variable_tenant_id_id_fk";
--> statement-breakpoint
ALTER TABLE "indicator_variable" ADD CONSTRAINT "indicator_variable_tenant_id_indicator_id_indicator_tenant_id_id_fk" FOREIGN KEY ("tenant_id","indicator_id") REFERENCES "public"."indicator"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_variable" ADD CONSTRAINT "indicator_variable_tenant_id_variable_id_variable_tenant_id_id_fk" FOREIGN KEY ("tenant_id","variable_id") REFERENCES "public"."variable"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Existing rates keep their single numerator and denominator as one-variable sums.
INSERT INTO "indicator_variable" ("tenant_id", "indicator_id", "role", "variable_id", "position")
	SELECT "tenant_id", "id", 'numerator'::"rate_role", "numerator_id", 0 FROM "indicator" WHERE "numerator_id" IS NOT NULL
	UNION ALL
	SELECT "tenant_id", "id", 'denominator'::"rate_role", "denominator_id", 0 FROM "indicator" WHERE "denominator_id" IS NOT NULL;--> statement-breakpoint
ALTER TABLE "indicator" DROP COLUMN "numerator_id";--> statement-breakpoint
ALTER TABLE "indicator" DROP COLUMN "denominator_id";