CREATE TABLE `app_keys` (
	`id` text PRIMARY KEY NOT NULL,
	`prefix` text NOT NULL,
	`hash` text NOT NULL,
	`app` text NOT NULL,
	`department` text,
	`role` text DEFAULT 'app' NOT NULL,
	`use_cases` text DEFAULT '[]' NOT NULL,
	`default_use_case` text,
	`created_at` text NOT NULL,
	`revoked_at` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `app_keys_prefix_unique` ON `app_keys` (`prefix`);--> statement-breakpoint
CREATE TABLE `interactions` (
	`id` text PRIMARY KEY NOT NULL,
	`started_at` text NOT NULL,
	`ended_at` text NOT NULL,
	`door` text NOT NULL,
	`key_id` text,
	`app` text,
	`department` text,
	`use_case` text,
	`policy_version` text,
	`model_requested` text,
	`model_used` text,
	`provider` text,
	`stream` integer NOT NULL,
	`status` integer NOT NULL,
	`outcome` text NOT NULL,
	`error_code` text,
	`latency_ms` real NOT NULL,
	`upstream_ms` real,
	`overhead_ms` real NOT NULL,
	`prompt_tokens` integer,
	`completion_tokens` integer,
	`total_tokens` integer,
	`decision` text,
	`review` integer DEFAULT false NOT NULL,
	`pii_receipt` text,
	`route` text,
	`request_messages` text
);
--> statement-breakpoint
CREATE INDEX `interactions_started_at` ON `interactions` (`started_at`);--> statement-breakpoint
CREATE INDEX `interactions_app` ON `interactions` (`app`);