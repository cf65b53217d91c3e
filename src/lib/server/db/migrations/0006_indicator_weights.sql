ALTER TABLE "indicator" ALTER COLUMN "unit_label" SET DEFAULT '';--> statement-breakpoint
ALTER TABLE "indicator" ADD COLUMN "weight_stand_in" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "indicator" ADD COLUMN "weight_note" text;--> statement-breakpoint
ALTER TABLE "indicator" ADD COLUMN "weight_set_by" text;--> statement-breakpoint
ALTER TABLE "indicator" ADD COLUMN "weight_set_at" timestamp with time zone;