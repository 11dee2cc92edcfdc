CREATE TABLE "cache_tag_expiries" (
	"tag" text PRIMARY KEY NOT NULL,
	"xid" bigint NOT NULL,
	"expired_at" timestamp with time zone DEFAULT now() NOT NULL
);
