CREATE TABLE `rollup_state` (
	`id` integer PRIMARY KEY NOT NULL,
	`seq` integer NOT NULL
);
