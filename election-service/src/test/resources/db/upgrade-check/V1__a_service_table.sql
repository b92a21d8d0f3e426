-- A service's own first migration, for PlatformMigrationUpgradeTest: applied before the platform's later ones.
CREATE TABLE a_service_table (id INT PRIMARY KEY);
