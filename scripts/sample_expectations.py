"""The diagnostics samples/ShopSample/README.md documents under "Expected diagnostics", for the scripts that check
them outside the unit tests (scripts/editor_e2e_client.py, scripts/check-sarif.py). Keep in step with that README
and with tests/MigrationAnalyzers.Tests/Fixtures/ShopSampleTests.cs."""

# samples/ShopSample/README.md, "Expected diagnostics": rule, file under Migrations/Shop/, 1-based line and
# column of the start, the text the range covers, and the message. The range is the method name, or for MIG1004
# the statement inside the SQL string.
EXPECTED = [
    ("MIG1002", "20261125200806_AddOrderDeliveryInstructions.cs", 22, 30, "DropColumn",
     "Migration 'AddOrderDeliveryInstructions' drops column 'Orders.Notes', which this migration's target model still maps"),
    ("MIG1001", "20261125200829_MoveAuditLogToReporting.cs", 14, 30, "DropTable",
     "Migration 'MoveAuditLogToReporting' drops table 'AuditLogs', which the snapshot of ReportingDbContext still maps "
     "(if ReportingDbContext uses another database, list it in migration_analyzers.isolated_contexts)"),
    ("MIG1001", "20261125200849_RemoveCoupons.cs", 13, 30, "DropTable",
     "Migration 'RemoveCoupons' drops table 'Coupons', which the snapshot of ShopDbContext still maps"),
    ("MIG1003", "20261125202808_RemoveAuditTrailEntity.cs", 14, 30, "DropTable",
     "Migration 'RemoveAuditTrailEntity' drops table 'AuditTrail', which is protected by MigrationExclusions.txt line 4 "
     "(Written by the database audit trigger, read by Compliance)"),
    ("MIG1004", "20261125204228_CleanUpOrphanedOrderLines.cs", 18, 17, "DELETE FROM OrderLines",
     "Migration 'CleanUpOrphanedOrderLines' runs SQL that deletes every row of table 'OrderLines', which this migration's "
     "target model still maps"),
    ("MIG1007", "20261201011004_TidyModelConfiguration.cs", 14, 30, "DropTable",
     "Migration 'TidyModelConfiguration' drops table 'gift_cards', which no migration model maps but GiftCardConfiguration "
     "still does (ToTable at GiftCardConfiguration.cs:13): apply it in a DbContext, delete the mapping, or approve the drop"),
]
