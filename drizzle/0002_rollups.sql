CREATE TABLE `rollup_daily` (
	`day` text NOT NULL,
	`use_case` text NOT NULL,
	`department` text NOT NULL,
	`app` text NOT NULL,
	`model` text NOT NULL,
	`outcome` text NOT NULL,
	`interactions` integer NOT NULL,
	`prompt_tokens` integer NOT NULL,
	`completion_tokens` integer NOT NULL,
	`total_tokens` integer NOT NULL,
	`priced` integer NOT NULL,
	`cost_eur` real NOT NULL,
	`metered` integer NOT NULL,
	`energy_kwh` real NOT NULL,
	`co2e_grams` real,
	PRIMARY KEY(`day`, `use_case`, `department`, `app`, `model`, `outcome`)
);
--> statement-breakpoint
CREATE TABLE `rollup_latency` (
	`day` text NOT NULL,
	`use_case` text NOT NULL,
	`department` text NOT NULL,
	`app` text NOT NULL,
	`model` text NOT NULL,
	`outcome` text NOT NULL,
	`bin` integer NOT NULL,
	`n` integer NOT NULL,
	PRIMARY KEY(`day`, `use_case`, `department`, `app`, `model`, `outcome`, `bin`)
);
--> statement-breakpoint
CREATE TABLE `rollup_people` (
	`day` text NOT NULL,
	`use_case` text NOT NULL,
	`department` text NOT NULL,
	`app` text NOT NULL,
	`model` text NOT NULL,
	`outcome` text NOT NULL,
	`person` text NOT NULL,
	PRIMARY KEY(`day`, `use_case`, `department`, `app`, `model`, `outcome`, `person`)
);
--> statement-breakpoint
CREATE TABLE `rollup_pii` (
	`day` text NOT NULL,
	`use_case` text NOT NULL,
	`department` text NOT NULL,
	`app` text NOT NULL,
	`model` text NOT NULL,
	`outcome` text NOT NULL,
	`type` text NOT NULL,
	`found` integer NOT NULL,
	`interactions` integer NOT NULL,
	PRIMARY KEY(`day`, `use_case`, `department`, `app`, `model`, `outcome`, `type`)
);
--> statement-breakpoint
CREATE INDEX `interactions_outcome_started` ON `interactions` (`outcome`,`started_at`);