using System.ComponentModel.DataAnnotations.Schema;

namespace EfHistories.Model;

// ---- plain entities ----------------------------------------------------------------------

public class Blog
{
    public int Id { get; set; }
    public string Title { get; set; }
    public List<Post> Posts { get; set; } = new();
}

public class Post
{
    public int Id { get; set; }
    public string Title { get; set; }
    /// <summary>Mapped in v1 only; renamed to <see cref="Body"/> in v2 (RenameColumn).</summary>
    public string Content { get; set; }
    /// <summary>Mapped from v2 on.</summary>
    public string Body { get; set; }
    /// <summary>Indexed (IX_Posts_Slug); dropped in v3 (DropIndex + DropColumn).</summary>
    public string Slug { get; set; }
    public int BlogId { get; set; }
    public Blog Blog { get; set; }
    /// <summary>Implicit many-to-many (join table PostTag); removed in v2.</summary>
    public List<Tag> Tags { get; set; } = new();
}

public class Tag
{
    public int Id { get; set; }
    public string Name { get; set; }
    public List<Post> Posts { get; set; } = new();
}

/// <summary>Removed in v2 (DropTable), re-added in v3 (CreateTable).</summary>
public class Coupon
{
    public int Id { get; set; }
    public string Code { get; set; }
    public decimal Discount { get; set; }
}

/// <summary>In AppDbContext in v1; moved to AuthDbContext in v2.</summary>
public class AuditLog
{
    public int Id { get; set; }
    public string Message { get; set; }
    public DateTime CreatedAt { get; set; }
}

[Table("customers", Schema = "sales")]
public class Customer
{
    public int Id { get; set; }
    public string Name { get; set; }
    /// <summary>Removed in v2 (DropColumn with schema).</summary>
    public string Fax { get; set; }
    /// <summary>Column phone_number in v1, phone from v2 on (RenameColumn).</summary>
    public string PhoneNumber { get; set; }
}

/// <summary>Mapped in v1 to ("regions", "geo"); switched to ExcludeFromMigrations in v4.</summary>
public class Region
{
    public int Id { get; set; }
    public string Name { get; set; }
}

// ---- owned types ---------------------------------------------------------------------------

public class Order
{
    public int Id { get; set; }
    public DateTime PlacedAt { get; set; }
    /// <summary>FK to the auth users table, which AppDbContext maps read-only (ExcludeFromMigrations).</summary>
    public int? CreatedById { get; set; }
    public AppUser CreatedBy { get; set; }
    /// <summary>OwnsOne, table splitting; removed in v2.</summary>
    public Address ShippingAddress { get; set; }
    /// <summary>OwnsMany, own table OrderNote; removed in v2.</summary>
    public List<OrderNote> Notes { get; set; } = new();
}

public class Address
{
    public string Street { get; set; }
    public string City { get; set; }
    /// <summary>Nested OwnsOne.</summary>
    public Geo Geo { get; set; }
}

public class Geo
{
    public double Lat { get; set; }
    public double Lon { get; set; }
}

public class OrderNote
{
    public int Id { get; set; }
    public string Text { get; set; }
}

// ---- complex and JSON types ---------------------------------------------------------------

public class Product
{
    public int Id { get; set; }
    public string Name { get; set; }
    /// <summary>ComplexProperty; removed in v3.</summary>
    public Dimensions Dimensions { get; set; }
    /// <summary>OwnsOne(...).ToJson(); removed in v3.</summary>
    public ProductMetadata Metadata { get; set; }
}

public class Dimensions
{
    public decimal Height { get; set; }
    public decimal Width { get; set; }
}

public class ProductMetadata
{
    public string Brand { get; set; }
    public string Color { get; set; }
}

// ---- inheritance ---------------------------------------------------------------------------

/// <summary>TPH root (table Payments).</summary>
public class Payment
{
    public int Id { get; set; }
    public decimal Amount { get; set; }
}

/// <summary>TPH derived; removed in v2 (DropColumn Iban).</summary>
public class BankPayment : Payment
{
    public string Iban { get; set; }
}

/// <summary>TPH derived; stays (keeps the discriminator alive).</summary>
public class CardPayment : Payment
{
    public string CardLast4 { get; set; }
}

/// <summary>TPT root (table Vehicles).</summary>
public class Vehicle
{
    public int Id { get; set; }
    public string Make { get; set; }
}

public class Car : Vehicle
{
    public int Seats { get; set; }
}

/// <summary>TPT derived; removed in v2 (DropTable Truck).</summary>
public class Truck : Vehicle
{
    public decimal Payload { get; set; }
}

/// <summary>TPC abstract root (no table).</summary>
public abstract class Animal
{
    public int Id { get; set; }
    public string Name { get; set; }
}

/// <summary>TPC derived; removed in v2 (DropTable Cat).</summary>
public class Cat : Animal
{
    public bool Indoor { get; set; }
}

public class Dog : Animal
{
    public string Breed { get; set; }
}

// ---- other mappings ------------------------------------------------------------------------

/// <summary>Entity splitting: People + PersonDetails; removed in v3.</summary>
public class Person
{
    public int Id { get; set; }
    public string Name { get; set; }
    public string Bio { get; set; }
}

/// <summary>Keyless, mapped to a view.</summary>
public class BlogStat
{
    public string BlogTitle { get; set; }
    public int PostCount { get; set; }
}

/// <summary>ExcludeFromMigrations, ("Job", "HangFire"); removed in v2 (no operations).</summary>
public class ExternalJob
{
    public int Id { get; set; }
    public string State { get; set; }
}

/// <summary>Temporal table ("Employees", "hr"), SQL Server only; removed in v3.</summary>
public class Employee
{
    public int Id { get; set; }
    public string Name { get; set; }
}

// ---- auth ------------------------------------------------------------------------------------

/// <summary>Owned by AuthDbContext ("users", "auth"); AppDbContext maps it read-only.</summary>
public class AppUser
{
    public int Id { get; set; }
    public string UserName { get; set; }
    public string Email { get; set; }
}

public class AppRole
{
    public int Id { get; set; }
    public string Name { get; set; }
}
