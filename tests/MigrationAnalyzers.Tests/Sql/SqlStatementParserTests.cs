using System;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MigrationAnalyzers.Sql;
using Xunit;

namespace MigrationAnalyzers.Tests.Sql;

public sealed class SqlStatementParserTests
{
    private static readonly InvocationExpressionSyntax SqlCall = (InvocationExpressionSyntax)SyntaxFactory.ParseExpression("migrationBuilder.Sql(\"\")");

    /// <summary>"Kind schema.table.column->newName" per operation, the form the expectations are written in.</summary>
    private static string[] Parse(string sql) => SqlStatementParser.Parse(sql, SqlCall)
        .Select(o => $"{o.Kind} {o.DroppedSchema ?? o.Target!.ToString()}{o.Destination switch
        {
            null => "",
            { IsColumn: true } column => "->" + column.Column,
            { } table => "->" + table,
        }}")
        .ToArray();

    [Theory]
    [InlineData("DROP TABLE Orders", "DropTable Orders")]
    [InlineData("drop table if exists [dbo].[Orders];", "DropTable dbo.Orders")]
    [InlineData("DROP TABLE \"public\".\"orders\", audit CASCADE", "DropTable public.orders|DropTable audit")]
    [InlineData("DROP TABLE `shop`.`orders`", "DropTable shop.orders")]
    [InlineData("DROP TABLE erp.dbo.Invoices", "DropTable dbo.Invoices")]
    [InlineData("DROP TABLE #staging; DROP TABLE @t", "")]
    [InlineData("TRUNCATE TABLE dbo.Orders", "Truncate dbo.Orders")]
    [InlineData("TRUNCATE ONLY orders, lines RESTART IDENTITY", "Truncate orders|Truncate lines")]
    [InlineData("truncate orders", "Truncate orders")]
    [InlineData("DELETE FROM Orders", "DeleteAllRows Orders")]
    [InlineData("DELETE Orders", "DeleteAllRows Orders")]
    [InlineData("DELETE TOP (10) FROM dbo.Orders", "DeleteAllRows dbo.Orders")]
    [InlineData("DELETE FROM Orders WHERE Id = 1", "")]
    [InlineData("DELETE o FROM Orders o JOIN Lines l ON l.OrderId = o.Id", "")]
    [InlineData("DELETE FROM orders USING lines WHERE lines.id = orders.id", "")]
    [InlineData("ALTER TABLE Orders DROP COLUMN Notes", "DropColumn Orders.Notes")]
    [InlineData("ALTER TABLE [dbo].[Orders] DROP COLUMN [Notes], [Fax]", "DropColumn dbo.Orders.Notes|DropColumn dbo.Orders.Fax")]
    [InlineData("ALTER TABLE orders DROP COLUMN IF EXISTS notes, DROP COLUMN fax", "DropColumn orders.notes|DropColumn orders.fax")]
    [InlineData("ALTER TABLE orders DROP notes", "DropColumn orders.notes")]
    [InlineData("ALTER TABLE Orders DROP CONSTRAINT FK_x, DROP INDEX IX_y, DROP PRIMARY KEY, DROP FOREIGN KEY fk", "")]
    [InlineData("ALTER TABLE Orders ADD Notes nvarchar(max) NULL, Fax int", "AddColumn Orders.Notes|AddColumn Orders.Fax")]
    [InlineData("ALTER TABLE Orders ADD CONSTRAINT PK_Orders PRIMARY KEY (Id)", "")]
    [InlineData("ALTER TABLE Orders ALTER COLUMN Notes DROP DEFAULT", "")]
    [InlineData("ALTER TABLE orders_new RENAME TO orders", "RenameTable orders_new->orders")]
    [InlineData("ALTER TABLE orders RENAME COLUMN notes_new TO notes", "RenameColumn orders.notes_new->notes")]
    [InlineData("DROP SCHEMA IF EXISTS hangfire CASCADE", "DropSchema hangfire")]
    [InlineData("CREATE TABLE IF NOT EXISTS audit.Log (Id int, Payload text)", "CreateTable audit.Log")]
    [InlineData("INSERT INTO Orders_new (Id) SELECT Id FROM dbo.Orders", "CopyRows dbo.Orders->Orders_new")]
    [InlineData("SELECT * INTO Orders_new FROM Orders", "CreateTable Orders_new|CopyRows Orders->Orders_new")]
    [InlineData("UPDATE Orders SET NotesNew = Notes WHERE Notes IS NOT NULL", "CopyColumn Orders.Notes->NotesNew")]
    [InlineData("EXEC sp_rename 'dbo.Orders_new', 'Orders'", "RenameTable dbo.Orders_new->dbo.Orders")]
    [InlineData("EXEC sp_rename N'dbo.Orders.NotesNew', N'Notes', N'COLUMN'", "RenameColumn dbo.Orders.NotesNew->Notes")]
    [InlineData("RENAME TABLE orders_new TO orders", "RenameTable orders_new->orders")]
    [InlineData("CREATE OR REPLACE FUNCTION f() RETURNS void AS $$ DELETE FROM a; $$ LANGUAGE sql; DROP TABLE orders;", "DropTable orders")]
    [InlineData("CREATE PROCEDURE p AS DELETE FROM a;\nGO\nTRUNCATE TABLE b", "Truncate b")]
    public void Statements_AreRecognized(string sql, string expected)
    {
        Assert.Equal(expected.Length == 0 ? [] : expected.Split('|'), Parse(sql));
    }

