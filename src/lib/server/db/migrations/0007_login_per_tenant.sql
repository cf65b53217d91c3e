DROP INDEX "app_user_username_lower";--> statement-breakpoint
DROP INDEX "app_user_email_lower";--> statement-breakpoint
ALTER TABLE "app_user" ADD COLUMN "home_tenant_id" uuid;--> statement-breakpoint
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_home_tenant_id_tenant_id_fk" FOREIGN KEY ("home_tenant_id") REFERENCES "public"."tenant"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
-- Existing accounts belong to the tenant of their first membership (the one that created them).
UPDATE "app_user" SET "home_tenant_id" = (SELECT "m"."tenant_id" FROM "membership" "m" WHERE "m"."user_id" = "app_user"."id" ORDER BY "m"."created_at", "m"."tenant_id" LIMIT 1);--> statement-breakpoint
CREATE UNIQUE INDEX "app_user_home_username_lower" ON "app_user" USING btree (coalesce("home_tenant_id", '00000000-0000-0000-0000-000000000000'::uuid),lower("username"));--> statement-breakpoint
CREATE UNIQUE INDEX "app_user_home_email_lower" ON "app_user" USING btree (coalesce("home_tenant_id", '00000000-0000-0000-0000-000000000000'::uuid),lower("email"));--> statement-breakpoint
CREATE INDEX "app_user_username_lower" ON "app_user" USING btree (lower("username"));--> statement-breakpoint
CREATE INDEX "app_user_email_lower" ON "app_user" USING btree (lower("email"));