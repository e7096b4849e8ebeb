CREATE TABLE `audit_events` (
	`seq` integer PRIMARY KEY NOT NULL,
	`at` text NOT NULL,
	`kind` text NOT NULL,
	`actor` text NOT NULL,
	`subject` text,
	`details` text NOT NULL,
	`prev_hash` text NOT NULL,
	`hash` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `audit_events_kind_subject` ON `audit_events` (`kind`,`subject`);--> statement-breakpoint
CREATE TABLE `chain_heads` (
	`chain` text PRIMARY KEY NOT NULL,
	`seq` integer NOT NULL,
	`hash` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `feedback` (
	`id` text PRIMARY KEY NOT NULL,
	`interaction_id` text NOT NULL,
	`giver` text NOT NULL,
	`key_id` text NOT NULL,
	`helpful` integer NOT NULL,
	`reasons` text DEFAULT '[]' NOT NULL,
	`comment` text,
	`comment_receipt` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `feedback_interaction_giver` ON `feedback` (`interaction_id`,`giver`);--> statement-breakpoint
CREATE INDEX `feedback_updated` ON `feedback` (`updated_at`);--> statement-breakpoint
CREATE TABLE `incident_history` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`incident_id` text NOT NULL,
	`at` text NOT NULL,
	`actor` text NOT NULL,
	`from_status` text,
	`to_status` text NOT NULL,
	`note` text,
	FOREIGN KEY (`incident_id`) REFERENCES `incidents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `incident_history_incident` ON `incident_history` (`incident_id`);--> statement-breakpoint
CREATE TABLE `incident_interactions` (
	`incident_id` text NOT NULL,
	`interaction_id` text NOT NULL,
	PRIMARY KEY(`incident_id`, `interaction_id`),
	FOREIGN KEY (`incident_id`) REFERENCES `incidents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `incident_interactions_interaction` ON `incident_interactions` (`interaction_id`);--> statement-breakpoint
CREATE TABLE `incidents` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`aware_at` text NOT NULL,
	`reporter_key_id` text NOT NULL,
	`reporter_user` text,
	`category` text NOT NULL,
	`severity` text NOT NULL,
	`serious_kind` text,
	`description` text NOT NULL,
	`description_receipt` text,
	`use_cases` text DEFAULT '[]' NOT NULL,
	`status` text NOT NULL,
	`reporting_deadline` text,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `interaction_tombstones` (
	`seq` integer PRIMARY KEY NOT NULL,
	`prev_hash` text NOT NULL,
	`hash` text NOT NULL,
	`purge_id` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `legal_holds` (
	`id` text PRIMARY KEY NOT NULL,
	`scope` text NOT NULL,
	`target` text NOT NULL,
	`reason` text NOT NULL,
	`placed_at` text NOT NULL,
	`placed_by` text NOT NULL,
	`released_at` text,
	`released_by` text
);
--> statement-breakpoint
CREATE TABLE `purges` (
	`id` text PRIMARY KEY NOT NULL,
	`started_at` text NOT NULL,
	`finished_at` text NOT NULL,
	`trigger` text NOT NULL,
	`content_erased` integer NOT NULL,
	`metadata_deleted` integer NOT NULL,
	`held_back` integer NOT NULL,
	`details` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `suspensions` (
	`id` text PRIMARY KEY NOT NULL,
	`use_case` text NOT NULL,
	`suspended_at` text NOT NULL,
	`suspended_by` text NOT NULL,
	`incident_id` text,
	`reason` text NOT NULL,
	`lifted_at` text,
	`lifted_by` text
);
--> statement-breakpoint
CREATE INDEX `suspensions_use_case` ON `suspensions` (`use_case`);--> statement-breakpoint
ALTER TABLE `interactions` ADD `answer` text;--> statement-breakpoint
ALTER TABLE `interactions` ADD `user_pseudonym` text;--> statement-breakpoint
ALTER TABLE `interactions` ADD `provider_region` text;--> statement-breakpoint
ALTER TABLE `interactions` ADD `cost_eur` real;--> statement-breakpoint
ALTER TABLE `interactions` ADD `energy_kwh` real;--> statement-breakpoint
ALTER TABLE `interactions` ADD `co2e_grams` real;--> statement-breakpoint
ALTER TABLE `interactions` ADD `seq` integer;--> statement-breakpoint
ALTER TABLE `interactions` ADD `prev_hash` text;--> statement-breakpoint
ALTER TABLE `interactions` ADD `hash` text;--> statement-breakpoint
ALTER TABLE `interactions` ADD `content_hash` text;--> statement-breakpoint
ALTER TABLE `interactions` ADD `content_erased_at` text;--> statement-breakpoint
ALTER TABLE `interactions` ADD `content_erased_reason` text;--> statement-breakpoint
CREATE UNIQUE INDEX `interactions_seq` ON `interactions` (`seq`);--> statement-breakpoint
CREATE INDEX `interactions_user` ON `interactions` (`user_pseudonym`);--> statement-breakpoint
CREATE INDEX `interactions_use_case_started` ON `interactions` (`use_case`,`started_at`);