    [Theory]
    [InlineData("-- DROP TABLE Orders\nSELECT 1")]
    [InlineData("/* DROP TABLE Orders /* nested */ still comment */ SELECT 1")]
    [InlineData("INSERT INTO Log (Text) VALUES ('DROP TABLE Orders; TRUNCATE Orders')")]
    [InlineData("UPDATE Settings SET Value = 'it''s DROP TABLE Orders'")]
    [InlineData("CREATE FUNCTION f() RETURNS void AS $$ DELETE FROM orders; $$ LANGUAGE sql")]
    [InlineData("CREATE FUNCTION f() RETURNS void AS $body$ DROP TABLE orders; $body$ LANGUAGE sql")]
    [InlineData("CREATE PROCEDURE dbo.Purge AS BEGIN SET NOCOUNT ON; DELETE FROM dbo.Orders; END")]
    [InlineData("CREATE TRIGGER trg ON dbo.Orders AFTER DELETE AS INSERT INTO Audit SELECT * FROM deleted; DELETE FROM Queue;")]
    [InlineData("DROP INDEX IX_Orders ON Orders; DROP VIEW v_orders; CREATE INDEX IX ON Orders(Id)")]
    [InlineData("SELECT E'it\\'s DROP TABLE Orders'")]
    public void TextInCommentsStringsAndRoutineBodies_NeverCounts(string sql)
    {
        Assert.DoesNotContain(Parse(sql), o => o.StartsWith("DropTable", StringComparison.Ordinal) || o.StartsWith("DeleteAllRows", StringComparison.Ordinal) || o.StartsWith("Truncate", StringComparison.Ordinal));
    }

    [Fact]
    public void SeveralStatements_WithAndWithoutSemicolons_AndGoBatches()
    {
        var sql = """
            IF OBJECT_ID(N'dbo.Orders') IS NOT NULL DROP TABLE dbo.Orders
            DELETE FROM dbo.Lines
            GO
            ALTER TABLE dbo.Customers DROP COLUMN Fax
            go
            TRUNCATE TABLE dbo.Log;
            DROP TABLE IF EXISTS dbo.Temp
            """;

        Assert.Equal(
            ["DropTable dbo.Orders", "DeleteAllRows dbo.Lines", "DropColumn dbo.Customers.Fax", "Truncate dbo.Log", "DropTable dbo.Temp"],
            Parse(sql));
    }

    [Fact]
    public void StatementSpans_CoverEachStatement()
    {
        const string sql = "SELECT 1; DROP TABLE Orders; DELETE FROM Lines";

        var spans = SqlStatementParser.Parse(sql, SqlCall).Select(o => sql.Substring(o.SqlSpan!.Value.Start, o.SqlSpan.Value.Length));

        Assert.Equal(["DROP TABLE Orders", "DELETE FROM Lines"], spans);
    }

    [Fact]
    public void Garbage_NeverThrows()
    {
        var random = new Random(42);
        var alphabet = "DROP TABLE DELETE FROM ALTER ADD COLUMN ;,.()[]\"'`$$--/**/ \n GO x y z 1 2 @ # E'\\";
        for (var run = 0; run < 500; run++)
        {
            var chars = new char[random.Next(0, 400)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }

            _ = SqlStatementParser.Parse(new string(chars), SqlCall);
        }

        _ = SqlStatementParser.Parse(new string('(', 100_000) + "DROP TABLE x" + new string('[', 100_000), SqlCall);
    }
}
